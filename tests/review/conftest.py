"""Fixtures for the review pages: a data directory with filed documents, users, a client."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from review_fixtures import PASSWORD, login, make_record, write_document

from pipeline.settings import Settings


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    home = tmp_path / "data"
    home.mkdir()
    return Settings(home=home)


@pytest.fixture
def store(settings: Settings):  # -> pipeline.store.Store
    from pipeline.store import open_store

    return open_store(settings)


@pytest.fixture
def add_document(settings: Settings, store) -> Callable[..., Path]:
    def add(doc_id: str, **kwargs) -> Path:
        return write_document(settings, store, make_record(doc_id, **kwargs))

    return add


@pytest.fixture
def app(settings: Settings, store):
    from review.app import create_app

    return create_app(settings, store=store)


@pytest.fixture
def add_user(app) -> Callable[..., None]:
    from review.auth import hash_password

    def add(name: str = "alice", role: str = "analyst", password: str = PASSWORD) -> None:
        app.state.db.add_user(name, hash_password(password), role)

    return add


@pytest.fixture
def client(app, add_user):
    """A TestClient logged in as the analyst alice."""
    from fastapi.testclient import TestClient

    add_user("alice")
    with TestClient(app) as c:
        response = login(c)
        assert response.status_code == 303
        yield c
