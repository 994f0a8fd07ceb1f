"""Re-run classification, extraction and the filing decision on saved OCR, and score it.

    caseclerk eval DIR --records REC          # once: OCR every scan, keep the words
    python bench/replay_analysis.py REC       # after each change to classifiers/extractors
    python bench/replay_analysis.py REC --errors people   # which documents get it wrong
    python bench/replay_analysis.py REC1 REC2 ...  # several corpora pooled into one score

OCR is 95 % of the time of an evaluation; classification and extraction take about 20 ms
a page. Replaying them on the words ``caseclerk eval --records`` kept (``NAME.ocr.json``)
scores a change to the extractors in seconds, with exactly the code production runs
(``pipeline.document.analyse``). The figures it prints are the same ones ``caseclerk
eval`` prints, minus OCR accuracy and speed; quote ``caseclerk eval`` in
docs/benchmarks.md, not this.

It also times ``analyse`` for each document, the speed benchmark of classification and
extraction without OCR competing for the CPU: ``analysis_ms_per_page`` is the median over
documents, as ``caseclerk eval`` computes it. The first document's time includes loading the
spaCy model, so a warm-up document is analysed first and not counted.

``--errors FIELD`` prints, for each document where FIELD is wrong, the predicted and true
values: document content, so only to a terminal, never to a log.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.document import analyse
from pipeline.errors import CaseclerkError
from pipeline.loading import DocumentInfo
from pipeline.records import Record, empty_truth_fields
from pipeline.scoring import ScoredItem, field_counts, score_documents, wrong_required_fields
from pipeline.settings import Settings
from pipeline.text import DocumentText

Replayed = tuple[str, Record | None, dict[str, Any], float]


def replay(folder: Path, settings: Settings) -> list[Replayed]:
    """(name, new record or None when analysis refused it, truth, ms a page) for each document."""
    return [replay_one(ocr_path, settings) for ocr_path in sorted(folder.glob("*.ocr.json"))]


def replay_one(ocr_path: Path, settings: Settings) -> Replayed:
    """Analyse one saved document again, timing ``analyse`` alone (not the JSON loading)."""
    folder, name = ocr_path.parent, ocr_path.name[: -len(".ocr.json")]
    old = Record.model_validate_json((folder / f"{name}.record.json").read_text())
    truth = json.loads((folder / f"{name}.truth.json").read_text())
    text = DocumentText.model_validate_json(ocr_path.read_text())
    info = DocumentInfo(
        media_type=old.source.media_type,
        page_count=old.source.pages,
        size_bytes=old.source.size_bytes,
    )
    started = time.perf_counter()
    try:
        record = analyse(info, text, sha256=old.source.sha256, file_name=name, settings=settings)
    except CaseclerkError:
        record = None
    ms_per_page = 1000 * (time.perf_counter() - started) / max(1, len(text.pages))
    return name, record, truth, ms_per_page


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "records",
        type=Path,
        nargs="+",
        help="folders written by `caseclerk eval --records`; several are scored as one pool",
    )
    parser.add_argument("--errors", metavar="FIELD", help="show the documents FIELD is wrong in")
    parser.add_argument("--reasons", action="store_true", help="count the review reasons by field")
    parser.add_argument("--thresholds", type=Path, help="a thresholds JSON file to decide with")
    args = parser.parse_args()
    settings = Settings(home=Path("/tmp/caseclerk-replay"), thresholds_file=args.thresholds)
    # the first analysis loads the spaCy model and the classifier: not a document's time
    first = next(iter(sorted(args.records[0].glob("*.ocr.json"))), None)
    if first is not None:
        replay_one(first, settings)
    results = [item for folder in args.records for item in replay(folder, settings)]
    scored = []
    reasons: dict[str, int] = {}
    for name, record, truth, _ in results:
        predicted = record.to_truth(withheld=True) if record else empty_truth_fields()
        filed = record is not None and record.status == "filed"
        asserted = record.to_truth() if record else None
        scored.append(
            ScoredItem(predicted=predicted, truth=truth, auto_filed=filed, filed=asserted)
        )
        if record is not None and args.reasons:
            for reason in {r.field.split("[")[0] for r in record.review_reasons}:
                key = f"{truth.get('doc_type')}:{reason}"
                reasons[key] = reasons.get(key, 0) + 1
        if args.errors:
            counts = field_counts(predicted, truth).get(args.errors)
            wrong = counts is not None and (counts.fp or counts.fn)
            if wrong or args.errors in wrong_required_fields(predicted, truth):
                print(f"--- {name} ({truth.get('doc_type')}, filed={filed})")
                shown = args.errors.split(".")[0]  # children.date_of_birth: the children
                print(f"  predicted: {predicted.get(shown)}")
                print(f"  truth:     {truth.get(shown)}")
    summary = score_documents(scored)
    summary["fields"] = {k: v["f1"] for k, v in summary["fields"].items()}
    summary["analysis_ms_per_page"] = round(statistics.median(r[3] for r in results), 1)
    if args.reasons:
        summary["review_reasons"] = dict(sorted(reasons.items(), key=lambda kv: -kv[1]))
    print(json.dumps(summary, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
