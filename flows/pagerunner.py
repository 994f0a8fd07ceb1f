"""The task runner that reads one document's pages in parallel.

Threads are the default: Tesseract runs as a subprocess, so threads give real
parallelism without copying page images between processes. A very large document can
instead spread its pages over a Dask cluster (prefect-dask's DaskTaskRunner): a
LocalCluster by default, or an existing scheduler when its address is given. The choice
is made by environment, because a deployment's task runner is fixed when the flow is
imported:

- ``CASECLERK_PAGE_RUNNER``: ``threads`` (default) or ``dask``;
- ``CASECLERK_DASK_ADDRESS``: e.g. ``tcp://10.0.0.5:8786`` (implies ``dask``);
- ``CASECLERK_PAGE_WORKERS``: threads (or LocalCluster workers) per document, default 2.
"""

from __future__ import annotations

import os
from typing import Any

from prefect.task_runners import ThreadPoolTaskRunner

from pipeline.errors import MissingDependencyError


def page_workers() -> int:
    try:
        return max(1, int(os.environ.get("CASECLERK_PAGE_WORKERS", "2")))
    except ValueError:
        return 2


def page_runner(kind: str | None = None, address: str | None = None) -> Any:
    """A task runner for page tasks, chosen by argument or by the environment."""
    address = address or os.environ.get("CASECLERK_DASK_ADDRESS") or None
    kind = (kind or os.environ.get("CASECLERK_PAGE_RUNNER") or "threads").lower()
    if address or kind == "dask":
        return dask_runner(address)
    return ThreadPoolTaskRunner(max_workers=page_workers())


def dask_runner(address: str | None = None) -> Any:
    """prefect-dask's DaskTaskRunner, imported only when asked for (it is optional)."""
    try:
        from prefect_dask import DaskTaskRunner
    except ImportError as error:
        raise MissingDependencyError(
            "The Dask page runner needs prefect-dask: install it with `uv add prefect-dask`, "
            "or unset CASECLERK_PAGE_RUNNER / CASECLERK_DASK_ADDRESS to use threads."
        ) from error
    if address:
        return DaskTaskRunner(address=address)
    workers = page_workers()
    return DaskTaskRunner(
        cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "processes": True}
    )
