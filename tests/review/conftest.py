"""Fixtures for the review pages: a data directory with filed documents, users, a client."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from review_contract_fakes import install_missing

install_missing()

from review_fixtures import PASSWORD, make_record, write_document  # noqa: E402

from pipeline.settings import Settings  # noqa: E402

__all__ = ["PASSWORD", "csrf_of", "days_ago", "login", "page_csrf", "read_record"]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    home = tmp_path / "data"
    home.mkdir()
    return Settings(home=home)


@pytest.fixture
def store(settings: Settings):  # -> pipeline.store.Store
    from pipeline.store import Store

    return Store(settings.db_url)


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


_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf_of(html: str) -> str:
    match = _CSRF.search(html)
    assert match, "no CSRF token on the page"
    return match.group(1)


def login(client, name: str = "alice", password: str = PASSWORD):
    page = client.get("/login")
    return client.post(
        "/login",
        data={"username": name, "password": password, "csrf_token": csrf_of(page.text)},
        follow_redirects=False,
    )


@pytest.fixture
def client(app, add_user):
    """A TestClient logged in as the analyst alice."""
    from fastapi.testclient import TestClient

    add_user("alice")
    with TestClient(app) as c:
        response = login(c)
        assert response.status_code == 303
        yield c


def page_csrf(client, path: str = "/queue") -> str:
    return csrf_of(client.get(path).text)


def read_record(folder: Path) -> dict:
    return json.loads((folder / "record.json").read_text(encoding="utf-8"))


def days_ago(n: int) -> datetime:
    return datetime(2025, 6, 1, tzinfo=UTC) - timedelta(days=n)
