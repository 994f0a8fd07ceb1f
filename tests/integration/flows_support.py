"""Helpers shared by the flow integration tests: scans, a clean Prefect home, and the
"exactly once" accounting of a data directory."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from flows.cli import EPHEMERAL_STARTUP_SECONDS
from pipeline import intake
from pipeline.settings import Settings

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "samples" / "corpus"
SCAN_SUFFIXES = {".pdf", ".tif", ".tiff", ".png", ".jpg", ".jpeg"}


def corpus_scans(n: int) -> list[Path]:
    scans = sorted(p for p in CORPUS.iterdir() if p.suffix.lower() in SCAN_SUFFIXES)
    assert len(scans) >= n, f"need {n} scans in {CORPUS}"
    return scans[:n]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def drop(files: list[Path], inbox: Path, *, settled: bool = True) -> dict[str, str]:
    """Copy scans into the inbox (write elsewhere, rename in); returns name -> sha256."""
    staging = inbox.parent / "staging"
    staging.mkdir(exist_ok=True)
    names = {}
    for src in files:
        tmp = staging / src.name
        shutil.copyfile(src, tmp)
        if settled:
            past = time.time() - 600
            os.utime(tmp, (past, past))
        tmp.rename(inbox / src.name)
        names[src.name] = sha256(inbox / src.name)
    return names


def prefect_env(tmp: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        PREFECT_HOME=str(tmp / "prefect-home"),
        PREFECT_SERVER_ANALYTICS_ENABLED="false",
        PREFECT_LOGGING_LEVEL="WARNING",
        # the default 20 s for the ephemeral API server ran out with both cores busy
        PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS=EPHEMERAL_STARTUP_SECONDS,
        OMP_THREAD_LIMIT="1",
    )
    env.pop("PREFECT_API_URL", None)
    return env


def outcomes(settings: Settings) -> Counter[str]:
    """How many times each original name sits in processed/ or failed/ (must be once).

    failed/ is read as ``caseclerk failed`` reads it: a SIGKILL in the middle of writing an
    error file leaves its hidden ``.NAME.….tmp``, which is no outcome of any scan.
    processed/ is only ever renamed into, so it holds no temp files.
    """
    seen: Counter[str] = Counter()
    for path in settings.processed.rglob("*"):
        if path.is_file():
            seen[path.name] += 1
    for path in settings.failed.iterdir():
        if intake.is_failed_scan(path):
            seen[path.name] += 1
    return seen


def filed_shas(settings: Settings) -> Counter[str]:
    """sha256 of every record.json under cases/: a scan filed twice shows up twice."""
    found: Counter[str] = Counter()
    for record in settings.cases.rglob("record.json"):
        found[json.loads(record.read_text())["source"]["sha256"]] += 1
    return found


def wait_for(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.25)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
