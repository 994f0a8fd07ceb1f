"""Crash-safe file writes: temp file in the same directory, fsync, os.replace, fsync the directory.

A reader (the review app, reindex, an operator) must never see half a record.json, and a
power cut must leave either the old file or the new one. Writing beside the target and
renaming over it gives that on POSIX file systems, because a rename within one directory is
atomic; the fsyncs make it durable rather than just atomic. Modes are set explicitly
(0600 files, 0700 folders) because the umask of a scanner service account is not ours.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

FILE_MODE = 0o600
DIR_MODE = 0o700
_CHUNK = 1 << 20


def ensure_dir(path: Path, mode: int = DIR_MODE) -> Path:
    """Create ``path`` and any missing parents with ``mode``; existing folders keep theirs.

    An existing folder is left alone because an administrator may have widened it on
    purpose (a scanner group writing to inbox/); only what we create is ours to set.
    """
    path = Path(path)
    missing: list[Path] = []
    probe = path
    while not probe.exists():
        missing.append(probe)
        if probe.parent == probe:
            break
        probe = probe.parent
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):
            folder.mkdir(mode=mode)
            folder.chmod(mode)  # mkdir's mode is masked by the umask
            fsync_dir(folder.parent)  # the new entry survives a power cut
    if not path.is_dir():
        raise NotADirectoryError(str(path))
    return path


def fsync_dir(path: Path) -> None:
    """Make a rename or new entry in ``path`` durable (no-op where folders cannot be opened)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _write_with(path: Path, fill: Callable[[IO[bytes]], None], mode: int) -> Path:
    """Run ``fill`` on a hidden temp file beside ``path`` and move it into place atomically."""
    path = Path(path)
    ensure_dir(path.parent)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as handle:
            fill(handle)
            handle.flush()
            os.fsync(handle.fileno())
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)
    return path


def write_stream_atomic(
    path: Path, fill: Callable[[IO[bytes]], None], mode: int = FILE_MODE
) -> Path:
    """Let ``fill`` write to a binary handle whose bytes appear at ``path`` only when complete."""
    return _write_with(path, fill, mode)


def write_bytes_atomic(path: Path, data: bytes, mode: int = FILE_MODE) -> Path:
    """Replace ``path`` with ``data`` so that readers see the old or the new bytes, never a mix."""
    return _write_with(path, lambda handle: handle.write(data), mode)


def write_text_atomic(path: Path, text: str, mode: int = FILE_MODE) -> Path:
    """UTF-8 text, written atomically."""
    return write_bytes_atomic(path, text.encode("utf-8"), mode)


def write_json_atomic(path: Path, obj: Any, mode: int = FILE_MODE) -> Path:
    """Pretty JSON (stable key order as given), written atomically; datetimes as ISO strings."""
    text = json.dumps(obj, indent=2, ensure_ascii=False, default=_json_default) + "\n"
    return write_text_atomic(path, text, mode)


def copy_atomic(src: Path, dst: Path, mode: int = FILE_MODE) -> Path:
    """Copy ``src`` to ``dst`` by streaming (bounded memory); ``src`` is only read."""

    def fill(handle: IO[bytes]) -> None:
        with Path(src).open("rb") as source:
            shutil.copyfileobj(source, handle, _CHUNK)

    return _write_with(dst, fill, mode)


def _json_default(value: Any) -> Any:
    iso = getattr(value, "isoformat", None)
    if callable(iso):
        return iso()
    if isinstance(value, Path):
        return str(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")
