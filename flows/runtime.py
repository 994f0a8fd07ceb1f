"""Settings and the state store for a flow run, made once per process and reused.

Flow parameters must be plain JSON for deployments, so a run receives at most a data
directory and builds the rest here; caching the Store keeps one connection pool per
database per process instead of one per document.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.settings import Settings

if TYPE_CHECKING:
    from pipeline.store import Store

_stores: dict[str, Store] = {}

# Set when this process has been asked to stop. A terminal's Ctrl-C also reaches Prefect's
# local API (a child in the same process group), so a document in flight may then fail
# for want of the API rather than for anything wrong with the scan: such a failure must
# leave the file for recovery, not quarantine it.
STOPPING = threading.Event()
_lock = threading.Lock()


def settings_for(home: str | None) -> Settings:
    """The environment's settings (CASECLERK_*), with the data directory overridden if given."""
    return Settings(home=Path(home)) if home else Settings()


def store_for(settings: Settings) -> Store:
    from pipeline.store import open_store

    url = settings.db_url
    with _lock:
        store = _stores.get(url)
        if store is None:
            store = _stores[url] = open_store(settings)
        return store


@contextmanager
def in_process_child_runs() -> Iterator[None]:
    """Settings for flow runs started inside this process by a parent that is watched.

    Prefect joins each flow run's heartbeat thread on exit, which costs up to a second
    per run (it sleeps in one-second steps): a tenth of a typical document's time. A
    document run started by the watcher or a sweep needs no heartbeat of its own (if
    this process dies, ``intake.recover`` and the parent's heartbeat cover it), so it
    is turned off for them, leaving the overhead at about a tenth of a second.
    """
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    with temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
        yield


class _ThreadTimeoutNotice(logging.Filter):
    """Drops Prefect's per-task notice that a timeout cannot interrupt a worker thread.

    Known and accepted here: the page's real guard is Tesseract's own timeout (a
    subprocess that is killed), and a task that overruns is still failed as timed out
    when it returns, then retried. Repeating that once per page would bury real warnings.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        message = str(record.msg)
        return not (message.startswith("Timeout of") and "worker thread" in message)


def quiet_thread_timeout_notices() -> None:
    logger = logging.getLogger("prefect.task_runs")
    if not any(isinstance(f, _ThreadTimeoutNotice) for f in logger.filters):
        logger.addFilter(_ThreadTimeoutNotice())
