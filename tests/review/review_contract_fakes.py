"""Stand-ins for modules the review pages build on, written from the shared contract.

Installed by conftest only while the real module is missing (``pipeline.store``,
``pipeline.filing``, ``pipeline.casepath``, ``pipeline.loading`` are being written in
parallel); as soon as one lands, the tests run against the real one instead.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
import types
from datetime import datetime
from pathlib import Path

import cv2
from pydantic import BaseModel
from sqlalchemy import (
    Column,
    DateTime,
    Float,
    MetaData,
    String,
    Table,
    create_engine,
    delete,
    func,
    select,
)
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from pipeline.errors import UnsafePathError
from pipeline.pages import LoadedPage
from pipeline.records import Record, utcnow
from pipeline.settings import Settings

_CASE = re.compile(r"^[A-Z]{2}\d{2}[A-Z]\d{5}$")


def normalise_case_number(raw: str) -> str | None:
    value = re.sub(r"\s+", "", raw or "").upper()
    return value if _CASE.match(value) else None


def case_folder_name(case_number: str | None) -> str:
    if case_number is None:
        return "_unassigned"
    if normalise_case_number(case_number) != case_number:
        raise UnsafePathError("not a case number")
    return case_number


class DocumentRow(BaseModel):
    id: str
    sha256: str
    file_name: str
    doc_type: str | None
    order_type: str | None
    case_number: str | None
    status: str
    lowest_confidence: float | None
    folder: str | None
    received_at: datetime | None
    updated_at: datetime | None


class Store:
    def __init__(self, url: str) -> None:
        self.engine = create_engine(url)
        self.metadata = MetaData()
        self.documents = Table(
            "documents",
            self.metadata,
            Column("id", String, primary_key=True),
            Column("sha256", String, index=True),
            Column("file_name", String),
            Column("doc_type", String, index=True),
            Column("order_type", String),
            Column("case_number", String),
            Column("status", String, index=True),
            Column("lowest_confidence", Float, index=True),
            Column("folder", String),
            Column("received_at", DateTime(timezone=True), index=True),
            Column("updated_at", DateTime(timezone=True)),
        )
        self.metadata.create_all(self.engine)

    def _values(self, record: Record, folder: str) -> dict[str, object]:
        case = record.fields.case_number
        return {
            "id": record.id,
            "sha256": record.source.sha256,
            "file_name": record.source.file_name,
            "doc_type": record.classification.doc_type,
            "order_type": record.classification.order_type,
            "case_number": case.value if case else None,
            "status": record.status,
            "lowest_confidence": record.lowest_confidence(),
            "folder": folder,
            "received_at": record.source.received_at,
            "updated_at": utcnow(),
        }

    def upsert(self, record: Record, folder: str) -> None:
        values = self._values(record, folder)
        stmt = sqlite_insert(self.documents).values(**values)
        stmt = stmt.on_conflict_do_update(index_elements=["id"], set_=values)
        with self.engine.begin() as conn:
            conn.execute(stmt)

    def upsert_many(self, pairs: list[tuple[Record, str]]) -> None:
        with self.engine.begin() as conn:
            conn.execute(sqlite_insert(self.documents), [self._values(r, f) for r, f in pairs])

    def get(self, doc_id: str) -> DocumentRow | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(self.documents).where(self.documents.c.id == doc_id)).first()
        return DocumentRow(**row._mapping) if row else None

    def get_by_sha(self, sha: str) -> DocumentRow | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(self.documents).where(self.documents.c.sha256 == sha)).first()
        return DocumentRow(**row._mapping) if row else None

    def list_documents(
        self,
        status: str | None = None,
        doc_type: str | None = None,
        order: str = "oldest",
        limit: int = 50,
        offset: int = 0,
    ) -> list[DocumentRow]:
        t = self.documents
        q = select(t)
        if status:
            q = q.where(t.c.status == status)
        if doc_type:
            q = q.where(t.c.doc_type == doc_type)
        if order == "lowest_confidence":
            q = q.order_by(t.c.lowest_confidence, t.c.received_at)
        else:
            q = q.order_by(t.c.received_at, t.c.id)
        with self.engine.connect() as conn:
            rows = conn.execute(q.limit(limit).offset(offset)).all()
        return [DocumentRow(**r._mapping) for r in rows]

    def counts_by_status(self) -> dict[str, int]:
        t = self.documents
        with self.engine.connect() as conn:
            rows = conn.execute(select(t.c.status, func.count()).group_by(t.c.status)).all()
        return {s: int(n) for s, n in rows}

    def clear(self) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(self.documents))


def load_record(folder: Path) -> Record:
    return Record.model_validate_json((folder / "record.json").read_text(encoding="utf-8"))


def refile(record: Record, settings: Settings, store: Store) -> Path:
    case = record.fields.case_number
    case_dir = settings.cases / case_folder_name(case.value if case else None)
    old = settings.home / record.folder if record.folder else None
    assert old is not None
    new = case_dir / old.name
    if new.resolve() != old.resolve():
        case_dir.mkdir(parents=True, exist_ok=True)
        shutil.move(str(old), str(new))
    record.folder = str(new.relative_to(settings.home))
    (new / "record.json").write_text(json.dumps(record.model_dump(mode="json")), encoding="utf-8")
    store.upsert(record, record.folder)
    return new


def load_page(path: Path, index: int, limits: object) -> LoadedPage:
    if index != 0:
        raise IndexError(index)
    image = cv2.imread(str(path), cv2.IMREAD_GRAYSCALE)
    if image is None:
        raise ValueError("unreadable")
    return LoadedPage(index=0, image=image, dpi=300.0)


class LoadLimits:
    @classmethod
    def from_settings(cls, settings: Settings) -> LoadLimits:
        return cls()


def install_missing() -> list[str]:
    """Register a fake for each contract module that cannot be imported yet."""
    installed = []
    fakes = {
        "pipeline.store": {"Store": Store, "DocumentRow": DocumentRow},
        "pipeline.filing": {"load_record": load_record, "refile": refile},
        "pipeline.casepath": {
            "normalise_case_number": normalise_case_number,
            "case_folder_name": case_folder_name,
        },
        "pipeline.loading": {"load_page": load_page, "LoadLimits": LoadLimits},
    }
    for name, attrs in fakes.items():
        try:
            __import__(name)
        except ImportError:
            module = types.ModuleType(name)
            module.__dict__.update(attrs)
            sys.modules[name] = module
            installed.append(name)
    return installed
