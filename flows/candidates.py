"""Which files in the inbox are scans ready to take, and which are someone's half-write.

Scanners, copy tools and office programs write under temporary names and rename when
done; picking those up is how folder watchers end up filing half a PDF. A file is taken
only when its name is not a temporary one and its size and modification time have not
changed for ``stable_seconds``.
"""

from __future__ import annotations

import stat
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

TEMP_SUFFIXES = (".part", ".tmp", ".crdownload", ".partial", ".download", ".swp", ".filepart")
TEMP_PREFIXES = (".", "~$", "~")


def is_ignored(name: str) -> bool:
    """Temporary, partial and hidden names (also our own error files) are never claimed."""
    lower = name.lower()
    return (
        lower.startswith(TEMP_PREFIXES)
        or lower.endswith(TEMP_SUFFIXES)
        or lower.endswith(".error.json")
        or lower.endswith("~")
    )


def inbox_files(inbox: Path) -> list[Path]:
    """Regular files directly inside the inbox that are not ignored, oldest first."""
    found: list[tuple[float, str, Path]] = []
    try:
        entries = list(inbox.iterdir())
    except FileNotFoundError:
        return []
    for entry in entries:
        if is_ignored(entry.name):
            continue
        try:
            st = entry.stat()
        except FileNotFoundError:  # claimed or renamed meanwhile
            continue
        if entry.is_file() and not entry.is_symlink():
            found.append((st.st_mtime, entry.name, entry))
    return [p for _, _, p in sorted(found)]


def settled_files(inbox: Path, stable_seconds: float, now: float | None = None) -> list[Path]:
    """Files untouched for ``stable_seconds``: what a sweep with no history may take."""
    now = time.time() if now is None else now
    ready = []
    for path in inbox_files(inbox):
        try:
            if now - path.stat().st_mtime >= stable_seconds:
                ready.append(path)
        except FileNotFoundError:
            continue
    return ready


@dataclass
class _Seen:
    size: int
    mtime_ns: int
    since: float


@dataclass
class StabilityTracker:
    """Remembers each candidate's size and mtime and says when they have held still.

    ``clock`` is monotonic time, injectable so that tests do not sleep.
    """

    stable_seconds: float
    clock: Callable[[], float] = time.monotonic
    _seen: dict[Path, _Seen] = field(default_factory=dict)

    def note(self, path: Path) -> None:
        """A file event or a rescan saw ``path``: start (or keep) watching it."""
        if is_ignored(path.name):
            return
        self._observe(path)

    def forget(self, path: Path) -> None:
        self._seen.pop(path, None)

    def watching(self) -> list[Path]:
        return list(self._seen)

    def ready(self) -> list[Path]:
        """Paths stable for long enough; each is returned once, then forgotten."""
        out = []
        for path in list(self._seen):
            seen = self._observe(path)
            if seen is not None and self.clock() - seen.since >= self.stable_seconds:
                out.append(path)
                del self._seen[path]
        return out

    def _observe(self, path: Path) -> _Seen | None:
        try:
            st = path.lstat()
        except FileNotFoundError:  # gone: renamed away, claimed by another worker, deleted
            self._seen.pop(path, None)
            return None
        if not stat.S_ISREG(st.st_mode):  # folders and devices are not scans
            self._seen.pop(path, None)
            return None
        now = self.clock()
        seen = self._seen.get(path)
        if seen is None or seen.size != st.st_size or seen.mtime_ns != st.st_mtime_ns:
            seen = self._seen[path] = _Seen(st.st_size, st.st_mtime_ns, now)
        return seen
