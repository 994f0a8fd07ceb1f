"""``caseclerk eval``: run the production path over a truth-format corpus and score it.

The corpus format is the shared one (``../shared/truth-format.md``): a flat folder of
scans, each with ``NAME.truth.json`` beside it. Each document goes through
``pipeline.document.process_file`` — the very function ``run`` and the flows use — so
the figures describe what production does. Nothing is filed.
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.document import process_file
from pipeline.errors import BlankDocumentError, CaseclerkError
from pipeline.records import Record, empty_truth_fields
from pipeline.settings import Settings
from pipeline.sniff import SCAN_SUFFIXES
from pipeline.text import DocumentText


@dataclass
class DocumentResult:
    """What one document came to: enough to score it and to explain a bad figure."""

    name: str
    truth: dict[str, Any]
    predicted: dict[str, Any] | None = None  # Record.to_truth(withheld=True) shape
    filed: dict[str, Any] | None = None  # what a filed record asserts: Record.to_truth()
    text: str = ""
    pages: int = 0
    auto_filed: bool = False
    confidences: dict[str, float] = field(default_factory=dict)
    ocr_seconds: float = 0.0
    analysis_seconds: float = 0.0
    error: str | None = None  # reason slug when processing failed
    error_message: str | None = None
    record: Record | None = None  # kept so that thresholds can be swept without re-OCR
    document_text: DocumentText | None = None  # the OCR words, kept only for --records


def find_corpus(folder: Path) -> list[tuple[Path, Path]]:
    """(scan, truth) pairs of a truth-format folder, sorted by name."""
    pairs: list[tuple[Path, Path]] = []
    for truth in sorted(folder.glob("*.truth.json")):
        stem = truth.name[: -len(".truth.json")]
        scans = [folder / f"{stem}{suffix}" for suffix in SCAN_SUFFIXES]
        scans += [folder / f"{stem}{suffix.upper()}" for suffix in SCAN_SUFFIXES]
        found = [s for s in scans if s.is_file()]
        if found:
            pairs.append((found[0], truth))
    return pairs


def evaluate_document(
    scan: Path, truth_path: Path, settings: Settings, keep_words: bool = False
) -> DocumentResult:
    """Process one scan exactly as production does and keep what scoring needs.

    ``keep_words`` also keeps every OCR word with its box (for ``write_records``): about
    half a megabyte a page, too much to hold for a large corpus when nobody asked for it.
    """
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    result = DocumentResult(name=scan.name, truth=truth)
    started = time.perf_counter()
    try:
        done = process_file(scan, settings)
    except BlankDocumentError as error:
        # A blank document is correctly recognised as having nothing to file.
        result.predicted = empty_truth_fields()
        result.error, result.error_message = error.reason, error.message
        result.ocr_seconds = time.perf_counter() - started
        return result
    except CaseclerkError as error:
        result.error, result.error_message = error.reason, error.message
        result.ocr_seconds = time.perf_counter() - started
        return result
    record = done.record
    result.record = record
    result.predicted = record.to_truth(withheld=True)
    result.filed = record.to_truth()
    result.text = done.text.text
    result.document_text = done.text if keep_words else None
    result.pages = len(done.text.pages)
    result.auto_filed = record.status == "filed"
    result.confidences = field_confidences(record)
    result.ocr_seconds = done.ocr_seconds
    result.analysis_seconds = done.analysis_seconds
    return result


def field_confidences(record: Any) -> dict[str, float]:
    """The confidence of each scalar field and of each list field's weakest item."""
    out: dict[str, float] = {
        "doc_type": record.classification.doc_type_probability,
    }
    if record.classification.order_type_probability is not None:
        out["order_type"] = record.classification.order_type_probability
    fields = record.fields
    for name in fields.SCALARS:
        value = fields.scalar(name)
        if value is not None:
            out[name] = value.confidence
    for name in ("pnc_ids", "postcodes"):
        items = getattr(fields, name)
        if items:
            out[name] = min(item.confidence for item in items)
    return out


def _evaluate_pair(args: tuple[Path, Path, Settings, bool]) -> DocumentResult:
    return evaluate_document(*args)


def run_corpus(
    folder: Path,
    settings: Settings,
    *,
    workers: int = 1,
    on_document: Callable[[DocumentResult], None] | None = None,
    keep_words: bool = False,
) -> tuple[list[DocumentResult], float]:
    """Evaluate every document of ``folder``; returns the results and the wall time."""
    pairs = find_corpus(folder)
    started = time.perf_counter()
    results: list[DocumentResult] = []
    jobs = [(scan, truth, settings, keep_words) for scan, truth in pairs]
    if workers <= 1:
        for job in jobs:
            results.append(_evaluate_pair(job))
            if on_document:
                on_document(results[-1])
    else:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            for result in pool.map(_evaluate_pair, jobs):
                results.append(result)
                if on_document:
                    on_document(result)
    return results, time.perf_counter() - started


def summarise(results: list[DocumentResult], wall_seconds: float, workers: int) -> dict[str, Any]:
    """The figures ``caseclerk eval`` reports (``--json`` prints exactly this object)."""
    from pipeline.scoring import ScoredItem, cer, score_documents, wer

    cers: list[float] = []
    wers: list[float] = []
    per_document: list[dict[str, Any]] = []
    for r in results:
        truth_text = r.truth.get("text") or ""
        if r.error and r.error != "blank":
            c, w = 1.0, 1.0  # a failed document read nothing: count it, don't hide it
        else:
            c, w = cer(r.text, truth_text), wer(r.text, truth_text)
        cers.append(c)
        wers.append(w)
        per_document.append(
            {
                "name": r.name,
                "pages": r.pages,
                "cer": round(c, 4),
                "wer": round(w, 4),
                "seconds": round(r.ocr_seconds + r.analysis_seconds, 3),
                "auto_filed": r.auto_filed,
                "error": r.error,
            }
        )
    pages = sum(r.pages for r in results)
    ocr_seconds = sum(r.ocr_seconds for r in results)
    analysis_seconds = sum(r.analysis_seconds for r in results)
    per_page_ms = [1000 * r.analysis_seconds / r.pages for r in results if r.pages]
    summary: dict[str, Any] = {
        "documents": len(results),
        "pages": pages,
        "cer_mean": _round(statistics.fmean(cers)) if cers else None,
        "cer_median": _round(statistics.median(cers)) if cers else None,
        "cer_max": _round(max(cers)) if cers else None,
        "wer_mean": _round(statistics.fmean(wers)) if wers else None,
        "seconds_per_page": _round((ocr_seconds + analysis_seconds) / pages) if pages else None,
        # Median over documents: the one-off spaCy model load (about 1.5 s per process)
        # lands on each worker's first document and is reported separately below.
        "analysis_ms_per_page": _round(statistics.median(per_page_ms)) if per_page_ms else None,
        "analysis_ms_per_page_mean": _round(1000 * analysis_seconds / pages) if pages else None,
        "wall_seconds": _round(wall_seconds),
        "workers": workers,
        "failed_documents": sum(1 for r in results if r.error and r.error != "blank"),
        "blank_documents": sum(1 for r in results if r.error == "blank"),
    }
    scored = [
        ScoredItem(
            predicted=r.predicted or empty_truth_fields(),
            truth=r.truth,
            auto_filed=r.auto_filed,
            filed=r.filed,
            confidences=r.confidences,
        )
        for r in results
    ]
    summary.update(score_documents(scored))
    summary["documents_detail"] = per_document
    return summary


def _round(value: float) -> float:
    return round(value, 4)


def write_records(results: list[DocumentResult], out: Path) -> int:
    """Each processed document's record as ``NAME.record.json`` beside a copy of its truth.

    Also ``NAME.ocr.json``, the OCR words with their confidences and boxes. This is what
    ``bench/threshold_sweep.py --records`` and ``bench/replay_analysis.py`` read:
    re-deciding at other thresholds, or re-running classification and extraction after a
    change to them, needs these, not another OCR pass. The folder holds document
    content, so it is created 0700 and its files 0600, like the case folders.
    """
    from pipeline.atomic import ensure_dir, write_json_atomic

    ensure_dir(out)
    written = 0
    for r in results:
        if r.record is None:
            continue
        write_json_atomic(out / f"{r.name}.record.json", r.record.model_dump(mode="json"))
        write_json_atomic(out / f"{r.name}.truth.json", r.truth)
        if r.document_text is not None:
            write_json_atomic(out / f"{r.name}.ocr.json", r.document_text.model_dump(mode="json"))
        written += 1
    return written
