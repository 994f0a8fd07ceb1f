"""Auto-filed rate against the precision of what is filed, per field threshold, on a corpus.

    python bench/threshold_sweep.py DIR [--limit N]
    python bench/threshold_sweep.py --records RECORDS   # after caseclerk eval DIR --records RECORDS

Processes every scan of a truth-format corpus with ``pipeline.document.process_file`` (the
production path: load, OCR, classify, extract), then re-decides each document at a range
of uniform field thresholds with ``pipeline.decision.sweep_thresholds``. Pick the lowest
threshold whose ``auto_filed_field_precision`` and ``wrong_fields_caught`` are acceptable
and set the defaults in pipeline/decision.py from it. Nothing is filed.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.decision import SweepItem, Thresholds, sweep_thresholds
from pipeline.document import process_file
from pipeline.errors import CaseclerkError
from pipeline.evaluate import find_corpus
from pipeline.records import Record
from pipeline.settings import Settings

CANDIDATES = (0.0, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", type=Path, nargs="?")
    parser.add_argument(
        "--records", type=Path, help="records written by `caseclerk eval --records`: no OCR"
    )
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument(
        "--gate-optional", action="store_true", help="also sweep with every present field gated"
    )
    args = parser.parse_args()
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    settings = Settings(home=Path(os.environ.get("TMPDIR", "/tmp")) / "caseclerk-sweep")
    items: list[SweepItem] = []
    failed = 0
    if args.records:
        for path in sorted(args.records.glob("*.record.json")):
            record = Record.model_validate_json(path.read_text(encoding="utf-8"))
            truth_path = path.with_name(path.name.replace(".record.json", ".truth.json"))
            items.append(SweepItem.from_record(record, json.loads(truth_path.read_text())))
    pairs = find_corpus(args.corpus) if args.corpus else []
    if args.limit:
        pairs = pairs[: args.limit]
    for scan, truth_path in pairs:
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        try:
            done = process_file(scan, settings)
        except CaseclerkError:
            failed += 1
            continue
        items.append(SweepItem.from_record(done.record, truth))
    rows = sweep_thresholds(items, CANDIDATES)
    base = Thresholds()
    gated = Thresholds(gate_optional=True)
    gated_rows = sweep_thresholds(items, CANDIDATES, base=gated) if args.gate_optional else []
    print(
        json.dumps(
            {
                "corpus": str(args.corpus or args.records),
                "documents": len(items),
                "failed": failed,
                "doc_type_threshold": base.doc_type,
                "order_type_threshold": base.order_type,
                "rows": rows,
                "rows_gate_optional": gated_rows,
            },
            indent=1,
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
