"""Consume one file end to end: the explicit steps, in the order paperless-ngx taught us.

hash -> already filed? -> process (read-only) -> file (atomic writes, index row last).
Moving the original (archive or quarantine) is the caller's job, done only after this
returns, so an original is never moved before its record is safely on disk.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pipeline.document import PageCallback, ProcessedDocument, process_file
from pipeline.filing import file_document
from pipeline.intake import sha256_file
from pipeline.loading import LoadLimits, iter_pages
from pipeline.pages import LoadedPage
from pipeline.settings import Settings
from pipeline.store import Store
from pipeline.text import PageText

# The searchable PDF's images are re-rendered at this resolution: enough to read on
# screen and to print, a quarter of the OCR resolution's pixels.
PDF_DPI = 150


@dataclass
class ConsumeOutcome:
    status: str  # filed, needs_review, duplicate
    record_id: str
    case_number: str | None
    folder: str | None
    doc_type: str | None = None
    lowest_confidence: float | None = None
    pages: int = 0
    seconds: float = 0.0


def consume(
    path: Path,
    settings: Settings,
    store: Store,
    *,
    file_name: str | None = None,
    on_page: PageCallback | None = None,
) -> ConsumeOutcome:
    """Process and file ``path``; a scan whose sha256 is already indexed is not filed again."""
    sha = sha256_file(path)
    existing = store.get_by_sha(sha)
    if existing is not None:
        return ConsumeOutcome(
            status="duplicate",
            record_id=existing.id,
            case_number=existing.case_number,
            folder=existing.folder,
            doc_type=existing.doc_type,
            lowest_confidence=existing.lowest_confidence,
        )
    done = process_file(path, settings, file_name=file_name, on_page=on_page)
    return file_processed(path, done, settings, store)


def file_processed(
    path: Path, done: ProcessedDocument, settings: Settings, store: Store
) -> ConsumeOutcome:
    """File an already processed document (the flows process pages as separate tasks)."""
    folder = file_document(
        done.record, path, done.text, settings, store, pdf_pages=pdf_pages(path, done, settings)
    )
    record = done.record
    case = record.fields.case_number
    return ConsumeOutcome(
        status=record.status,
        record_id=record.id,
        case_number=case.value if case is not None else None,
        folder=str(folder.relative_to(settings.home))
        if folder.is_relative_to(settings.home)
        else str(folder),
        doc_type=record.classification.doc_type,
        lowest_confidence=record.lowest_confidence(),
        pages=len(done.text.pages),
        seconds=done.ocr_seconds + done.analysis_seconds,
    )


def pdf_pages(
    path: Path, done: ProcessedDocument, settings: Settings
) -> Iterator[tuple[LoadedPage, PageText]]:
    """Pages for the searchable PDF, re-rendered one at a time so memory stays bounded."""
    limits = LoadLimits.from_settings(settings.model_copy(update={"render_dpi": PDF_DPI}))
    yield from zip(iter_pages(path, limits, done.info), done.text.pages, strict=False)
