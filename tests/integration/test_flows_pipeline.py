"""The sweep on real scans, through the real pipeline: good ones filed once, a corrupt
and an empty file in failed/ with their error files, a second copy not filed again."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from flows_support import corpus_scans, drop, filed_shas, outcomes

from pipeline.settings import Settings

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def harness(tmp_path_factory: pytest.TempPathFactory):
    from prefect.testing.utilities import prefect_test_harness

    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    with prefect_test_harness(server_startup_timeout=90):
        yield


def test_sweep_files_good_scans_and_quarantines_bad_ones(harness, tmp_path: Path) -> None:
    from flows.document import process_document
    from flows.inbox import process_inbox
    from pipeline import intake
    from pipeline.store import Store

    settings = Settings(home=tmp_path / "data")
    intake.ensure_layout(settings)
    good = drop(corpus_scans(3), settings.inbox)
    (settings.inbox / "corrupt.pdf").write_bytes(b"%PDF-1.7\n" + os.urandom(2000))
    (settings.inbox / "empty.png").write_bytes(b"")
    for name in ("corrupt.pdf", "empty.png"):
        os.utime(settings.inbox / name, (0, 0))

    out = process_inbox(home=str(settings.home), concurrency=2)

    by_file = {d["file"]: d for d in out["documents"]}
    assert set(by_file) == {*good, "corrupt.pdf", "empty.png"}
    for name in good:
        assert by_file[name]["status"] in ("filed", "needs_review"), by_file[name]
        assert by_file[name]["folder"]
    for name in ("corrupt.pdf", "empty.png"):
        assert by_file[name]["status"] == "failed"
        error = json.loads((settings.failed / f"{name}.error.json").read_text())
        assert error["stage"] and error["reason"] and error["retryable"] is False
    assert outcomes(settings) == dict.fromkeys([*good, "corrupt.pdf", "empty.png"], 1)
    assert filed_shas(settings) == dict.fromkeys(good.values(), 1)
    store = Store(settings.db_url)
    assert all(store.get_by_sha(sha) is not None for sha in good.values())
    assert not any(settings.inbox.iterdir()) and not any(settings.work.iterdir())

    # The same scan again under another name: recognised, archived, not filed twice.
    first = next(iter(good))
    again = settings.inbox / f"again-{first}"
    shutil.copyfile(next(settings.processed.rglob(first)), again)
    row = process_document(str(again), str(settings.home))
    assert row["status"] == "duplicate"
    assert filed_shas(settings) == dict.fromkeys(good.values(), 1)
