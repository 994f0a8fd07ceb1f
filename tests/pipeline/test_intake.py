from __future__ import annotations

import json
import logging
import stat
import threading
from pathlib import Path

import pytest

from pipeline import intake
from pipeline.errors import CorruptInputError, OcrTimeoutError
from pipeline.settings import Settings


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    s = Settings(home=tmp_path / "data")
    intake.ensure_layout(s)
    return s


def drop(settings: Settings, name: str, data: bytes = b"%PDF-1.4 scan") -> Path:
    path = settings.inbox / name
    path.write_bytes(data)
    return path


def test_layout_folders_are_0700(settings: Settings) -> None:
    for folder in (settings.inbox, settings.work, settings.processed, settings.failed):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_sha256_file(settings: Settings) -> None:
    import hashlib

    path = drop(settings, "a.pdf", b"x" * 3_000_000)
    assert intake.sha256_file(path) == hashlib.sha256(b"x" * 3_000_000).hexdigest()


def test_claim_moves_to_work_and_a_second_claim_gets_none(settings: Settings) -> None:
    path = drop(settings, "a.pdf")
    claimed = intake.claim(path, settings)
    assert claimed == settings.work / "a.pdf" and claimed.read_bytes() == b"%PDF-1.4 scan"
    assert not path.exists()
    assert intake.claim(path, settings) is None


def test_claim_never_overwrites_a_file_left_in_work(settings: Settings) -> None:
    (settings.work / "a.pdf").write_bytes(b"left by a crash")
    claimed = intake.claim(drop(settings, "a.pdf"), settings)
    assert claimed is not None and claimed.name == "a-1.pdf"
    assert (settings.work / "a.pdf").read_bytes() == b"left by a crash"


def test_two_threads_racing_for_fifty_files_claim_each_exactly_once(settings: Settings) -> None:
    paths = [drop(settings, f"scan{i:02d}.pdf", f"doc {i}".encode()) for i in range(50)]
    won: dict[int, list[Path]] = {0: [], 1: []}
    barrier = threading.Barrier(2)

    def worker(n: int) -> None:
        barrier.wait()
        for path in paths:
            got = intake.claim(path, settings)
            if got is not None:
                won[n].append(got)

    threads = [threading.Thread(target=worker, args=(n,)) for n in (0, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    claimed = won[0] + won[1]
    assert len(claimed) == 50
    assert sorted(p.name for p in claimed) == sorted(p.name for p in paths)
    assert sorted(p.read_bytes() for p in claimed) == sorted(f"doc {i}".encode() for i in range(50))
    assert list(settings.inbox.iterdir()) == []


def _claim_all(home: str, names: list[str]) -> list[str]:
    s = Settings(home=Path(home))
    got = [intake.claim(s.inbox / n, s) for n in names]
    return [p.name for p in got if p is not None]


def test_two_processes_racing_claim_each_file_once(settings: Settings) -> None:
    from concurrent.futures import ProcessPoolExecutor

    names = [drop(settings, f"p{i:02d}.tif", str(i).encode()).name for i in range(50)]
    with ProcessPoolExecutor(2) as pool:
        results = list(pool.map(_claim_all, [str(settings.home)] * 2, [names, names[::-1]]))
    assert sorted(results[0] + results[1]) == sorted(names)


def test_archive_goes_to_a_dated_folder_without_overwriting(settings: Settings) -> None:
    first = intake.archive(intake.claim(drop(settings, "a.pdf", b"1"), settings), settings)
    second = intake.archive(intake.claim(drop(settings, "a.pdf", b"2"), settings), settings)
    assert first.parent == second.parent and first.parent.parent == settings.processed
    assert len(first.parent.name) == 10  # YYYY-MM-DD
    assert first.read_bytes() == b"1" and second.read_bytes() == b"2"
    assert second.name == "a-1.pdf"


def test_quarantine_writes_the_error_file(settings: Settings) -> None:
    work = intake.claim(drop(settings, "bad.pdf"), settings)
    target = intake.quarantine(work, settings, CorruptInputError("The PDF is damaged."), "load")
    assert target == settings.failed / "bad.pdf" and target.read_bytes() == b"%PDF-1.4 scan"
    info = json.loads((settings.failed / "bad.pdf.error.json").read_text())
    assert info["file"] == "bad.pdf"
    assert info["stage"] == "load"
    assert info["error_type"] == "CorruptInputError"
    assert info["reason"] == "corrupt"
    assert info["message"] == "The PDF is damaged."
    assert info["retryable"] is False
    assert info["attempts"] == 1
    assert info["first_seen"] == info["last_seen"]
    assert info["sha256"] == intake.sha256_file(target)
    assert stat.S_IMODE((settings.failed / "bad.pdf.error.json").stat().st_mode) == 0o600


def test_a_kill_while_quarantining_never_leaves_a_failed_scan_without_its_reason(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SIGKILL between the two steps, seen as the move never happening: the reason is
    already written, the scan is still in work/, and the retry after start-up is the same
    failure one attempt on."""
    work = intake.claim(drop(settings, "bad.pdf"), settings)

    def killed(self: Path, target: Path) -> None:
        raise KeyboardInterrupt

    with monkeypatch.context() as patch:
        patch.setattr(Path, "rename", killed)
        with pytest.raises(KeyboardInterrupt):
            intake.quarantine(work, settings, CorruptInputError("damaged"), "load")
    assert work.exists() and not (settings.failed / "bad.pdf").exists()
    assert (settings.failed / "bad.pdf.error.json").is_file()
    (again,) = intake.recover(settings)
    target = intake.quarantine(
        intake.claim(again, settings), settings, CorruptInputError("damaged"), "load"
    )
    info = json.loads((settings.failed / "bad.pdf.error.json").read_text())
    assert target == settings.failed / "bad.pdf" and info["attempts"] == 2


def test_a_failure_names_its_file_only_at_debug(
    settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    work = intake.claim(drop(settings, "jane_smith_care_order.pdf"), settings)
    with caplog.at_level(logging.DEBUG, logger="pipeline.intake"):
        intake.quarantine(work, settings, CorruptInputError("The PDF is damaged."), "load")
    above_debug = [r.getMessage() for r in caplog.records if r.levelno > logging.DEBUG]
    assert above_debug and all("jane" not in m for m in above_debug)
    sha = intake.sha256_file(settings.failed / "jane_smith_care_order.pdf")
    assert any(sha[:12] in m for m in above_debug)
    assert any("jane" in r.getMessage() for r in caplog.records if r.levelno == logging.DEBUG)


def test_unexpected_errors_are_internal_with_type_and_short_message(settings: Settings) -> None:
    work = intake.claim(drop(settings, "x.png"), settings)
    intake.quarantine(work, settings, KeyError("k"), "extract")
    info = json.loads((settings.failed / "x.png.error.json").read_text())
    assert info["reason"] == "internal" and info["error_type"] == "KeyError"
    assert info["message"].startswith("KeyError")
    work = intake.claim(drop(settings, "y.png"), settings)
    intake.quarantine(work, settings, RuntimeError("z" * 5000), "ocr")
    info = json.loads((settings.failed / "y.png.error.json").read_text())
    assert len(info["message"]) <= 300


def test_retry_and_fail_again_counts_attempts(settings: Settings) -> None:
    work = intake.claim(drop(settings, "t.pdf"), settings)
    intake.quarantine(work, settings, OcrTimeoutError("OCR took too long."), "ocr")
    first = json.loads((settings.failed / "t.pdf.error.json").read_text())
    assert first["retryable"] is True

    moved = intake.retry(settings, "t.pdf")
    assert moved == [settings.inbox / "t.pdf"]
    assert (settings.failed / "t.pdf.error.json").exists()  # history kept
    assert intake.list_failed(settings) == []

    work = intake.claim(settings.inbox / "t.pdf", settings)
    intake.quarantine(work, settings, OcrTimeoutError("OCR took too long."), "ocr")
    again = json.loads((settings.failed / "t.pdf.error.json").read_text())
    assert again["attempts"] == 2
    assert again["first_seen"] == first["first_seen"]
    [item] = intake.list_failed(settings)
    assert item.name == "t.pdf" and item.attempts == 2 and item.reason == "ocr_timeout"


def test_a_different_file_with_a_failed_name_gets_its_own_entry(settings: Settings) -> None:
    intake.quarantine(
        intake.claim(drop(settings, "s.pdf", b"1"), settings),
        settings,
        CorruptInputError("bad"),
        "load",
    )
    other = intake.quarantine(
        intake.claim(drop(settings, "s.pdf", b"2"), settings),
        settings,
        CorruptInputError("bad"),
        "load",
    )
    assert other.name == "s-1.pdf"
    assert (settings.failed / "s.pdf").read_bytes() == b"1"
    assert json.loads((settings.failed / "s-1.pdf.error.json").read_text())["attempts"] == 1
    assert sorted(i.name for i in intake.list_failed(settings)) == ["s-1.pdf", "s.pdf"]


def test_retry_all_and_unknown_names(settings: Settings) -> None:
    for name in ("a.pdf", "b.pdf"):
        work = intake.claim(drop(settings, name, name.encode()), settings)
        intake.quarantine(work, settings, CorruptInputError("bad"), "load")
    assert intake.retry(settings, "nope.pdf") == []
    assert intake.retry(settings, "../inbox/a.pdf") == []
    assert intake.retry(settings, "a.pdf.error.json") == []
    moved = intake.retry(settings)
    assert sorted(p.name for p in moved) == ["a.pdf", "b.pdf"]
    assert sorted(p.name for p in settings.inbox.iterdir()) == ["a.pdf", "b.pdf"]


def test_recover_puts_back_what_a_crash_left_in_work(settings: Settings) -> None:
    intake.claim(drop(settings, "c.pdf", b"crash"), settings)
    drop(settings, "c.pdf", b"newer")  # a new file with the same name arrived meanwhile
    moved = intake.recover(settings)
    assert [p.parent for p in moved] == [settings.inbox]
    assert list(settings.work.iterdir()) == []
    contents = sorted(p.read_bytes() for p in settings.inbox.iterdir())
    assert contents == [b"crash", b"newer"]


def test_record_failure_copies_and_leaves_the_input(settings: Settings, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere.pdf"
    outside.write_bytes(b"mine")
    target = intake.record_failure(outside, settings, CorruptInputError("bad"), stage="load")
    assert outside.read_bytes() == b"mine" and target.read_bytes() == b"mine"
    assert json.loads((settings.failed / "elsewhere.pdf.error.json").read_text())["stage"] == "load"


def test_the_same_input_failing_again_is_one_failure_with_more_attempts(
    settings: Settings, tmp_path: Path
) -> None:
    outside = tmp_path / "again.pdf"
    outside.write_bytes(b"broken")
    for _ in range(3):
        intake.record_failure(outside, settings, CorruptInputError("bad"), stage="load")
    assert sorted(p.name for p in settings.failed.iterdir()) == [
        "again.pdf",
        "again.pdf.error.json",
    ]
    assert json.loads((settings.failed / "again.pdf.error.json").read_text())["attempts"] == 3
    outside.write_bytes(b"different bytes, same name")  # a different file is kept apart
    intake.record_failure(outside, settings, CorruptInputError("bad"), stage="load")
    assert len(intake.list_failed(settings)) == 2


def test_list_failed_tolerates_a_missing_or_broken_error_file(settings: Settings) -> None:
    (settings.failed / "lonely.pdf").write_bytes(b"x")
    (settings.failed / "broken.pdf").write_bytes(b"x")
    (settings.failed / "broken.pdf.error.json").write_text("{not json")
    items = {i.name: i for i in intake.list_failed(settings)}
    assert items["lonely.pdf"].reason == "unknown" and items["broken.pdf"].reason == "unknown"


def test_a_retried_file_that_is_then_filed_no_longer_counts_as_failed(settings: Settings) -> None:
    work = intake.claim(drop(settings, "r.pdf", b"same"), settings)
    intake.quarantine(work, settings, OcrTimeoutError("slow"), "ocr")
    (settings.failed / "other.pdf").write_bytes(b"x")
    intake.quarantine(
        intake.claim(drop(settings, "other.pdf", b"y"), settings), settings, KeyError(), "ocr"
    )
    intake.retry(settings, "r.pdf")
    intake.archive(intake.claim(settings.inbox / "r.pdf", settings), settings)
    assert not (settings.failed / "r.pdf.error.json").exists()
    assert (settings.failed / "other.pdf").exists()
    # a file of a failed name but different bytes leaves the history alone
    work = intake.claim(drop(settings, "q.pdf", b"1"), settings)
    intake.quarantine(work, settings, OcrTimeoutError("slow"), "ocr")
    intake.retry(settings, "q.pdf")
    (settings.inbox / "q.pdf").write_bytes(b"2")
    intake.archive(intake.claim(settings.inbox / "q.pdf", settings), settings)
    assert (settings.failed / "q.pdf.error.json").exists()
