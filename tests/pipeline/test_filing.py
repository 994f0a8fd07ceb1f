from __future__ import annotations

import json
import stat
from pathlib import Path

import numpy as np
import pytest
from filing_fixtures import make_record, make_text
from pydantic import ValidationError

from pipeline import filing
from pipeline.errors import UnsafePathError
from pipeline.filing import (
    NO_CASE_NUMBER,
    file_document,
    load_record,
    original_name,
    refile,
    reindex,
    write_schema,
)
from pipeline.intake import ensure_layout
from pipeline.pages import LoadedPage
from pipeline.records import Record
from pipeline.settings import Settings
from pipeline.store import Store

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    s = Settings(home=tmp_path / "data")
    ensure_layout(s)
    return s


@pytest.fixture
def store(settings: Settings) -> Store:
    return Store(settings.db_url)


def scan(settings: Settings, name: str = "scan.png", data: bytes = b"\x89PNG fake") -> Path:
    path = settings.work / name
    path.write_bytes(data)
    return path


def test_files_a_complete_private_case_folder(settings: Settings, store: Store) -> None:
    record = make_record("ab" * 32, file_name="scan.png")
    original = scan(settings)
    folder = file_document(record, original, make_text(["Care", "Order"]), settings, store)

    assert folder == settings.cases / "LS24C00123" / f"2024-03-05_court_order_{record.id}"
    assert sorted(p.name for p in folder.iterdir()) == ["record.json", "scan.png", "text.txt"]
    assert (folder / "scan.png").read_bytes() == original.read_bytes()
    assert original.exists()  # the original stays for intake to archive
    assert (folder / "text.txt").read_text() == "Care Order"
    for path in (folder / "record.json", folder / "scan.png", folder / "text.txt"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    for path in (folder, folder.parent, settings.cases):
        assert stat.S_IMODE(path.stat().st_mode) == 0o700

    saved = load_record(folder)
    assert saved.folder == f"cases/LS24C00123/2024-03-05_court_order_{record.id}"
    assert saved.history[-1].action == "filed" and saved.status == "filed"
    assert record.folder == saved.folder  # the caller's record says where it went
    row = store.get(record.id)
    assert row is not None and row.folder == saved.folder and row.status == "filed"


def test_same_sha_filed_twice_returns_the_existing_folder(settings: Settings, store: Store) -> None:
    first = file_document(make_record("cd"), scan(settings), make_text(["a"]), settings, store)
    before = (first / "record.json").read_bytes()
    again = make_record("cd", case_number="MA23P01234")  # even if re-read differently
    second = file_document(again, scan(settings), make_text(["b"]), settings, store)
    assert second == first
    assert (first / "record.json").read_bytes() == before
    assert store.count() == 1
    assert not (settings.cases / "MA23P01234").exists()


def test_a_folder_written_before_a_crash_is_completed_on_the_next_run(
    settings: Settings, store: Store
) -> None:
    record = make_record("ee")
    folder = file_document(record, scan(settings), make_text(["x"]), settings, store)
    store.clear()  # the crash came before the index row
    again = file_document(make_record("ee"), scan(settings), make_text(["x"]), settings, store)
    assert again == folder and store.get(record.id) is not None


def test_no_case_number_goes_to_unassigned_and_review(settings: Settings, store: Store) -> None:
    record = make_record("11", case_number=None, status="filed", document_date=None)
    folder = file_document(record, scan(settings), make_text(["x"]), settings, store)
    assert folder.parent == settings.cases / "_unassigned"
    assert folder.name.startswith("2025-01-02_court_order_")  # received date when undated
    assert record.status == "needs_review"
    assert any(
        r.field == "case_number" and r.reason == NO_CASE_NUMBER for r in record.review_reasons
    )
    assert load_record(folder).history[-1].action == "needs_review"


@pytest.mark.parametrize("hostile", ["../../etc", "LS24C00123/../x", "ＬＳ24Ｃ00123", "a" * 500])
def test_a_hostile_case_number_never_becomes_a_path(
    settings: Settings, store: Store, hostile: str
) -> None:
    record = make_record("22", case_number=hostile, status="needs_review")
    folder = file_document(record, scan(settings), make_text(["x"]), settings, store)
    assert folder.parent == settings.cases / "_unassigned"
    expected = {"inbox", "work", "processed", "failed", "cases"}
    assert expected <= {p.name for p in settings.home.iterdir()}
    assert {p.name for p in settings.home.iterdir() if p.is_dir()} == expected
    assert sorted(p.name for p in settings.home.parent.iterdir()) == ["data"]


def test_a_hostile_record_id_is_refused(settings: Settings, store: Store) -> None:
    record = make_record("33")
    record.id = "../../x"
    with pytest.raises(UnsafePathError):
        file_document(record, scan(settings), make_text(["x"]), settings, store)


def test_a_case_folder_symlinked_outside_is_refused(
    settings: Settings, store: Store, tmp_path: Path
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (settings.cases / "LS24C00123").symlink_to(outside)
    with pytest.raises(UnsafePathError):
        file_document(make_record("44"), scan(settings), make_text(["x"]), settings, store)
    assert list(outside.iterdir()) == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("scan.png", "scan.png"),
        ("record.json", "original.json"),
        ("searchable.pdf", "original.pdf"),
        ("../../x.pdf", "x.pdf"),
        (".hidden.tif", "original.tif"),
        ("a\x00b.pdf", "original.pdf"),
        ("", "original"),
    ],
)
def test_original_name(name: str, expected: str) -> None:
    assert original_name(name) == expected


def test_refile_moves_the_folder_when_the_case_number_changes(
    settings: Settings, store: Store
) -> None:
    record = make_record("55", case_number=None, status="needs_review")
    old = file_document(record, scan(settings), make_text(["x"]), settings, store)

    record.fields.case_number = make_record("55", case_number="MA23P01234").fields.case_number
    record.status = "reviewed"
    new = refile(record, settings, store)

    assert new == settings.cases / "MA23P01234" / old.name
    assert not old.exists() and not old.parent.exists()  # empty _unassigned removed
    assert sorted(p.name for p in new.iterdir()) == ["record.json", "scan.png", "text.txt"]
    saved = load_record(new)
    assert saved.folder == f"cases/MA23P01234/{old.name}" and saved.status == "reviewed"
    assert saved.history[-1].action == "moved"
    row = store.get(record.id)
    assert row is not None and row.folder == saved.folder and row.case_number == "MA23P01234"


def test_refile_in_place_rewrites_the_record(settings: Settings, store: Store) -> None:
    record = make_record("66", status="needs_review")
    folder = file_document(record, scan(settings), make_text(["x"]), settings, store)
    record.status = "reviewed"
    assert refile(record, settings, store) == folder
    assert load_record(folder).status == "reviewed"
    row = store.get(record.id)
    assert row is not None and row.status == "reviewed"


def test_refile_refuses_a_folder_path_outside_cases(settings: Settings, store: Store) -> None:
    record = make_record("77")
    file_document(record, scan(settings), make_text(["x"]), settings, store)
    record.folder = "../../etc"
    with pytest.raises(UnsafePathError):
        refile(record, settings, store)


def test_reindex_rebuilds_an_emptied_table(settings: Settings, store: Store) -> None:
    for i, case in enumerate(["LS24C00123", None, "MA23P01234"]):
        status = "filed" if case else "needs_review"
        record = make_record(f"8{i}", case_number=case, status=status)
        file_document(
            record, scan(settings, f"s{i}.png", bytes([i])), make_text(["x"]), settings, store
        )
    before = {row.id: row.folder for row in store.list_documents(limit=10)}
    (settings.cases / "LS24C00123" / "junk").mkdir()  # a folder without record.json
    broken = settings.cases / "LS24C00123" / "2024-01-01_other_broken"
    broken.mkdir()
    (broken / "record.json").write_text("{truncated")
    store.clear()

    assert reindex(settings, store) == 3
    assert {row.id: row.folder for row in store.list_documents(limit=10)} == before
    assert store.counts_by_status() == {"filed": 2, "needs_review": 1}


def test_reindex_uses_the_folder_a_record_is_found_in(settings: Settings, store: Store) -> None:
    record = make_record("99")
    folder = file_document(record, scan(settings), make_text(["x"]), settings, store)
    moved = settings.cases / "MA23P01234" / folder.name
    moved.parent.mkdir()
    folder.rename(moved)  # as if a crash came between a move and the record rewrite
    reindex(settings, store)
    row = store.get(record.id)
    assert row is not None and row.folder == f"cases/MA23P01234/{folder.name}"


def test_the_searchable_pdf_is_written_from_the_pages_given(
    settings: Settings, store: Store
) -> None:
    text = make_text(["Interim", "Care", "Order"])
    image = np.full((1754, 1240), 255, np.uint8)
    pages = [(LoadedPage(index=0, image=image, dpi=150.0), text.pages[0])]
    folder = file_document(
        make_record("aa"), scan(settings), text, settings, store, pdf_pages=pages
    )
    assert (folder / "searchable.pdf").read_bytes().startswith(b"%PDF")


def test_a_pdf_failure_does_not_stop_filing(
    settings: Settings, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_pages():
        yield from ()
        raise RuntimeError("render failed")

    folder = file_document(
        make_record("bb"),
        scan(settings),
        make_text(["x"]),
        settings,
        store,
        pdf_pages=broken_pages(),
    )
    assert (folder / "record.json").exists() and not (folder / "searchable.pdf").exists()
    assert load_record(folder).history[-2].action == "pdf_failed"


def test_record_json_is_valid_against_the_model(settings: Settings, store: Store) -> None:
    folder = file_document(make_record("cc"), scan(settings), make_text(["x"]), settings, store)
    Record.model_validate(json.loads((folder / "record.json").read_text()))
    (folder / "record.json").write_text('{"id": 1}')
    with pytest.raises(ValidationError):
        load_record(folder)


def test_committed_schema_matches_the_model(tmp_path: Path) -> None:
    fresh = write_schema(tmp_path / "schema.json")
    committed = ROOT / "docs" / "record.schema.json"
    assert committed.read_text(encoding="utf-8") == fresh.read_text(encoding="utf-8"), (
        "docs/record.schema.json is stale: regenerate it with pipeline.filing.write_schema"
    )


def test_folder_for_falls_back_for_unknown_doc_types(settings: Settings) -> None:
    record = make_record("dd")
    record.classification.doc_type = "../weird"
    assert filing.folder_for(record, settings).name == f"2024-03-05_other_{record.id}"


def test_refile_with_a_relative_data_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    settings = Settings(home=Path("data"))
    ensure_layout(settings)
    store = Store(settings.db_url)
    record = make_record("ef", status="needs_review")
    folder = file_document(record, scan(settings), make_text(["x"]), settings, store)
    record.status = "reviewed"
    assert refile(record, settings, store) == folder
    record.fields.case_number = make_record("ef", case_number="MA23P01234").fields.case_number
    moved = refile(record, settings, store)
    assert moved == Path("data/cases/MA23P01234") / folder.name and moved.is_dir()
    assert load_record(moved).folder == f"cases/MA23P01234/{folder.name}"
