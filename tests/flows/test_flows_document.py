"""process_document and process_inbox under a real (test) Prefect API, with the stage
functions replaced by stand-ins, to check the orchestration itself: pages as parallel
tasks in order, retries for transient errors only, quarantine with the stage, archive
after filing, duplicates not filed again, and the sweep's artifact."""

from __future__ import annotations

import importlib
import os
import sys
import threading
import time
import types
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from pipeline import errors
from pipeline.settings import Settings
from pipeline.text import PageText

_NEEDED = ("pipeline.loading", "pipeline.ocr", "pipeline.filing", "pipeline.store")


def _placeholder(name: str) -> types.ModuleType:
    """An importable placeholder for a stage module not written yet (never called here)."""
    mod = types.ModuleType(name)
    mod.__getattr__ = lambda attr: type(attr, (), {})  # type: ignore[method-assign]
    return mod


@pytest.fixture(scope="module")
def harness(tmp_path_factory: pytest.TempPathFactory):
    from prefect.testing.utilities import prefect_test_harness

    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    with prefect_test_harness(server_startup_timeout=90):
        yield


@pytest.fixture
def flows_mod(monkeypatch: pytest.MonkeyPatch, harness: None) -> types.SimpleNamespace:
    for name in _NEEDED:
        if name not in sys.modules:
            try:
                importlib.import_module(name)
            except ImportError:
                monkeypatch.setitem(sys.modules, name, _placeholder(name))
    document = importlib.import_module("flows.document")
    inbox = importlib.import_module("flows.inbox")
    return types.SimpleNamespace(document=document, inbox=inbox)


class Row:
    def __init__(self, **kw: Any) -> None:
        self.__dict__.update(kw)


class FakeStore:
    def __init__(self) -> None:
        self.by_sha: dict[str, Row] = {}

    def get_by_sha(self, sha: str) -> Row | None:
        return self.by_sha.get(sha)


class Stages:
    """Stand-ins for inspect / OCR / analyse / file that count their calls."""

    def __init__(self, pages: int = 3) -> None:
        self.pages = pages
        self.calls: Counter[str] = Counter()
        self.lock = threading.Lock()
        self.fail: dict[str, list[BaseException]] = {}  # stage -> errors to raise, in turn
        self.analysed_pages: list[int] = []
        self.store = FakeStore()

    def _maybe_fail(self, stage: str) -> None:
        with self.lock:
            self.calls[stage] += 1
            queue = self.fail.get(stage)
            error = queue.pop(0) if queue else None
        if error is not None:
            raise error

    def inspect(self, path: Path, settings: Settings) -> Any:
        self._maybe_fail("inspect")
        return Row(page_count=self.pages, media_type="image/png", size_bytes=10)

    def sha(self, path: Path) -> str:
        return "sha-" + path.name

    def ocr(self, path: Path, index: int, settings: Settings) -> PageText:
        self._maybe_fail("ocr")
        time.sleep(0.05 * (self.pages - index))  # later pages finish first
        return PageText(page=index + 1, width=10, height=10)

    def analyse(self, info: Any, text: Any, **kw: Any) -> Any:
        self._maybe_fail("analyse")
        self.analysed_pages = [p.page for p in text.pages]
        return Row(sha=kw["sha256"])

    def file(self, path: Path, done: Any, settings: Settings, store: Any) -> Any:
        self._maybe_fail("file")
        assert path.parent == settings.work  # filed from work/, before the archive
        store.by_sha[done.record.sha] = Row(
            case_number="LV24C00001", folder="cases/x", doc_type="t"
        )
        return Row(
            status="filed",
            case_number="LV24C00001",
            folder="cases/LV24C00001/x",
            doc_type="court_order",
            pages=len(done.text.pages),
        )


@pytest.fixture
def stages(flows_mod, monkeypatch, settings, intake) -> Stages:
    s = Stages()
    doc = flows_mod.document
    monkeypatch.setattr(doc, "inspect_file", s.inspect)
    monkeypatch.setattr(doc, "sha256_file", s.sha)
    monkeypatch.setattr(doc, "ocr_one_page", s.ocr)
    monkeypatch.setattr(doc, "analyse", s.analyse)
    monkeypatch.setattr(doc, "file_processed", s.file)
    monkeypatch.setattr(doc, "store_for", lambda _settings: s.store)
    # the same retry policy, without the real waits
    for name in ("inspect_task", "ocr_page_task", "analyse_task", "file_task"):
        task = getattr(doc, name)
        monkeypatch.setattr(doc, name, task.with_options(retry_delay_seconds=0))
    return s


def drop(settings: Settings, name: str, age: float = 600.0) -> Path:
    path = settings.inbox / name
    path.write_bytes(b"\x89PNG" + name.encode())
    past = time.time() - age
    os.utime(path, (past, past))
    return path


def test_a_document_is_read_page_by_page_filed_and_archived(flows_mod, stages, settings) -> None:
    path = drop(settings, "order.png")
    row = flows_mod.document.process_document(str(path), str(settings.home))
    assert row["status"] == "filed"
    assert row["case_number"] == "LV24C00001"
    assert stages.calls == Counter({"inspect": 1, "ocr": 3, "analyse": 1, "file": 1})
    assert stages.analysed_pages == [1, 2, 3]  # in page order, whatever order they finished
    assert [p.name for p in settings.processed.rglob("*.png")] == ["order.png"]
    assert not any(settings.inbox.iterdir()) and not any(settings.work.iterdir())


def test_a_transient_page_error_is_retried(flows_mod, stages, settings) -> None:
    stages.fail["ocr"] = [errors.OcrTimeoutError("tesseract took too long")]
    row = flows_mod.document.process_document(str(drop(settings, "slow.png")), str(settings.home))
    assert row["status"] == "filed"
    assert stages.calls["ocr"] == 4  # three pages, one of them twice


def test_a_permanent_error_is_not_retried_and_the_file_is_quarantined(
    flows_mod, stages, settings
) -> None:
    stages.fail["inspect"] = [errors.CorruptInputError("not a PDF")] * 3
    row = flows_mod.document.process_document(str(drop(settings, "bad.pdf")), str(settings.home))
    assert row["status"] == "failed"
    assert row["stage"] == "load"
    assert row["reason"] == "corrupt"
    assert stages.calls == Counter({"inspect": 1})
    assert (settings.failed / "bad.pdf").exists()
    assert (settings.failed / "bad.pdf.error.json").exists()


def test_transient_errors_that_persist_end_in_failed_after_the_retries(
    flows_mod, stages, settings
) -> None:
    stages.fail["file"] = [errors.FileBusyError("locked")] * 5
    row = flows_mod.document.process_document(str(drop(settings, "busy.png")), str(settings.home))
    assert row["status"] == "failed"
    assert row["stage"] == "file"
    assert stages.calls["file"] == 3  # the first try and two retries
    assert (settings.failed / "busy.png.error.json").exists()


def test_a_scan_already_filed_is_archived_without_being_read_again(
    flows_mod, stages, settings
) -> None:
    stages.store.by_sha["sha-again.png"] = Row(case_number="C1", folder="cases/C1/x", doc_type="t")
    row = flows_mod.document.process_document(str(drop(settings, "again.png")), str(settings.home))
    assert row["status"] == "duplicate"
    assert stages.calls == Counter({"inspect": 1})
    assert [p.name for p in settings.processed.rglob("*.png")] == ["again.png"]


@pytest.mark.parametrize("where", ["outside", "dotdot"])
def test_paths_outside_inbox_and_work_are_refused(flows_mod, stages, settings, tmp_path, where):
    target = tmp_path / "secret.pdf"
    target.write_bytes(b"x")
    path = target if where == "outside" else settings.inbox / ".." / ".." / "secret.pdf"
    with pytest.raises(errors.UnsafePathError):
        flows_mod.document.process_document(str(path), str(settings.home))
    assert target.exists()


def test_the_sweep_processes_settled_files_and_publishes_a_table(
    flows_mod, stages, settings, monkeypatch
) -> None:
    monkeypatch.setenv("CASECLERK_STABLE_SECONDS", "120")

    for name in ("a.png", "b.png", "c.png"):
        drop(settings, name)
    stages.fail["inspect"] = [errors.EncryptedInputError("password")]
    fresh = settings.inbox / "still-copying.png"
    fresh.write_bytes(b"x")  # modified just now: not settled, left for the next sweep
    out = flows_mod.inbox.process_inbox(home=str(settings.home), concurrency=2)
    assert out["counts"]["filed"] == 2 and out["counts"]["failed"] == 1
    assert sorted(d["file"] for d in out["documents"]) == ["a.png", "b.png", "c.png"]
    assert [p.name for p in settings.inbox.iterdir()] == ["still-copying.png"]
    table = latest_artifact("caseclerk-sweep")
    assert "LV24C00001" in table and "encrypted" in table and "still-copying" not in table


def latest_artifact(key: str) -> str:
    """The newest artifact with ``key``, read through the REST API with only a key filter
    (the client's flow-run and task-run filters would leave out a flow's own artifacts)."""
    from prefect.client.orchestration import get_client

    body = {"artifacts": {"key": {"any_": [key]}}, "sort": "CREATED_DESC", "limit": 1}
    with get_client(sync_client=True) as client:
        response = client._client.post("/artifacts/filter", json=body)
    response.raise_for_status()
    found = response.json()
    assert found, "no artifact published"
    return str(found[0]["data"])


def test_a_failure_while_stopping_leaves_the_file_for_recovery(flows_mod, stages, settings):
    from flows.runtime import STOPPING

    stages.fail["analyse"] = [ConnectionError("the local API went away")]
    STOPPING.set()
    try:
        with pytest.raises(ConnectionError):
            flows_mod.document.process_document(str(drop(settings, "x.png")), str(settings.home))
    finally:
        STOPPING.clear()
    assert [p.name for p in settings.work.iterdir()] == ["x.png"]
    assert not any(settings.failed.iterdir())
