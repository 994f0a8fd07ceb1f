"""The data directory's key for birth-date index keys."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from pipeline.link_key import KEY_FILE, birth_date_key, load_link_key


def test_the_key_is_made_once_private_and_then_reused(tmp_path: Path) -> None:
    key = load_link_key(tmp_path / "home")
    path = tmp_path / "home" / KEY_FILE
    assert len(key) == 32
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_link_key(tmp_path / "home") == key
    assert [p.name for p in path.parent.iterdir()] == [KEY_FILE]  # no temp file left


def test_a_key_written_first_by_another_worker_wins(tmp_path: Path, monkeypatch) -> None:
    theirs = os.urandom(32)
    real_link = os.link

    def link_after_them(src, dst):  # the other worker's key lands between our read and link
        (tmp_path / KEY_FILE).write_bytes(theirs)
        return real_link(src, dst)

    monkeypatch.setattr(os, "link", link_after_them)
    assert load_link_key(tmp_path) == theirs


def test_a_damaged_key_is_refused_rather_than_replaced(tmp_path: Path) -> None:
    (tmp_path / KEY_FILE).write_bytes(b"short")
    with pytest.raises(ValueError, match="not a caseclerk link key"):
        load_link_key(tmp_path)
    assert (tmp_path / KEY_FILE).read_bytes() == b"short"


def test_index_keys_depend_on_the_key_and_hide_the_date() -> None:
    a, b = b"a" * 32, b"b" * 32
    assert birth_date_key(a, "2019-03-02") == birth_date_key(a, "2019-03-02")
    assert birth_date_key(a, "2019-03-02") != birth_date_key(a, "2019-03-03")
    assert birth_date_key(a, "2019-03-02") != birth_date_key(b, "2019-03-02")
    assert "2019" not in birth_date_key(a, "2019-03-02")
