"""Settings and the state store for a flow run, made once per process and reused.

Flow parameters must be plain JSON for deployments, so a run receives at most a data
directory and builds the rest here; caching the Store keeps one connection pool per
database per process instead of one per document.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.settings import Settings

if TYPE_CHECKING:
    from pipeline.store import Store

_stores: dict[str, Store] = {}
_lock = threading.Lock()


def settings_for(home: str | None) -> Settings:
    """The environment's settings (CASECLERK_*), with the data directory overridden if given."""
    return Settings(home=Path(home)) if home else Settings()


def store_for(settings: Settings) -> Store:
    from pipeline.store import Store

    url = settings.db_url
    with _lock:
        store = _stores.get(url)
        if store is None:
            store = _stores[url] = Store(url)
        return store
