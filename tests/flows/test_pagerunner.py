"""Pages run on threads by default, on prefect-dask's DaskTaskRunner when asked."""

from __future__ import annotations

import sys
import types

import pytest
from prefect.task_runners import ThreadPoolTaskRunner

from flows.pagerunner import page_runner
from pipeline.errors import MissingDependencyError


@pytest.fixture
def fake_dask(monkeypatch: pytest.MonkeyPatch) -> types.ModuleType:
    class DaskTaskRunner:
        def __init__(self, **kwargs: object) -> None:
            self.kwargs = kwargs

    module = types.ModuleType("prefect_dask")
    module.DaskTaskRunner = DaskTaskRunner  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "prefect_dask", module)
    return module


def test_threads_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CASECLERK_PAGE_RUNNER", raising=False)
    monkeypatch.delenv("CASECLERK_DASK_ADDRESS", raising=False)
    monkeypatch.setenv("CASECLERK_PAGE_WORKERS", "3")
    runner = page_runner()
    assert isinstance(runner, ThreadPoolTaskRunner)
    assert runner._max_workers == 3


def test_dask_local_cluster_or_existing_scheduler(monkeypatch, fake_dask) -> None:
    monkeypatch.setenv("CASECLERK_PAGE_WORKERS", "2")
    local = page_runner("dask")
    assert local.kwargs["cluster_kwargs"]["n_workers"] == 2
    monkeypatch.setenv("CASECLERK_DASK_ADDRESS", "tcp://10.0.0.5:8786")
    remote = page_runner()
    assert remote.kwargs == {"address": "tcp://10.0.0.5:8786"}


def test_asking_for_dask_without_prefect_dask_says_how_to_install_it(monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "prefect_dask", None)  # import fails
    with pytest.raises(MissingDependencyError, match="prefect-dask"):
        page_runner("dask")
