from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from pipeline.document import ocr_config, process_file
from pipeline.errors import BlankDocumentError, DarkScanError, InputError
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


@pytest.mark.parametrize(
    ("level", "error"), [(0, DarkScanError), (255, BlankDocumentError)], ids=["black", "white"]
)
def test_a_black_scan_is_a_failed_scan_not_an_empty_page(
    tmp_path: Path, level: int, error: type[InputError]
) -> None:
    scan = tmp_path / "scan.png"
    Image.new("L", (1240, 1754), color=level).save(scan, dpi=(150, 150))
    with pytest.raises(error) as raised:
        process_file(scan, Settings(home=tmp_path / "home"))
    assert type(raised.value) is error
    assert ("scan it again lighter" in raised.value.message) is (error is DarkScanError)
