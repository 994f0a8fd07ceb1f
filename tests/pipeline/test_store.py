from __future__ import annotations

import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from filing_fixtures import make_record
from sqlalchemy import text

from pipeline.settings import Settings
from pipeline.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(Settings(home=tmp_path / "data").db_url)


def test_upsert_get_and_replace(store: Store) -> None:
    record = make_record("aa", status="needs_review", confidence=0.4)
    store.upsert(record, "cases/LS24C00123/x")
    row = store.get(record.id)
    assert row is not None
    assert row.sha256 == record.source.sha256 and row.case_number == "LS24C00123"
    assert row.status == "needs_review" and row.lowest_confidence == pytest.approx(0.4)
    assert row.received_at == record.source.received_at  # timezone-aware round trip
    assert store.get_by_sha(record.source.sha256) == row

    record.status = "reviewed"
    store.upsert(record, "cases/LS24C00123/y")
    again = store.get(record.id)
    assert again is not None and again.status == "reviewed" and again.folder.endswith("y")
    assert store.count() == 1
    assert store.get("missing") is None and store.get_by_sha("0" * 64) is None


def test_sqlite_file_is_private_and_in_wal_mode(store: Store, tmp_path: Path) -> None:
    db = tmp_path / "data" / "caseclerk.db"
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    with store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 1000


def test_two_stores_on_one_file_see_each_other(store: Store) -> None:
    other = Store(store.url)
    store.upsert(make_record("bb"), "f")
    assert other.get_by_sha(make_record("bb").source.sha256) is not None


def fill(store: Store, n: int) -> None:
    start = datetime(2024, 1, 1, tzinfo=UTC)
    types = ("court_order", "la_check", "police_check", "other")
    pairs = []
    for i in range(n):
        record = make_record(
            f"{i:08x}",
            status="needs_review" if i % 3 else "filed",
            doc_type=types[i % 4],
            confidence=(i * 7919 % 1000) / 1000,
            received_at=start + timedelta(minutes=(i * 37) % n),
        )
        pairs.append((record, f"cases/x/{i}"))
    store.upsert_many(pairs)


def test_list_filters_orders_and_pages(store: Store) -> None:
    fill(store, 60)
    rows = store.list_documents(status="needs_review", limit=100)
    assert len(rows) == 40 and all(r.status == "needs_review" for r in rows)
    assert [r.received_at for r in rows] == sorted(r.received_at for r in rows)
    low = store.list_documents(status="needs_review", order="lowest_confidence", limit=100)
    assert [r.lowest_confidence for r in low] == sorted(r.lowest_confidence for r in low)
    police = store.list_documents(status="needs_review", doc_type="police_check", limit=100)
    assert police and all(r.doc_type == "police_check" for r in police)
    page1 = store.list_documents(status="needs_review", limit=15)
    page2 = store.list_documents(status="needs_review", limit=15, offset=15)
    assert not {r.id for r in page1} & {r.id for r in page2}
    assert store.counts_by_status() == {"needs_review": 40, "filed": 20}
    with pytest.raises(ValueError):
        store.list_documents(order="sideways")  # type: ignore[arg-type]


def test_clear(store: Store) -> None:
    fill(store, 5)
    store.clear()
    assert store.count() == 0 and store.counts_by_status() == {}


@pytest.mark.parametrize(
    ("doc_type", "order"),
    [
        (None, "oldest"),
        (None, "lowest_confidence"),
        ("police_check", "oldest"),
        ("police_check", "lowest_confidence"),
    ],
)
def test_queue_query_on_ten_thousand_rows_uses_an_index_without_sorting(
    tmp_path: Path, doc_type: str | None, order: str
) -> None:
    store = _big_store(tmp_path)
    query = store.list_query("needs_review", doc_type, order, 26, 0)  # type: ignore[arg-type]
    compiled = query.compile(store.engine, compile_kwargs={"literal_binds": True})
    with store.engine.connect() as conn:
        plan = " | ".join(str(r[-1]) for r in conn.execute(text(f"EXPLAIN QUERY PLAN {compiled}")))
    assert "USING INDEX ix_documents_status" in plan, plan
    assert "TEMP B-TREE" not in plan, plan  # served in index order, no sort of the table


_BIG: dict[str, Store] = {}


def _big_store(tmp_path: Path) -> Store:
    """One 10,000-row store shared by the plan tests (filling it takes a few seconds)."""
    if "store" not in _BIG:
        store = Store(Settings(home=tmp_path / "big").db_url)
        fill(store, 10_000)
        with store.engine.begin() as conn:
            conn.execute(text("ANALYZE"))
        _BIG["store"] = store
    return _BIG["store"]


def _write_rows(url: str, prefix: str) -> int:
    store = Store(url)
    for i in range(60):
        store.upsert(make_record(f"{prefix}{i:04x}", status="needs_review"), f"cases/x/{i}")
    return store.count()


def test_two_processes_write_one_sqlite_file_without_locking_errors(store: Store) -> None:
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(2) as pool:
        list(pool.map(_write_rows, [store.url] * 2, ["a", "b"]))
    assert store.count() == 120
