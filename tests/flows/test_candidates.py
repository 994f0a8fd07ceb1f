"""Which inbox files are taken, and when: temporary names never, changing files not yet."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from flows.candidates import StabilityTracker, inbox_files, is_ignored, settled_files


@pytest.mark.parametrize(
    "name",
    [
        ".hidden.pdf",
        "~$order.pdf",
        "scan.pdf.part",
        "scan.PDF.TMP",
        "x.crdownload",
        "a.pdf~",
        "a.pdf.error.json",
    ],
)
def test_temporary_and_hidden_names_are_ignored(name: str) -> None:
    assert is_ignored(name)


@pytest.mark.parametrize("name", ["order.pdf", "scan 2.TIF", "part.png", "tmp.jpg"])
def test_ordinary_scan_names_are_not_ignored(name: str) -> None:
    assert not is_ignored(name)


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_file_is_ready_only_after_holding_still_for_the_stable_time(tmp_path: Path) -> None:
    clock = FakeClock()
    tracker = StabilityTracker(2.0, clock=clock)
    path = tmp_path / "a.pdf"
    path.write_bytes(b"1234")
    tracker.note(path)
    clock.now += 1.5
    assert tracker.ready() == []
    with path.open("ab") as handle:  # grows: the clock starts again
        handle.write(b"5678")
    clock.now += 1.0
    assert tracker.ready() == []
    clock.now += 1.0
    assert tracker.ready() == []  # only 1 s since the change was first seen
    clock.now += 1.1
    assert tracker.ready() == [path]
    assert tracker.ready() == []  # handed out once


def test_a_touched_file_of_the_same_size_is_not_yet_ready(tmp_path: Path) -> None:
    clock = FakeClock()
    tracker = StabilityTracker(2.0, clock=clock)
    path = tmp_path / "a.pdf"
    path.write_bytes(b"1234")
    tracker.note(path)
    clock.now += 1.5
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    clock.now += 1.0
    assert tracker.ready() == []


def test_vanished_files_and_folders_are_forgotten(tmp_path: Path) -> None:
    clock = FakeClock()
    tracker = StabilityTracker(0.0, clock=clock)
    gone = tmp_path / "gone.pdf"
    gone.write_bytes(b"x")
    folder = tmp_path / "folder.pdf"
    folder.mkdir()
    tracker.note(gone)
    tracker.note(folder)
    tracker.note(tmp_path / "scan.pdf.part")
    gone.unlink()
    assert tracker.ready() == []
    assert tracker.watching() == []


def test_inbox_listing_skips_temporary_names_and_folders(tmp_path: Path) -> None:
    (tmp_path / "b.pdf").write_bytes(b"b")
    (tmp_path / "a.png").write_bytes(b"a")
    (tmp_path / "c.pdf.part").write_bytes(b"c")
    (tmp_path / "sub").mkdir()
    assert sorted(p.name for p in inbox_files(tmp_path)) == ["a.png", "b.pdf"]
    assert inbox_files(tmp_path / "missing") == []


def test_a_sweep_takes_only_files_untouched_for_the_stable_time(tmp_path: Path) -> None:
    old = tmp_path / "old.pdf"
    new = tmp_path / "new.pdf"
    old.write_bytes(b"o")
    new.write_bytes(b"n")
    now = time.time()
    os.utime(old, (now - 60, now - 60))
    assert settled_files(tmp_path, 5.0, now=now) == [old]
