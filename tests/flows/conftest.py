"""Fixtures for the flow and watcher tests: a data directory and the intake functions."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest
from flows_fakes import make_intake

import pipeline
from pipeline.settings import Settings


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    s = Settings(home=tmp_path / "data", stable_seconds=0.3)
    for d in (s.inbox, s.work, s.processed, s.failed, s.cases):
        d.mkdir(parents=True, exist_ok=True)
    return s


@pytest.fixture
def intake(monkeypatch: pytest.MonkeyPatch) -> types.ModuleType:
    """The real pipeline.intake when it exists; the contract's stand-in otherwise."""
    try:
        from pipeline import intake as real
    except ImportError:
        fake = make_intake()
        monkeypatch.setitem(sys.modules, "pipeline.intake", fake)
        monkeypatch.setattr(pipeline, "intake", fake, raising=False)
        return fake
    return real
