"""``caseclerk serve``: this process serves the deployments and runs what they schedule.

The inbox sweep runs on a cron schedule (``settings.sweep_cron``, every 15 minutes by
default) and ``process_document`` is there for on-demand runs
(``prefect deployment run process-document/on-demand -p path=...``). To run them on a
work pool instead, deploy with ``prefect deploy`` and prefect.yaml (docs/operations.md).

Schedules are turned into runs by the Prefect server's scheduler service, which Prefect's
ephemeral in-process API does not run. So when PREFECT_API_URL names no server, serve
starts a local one (``prefect server start`` on 127.0.0.1, SQLite in PREFECT_HOME) for as
long as it runs, which also gives the operator Prefect's UI.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from pipeline.errors import MissingDependencyError
from pipeline.settings import Settings

SWEEP_DEPLOYMENT = "inbox-sweep"
DOCUMENT_DEPLOYMENT = "on-demand"


def deployments(settings: Settings, cron: str | None = None, concurrency: int = 2) -> list[Any]:
    """The two deployments, bound to this data directory."""
    from flows.document import process_document
    from flows.inbox import process_inbox

    home = str(settings.home.resolve())
    return [
        process_inbox.to_deployment(
            name=SWEEP_DEPLOYMENT,
            cron=cron or settings.sweep_cron,
            parameters={"home": home, "concurrency": concurrency},
            description="Sweep the inbox: claim, read, file or quarantine every settled scan.",
            tags=["caseclerk"],
        ),
        process_document.to_deployment(
            name=DOCUMENT_DEPLOYMENT,
            parameters={"home": home},
            description="Process one scan named by path (inside inbox/ or work/).",
            tags=["caseclerk"],
        ),
    ]


def serve_deployments(settings: Settings, cron: str | None = None, concurrency: int = 2) -> None:
    """Block, serving both deployments, until interrupted."""
    from prefect import serve

    serve(*deployments(settings, cron, concurrency))


def healthy(api_url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{api_url}/health", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


@contextmanager
def local_server(port: int, timeout: float = 180.0) -> Iterator[str]:
    """A ``prefect server start`` child on 127.0.0.1 for the life of the block; its API URL."""
    url = f"http://127.0.0.1:{port}/api"
    if healthy(url):  # one is already running there (e.g. started by hand): use it
        yield url
        return
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "prefect",
            "server",
            "start",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        # Its own session: a Ctrl-C or a SIGTERM to our process group must reach the
        # runner first, which pauses the deployments through this server before we stop it.
        # (Left running after a SIGKILL, it is found healthy and reused on the next start.)
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + timeout
        while not healthy(url):
            if server.poll() is not None or time.monotonic() > deadline:
                raise MissingDependencyError(
                    f"The local Prefect server did not start on port {port}; set "
                    "PREFECT_API_URL to a running server or choose another --port."
                )
            time.sleep(0.5)
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()


def serve_with_scheduler(
    settings: Settings, cron: str | None = None, concurrency: int = 2, port: int = 4200
) -> None:
    """Serve against PREFECT_API_URL if set, else against a local server started here."""
    if os.environ.get("PREFECT_API_URL"):
        serve_deployments(settings, cron, concurrency)
        return
    with local_server(port) as url:
        os.environ["PREFECT_API_URL"] = url  # read when Prefect is first imported, below
        serve_deployments(settings, cron, concurrency)
