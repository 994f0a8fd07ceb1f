"""Records and pages for the filing, store and searchable-PDF tests (no OCR, no spaCy)."""

from __future__ import annotations

from datetime import UTC, datetime

from pipeline.records import (
    Classification,
    Extraction,
    FieldValue,
    OcrSummary,
    Record,
    Source,
)
from pipeline.text import Box, DocumentText, PageText, Word


def fv(value: str | None, confidence: float = 0.9) -> FieldValue:
    return FieldValue(value=value, confidence=confidence, raw=value, page=1, source="pattern")


def make_record(
    sha: str,
    *,
    case_number: str | None = "LS24C00123",
    status: str = "filed",
    doc_type: str = "court_order",
    document_date: str | None = "2024-03-05",
    confidence: float = 0.9,
    received_at: datetime | None = None,
    file_name: str = "scan.png",
) -> Record:
    sha = sha.ljust(64, "0")[:64]
    return Record(
        id=sha[:12],
        source=Source(
            file_name=file_name,
            sha256=sha,
            size_bytes=10,
            media_type="image/png",
            pages=1,
            received_at=received_at or datetime(2025, 1, 2, 9, 30, tzinfo=UTC),
        ),
        classification=Classification(doc_type=doc_type, doc_type_probability=0.95),
        fields=Extraction(
            case_number=fv(case_number) if case_number is not None else None,
            document_date=fv(document_date) if document_date is not None else None,
            judge=fv("District Judge Example", confidence),
        ),
        ocr=OcrSummary(mean_confidence=0.9),
        status=status,  # type: ignore[arg-type]
    )


def words_page(number: int, words: list[str], width: int = 1240, height: int = 1754) -> PageText:
    """A page of OCR words laid out on lines of four, 40 px high."""
    out = []
    for i, text in enumerate(words):
        line, col = divmod(i, 4)
        box = Box(left=100 + col * 260, top=150 + line * 80, width=30 * len(text), height=40)
        out.append(Word(text=text, confidence=0.9, box=box, block=1, line=line))
    return PageText(page=number, width=width, height=height, words=out, mean_confidence=0.9)


def make_text(*pages: list[str]) -> DocumentText:
    return DocumentText(pages=[words_page(i + 1, ws) for i, ws in enumerate(pages)])
