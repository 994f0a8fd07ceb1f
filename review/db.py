"""The review pages' own tables: users, sessions, claims, the audit log and login failures.

They live in their own MetaData on the document index's engine (``Store.engine``), so the
index stays rebuildable from the case folders while what only people produce (who may log
in, who is working what, who changed what) is kept beside it in the same database.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import (
    Column,
    DateTime,
    Engine,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    and_,
    delete,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError

metadata = MetaData()

users = Table(
    "review_users",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("password_hash", String(255), nullable=False),
    Column("role", String(16), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

sessions = Table(
    "review_sessions",
    metadata,
    # Only a hash of the cookie's token is stored: a leaked database cannot be replayed.
    Column("token_hash", String(64), primary_key=True),
    Column("user", String(64), nullable=False),
    Column("csrf", String(64), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("last_seen", DateTime(timezone=True), nullable=False),
)

claims = Table(
    "review_claims",
    metadata,
    Column("doc_id", String(64), primary_key=True),
    Column("user", String(64), nullable=False),
    Column("claimed_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False),
)

audit = Table(
    "review_audit",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("user", String(64), nullable=False),
    Column("doc_id", String(64), nullable=False),
    Column("case_number", String(32)),
    Column("action", String(16), nullable=False),
    Column("field", String(128)),
    Column("old", Text),
    Column("new", Text),
    Column("note", Text),
    Index("ix_review_audit_at", "at"),
    Index("ix_review_audit_user", "user"),
    Index("ix_review_audit_case", "case_number"),
)

login_failures = Table(
    "review_login_failures",
    metadata,
    Column("key", String(200), primary_key=True),  # "user:NAME" or "addr:ADDRESS"
    Column("count", Integer, nullable=False),
    Column("last_at", DateTime(timezone=True), nullable=False),
)

ROLES = ("analyst", "admin")
SESSION_IDLE = timedelta(hours=8)
CLAIM_TTL = timedelta(minutes=30)


def utcnow() -> datetime:
    return datetime.now(UTC)


def _aware(value: datetime) -> datetime:
    """SQLite hands datetimes back naive; every time here is UTC."""
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True)
class User:
    name: str
    role: str
    password_hash: str


@dataclass(frozen=True)
class Session:
    user: str
    role: str
    csrf: str


@dataclass(frozen=True)
class Claim:
    doc_id: str
    user: str
    expires_at: datetime


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime
    user: str
    doc_id: str
    case_number: str | None
    action: str
    field: str | None
    old: str | None
    new: str | None
    note: str | None


@dataclass(frozen=True)
class AuditFilter:
    user: str | None = None
    case_number: str | None = None
    date_from: date | None = None
    date_to: date | None = None  # inclusive


class ReviewDB:
    """Plain methods over the review tables; every method is one short transaction."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        metadata.create_all(engine)

    # users -----------------------------------------------------------------------------
    def add_user(self, name: str, password_hash: str, role: str) -> None:
        if role not in ROLES:
            raise ValueError(f"role must be one of {', '.join(ROLES)}")
        with self.engine.begin() as conn:
            conn.execute(
                insert(users).values(
                    name=name, password_hash=password_hash, role=role, created_at=utcnow()
                )
            )

    def set_password(self, name: str, password_hash: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                update(users).where(users.c.name == name).values(password_hash=password_hash)
            )

    def get_user(self, name: str) -> User | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(users).where(users.c.name == name)).first()
        return User(row.name, row.role, row.password_hash) if row else None

    def user_names(self) -> list[str]:
        with self.engine.connect() as conn:
            return list(conn.scalars(select(users.c.name).order_by(users.c.name)))

    # sessions --------------------------------------------------------------------------
    def create_session(self, token: str, user: str, csrf: str) -> None:
        now = utcnow()
        with self.engine.begin() as conn:
            conn.execute(
                insert(sessions).values(
                    token_hash=token_hash(token),
                    user=user,
                    csrf=csrf,
                    created_at=now,
                    last_seen=now,
                )
            )

    def get_session(self, token: str) -> Session | None:
        """The live session for a cookie token; an idle one is deleted and not returned."""
        now = utcnow()
        key = token_hash(token)
        with self.engine.begin() as conn:
            row = conn.execute(
                select(sessions, users.c.role)
                .join(users, users.c.name == sessions.c.user)
                .where(sessions.c.token_hash == key)
            ).first()
            if row is None:
                return None
            if _aware(row.last_seen) + SESSION_IDLE < now:
                conn.execute(delete(sessions).where(sessions.c.token_hash == key))
                return None
            if now - _aware(row.last_seen) > timedelta(minutes=1):
                conn.execute(
                    update(sessions).where(sessions.c.token_hash == key).values(last_seen=now)
                )
        return Session(user=row.user, role=row.role, csrf=row.csrf)

    def delete_session(self, token: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(sessions).where(sessions.c.token_hash == token_hash(token)))

    # login failures --------------------------------------------------------------------
    def failures(self, key: str) -> tuple[int, datetime | None]:
        with self.engine.connect() as conn:
            row = conn.execute(select(login_failures).where(login_failures.c.key == key)).first()
        return (row.count, _aware(row.last_at)) if row else (0, None)

    def record_failure(self, key: str, now: datetime | None = None) -> None:
        now = now or utcnow()
        with self.engine.begin() as conn:
            done = conn.execute(
                update(login_failures)
                .where(login_failures.c.key == key)
                .values(count=login_failures.c.count + 1, last_at=now)
            )
            if done.rowcount == 0:
                try:
                    conn.execute(insert(login_failures).values(key=key, count=1, last_at=now))
                except IntegrityError:  # another request inserted it first
                    conn.execute(
                        update(login_failures)
                        .where(login_failures.c.key == key)
                        .values(count=login_failures.c.count + 1, last_at=now)
                    )

    def clear_failures(self, key: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(login_failures).where(login_failures.c.key == key))

    # claims ----------------------------------------------------------------------------
    def claim(self, doc_id: str, user: str, now: datetime | None = None) -> Claim | None:
        """Take (or renew) ``doc_id`` for ``user``; None when someone else holds it.

        The primary key on doc_id is what makes two simultaneous claims safe: only one
        insert can win, whatever the database.
        """
        now = now or utcnow()
        expires = now + CLAIM_TTL
        with self.engine.begin() as conn:
            conn.execute(
                delete(claims).where(and_(claims.c.doc_id == doc_id, claims.c.expires_at < now))
            )
            renewed = conn.execute(
                update(claims)
                .where(and_(claims.c.doc_id == doc_id, claims.c.user == user))
                .values(expires_at=expires)
            )
            if renewed.rowcount:
                return Claim(doc_id, user, expires)
        try:
            with self.engine.begin() as conn:
                conn.execute(
                    insert(claims).values(
                        doc_id=doc_id, user=user, claimed_at=now, expires_at=expires
                    )
                )
        except IntegrityError:
            return None
        return Claim(doc_id, user, expires)

    def release(self, doc_id: str, user: str | None = None) -> bool:
        """Give a claim back; ``user=None`` releases whoever holds it (admins)."""
        cond = claims.c.doc_id == doc_id
        if user is not None:
            cond = and_(cond, claims.c.user == user)
        with self.engine.begin() as conn:
            return bool(conn.execute(delete(claims).where(cond)).rowcount)

    def claims_for(self, doc_ids: list[str], now: datetime | None = None) -> dict[str, Claim]:
        """Live claims on the given documents (expired ones count as free)."""
        if not doc_ids:
            return {}
        now = now or utcnow()
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(claims).where(and_(claims.c.doc_id.in_(doc_ids), claims.c.expires_at >= now))
            ).all()
        return {r.doc_id: Claim(r.doc_id, r.user, _aware(r.expires_at)) for r in rows}

    def claim_of(self, doc_id: str) -> Claim | None:
        return self.claims_for([doc_id]).get(doc_id)

    # audit -----------------------------------------------------------------------------
    def add_audit(self, entries: list[dict[str, object]]) -> None:
        if entries:
            with self.engine.begin() as conn:
                conn.execute(insert(audit), entries)

    def _where(self, flt: AuditFilter):  # -> list of SQL conditions
        cond = []
        if flt.user:
            cond.append(audit.c.user == flt.user)
        if flt.case_number:
            cond.append(audit.c.case_number == flt.case_number)
        if flt.date_from:
            cond.append(audit.c.at >= datetime.combine(flt.date_from, datetime.min.time(), UTC))
        if flt.date_to:
            end = datetime.combine(flt.date_to, datetime.min.time(), UTC) + timedelta(days=1)
            cond.append(audit.c.at < end)
        return cond

    def audit_entries(
        self, flt: AuditFilter | None = None, *, limit: int | None = 200, offset: int = 0
    ) -> list[AuditEntry]:
        return list(self.iter_audit(flt, limit=limit, offset=offset))

    def iter_audit(
        self, flt: AuditFilter | None = None, *, limit: int | None = None, offset: int = 0
    ) -> Iterator[AuditEntry]:
        query = (
            select(audit)
            .where(*self._where(flt or AuditFilter()))
            .order_by(audit.c.at.desc(), audit.c.id.desc())
            .offset(offset)
        )
        if limit is not None:
            query = query.limit(limit)
        with self.engine.connect() as conn:
            for r in conn.execute(query):
                yield AuditEntry(
                    r.id,
                    _aware(r.at),
                    r.user,
                    r.doc_id,
                    r.case_number,
                    r.action,
                    r.field,
                    r.old,
                    r.new,
                    r.note,
                )

    def audit_count(self, flt: AuditFilter | None = None) -> int:
        with self.engine.connect() as conn:
            return int(
                conn.scalar(
                    select(func.count())
                    .select_from(audit)
                    .where(*self._where(flt or AuditFilter()))
                )
                or 0
            )
