"""Auto-filed rate against the precision of what is filed, per field threshold, on a corpus.

    python bench/threshold_sweep.py DIR [--limit N]
    python bench/threshold_sweep.py --records RECORDS   # after caseclerk eval DIR --records RECORDS
    python bench/threshold_sweep.py --records R1 --records R2 --replay --calibrate [--out FILE]
    python bench/threshold_sweep.py --records R1 ... --replay --calibrate --from-defaults

Processes every scan of a truth-format corpus with ``pipeline.document.process_file`` (the
production path: load, OCR, classify, extract), then re-decides each document at a range
of uniform field thresholds with ``pipeline.decision.sweep_thresholds``. Pick the lowest
threshold whose ``auto_filed_field_precision`` and ``wrong_fields_caught`` are acceptable
and set the defaults in pipeline/decision.py from it. Nothing is filed.

``--calibrate`` instead picks a threshold per field (``pipeline.calibration``): the lowest
at which the values above it are 99.5 % right and 95 % of the wrong values fall below it.
Run it on corpora the benchmarks do not quote, put the result in pipeline/decision.py, and
measure the effect on held-out corpora with ``caseclerk eval``. ``--out`` writes the
thresholds as a file ``CASECLERK_THRESHOLDS_FILE`` accepts.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.replay_analysis import replay
from pipeline.calibration import (
    calibrate,
    document_metrics,
    secure_thresholds,
    tune_thresholds,
    value_outcomes,
)
from pipeline.decision import (
    OptionalPolicy,
    SweepItem,
    Thresholds,
    prediction_dict,
    sweep_thresholds,
)
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
        "--records",
        type=Path,
        action="append",
        default=[],
        help="records written by `caseclerk eval --records` (repeatable): no OCR",
    )
    parser.add_argument(
        "--replay",
        action="store_true",
        help="re-run classification and extraction on the kept OCR words (current code)",
    )
    parser.add_argument("--calibrate", action="store_true", help="pick a threshold per field")
    parser.add_argument(
        "--precision",
        type=float,
        default=0.995,
        help="--calibrate: share of filed fields that must be right (aim above the target "
        "to leave a margin for corpora the thresholds were not tuned on)",
    )
    parser.add_argument(
        "--caught",
        type=float,
        default=0.95,
        help="--calibrate: share of wrong required fields that must go to review",
    )
    parser.add_argument(
        "--from-defaults",
        action="store_true",
        help="--calibrate: start from pipeline/decision.py's thresholds, raise them until "
        "the targets hold on these corpora, then lower them while they still hold (instead "
        "of starting from each field's own calibration)",
    )
    parser.add_argument("--out", type=Path, help="with --calibrate: write a thresholds file")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument(
        "--optional",
        choices=["withhold", "gate"],
        default="withhold",
        help="what a doubtful optional field does in a document otherwise sure: withheld "
        "from the filed record (the default) or the document goes to review",
    )
    args = parser.parse_args()
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    settings = Settings(home=Path(os.environ.get("TMPDIR", "/tmp")) / "caseclerk-sweep")
    items: list[SweepItem] = []
    failed = 0
    for folder in args.records:
        if args.replay:
            for _name, record, truth, _ms in replay(folder, settings):
                if record is not None:
                    items.append(SweepItem.from_record(record, truth))
                else:
                    failed += 1
            continue
        for path in sorted(folder.glob("*.record.json")):
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
    if args.calibrate:
        return _calibrate(
            items, args.out, args.optional, args.precision, args.caught, args.from_defaults
        )
    base = Thresholds(optional=args.optional)
    rows = sweep_thresholds(items, CANDIDATES, base=base)
    print(
        json.dumps(
            {
                "corpus": str(args.corpus or [str(r) for r in args.records]),
                "documents": len(items),
                "failed": failed,
                "doc_type_threshold": base.doc_type,
                "order_type_threshold": base.order_type,
                "optional": base.optional,
                "rows": rows,
            },
            indent=1,
        )
    )
    return 0


def _calibrate(
    items: list[SweepItem],
    out: Path | None,
    optional: OptionalPolicy,
    precision: float,
    caught: float,
    from_defaults: bool = False,
) -> int:
    """Per-field calibration, then document-level tuning from there (pipeline.calibration);
    or, ``from_defaults``, the defaults made safe on these corpora and then tuned."""
    outcomes = [o for i in items for o in value_outcomes(i.classification, i.extraction, i.truth)]
    table = calibrate(outcomes, precision=precision, caught=caught)
    per_field = Thresholds(
        fields={
            **Thresholds().fields,
            **{k: c.threshold for k, c in table.items() if k not in ("doc_type", "order_type")},
        },
        optional=optional,
        **{k: table[k].threshold for k in ("doc_type", "order_type") if k in table},
    )
    if from_defaults:
        start = secure_thresholds(
            items, Thresholds(optional=optional), precision=precision, caught=caught
        )
    else:
        start = per_field
    tuned = tune_thresholds(items, start, precision=precision, caught=caught)
    predictions = [prediction_dict(i.classification, i.extraction) for i in items]
    keep = ("auto_filed_rate", "auto_filed_field_precision", "wrong_fields_caught")

    def metrics(t: Thresholds) -> dict[str, object]:
        m = document_metrics(items, t, predictions)
        return {k: m[k] for k in (*keep, "auto_filed_rate_casework")}

    result = tuned.model_dump()
    if out is not None:
        out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(
        json.dumps(
            {
                "documents": len(items),
                "fields": {k: vars(c) for k, c in table.items()},
                "per_field": {"thresholds": per_field.model_dump(), **metrics(per_field)},
                "start": {"thresholds": start.model_dump(), **metrics(start)},
                "tuned": {"thresholds": result, **metrics(tuned)},
            },
            indent=1,
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
