"""`caseclerk users add` and `caseclerk review` as a script would call them."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app

runner = CliRunner()


def test_users_add_from_stdin_then_refuses_duplicates_and_weak_passwords(tmp_path: Path) -> None:
    home = ["--home", str(tmp_path)]
    r = runner.invoke(
        app,
        ["users", "add", "alice", "--role", "admin", "--password-stdin", *home],
        input="s3cret-enough\n",
    )
    assert r.exit_code == 0, r.output
    r = runner.invoke(
        app, ["users", "add", "alice", "--password-stdin", *home], input="another one\n"
    )
    assert r.exit_code == 2
    r = runner.invoke(app, ["users", "add", "bob", "--password-stdin", *home], input="short\n")
    assert r.exit_code == 2
    r = runner.invoke(
        app, ["users", "add", "../x", "--password-stdin", *home], input="long enough\n"
    )
    assert r.exit_code == 2
    from pipeline.settings import Settings
    from pipeline.store import Store
    from review.auth import verify_password
    from review.db import ReviewDB

    db = ReviewDB(Store(Settings(home=tmp_path).db_url).engine)
    user = db.get_user("alice")
    assert user.role == "admin" and verify_password(user, "s3cret-enough")
    assert db.get_user("bob") is None


def test_users_add_prompts_twice(tmp_path: Path) -> None:
    r = runner.invoke(
        app,
        ["users", "add", "erin", "--home", str(tmp_path)],
        input="pass phrase 1\npass phrase 1\n",
    )
    assert r.exit_code == 0, r.output


@pytest.mark.parametrize(("host", "warned"), [(None, False), ("0.0.0.0", True)])
def test_review_binds_localhost_by_default_and_warns_otherwise(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, host: str | None, warned: bool
) -> None:
    import uvicorn

    seen: dict[str, object] = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.update(kw))
    args = ["review", "--home", str(tmp_path)] + (["--host", host] if host else [])
    r = runner.invoke(app, args)
    assert r.exit_code == 0, r.output
    assert seen["host"] == (host or "127.0.0.1") and seen["port"] == 8765
    assert ("WARNING" in r.output) is warned
