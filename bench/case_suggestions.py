"""How often the review page's case suggestion is right, on corpora with known cases.

    caseclerk samples generate DIR --n 96 --seed S --linked   # checks about filed cases
    caseclerk eval DIR --records REC
    python bench/case_suggestions.py REC [REC ...] [--pool] [--json]

A check that quotes no case number waits in review; the review page suggests the filed
cases naming the same child or adult (``pipeline.case_links``). This replays that on the
records ``caseclerk eval --records`` kept: the documents the decision filed with a case
number stand for the filed cases, and every check left in review without one is matched
against them, exactly as ``review.suggestions`` does (by birth date, then name).

Scored against the truth's ``_case`` (the case a generated document belongs to, written
by ``samples generate --linked``): the first suggestion is right when it is that case.
On a corpus without ``_case`` (every other corpus here) no check belongs to a filed
case, so any suggestion is a wrong one: those corpora measure false suggestions.
``--pool`` scores all folders as one store, as a data directory holding every corpus's
filed documents would be: the more filed people, the more chances of a false match.

The filed pool here is what the pipeline filed alone; in production it grows as analysts
approve orders, so ``reachable`` (the check's case has an order filed in this corpus)
bounds what a suggestion could find.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.case_links import linkable, suggest_cases, wants_case
from pipeline.records import Record

CHECKS = ("la_check", "police_check")


def load(folder: Path) -> list[tuple[Record, dict[str, Any]]]:
    """(record, truth) for every document ``caseclerk eval --records`` kept in ``folder``."""
    pairs = []
    for path in sorted(folder.glob("*.record.json")):
        name = path.name[: -len(".record.json")]
        truth = json.loads((folder / f"{name}.truth.json").read_text())
        pairs.append((Record.model_validate_json(path.read_text()), truth))
    return pairs


def score(pairs: list[tuple[Record, dict[str, Any]]]) -> dict[str, Any]:
    filed = [record for record, _ in pairs if linkable(record)]
    filed_cases = {r.fields.case_number.value for r in filed}  # type: ignore[union-attr]
    counts = dict.fromkeys(
        ("waiting", "reachable", "suggested", "right", "wrong", "right_not_first"), 0
    )
    by_type = {kind: {"waiting": 0, "suggested": 0, "right": 0} for kind in CHECKS}
    for record, truth in pairs:
        if record.classification.doc_type not in CHECKS or not wants_case(record):
            continue
        kind = by_type[record.classification.doc_type]
        counts["waiting"] += 1
        kind["waiting"] += 1
        expected = truth.get("_case")
        counts["reachable"] += expected in filed_cases
        found = [s.case_number for s in suggest_cases(record, filed)]
        if not found:
            continue
        counts["suggested"] += 1
        kind["suggested"] += 1
        if found[0] == expected:
            counts["right"] += 1
            kind["right"] += 1
        else:
            counts["wrong"] += 1
            counts["right_not_first"] += expected in found
    waiting, reachable = counts["waiting"], counts["reachable"]
    return {
        "documents": len(pairs),
        "filed_case_documents": len(filed),
        "checks_waiting_without_case": waiting,
        **{k: v for k, v in counts.items() if k != "waiting"},
        "suggested_rate": round(counts["suggested"] / waiting, 4) if waiting else None,
        "right_of_reachable": round(counts["right"] / reachable, 4) if reachable else None,
        "first_suggestion_precision": (
            round(counts["right"] / counts["suggested"], 4) if counts["suggested"] else None
        ),
        "by_doc_type": by_type,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("records", type=Path, nargs="+", help="`caseclerk eval --records` folders")
    parser.add_argument("--pool", action="store_true", help="score all folders as one store")
    parser.add_argument("--json", action="store_true", help="one JSON object per folder")
    args = parser.parse_args()
    groups = [args.records] if args.pool else [[folder] for folder in args.records]
    for folders in groups:
        pairs = [pair for folder in folders for pair in load(folder)]
        result = {"records": " ".join(map(str, folders)), **score(pairs)}
        if args.json:
            print(json.dumps(result))
        else:
            print(" ".join(f"{k}={v}" for k, v in result.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
