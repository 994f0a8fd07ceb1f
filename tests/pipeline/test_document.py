from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.document import ocr_config
from pipeline.settings import Settings


def test_ocr_config_follows_the_settings(tmp_path: Path) -> None:
    config = ocr_config(Settings(home=tmp_path, ocr_language="eng+osd", ocr_timeout_seconds=9))
    assert (config.language, config.timeout) == ("eng+osd", 9)
    assert config.reread.enabled  # identifiers are read again unless switched off


def test_the_identifier_reread_can_be_switched_off_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CASECLERK_OCR_REREAD", "false")
    assert not ocr_config(Settings(home=tmp_path)).reread.enabled
