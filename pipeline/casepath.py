"""Case numbers as folder names, and nothing else as folder names.

The case number is read off a scanned page, so it is attacker-controlled text: a forged
order reading "Case No: ../../etc" must not decide where caseclerk writes. A value becomes
part of a path only after it matched the family-court format exactly (two letters for the
court, two digits for the year, one or two letters for the kind of case, five digits: e.g.
LS24C00123, or EX21FD00973 for a Family Law Act case), in plain ASCII; and the final path
is checked again to lie inside the cases folder.
"""

from __future__ import annotations

import re
from pathlib import Path

from pipeline.errors import UnsafePathError

UNASSIGNED = "_unassigned"
CASE_NUMBER_PATTERN = r"[A-Z]{2}[0-9]{2}[A-Z]{1,2}[0-9]{5}"
_CASE_NUMBER = re.compile(CASE_NUMBER_PATTERN)
_MAX_RAW = 40  # generous for spaced-out OCR; anything longer is not a case number


def normalise_case_number(raw: str | None) -> str | None:
    """The case number in canonical form (upper case, no spaces), or None if ``raw`` is not one.

    Only ASCII is accepted before upper-casing, so look-alikes (full-width letters, a
    dotless i that upper-cases to I, Arabic-Indic digits) are rejected rather than folded.
    """
    if not isinstance(raw, str) or len(raw) > _MAX_RAW or not raw.isascii():
        return None
    value = raw.upper().replace(" ", "").replace("\t", "")
    return value if _CASE_NUMBER.fullmatch(value) else None


def case_folder_name(case_number: str | None) -> str:
    """The folder name under cases/ for ``case_number``; ``_unassigned`` when there is none.

    Raises UnsafePathError for anything that is not a valid case number, so that a path is
    never built from an unvalidated value.
    """
    if case_number is None:
        return UNASSIGNED
    value = normalise_case_number(case_number)
    if value is None:
        raise UnsafePathError("The case number is not in the family-court format.")
    return value


def ensure_inside(base: Path, path: Path) -> Path:
    """``path`` resolved, after checking it lies inside ``base`` (belt and braces).

    Raises UnsafePathError if it does not, e.g. through a symlink planted in cases/.
    """
    root = Path(base).resolve()
    resolved = Path(path).resolve()
    if resolved == root or not resolved.is_relative_to(root):
        raise UnsafePathError("A case folder would have been outside the cases folder.")
    return resolved
