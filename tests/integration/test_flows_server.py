"""Scale-out on Prefect itself: a real server on 127.0.0.1 (SQLite), a process work pool,
the deployments from prefect.yaml, two workers, two sweeps over one inbox of real scans.
Every scan must be filed exactly once."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest
from flows_support import REPO, corpus_scans, drop, filed_shas, outcomes, prefect_env, wait_for

from flows.serve import healthy
from pipeline.settings import Settings

pytestmark = [pytest.mark.integration, pytest.mark.slow]

PREFECT = Path(sys.executable).with_name("prefect")
POOL = "caseclerk"  # the pool prefect.yaml deploys to


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def api(url: str, path: str, body: dict) -> list[dict]:
    request = urllib.request.Request(
        f"{url}{path}",
        data=json.dumps(body).encode(),
        method="POST",
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())


def test_two_workers_on_a_work_pool_file_every_scan_exactly_once(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path / "data")
    for folder in (settings.inbox, settings.work, settings.processed, settings.failed):
        folder.mkdir(parents=True)
    port = free_port()
    url = f"http://127.0.0.1:{port}/api"
    env = prefect_env(tmp_path)
    env["PREFECT_API_DATABASE_CONNECTION_URL"] = f"sqlite+aiosqlite:///{tmp_path / 'prefect.db'}"
    env["PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS"] = "2"
    client_env = {
        **env,
        "PREFECT_API_URL": url,
        "CASECLERK_HOME": str(settings.home),
        "CASECLERK_SOURCE": str(REPO),
    }
    logs = tmp_path / "logs"
    logs.mkdir()
    procs: list[subprocess.Popen[bytes]] = []

    def start(name: str, *args: str, environ: dict[str, str]) -> None:
        with (logs / f"{name}.log").open("wb") as out:
            procs.append(
                subprocess.Popen(
                    [str(PREFECT), *args],
                    env=environ,
                    cwd=REPO,
                    stdout=out,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                )
            )

    def run(*args: str) -> str:
        done = subprocess.run(
            [str(PREFECT), "--no-prompt", *args],
            env=client_env,
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=180,
        )
        assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
        return done.stdout

    def tail() -> str:
        return "\n".join(f"--- {p.name}\n{p.read_text()[-1500:]}" for p in logs.iterdir())

    try:
        start("server", "server", "start", "--host", "127.0.0.1", "--port", str(port), environ=env)
        wait_for(lambda: healthy(url), 150, "the Prefect server")
        run("work-pool", "create", POOL, "--type", "process")
        run("deploy", "--all", "--prefect-file", str(REPO / "prefect.yaml"))
        for i in (1, 2):
            start(
                f"worker{i}",
                "worker",
                "start",
                "--pool",
                POOL,
                "--limit",
                "1",
                "--name",
                f"worker-{i}",
                environ=client_env,
            )

        scans = drop(corpus_scans(8), settings.inbox)
        for _ in (1, 2):  # two sweeps at once: one per worker, sharing the inbox
            run("deployment", "run", "process-inbox/inbox-sweep", "--param", "concurrency=1")

        try:
            wait_for(lambda: set(outcomes(settings)) >= set(scans), 420, "all scans")
        except AssertionError:
            raise AssertionError(tail()) from None

        def sweep_states() -> list[str]:
            runs = api(url, "/flow_runs/filter", {"limit": 100})
            return [
                r["state_type"]
                for r in runs
                if r["deployment_id"]
                and not r["parent_task_run_id"]
                and r["state_type"] != "SCHEDULED"  # the cron schedule's future sweeps
            ]

        wait_for(
            lambda: all(s in ("COMPLETED", "FAILED", "CRASHED") for s in sweep_states()),
            120,
            "both sweeps to finish",
        )
        states = sweep_states()
        scheduled = [
            r
            for r in api(url, "/flow_runs/filter", {"limit": 100})
            if r["state_type"] == "SCHEDULED" and r["deployment_id"]
        ]
    finally:
        for proc in reversed(procs):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGTERM)
        for proc in procs:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGKILL)

    assert outcomes(settings) == dict.fromkeys(scans, 1), tail()
    assert filed_shas(settings) == dict.fromkeys(scans.values(), 1)
    assert not any(settings.inbox.iterdir()) and not any(settings.work.iterdir())
    assert states == ["COMPLETED", "COMPLETED"], tail()
    assert scheduled, "the cron schedule from prefect.yaml produced no scheduled sweeps"
