from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from pipeline import atomic
from pipeline.atomic import (
    copy_atomic,
    ensure_dir,
    write_bytes_atomic,
    write_json_atomic,
    write_text_atomic,
)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_writes_replace_the_file_and_set_0600(tmp_path: Path) -> None:
    target = tmp_path / "record.json"
    write_text_atomic(target, "old")
    write_json_atomic(target, {"a": 1})
    assert json.loads(target.read_text()) == {"a": 1}
    assert mode(target) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["record.json"]  # no temp file left


def test_mode_does_not_depend_on_umask(tmp_path: Path) -> None:
    import os

    old = os.umask(0)
    try:
        write_bytes_atomic(tmp_path / "x", b"1")
        ensure_dir(tmp_path / "a" / "b")
    finally:
        os.umask(old)
    assert mode(tmp_path / "x") == 0o600
    assert mode(tmp_path / "a") == 0o700
    assert mode(tmp_path / "a" / "b") == 0o700


def test_ensure_dir_creates_parents_0700_and_leaves_existing_alone(tmp_path: Path) -> None:
    existing = tmp_path / "shared"
    existing.mkdir()
    existing.chmod(0o750)
    ensure_dir(existing / "x" / "y")
    assert mode(existing) == 0o750
    assert mode(existing / "x") == 0o700
    assert mode(existing / "x" / "y") == 0o700


def test_ensure_dir_refuses_a_file(tmp_path: Path) -> None:
    (tmp_path / "f").write_text("x")
    with pytest.raises((NotADirectoryError, FileExistsError)):
        ensure_dir(tmp_path / "f")


def test_a_crash_between_write_and_replace_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "record.json"
    write_text_atomic(target, "old contents")

    def crash(self: Path, other: Path) -> None:
        raise OSError("power cut")

    monkeypatch.setattr(Path, "replace", crash)
    with pytest.raises(OSError, match="power cut"):
        write_text_atomic(target, "new contents that never land")
    assert target.read_text() == "old contents"
    assert [p.name for p in tmp_path.iterdir()] == ["record.json"]


def test_a_failure_while_writing_leaves_nothing_under_the_final_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "new.txt"

    def boom(fd: int) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(atomic.os, "fsync", boom)
    with pytest.raises(OSError, match="disk full"):
        write_text_atomic(target, "data")
    assert list(tmp_path.iterdir()) == []


def test_the_temp_file_is_hidden_and_in_the_same_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[Path] = []
    real_replace = Path.replace

    def spy(self: Path, other: Path) -> Path:
        seen.append(self)
        return real_replace(self, other)

    monkeypatch.setattr(Path, "replace", spy)
    write_text_atomic(tmp_path / "t.txt", "x")
    assert seen and seen[0].parent == tmp_path and seen[0].name.startswith(".")


def test_copy_leaves_the_source_untouched(tmp_path: Path) -> None:
    src = tmp_path / "scan.pdf"
    data = bytes(range(256)) * 10_000
    src.write_bytes(data)
    src.chmod(0o644)
    before = src.stat()
    dst = copy_atomic(src, tmp_path / "out" / "scan.pdf")
    assert dst.read_bytes() == data
    assert src.read_bytes() == data
    assert src.stat().st_mtime_ns == before.st_mtime_ns and mode(src) == 0o644
    assert mode(dst) == 0o600
    assert mode(tmp_path / "out") == 0o700


def test_json_handles_datetimes(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    write_json_atomic(tmp_path / "j.json", {"at": datetime(2025, 1, 2, tzinfo=UTC)})
    assert json.loads((tmp_path / "j.json").read_text()) == {"at": "2025-01-02T00:00:00+00:00"}
