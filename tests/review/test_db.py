"""Claims, login failures and the audit filter in the review tables."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import create_engine

from review.db import CLAIM_TTL, AuditFilter, ReviewDB

T0 = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)


def db() -> ReviewDB:
    return ReviewDB(create_engine("sqlite://"))


def test_claim_is_exclusive_renewable_and_expires() -> None:
    d = db()
    assert d.claim("doc1", "alice", T0) is not None
    assert d.claim("doc1", "bob", T0 + timedelta(minutes=5)) is None
    renewed = d.claim("doc1", "alice", T0 + timedelta(minutes=20))
    assert renewed is not None and renewed.expires_at == T0 + timedelta(minutes=20) + CLAIM_TTL
    # still alice's 29 minutes after the renewal, bob's once it has lapsed
    assert d.claim("doc1", "bob", T0 + timedelta(minutes=49)) is None
    assert d.claim("doc1", "bob", T0 + timedelta(minutes=51)) is not None


def test_release_only_by_holder_unless_admin() -> None:
    d = db()
    d.claim("doc1", "alice")
    assert not d.release("doc1", "bob")
    assert d.claim_of("doc1").user == "alice"
    assert d.release("doc1", None)
    assert d.claim_of("doc1") is None


def test_failures_count_and_clear() -> None:
    d = db()
    for _ in range(3):
        d.record_failure("user:x", T0)
    assert d.failures("user:x") == (3, T0)
    d.clear_failures("user:x")
    assert d.failures("user:x") == (0, None)


def test_audit_filter_by_user_case_and_inclusive_dates() -> None:
    d = db()
    base = {
        "doc_id": "d",
        "action": "edited",
        "field": "judge",
        "old": "a",
        "new": "b",
        "note": None,
    }
    d.add_audit(
        [
            base | {"at": T0, "user": "alice", "case_number": "LS24C00123"},
            base | {"at": T0 + timedelta(days=1), "user": "bob", "case_number": "LS24C00123"},
            base | {"at": T0 + timedelta(days=2), "user": "bob", "case_number": "MA23C00042"},
        ]
    )
    assert d.audit_count() == 3
    assert [e.user for e in d.audit_entries(AuditFilter(user="bob"))] == ["bob", "bob"]
    assert d.audit_count(AuditFilter(case_number="LS24C00123")) == 2
    day2 = (T0 + timedelta(days=1)).date()
    assert d.audit_count(AuditFilter(date_from=day2, date_to=day2)) == 1
    assert d.audit_count(AuditFilter(date_to=date(2025, 3, 1))) == 1
    newest = d.audit_entries()[0]
    assert newest.case_number == "MA23C00042" and newest.at.tzinfo is not None
