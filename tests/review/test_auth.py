"""Password checks and the login slowdown, on a fixed clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import create_engine

from review.auth import attempt_login, delay_after, hash_password, same_token, verify_password
from review.db import ReviewDB

T0 = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def db() -> ReviewDB:
    d = ReviewDB(create_engine("sqlite://"))
    d.add_user("alice", hash_password("a good password"), "analyst")
    return d


def test_hash_verifies_only_the_right_password(db: ReviewDB) -> None:
    user = db.get_user("alice")
    assert verify_password(user, "a good password")
    assert not verify_password(user, "a good passworD")
    assert not verify_password(None, "a good password")
    with pytest.raises(ValueError):
        hash_password("short")


def test_delay_doubles_after_free_attempts_and_is_capped() -> None:
    assert [delay_after(n).total_seconds() for n in range(6)] == [0, 0, 0, 1, 2, 4]
    assert delay_after(100) == timedelta(minutes=15)


def test_slowdown_per_user_then_recovery(db: ReviewDB) -> None:
    for i in range(3):
        assert attempt_login(db, "alice", "wrong", f"10.0.0.{i}", T0).user is None
    refused = attempt_login(db, "alice", "a good password", "10.0.0.9", T0)
    assert refused.user is None and refused.wait_seconds == 1
    ok = attempt_login(db, "alice", "a good password", "10.0.0.9", T0 + timedelta(seconds=2))
    assert ok.user is not None and ok.user.name == "alice"
    assert db.failures("user:alice") == (0, None)


def test_slowdown_per_address_across_user_names(db: ReviewDB) -> None:
    for name in ("bob", "carol", "dave"):
        attempt_login(db, name, "guess", "10.9.9.9", T0)
    refused = attempt_login(db, "alice", "a good password", "10.9.9.9", T0)
    assert refused.wait_seconds > 0
    assert attempt_login(db, "alice", "a good password", "10.1.1.1", T0).user is not None


def test_same_token() -> None:
    assert same_token("abc", "abc")
    assert not same_token("abc", "abd")
    assert not same_token("", "")
    assert not same_token(None, None)
