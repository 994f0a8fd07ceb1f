"""The secret that turns a date of birth into an index key.

Case suggestions (``pipeline.case_links``) find filed documents by a person's date of
birth, so the state database needs a lookup by birth date. The index promises to hold no
names and no dates of birth (it may live on a shared PostgreSQL server), so it keeps an
HMAC of the date under a key that lives in the data directory, not in the database: a
copy of the database alone does not give the dates back, and there are only ~40,000
plausible dates, so an unkeyed hash would.

The key is created once, 0600, beside the case folders (every worker on shared storage
reads the same one). Creation goes through a temp file and ``os.link``, which fails if
the name exists, so two workers starting together end up with one key, not two.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import secrets
from pathlib import Path

from pipeline.atomic import FILE_MODE, ensure_dir, fsync_dir

KEY_FILE = "link.key"
KEY_BYTES = 32


def load_link_key(home: Path) -> bytes:
    """The data directory's key, created on first use."""
    path = Path(home) / KEY_FILE
    with contextlib.suppress(FileNotFoundError):
        return _read(path)
    ensure_dir(path.parent)
    temp = path.with_name(f".{KEY_FILE}.{secrets.token_hex(6)}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(secrets.token_bytes(KEY_BYTES))
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(FileExistsError):
            os.link(temp, path)  # loses to a key another worker wrote first: use theirs
            fsync_dir(path.parent)
    finally:
        temp.unlink(missing_ok=True)
    return _read(path)


def _read(path: Path) -> bytes:
    key = path.read_bytes()
    if len(key) != KEY_BYTES:
        raise ValueError(f"{path} is not a caseclerk link key ({len(key)} bytes); move it away")
    return key


def birth_date_key(key: bytes, date_of_birth: str) -> str:
    """The index key of an ISO date of birth (128 bits of HMAC-SHA256: no collisions)."""
    return hmac.new(key, date_of_birth.encode(), hashlib.sha256).hexdigest()[:32]
