"""Moving originals through the data directory: inbox -> work -> processed/ or failed/.

An original scan is the one thing caseclerk must never lose, so it is only ever renamed
(never rewritten, never deleted) and it leaves work/ only after its record is written:
``archive`` is called after filing, ``quarantine`` after a failure. A rename within one
file system is atomic, which is what lets several workers share one inbox: whoever renames
a file into work/ first owns it, everyone else gets None. Names that collide get a numeric
suffix; nothing is ever overwritten.
"""

from __future__ import annotations

import hashlib
import json
import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from pipeline.atomic import copy_atomic, ensure_dir, fsync_dir, write_json_atomic
from pipeline.errors import CaseclerkError
from pipeline.settings import Settings

log = logging.getLogger(__name__)

ERROR_SUFFIX = ".error.json"
_MAX_MESSAGE = 300


class FailedItem(BaseModel):
    """One file in failed/ with what its error file says (defaults when that is missing)."""

    name: str
    file: str
    stage: str | None = None
    error_type: str | None = None
    reason: str = "unknown"
    message: str = ""
    retryable: bool = False
    attempts: int = 1
    first_seen: str | None = None
    last_seen: str | None = None
    sha256: str | None = None


def ensure_layout(settings: Settings) -> None:
    """Create the data directory's folders (0700 where we create them)."""
    for folder in (
        settings.home,
        settings.inbox,
        settings.work,
        settings.processed,
        settings.failed,
        settings.cases,
    ):
        ensure_dir(folder)


def sha256_file(path: Path) -> str:
    """Content hash in 1 MiB chunks: the identity of a scan, whatever its name."""
    digest = hashlib.sha256()
    with Path(path).open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def unique_path(folder: Path, name: str, *, also: tuple[str, ...] = ()) -> Path:
    """``folder/name``, or ``folder/stem-N.suffix`` for the first N that is free.

    ``also`` lists companion suffixes (e.g. ``.error.json``) that must be free too.
    """
    base = Path(name)
    stem, suffix = base.stem, base.suffix
    candidate = name
    n = 0
    while (folder / candidate).exists() or any((folder / f"{candidate}{s}").exists() for s in also):
        n += 1
        candidate = f"{stem}-{n}{suffix}"
    return folder / candidate


def _move(src: Path, folder: Path, *, also: tuple[str, ...] = ()) -> Path:
    """Rename ``src`` into ``folder`` under a free name, durably."""
    ensure_dir(folder)
    target = unique_path(folder, src.name, also=also)
    src.rename(target)
    fsync_dir(folder)
    fsync_dir(src.parent)
    return target


def claim(path: Path, settings: Settings) -> Path | None:
    """Take ``path`` (in inbox/) for this worker by renaming it into work/.

    Returns the new path, or None when another worker renamed it first (the loser of a
    race sees the source vanish, which is not an error).
    """
    path = Path(path)
    ensure_dir(settings.work)
    target = unique_path(settings.work, path.name)
    try:
        path.rename(target)
    except FileNotFoundError:
        return None
    fsync_dir(settings.work)
    fsync_dir(path.parent)
    return target


def archive(work_path: Path, settings: Settings) -> Path:
    """Move a filed original to processed/<YYYY-MM-DD>/; call only after its record is written."""
    work_path = Path(work_path)
    _clear_resolved_error(work_path, settings)
    day = datetime.now().astimezone().date().isoformat()
    return _move(work_path, settings.processed / day)


def _clear_resolved_error(work_path: Path, settings: Settings) -> None:
    """A retried file that has now been filed no longer counts as failed: drop its error file.

    Only when the error file is about these very bytes (same sha256) and the failed copy
    itself is gone, so an unrelated file of the same name keeps its history.
    """
    stale = settings.failed / f"{work_path.name}{ERROR_SUFFIX}"
    if not stale.is_file() or (settings.failed / work_path.name).exists():
        return
    info = _read_error(stale)
    if info is not None and info.get("sha256") == sha256_file(work_path):
        stale.unlink(missing_ok=True)
        fsync_dir(settings.failed)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _describe(error: BaseException) -> dict[str, Any]:
    """reason/message/retryable for the error file; never document text for unknown errors."""
    if isinstance(error, CaseclerkError):
        return {
            "error_type": type(error).__name__,
            "reason": error.reason,
            "message": error.message,
            "retryable": error.retryable,
        }
    detail = str(error).splitlines()[0] if str(error) else ""
    message = f"{type(error).__name__}: {detail}" if detail else type(error).__name__
    if len(message) > _MAX_MESSAGE:
        message = message[: _MAX_MESSAGE - 3] + "..."
    timeout = isinstance(error, TimeoutError)
    return {
        "error_type": type(error).__name__,
        "reason": "timeout" if timeout else "internal",
        "message": message,
        "retryable": timeout,
    }


def _read_error(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _failed_target(settings: Settings, name: str, sha: str) -> tuple[Path, dict[str, Any] | None]:
    """Where a failing file goes in failed/, and the earlier error of the same file if any.

    A file put back by ``retry`` keeps its error file; when the same bytes fail again under
    the same name, that history is continued (attempts + 1) instead of starting over. So is
    a ``caseclerk run`` input that fails again while its copy is still in failed/: the same
    bytes are one failure, not a new copy each run.
    """
    folder = settings.failed
    previous = _read_error(folder / f"{name}{ERROR_SUFFIX}")
    if previous is not None and previous.get("sha256") == sha:
        existing = folder / name
        if not existing.exists() or sha256_file(existing) == sha:
            return existing, previous
    return unique_path(folder, name, also=(ERROR_SUFFIX,)), None


def _write_error(
    target: Path,
    error: BaseException,
    stage: str,
    sha: str,
    previous: dict[str, Any] | None,
) -> None:
    now = _now()
    info: dict[str, Any] = {"file": target.name, "stage": stage, **_describe(error)}
    info["attempts"] = int(previous.get("attempts", 1)) + 1 if previous else 1
    info["first_seen"] = previous.get("first_seen", now) if previous else now
    info["last_seen"] = now
    info["sha256"] = sha
    write_json_atomic(target.parent / f"{target.name}{ERROR_SUFFIX}", info)
    # The file name stays at DEBUG: operators name scans after the people in them. The
    # sha256 prefix, also in its failed/NAME.error.json, identifies it without naming anybody.
    log.warning(
        "a scan (sha256 %s) failed at %s: %s (attempt %d); `caseclerk failed` lists it by name",
        sha[:12],
        stage,
        info["reason"],
        info["attempts"],
    )
    log.debug("the failed scan is %s", target.name)


def quarantine(work_path: Path, settings: Settings, error: BaseException, stage: str) -> Path:
    """Move a failed original to failed/ and write failed/NAME.error.json beside it.

    The error file is written first: a kill between the two steps then leaves the scan in
    work/ (put back and retried at start-up, one attempt more) with its reason waiting,
    never a scan in failed/ that nobody can say why it is there.
    """
    work_path = Path(work_path)
    ensure_dir(settings.failed)
    sha = sha256_file(work_path)
    target, previous = _failed_target(settings, work_path.name, sha)
    _write_error(target, error, stage, sha, previous)
    work_path.rename(target)
    fsync_dir(settings.failed)
    fsync_dir(work_path.parent)
    return target


def record_failure(path: Path, settings: Settings, error: BaseException, stage: str) -> Path:
    """Like ``quarantine`` for a file that is not ours to move (``caseclerk run`` inputs)."""
    path = Path(path)
    ensure_dir(settings.failed)
    sha = sha256_file(path)
    target, previous = _failed_target(settings, path.name, sha)
    _write_error(target, error, stage, sha, previous)
    copy_atomic(path, target)
    return target


def recover(settings: Settings) -> list[Path]:
    """Put back in inbox/ whatever a crash left in work/ (run at start-up, before workers)."""
    if not settings.work.is_dir():
        return []
    moved = []
    for path in sorted(settings.work.iterdir()):
        if path.is_file() and not path.is_symlink():
            moved.append(_move(path, settings.inbox))
    if moved:
        log.info("recovered %d file(s) from work/", len(moved))
    return moved


def is_failed_scan(path: Path) -> bool:
    """A scan in failed/, not its error file nor the hidden temp file of a write a kill cut."""
    return path.is_file() and not path.name.endswith(ERROR_SUFFIX) and not path.name.startswith(".")


def list_failed(settings: Settings) -> list[FailedItem]:
    """The files in failed/, oldest failure first, with their error files' contents."""
    if not settings.failed.is_dir():
        return []
    items = []
    for path in settings.failed.iterdir():
        if not is_failed_scan(path):
            continue
        info = _read_error(path.parent / f"{path.name}{ERROR_SUFFIX}") or {}
        fields = {k: v for k, v in info.items() if k in FailedItem.model_fields}
        fields.update(name=path.name, file=path.name)
        try:
            items.append(FailedItem(**fields))
        except ValueError:
            items.append(FailedItem(name=path.name, file=path.name))
    items.sort(key=lambda item: (item.last_seen or "", item.name))
    return items


def retry(settings: Settings, name: str | None = None) -> list[Path]:
    """Move failed/NAME (None: every failed file) back to inbox/, keeping the error history."""
    if name is not None:
        if Path(name).name != name or name in (".", "..") or name.endswith(ERROR_SUFFIX):
            return []
        candidates = [settings.failed / name]
    else:
        candidates = [settings.failed / item.name for item in list_failed(settings)]
    moved = []
    for path in candidates:
        if path.is_file() and not path.is_symlink():
            moved.append(_move(path, settings.inbox))
    return moved
