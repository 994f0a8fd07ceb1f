"""The state database: an index of filed documents, rebuilt from the case folders on demand.

record.json in each case folder is the record of truth; this table exists so the review
queue and ``caseclerk status`` can answer "what needs review, lowest confidence first"
without opening thousands of files. SQLAlchemy Core with its own MetaData, so the same
code runs on the embedded SQLite file and on PostgreSQL by URL; other packages add their
own tables to ``Store.engine`` with their own MetaData.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel
from sqlalchemy import (
    Column,
    DateTime,
    Engine,
    Float,
    Index,
    MetaData,
    String,
    Table,
    TypeDecorator,
    create_engine,
    delete,
    event,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError

from pipeline.atomic import ensure_dir
from pipeline.case_links import birth_dates, linkable
from pipeline.link_key import birth_date_key, load_link_key
from pipeline.records import Record, utcnow
from pipeline.settings import Settings

Order = Literal["oldest", "newest", "lowest_confidence"]
SQLITE_BUSY_MS = 30_000


class UtcDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on every backend (SQLite drops the offset otherwise).

    Stored as naive UTC so that SQLite's text ordering is time ordering.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


metadata = MetaData()

documents = Table(
    "documents",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("sha256", String(64), nullable=False, unique=True),
    Column("file_name", String(255), nullable=False),
    Column("doc_type", String(32)),
    Column("order_type", String(48)),
    Column("case_number", String(16)),
    Column("status", String(16), nullable=False),
    Column("lowest_confidence", Float),
    Column("folder", String(512)),
    Column("received_at", UtcDateTime()),
    Column("updated_at", UtcDateTime()),
    # The review queue filters on status (and maybe doc_type) and orders by age or
    # confidence: each composite index serves one of those queries without a sort.
    Index("ix_documents_status_received", "status", "received_at", "id"),
    Index("ix_documents_status_confidence", "status", "lowest_confidence", "received_at", "id"),
    Index("ix_documents_status_type_received", "status", "doc_type", "received_at", "id"),
    Index("ix_documents_status_type_confidence", "status", "doc_type", "lowest_confidence"),
    Index("ix_documents_received", "received_at"),
    Index("ix_documents_confidence", "lowest_confidence"),
    Index("ix_documents_case_number", "case_number"),
)

# Birth dates of the people in settled case documents, keyed (pipeline.link_key), so that
# a check without a case number can be matched to its case (pipeline.case_links) without
# the index holding a date of birth.
birth_keys = Table(
    "birth_keys",
    metadata,
    Column("doc_id", String(64), nullable=False),
    Column("key", String(32), nullable=False),
    Index("ix_birth_keys_key", "key"),
    Index("ix_birth_keys_doc", "doc_id"),
)


class DocumentRow(BaseModel):
    """One index row: ids, types and where the folder is; no names, no dates of birth."""

    id: str
    sha256: str
    file_name: str
    doc_type: str | None = None
    order_type: str | None = None
    case_number: str | None = None
    status: str
    lowest_confidence: float | None = None
    folder: str | None = None  # relative to settings.home
    received_at: datetime | None = None
    updated_at: datetime | None = None


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """WAL lets readers (the review app) run while a worker writes; busy_timeout makes two
    processes wait for each other instead of failing with 'database is locked'."""
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _make_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    database = parsed.database
    if database and database != ":memory:" and not database.startswith("file:"):
        path = Path(database)
        ensure_dir(path.parent)
        if not path.exists():
            path.touch(mode=0o600)
            path.chmod(0o600)
    engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_MS / 1000})
    event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def row_values(record: Record, folder: str) -> dict[str, Any]:
    """The index columns for ``record`` filed in ``folder`` (relative to the data directory)."""
    case = record.fields.case_number
    return {
        "id": record.id,
        "sha256": record.source.sha256,
        "file_name": record.source.file_name,
        "doc_type": record.classification.doc_type,
        "order_type": record.classification.order_type,
        "case_number": case.value if case is not None else None,
        "status": record.status,
        "lowest_confidence": record.lowest_confidence(),
        "folder": folder,
        "received_at": record.source.received_at,
        "updated_at": utcnow(),
    }


class Store:
    """The documents index on one database URL; creates its table on first use."""

    def __init__(self, url: str, link_key: bytes | None = None) -> None:
        """``link_key`` (``pipeline.link_key``) turns on the birth-date index behind case
        suggestions; a store opened without one (benchmarks, tests) keeps no birth keys."""
        self.url = url
        self.link_key = link_key
        self.engine: Engine = _make_engine(url)
        self.documents = documents
        metadata.create_all(self.engine)

    def _birth_rows(self, record: Record) -> list[dict[str, str]]:
        if self.link_key is None or not linkable(record):
            return []
        keys = {birth_date_key(self.link_key, dob) for dob in birth_dates(record)}
        return [{"doc_id": record.id, "key": key} for key in sorted(keys)]

    def _index_births(self, conn: Any, records: list[Record]) -> None:
        """Replace the birth keys of ``records``: a document no longer settled, or written by
        a store without the key, loses them (suggestions re-check the record anyway)."""
        if not records:
            return
        ids = [record.id for record in records]
        for start in range(0, len(ids), 500):
            conn.execute(
                delete(birth_keys).where(birth_keys.c.doc_id.in_(ids[start : start + 500]))
            )
        rows = [row for record in records for row in self._birth_rows(record)]
        if rows:
            conn.execute(insert(birth_keys), rows)

    def documents_born_on(self, date_of_birth: str) -> list[DocumentRow]:
        """Settled documents naming someone born on ``date_of_birth`` (ISO), for suggestions."""
        if self.link_key is None:
            return []
        key = birth_date_key(self.link_key, date_of_birth)
        ids = select(birth_keys.c.doc_id).where(birth_keys.c.key == key)
        query = select(documents).where(documents.c.id.in_(ids)).order_by(documents.c.id)
        with self.engine.connect() as conn:
            rows = conn.execute(query).all()
        return [DocumentRow(**row._mapping) for row in rows]

    def dispose(self) -> None:
        self.engine.dispose()

    def _upsert(self, conn: Any, values: dict[str, Any]) -> None:
        """Insert or update by id, in SQL every backend speaks (no ON CONFLICT dialects)."""
        changes = {k: v for k, v in values.items() if k != "id"}
        result = conn.execute(
            update(documents).where(documents.c.id == values["id"]).values(**changes)
        )
        if result.rowcount:
            return
        try:
            with conn.begin_nested():
                conn.execute(insert(documents).values(**values))
        except IntegrityError:
            # Another process inserted the same id between our update and insert.
            conn.execute(update(documents).where(documents.c.id == values["id"]).values(**changes))

    def upsert(self, record: Record, folder: str) -> None:
        """Index ``record`` as filed in ``folder``; the row is replaced if the id exists."""
        with self.engine.begin() as conn:
            self._upsert(conn, row_values(record, folder))
            self._index_births(conn, [record])

    def upsert_many(self, pairs: Iterable[tuple[Record, str]]) -> int:
        """Index many records in one transaction (reindex, benchmarks): new ids in one
        multi-row insert, existing ones updated."""
        pairs = list(pairs)
        rows = [row_values(record, folder) for record, folder in pairs]
        if not rows:
            return 0
        with self.engine.begin() as conn:
            self._index_births(conn, [record for record, _ in pairs])
            known: set[str] = set()
            ids = [row["id"] for row in rows]
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                found = conn.execute(select(documents.c.id).where(documents.c.id.in_(chunk)))
                known.update(found.scalars())
            fresh = {row["id"]: row for row in rows if row["id"] not in known}
            if fresh:
                conn.execute(insert(documents), list(fresh.values()))
            for row in rows:
                if row["id"] in known:
                    self._upsert(conn, row)
        return len(rows)

    def replace_all(self, pairs: Iterable[tuple[Record, str]]) -> int:
        """Swap the whole index for ``pairs`` in one transaction: readers never see it empty."""
        rows, records = {}, {}
        for record, folder in pairs:
            rows[record.id] = row_values(record, folder)
            records[record.id] = record
        with self.engine.begin() as conn:
            conn.execute(delete(documents))
            conn.execute(delete(birth_keys))
            if rows:
                conn.execute(insert(documents), list(rows.values()))
            self._index_births(conn, list(records.values()))
        return len(rows)

    def remove(self, doc_id: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(documents).where(documents.c.id == doc_id))
            conn.execute(delete(birth_keys).where(birth_keys.c.doc_id == doc_id))

    def _one(self, where: Any) -> DocumentRow | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(documents).where(where)).first()
        return DocumentRow(**row._mapping) if row is not None else None

    def get(self, doc_id: str) -> DocumentRow | None:
        return self._one(documents.c.id == doc_id)

    def get_by_sha(self, sha256: str) -> DocumentRow | None:
        return self._one(documents.c.sha256 == sha256)

    def list_query(
        self,
        status: str | None = None,
        doc_type: str | None = None,
        order: Order = "oldest",
        limit: int = 50,
        offset: int = 0,
    ) -> Any:
        """The SELECT behind :meth:`list_documents` (public so tests can EXPLAIN it)."""
        t = documents
        query = select(t)
        if status is not None:
            query = query.where(t.c.status == status)
        if doc_type is not None:
            query = query.where(t.c.doc_type == doc_type)
        if order == "oldest":
            query = query.order_by(t.c.received_at, t.c.id)
        elif order == "newest":
            query = query.order_by(t.c.received_at.desc(), t.c.id.desc())
        elif order == "lowest_confidence":
            query = query.order_by(t.c.lowest_confidence, t.c.received_at, t.c.id)
        else:
            raise ValueError(f"unknown order {order!r}")
        return query.limit(max(0, int(limit))).offset(max(0, int(offset)))

    def list_documents(
        self,
        status: str | None = None,
        doc_type: str | None = None,
        order: Order = "oldest",
        limit: int = 50,
        offset: int = 0,
    ) -> list[DocumentRow]:
        """A page of the index, filtered and ordered; served from the composite indexes."""
        query = self.list_query(status, doc_type, order, limit, offset)
        with self.engine.connect() as conn:
            rows = conn.execute(query).all()
        return [DocumentRow(**row._mapping) for row in rows]

    def counts_by_status(self) -> dict[str, int]:
        t = documents
        with self.engine.connect() as conn:
            rows = conn.execute(select(t.c.status, func.count()).group_by(t.c.status)).all()
        return {status: int(n) for status, n in rows}

    def count(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(documents)).scalar_one())

    def clear(self) -> None:
        """Empty the index (reindex rebuilds it from the case folders)."""
        with self.engine.begin() as conn:
            conn.execute(delete(documents))
            conn.execute(delete(birth_keys))


def open_store(settings: Settings) -> Store:
    """The store of a data directory, with its link key: what filing and review use."""
    return Store(settings.db_url, link_key=load_link_key(settings.home))
