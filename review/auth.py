"""Passwords, login slowdown and CSRF tokens for the review pages.

The pages show children's names and dates of birth, so a login is the one thing that
must never be bypassed or brute-forced: argon2 hashes, a slowdown that doubles with each
failure per user name and per client address, and a per-session CSRF token on every form.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from review.db import ReviewDB, User, utcnow

_hasher = PasswordHasher()
# Verified against when the user does not exist, so that a wrong name takes as long as a
# wrong password and the response time does not reveal which names exist.
_DUMMY_HASH = _hasher.hash("not a real password " + secrets.token_hex(8))

FREE_FAILURES = 3  # failures allowed before the slowdown starts
MAX_DELAY = timedelta(minutes=15)
MIN_PASSWORD = 8


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise ValueError(f"a password needs at least {MIN_PASSWORD} characters")
    return _hasher.hash(password)


def verify_password(user: User | None, password: str) -> bool:
    try:
        return _hasher.verify(user.password_hash if user else _DUMMY_HASH, password) and (
            user is not None
        )
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def delay_after(failures: int) -> timedelta:
    """How long to refuse attempts after ``failures`` consecutive failures: 0, then doubling."""
    if failures < FREE_FAILURES:
        return timedelta(0)
    seconds = 2 ** min(failures - FREE_FAILURES, 20)
    return min(timedelta(seconds=seconds), MAX_DELAY)


def throttle_keys(user_name: str, address: str) -> list[str]:
    return [f"user:{user_name.strip().lower()[:64]}", f"addr:{address[:100]}"]


@dataclass(frozen=True)
class LoginResult:
    user: User | None
    wait_seconds: int = 0  # > 0 when the attempt was refused without checking the password


def attempt_login(
    db: ReviewDB, user_name: str, password: str, address: str, now: datetime | None = None
) -> LoginResult:
    """Check a login, honouring and updating the slowdown for the name and the address.

    An attempt inside the waiting window is refused without looking at the password, so
    guessing faster than the window allows gains nothing.
    """
    now = now or utcnow()
    keys = throttle_keys(user_name, address)
    wait = timedelta(0)
    for key in keys:
        count, last = db.failures(key)
        if last is not None:
            wait = max(wait, last + delay_after(count) - now)
    if wait > timedelta(0):
        return LoginResult(None, wait_seconds=max(1, int(wait.total_seconds() + 0.999)))
    user = db.get_user(user_name.strip())
    if verify_password(user, password):
        db.clear_failures(keys[0])
        db.clear_failures(keys[1])
        return LoginResult(user)
    for key in keys:
        db.record_failure(key, now)
    return LoginResult(None)


def new_token() -> str:
    return secrets.token_urlsafe(32)


def same_token(expected: str | None, given: str | None) -> bool:
    """Constant-time comparison; an empty or missing token never matches."""
    if not expected or not given:
        return False
    return hmac.compare_digest(expected.encode(), given.encode())
