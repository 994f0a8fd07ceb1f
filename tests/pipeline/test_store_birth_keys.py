"""The store's birth-date keys: what case suggestions find filed documents by."""

from __future__ import annotations

from pathlib import Path

import pytest
from filing_fixtures import fv, make_record
from sqlalchemy import text

from pipeline.records import Child, Record
from pipeline.settings import Settings
from pipeline.store import Store, open_store

DOB = "2019-03-02"


def with_child(record: Record, dob: str = DOB) -> Record:
    record.fields.children = [Child(name=fv("Ava Smith"), date_of_birth=fv(dob))]
    return record


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return open_store(Settings(home=tmp_path / "data"))


def found(store: Store, dob: str = DOB) -> list[str]:
    return [row.id for row in store.documents_born_on(dob)]


def test_settled_documents_with_a_case_number_are_found_by_birth_date(store: Store) -> None:
    filed = with_child(make_record("aa", status="filed"))
    waiting = with_child(make_record("bb", status="needs_review"))
    unassigned = with_child(make_record("cc", status="filed", case_number=None))
    for record in (filed, waiting, unassigned):
        store.upsert(record, f"cases/x/{record.id}")
    assert found(store) == [filed.id]
    assert found(store, "2019-03-03") == []


def test_a_document_losing_its_standing_loses_its_keys(store: Store) -> None:
    record = with_child(make_record("aa", status="filed"))
    store.upsert(record, "cases/x/a")
    record.status = "rejected"
    store.upsert(record, "cases/x/a")
    assert found(store) == []
    record.status = "reviewed"
    store.upsert_many([(record, "cases/x/a")])
    assert found(store) == [record.id]
    store.remove(record.id)
    assert found(store) == []


def test_rebuilding_the_index_rebuilds_the_keys(store: Store) -> None:
    old = with_child(make_record("aa", status="filed"))
    store.upsert(old, "cases/x/a")
    new = with_child(make_record("bb", status="filed"))
    store.replace_all([(new, "cases/x/b")])
    assert found(store) == [new.id]
    store.clear()
    assert found(store) == []


def test_the_database_holds_no_date_of_birth(store: Store, tmp_path: Path) -> None:
    store.upsert(with_child(make_record("aa", status="filed")), "cases/x/a")
    with store.engine.connect() as conn:
        keys = [row[0] for row in conn.execute(text("SELECT key FROM birth_keys"))]
    assert len(keys) == 1 and DOB not in keys[0] and "20190302" not in keys[0]
    files = list((tmp_path / "data").glob("caseclerk.db*"))  # the WAL holds the newest pages
    assert files and not any(DOB.encode() in path.read_bytes() for path in files)


def test_a_store_without_the_key_keeps_and_finds_nothing(tmp_path: Path) -> None:
    keyless = Store(Settings(home=tmp_path / "data").db_url)
    keyless.upsert(with_child(make_record("aa", status="filed")), "cases/x/a")
    assert keyless.documents_born_on(DOB) == []
    with keyless.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM birth_keys")).scalar_one() == 0
