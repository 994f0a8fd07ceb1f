"""The watcher's promises, with a plain claim-and-archive handler in place of the flow:
complete files only, renamed files found, a burst of 100 taken exactly once, missed
events caught by the rescan, bad files survived, and a clean stop."""

from __future__ import annotations

import os
import threading
import time
import types
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from flows.report import DocumentResult
from flows.watch import Watcher, WatchOptions
from pipeline.errors import WatcherBusyError
from pipeline.settings import Settings

FAST = WatchOptions(stable_seconds=0.4, rescan_seconds=1.0, tick_seconds=0.05, workers=2)


class Recorder:
    """Claims, notes what it saw, archives: the shape of the real handler."""

    def __init__(
        self,
        settings: Settings,
        intake: types.ModuleType,
        work: Callable[[Path], None] | None = None,
    ) -> None:
        self.settings = settings
        self.intake = intake
        self.work = work
        self.calls: Counter[str] = Counter()
        self.claimed: dict[str, tuple[float, int]] = {}  # name -> (time, size at claim)
        self.lock = threading.Lock()

    def __call__(self, path: Path) -> DocumentResult:
        work_path = self.intake.claim(path, self.settings)
        if work_path is None:
            return DocumentResult(file=path.name, status="skipped")
        with self.lock:
            self.calls[path.name] += 1
            self.claimed[path.name] = (time.monotonic(), work_path.stat().st_size)
        if self.work is not None:
            self.work(work_path)
        self.intake.archive(work_path, self.settings)
        return DocumentResult(file=path.name, status="filed")


@contextmanager
def running(watcher: Watcher) -> Iterator[threading.Thread]:
    thread = threading.Thread(target=watcher.run, daemon=True)
    thread.start()
    try:
        yield thread
    finally:
        watcher.stop_event.set()
        thread.join(timeout=30)
        assert not thread.is_alive()


def wait_for(condition: Callable[[], bool], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.05)
    raise AssertionError("timed out waiting")


def processed_names(settings: Settings) -> list[str]:
    return sorted(p.name for p in settings.processed.rglob("*") if p.is_file())


def test_a_file_written_slowly_is_claimed_only_once_complete(settings, intake) -> None:
    handler = Recorder(settings, intake)
    watcher = Watcher(settings, handler, FAST)
    chunk = b"%PDF-" + b"x" * 4091
    with running(watcher):
        target = settings.inbox / "slow.pdf"
        with target.open("wb") as out:
            for _ in range(8):  # 8 chunks, 0.15 s apart: each gap shorter than stable time
                time.sleep(0.15)
                out.write(chunk)
                out.flush()
                last_write = time.monotonic()
        wait_for(lambda: "slow.pdf" in handler.claimed)
    claimed_at, size = handler.claimed["slow.pdf"]
    assert size == 8 * len(chunk)
    assert claimed_at - last_write >= FAST.stable_seconds * 0.9
    assert handler.calls == Counter({"slow.pdf": 1})


def test_a_file_renamed_into_the_inbox_is_picked_up(settings, intake, tmp_path) -> None:
    handler = Recorder(settings, intake)
    watcher = Watcher(settings, handler, FAST)
    outside = tmp_path / "elsewhere.png"
    outside.write_bytes(b"\x89PNG" + b"0" * 100)
    with running(watcher):
        partial = settings.inbox / "copying.png.part"
        partial.write_bytes(b"\x89PNG" + b"1" * 100)
        time.sleep(FAST.stable_seconds * 2)
        assert handler.calls == Counter()  # the .part name is never taken
        partial.rename(settings.inbox / "copied.png")
        outside.rename(settings.inbox / "moved.png")
        wait_for(lambda: len(processed_names(settings)) == 2)
    assert handler.calls == Counter({"copied.png": 1, "moved.png": 1})


def test_a_hundred_files_dropped_at_once_are_each_processed_exactly_once(settings, intake) -> None:
    handler = Recorder(settings, intake, work=lambda _: time.sleep(0.005))
    watcher = Watcher(settings, handler, WatchOptions(**{**FAST.__dict__, "workers": 4}))
    names = [f"scan-{i:03d}.png" for i in range(100)]
    with running(watcher):
        for name in names:
            (settings.inbox / name).write_bytes(b"\x89PNG" + name.encode())
        wait_for(lambda: len(processed_names(settings)) == 100, timeout=60)
        time.sleep(FAST.rescan_seconds * 1.5)  # a rescan must not bring anything back
    assert handler.calls == Counter({name: 1 for name in names})
    assert processed_names(settings) == names
    assert list(settings.inbox.iterdir()) == []
    assert list(settings.work.iterdir()) == []


def test_the_rescan_finds_files_whose_events_were_missed(settings, intake, monkeypatch) -> None:
    class Deaf:  # an observer that never reports anything, like a share that sends no events
        def start(self) -> None: ...
        def stop(self) -> None: ...
        def join(self, timeout: float | None = None) -> None: ...

    monkeypatch.setattr(Watcher, "_make_observer", lambda self: Deaf())
    handler = Recorder(settings, intake)
    watcher = Watcher(settings, handler, FAST)
    with running(watcher):
        time.sleep(0.2)
        (settings.inbox / "missed.pdf").write_bytes(b"%PDF-1.4")
        wait_for(lambda: handler.calls["missed.pdf"] == 1, timeout=10)


def test_polling_mode_picks_files_up(settings, intake) -> None:
    handler = Recorder(settings, intake)
    options = WatchOptions(**{**FAST.__dict__, "poll_seconds": 0.2, "rescan_seconds": 60.0})
    watcher = Watcher(settings, handler, options)
    with running(watcher):
        time.sleep(0.3)
        (settings.inbox / "share.tif").write_bytes(b"II*\x00")
        wait_for(lambda: handler.calls["share.tif"] == 1, timeout=10)


def test_a_handler_error_does_not_stop_the_watcher(settings, intake) -> None:
    def explode(work_path: Path) -> None:
        if work_path.name.startswith("bad"):
            raise RuntimeError("bug")

    handler = Recorder(settings, intake, work=explode)
    watcher = Watcher(settings, handler, FAST)
    with running(watcher):
        (settings.inbox / "bad.pdf").write_bytes(b"x")
        wait_for(lambda: handler.calls["bad.pdf"] == 1)
        (settings.inbox / "good.pdf").write_bytes(b"y")
        wait_for(lambda: "good.pdf" in processed_names(settings))
    assert watcher.stats.errors == 1


def test_start_puts_back_what_a_crash_left_in_work(settings, intake) -> None:
    (settings.work / "left.pdf").write_bytes(b"%PDF-1.4 left over")
    handler = Recorder(settings, intake)
    with running(Watcher(settings, handler, FAST)):
        wait_for(lambda: "left.pdf" in processed_names(settings))
    assert handler.calls == Counter({"left.pdf": 1})


def test_a_second_watcher_on_the_same_data_directory_refuses_to_start(settings, intake) -> None:
    (settings.work / "mine.pdf").write_bytes(b"%PDF-1.4 in progress")
    first = Watcher(settings, Recorder(settings, intake), FAST)
    first.start()
    try:
        (settings.work / "claimed.pdf").write_bytes(b"%PDF-1.4 claimed by the first")
        second = Watcher(settings, Recorder(settings, intake), FAST)
        with pytest.raises(WatcherBusyError, match=f"pid {os.getpid()}"):
            second.start()
        assert (settings.work / "claimed.pdf").exists()  # the second recovered nothing
    finally:
        first.shutdown()
    third = Watcher(settings, Recorder(settings, intake), FAST)
    third.start()  # the lock went with the first watcher
    third.shutdown()


def test_a_stop_lets_in_flight_work_finish_and_leaves_the_rest_unclaimed(settings, intake) -> None:
    started = threading.Event()

    def slow(_: Path) -> None:
        started.set()
        time.sleep(1.0)

    handler = Recorder(settings, intake, work=slow)
    options = WatchOptions(**{**FAST.__dict__, "workers": 1})
    watcher = Watcher(settings, handler, options)
    with running(watcher):
        for i in range(3):
            (settings.inbox / f"doc{i}.pdf").write_bytes(b"%PDF" + bytes([i]))
        assert started.wait(10)
        watcher.stop_event.set()
    assert len(processed_names(settings)) == 1  # the one in flight finished
    assert len(list(settings.inbox.iterdir())) == 2  # the others were never claimed
    assert list(settings.work.iterdir()) == []
    assert not watcher.released


def test_a_stop_that_cannot_wait_releases_claimed_work_to_the_inbox(settings, intake) -> None:
    started = threading.Event()
    go_on = threading.Event()

    def stuck(_: Path) -> None:
        started.set()
        go_on.wait(10)

    handler = Recorder(settings, intake, work=stuck)
    options = WatchOptions(**{**FAST.__dict__, "workers": 1, "grace_seconds": 0.2})
    watcher = Watcher(settings, handler, options)
    try:
        with running(watcher):
            (settings.inbox / "long.pdf").write_bytes(b"%PDF-1.4")
            assert started.wait(10)
            watcher.stop_event.set()
        assert watcher.released
        assert [p.name for p in settings.inbox.iterdir()] == ["long.pdf"]
        assert list(settings.work.iterdir()) == []
    finally:
        go_on.set()


@pytest.mark.parametrize("name", [".DS_Store", "~$draft.pdf", "scan.pdf.tmp"])
def test_temporary_files_are_never_claimed(settings, intake, name) -> None:
    handler = Recorder(settings, intake)
    with running(Watcher(settings, handler, FAST)):
        (settings.inbox / name).write_bytes(b"x")
        time.sleep(FAST.stable_seconds * 3)
    assert handler.calls == Counter()
    assert (settings.inbox / name).exists()


def test_work_that_fails_during_a_stop_goes_back_to_the_inbox(settings, intake) -> None:
    started = threading.Event()

    def api_gone(_: Path) -> None:  # what a document sees when Ctrl-C also hit Prefect's API
        started.set()
        time.sleep(0.3)
        raise ConnectionError("Prefect API went away")

    handler = Recorder(settings, intake, work=api_gone)
    watcher = Watcher(settings, handler, WatchOptions(**{**FAST.__dict__, "workers": 1}))
    with running(watcher):
        (settings.inbox / "mid.pdf").write_bytes(b"%PDF-1.4")
        assert started.wait(10)
        watcher.stop_event.set()
    assert [p.name for p in settings.inbox.iterdir()] == ["mid.pdf"]
    assert list(settings.work.iterdir()) == []
