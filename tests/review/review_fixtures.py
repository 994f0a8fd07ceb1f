"""Documents as filing leaves them, for the review tests and the browser test alike."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import cv2
import numpy as np

from pipeline.records import (
    Child,
    Classification,
    Extraction,
    FieldValue,
    OcrSummary,
    PageSummary,
    Person,
    Record,
    ReviewReason,
    Source,
    iter_field_values,
)
from pipeline.settings import Settings
from pipeline.text import Box

PASSWORD = "correct horse battery"
PAGE_W, PAGE_H = 1240, 1754  # A4 at 150 dpi: the OCR pixel space of the fixture pages


def fv(value: str | None, confidence: float, left: int = 100, top: int = 100) -> FieldValue:
    return FieldValue(
        value=value,
        confidence=confidence,
        raw=value,
        page=1,
        box=Box(left=left, top=top, width=max(120, 18 * len(value or "")), height=40),
        validated=None,
        source="pattern",
    )


def make_record(
    doc_id: str,
    *,
    case_number: str | None = "LS24C00123",
    doc_type: str = "court_order",
    confidence: float = 0.5,
    received_at: datetime | None = None,
) -> Record:
    return Record(
        id=doc_id,
        source=Source(
            file_name=f"{doc_id}.png",
            sha256=(doc_id * 6)[:64].ljust(64, "0"),
            size_bytes=1000,
            media_type="image/png",
            pages=1,
            received_at=received_at or datetime(2025, 1, 1, tzinfo=UTC),
        ),
        classification=Classification(
            doc_type=doc_type,
            doc_type_probability=0.95,
            order_type="care_order" if doc_type == "court_order" else None,
            order_type_probability=0.8 if doc_type == "court_order" else None,
        ),
        fields=Extraction(
            case_number=fv(case_number, 0.97, top=100) if case_number else None,
            court=fv("Family Court at Leeds", 0.92, top=200),
            document_date=fv("2024-03-05", 0.85, top=300),
            judge=fv("District Judge Sarah Thomsen", confidence, top=400),
            local_authority=fv("Leeds City Council", 0.9, top=500),
            children=[
                Child(
                    name=fv("Amy Smith", 0.7, top=600), date_of_birth=fv("2019-02-01", 0.9, top=650)
                )
            ],
            people=[Person(name=fv("Jane Smith", 0.8, top=700), role="mother")],
            postcodes=[fv("LS1 1UR", 0.9, top=800)],
        ),
        ocr=OcrSummary(
            mean_confidence=0.8,
            pages=[PageSummary(page=1, width=PAGE_W, height=PAGE_H, mean_confidence=0.8)],
        ),
        status="needs_review",
        review_reasons=[ReviewReason(field="judge", reason="low OCR confidence")],
    )


def write_document(settings: Settings, store, record: Record) -> Path:
    """A case folder as filing leaves it: record.json and the original scan; plus the index row."""
    case = record.fields.case_number
    case_dir = case.value if case and case.value else "_unassigned"
    folder = settings.cases / case_dir / f"2024-03-05_{record.classification.doc_type}_{record.id}"
    folder.mkdir(parents=True)
    page = np.full((PAGE_H, PAGE_W), 255, np.uint8)
    # Draw each value where its box says it is, so the boxes on the page frame real ink.
    cv2.putText(page, f"Document {record.id}", (100, 60), cv2.FONT_HERSHEY_SIMPLEX, 1.2, 0, 2)
    for fv in iter_field_values(record.fields):
        if fv.box is not None and fv.value:
            origin = (fv.box.left + 4, fv.box.top + fv.box.height - 8)
            cv2.putText(page, fv.value, origin, cv2.FONT_HERSHEY_SIMPLEX, 0.9, 0, 2)
    cv2.imwrite(str(folder / record.source.file_name), page)
    record.folder = str(folder.relative_to(settings.home))
    (folder / "record.json").write_text(record.model_dump_json(indent=2), encoding="utf-8")
    store.upsert(record, record.folder)
    return folder


_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf_of(html: str) -> str:
    match = _CSRF.search(html)
    assert match, "no CSRF token on the page"
    return match.group(1)


def login(client, name: str = "alice", password: str = PASSWORD):
    page = client.get("/login")
    return client.post(
        "/login",
        data={"username": name, "password": password, "csrf_token": csrf_of(page.text)},
        follow_redirects=False,
    )


def page_csrf(client, path: str = "/queue") -> str:
    return csrf_of(client.get(path).text)


def read_record(folder: Path) -> dict:
    return json.loads((folder / "record.json").read_text(encoding="utf-8"))


def days_ago(n: int) -> datetime:
    return datetime(2025, 6, 1, tzinfo=UTC) - timedelta(days=n)
