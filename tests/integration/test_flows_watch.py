"""``caseclerk watch`` as operators run it: a subprocess on a real data directory.

A batch of real scans with a corrupt, an empty and blank files among them, SIGKILL in the
middle of it and a restart: nothing lost, nothing filed twice, the bad files in failed/
with their error files; a copy of a filed scan is not filed again; SIGTERM stops it
cleanly with exit status 0. (100 files at once are in tests/flows/test_watch.py.)"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from flows_support import corpus_scans, drop, filed_shas, outcomes, prefect_env, wait_for
from PIL import Image

from pipeline.settings import Settings

pytestmark = [pytest.mark.integration, pytest.mark.slow]

CASECLERK = Path(sys.executable).with_name("caseclerk")


def start_watcher(settings: Settings, tmp: Path, log: Path) -> subprocess.Popen[bytes]:
    args = [str(CASECLERK), "watch", "--home", str(settings.home)]
    args += ["--stable", "0.5", "--rescan", "2", "--workers", "2"]
    with log.open("ab") as out:
        return subprocess.Popen(
            args,
            env=prefect_env(tmp),
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own group: the Prefect API child dies with it
        )


def kill_group(proc: subprocess.Popen[bytes], sig: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, sig)


def blank_pngs(folder: Path, n: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        path = folder / f"blank-{i}.png"
        Image.new("L", (120 + i, 90), color=255).save(path)
        paths.append(path)
    return paths


def test_sigkill_mid_batch_then_restart_loses_nothing_and_files_nothing_twice(
    tmp_path: Path,
) -> None:
    settings = Settings(home=tmp_path / "data")
    for folder in (settings.inbox, settings.work, settings.processed, settings.failed):
        folder.mkdir(parents=True)
    log = tmp_path / "watch.log"
    scans = drop(corpus_scans(8), settings.inbox, settled=False)
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "corrupt.pdf").write_bytes(b"%PDF-1.7\n" + os.urandom(3000))
    (bad / "empty.jpg").write_bytes(b"")
    blanks = drop(blank_pngs(tmp_path / "blank", 12), settings.inbox, settled=False)
    broken = drop(sorted(bad.iterdir()), settings.inbox, settled=False)
    names = set(scans) | set(blanks) | set(broken)

    first = start_watcher(settings, tmp_path, log)
    try:
        wait_for(lambda: sum(outcomes(settings).values()) >= 10, 180, "the first documents")
        assert sum(outcomes(settings).values()) < len(names), "batch ended before the kill"
        kill_group(first, signal.SIGKILL)
        first.wait(timeout=30)
    finally:
        kill_group(first, signal.SIGKILL)

    second = start_watcher(settings, tmp_path, log)
    try:
        wait_for(
            lambda: set(outcomes(settings)) >= names and not any(settings.work.iterdir()),
            300,
            "every file to be processed after the restart",
        )
        # A dropped scan is picked up and filed promptly by the running watcher.
        late = drop(corpus_scans(9)[-1:], settings.inbox, settled=False)
        dropped_at = time.monotonic()
        wait_for(lambda: set(late) <= set(outcomes(settings)), 60, "the late scan")
        latency = time.monotonic() - dropped_at
        # The same bytes as a filed scan, under a new name: archived, not filed again.
        copy = tmp_path / "copy" / f"copy-of-{next(iter(scans))}"
        copy.parent.mkdir()
        copy.write_bytes(next(settings.processed.rglob(next(iter(scans)))).read_bytes())
        late |= drop([copy], settings.inbox, settled=False)
        wait_for(lambda: set(late) <= set(outcomes(settings)), 60, "the copy")
        kill_group(second, signal.SIGTERM)
        assert second.wait(timeout=60) == 0, log.read_text()[-3000:]
    finally:
        kill_group(second, signal.SIGKILL)

    everything = names | set(late)
    assert outcomes(settings) == dict.fromkeys(everything, 1), log.read_text()[-3000:]
    assert not any(settings.inbox.iterdir()) and not any(settings.work.iterdir())
    shas = filed_shas(settings)
    assert all(count == 1 for count in shas.values())
    assert set(shas) == set(scans.values()) | set(late.values())  # every real scan filed
    for name in [*blanks, *broken]:
        error = json.loads((settings.failed / f"{name}.error.json").read_text())
        assert error["stage"] and error["reason"] and error["retryable"] is False
    print(f"late scan filed {latency:.1f} s after it was dropped")
