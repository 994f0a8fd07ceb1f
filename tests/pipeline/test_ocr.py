"""read_page around a stand-in for Tesseract: filtering, boxes, errors (no real OCR here)."""

from __future__ import annotations

import os

import numpy as np
import pytesseract
import pytest
from ocr_drawing import text_page, turn

from pipeline import ocr
from pipeline.errors import MissingDependencyError, OcrTimeoutError
from pipeline.ocr import OcrConfig, read_page, words_from_data
from pipeline.page_transform import PageTransform
from pipeline.pages import LoadedPage
from pipeline.preprocess import PreparedPage, PreprocessConfig
from pipeline.text import QualityReport


def _data(rows: list[tuple[str, float, int, int, int, int, int, int, int]]) -> dict[str, list]:
    keys = ["text", "conf", "block_num", "par_num", "line_num", "left", "top", "width", "height"]
    return {k: [row[i] for row in rows] for i, k in enumerate(keys)}


ROWS = [
    ("", -1, 1, 0, 0, 0, 0, 500, 300),  # block row
    ("Care", 96.5, 1, 1, 1, 10, 10, 40, 12),
    ("Order", 91.0, 1, 1, 1, 60, 10, 50, 12),
    ("  ", 95.0, 1, 1, 1, 120, 10, 5, 12),  # whitespace word
    ("ghost", -1, 1, 1, 1, 130, 10, 20, 12),  # conf -1 rows are not words
    ("made", 88.0, 1, 1, 2, 10, 30, 40, 12),
    ("Leeds", 70.0, 2, 1, 1, 10, 80, 45, 12),  # block 2, its own line 1
]


def _prepared(transform: PageTransform) -> PreparedPage:
    return PreparedPage(
        image=np.zeros((1, 1), np.uint8), transform=transform, quality=QualityReport()
    )


def test_words_keep_text_confidence_and_unique_lines() -> None:
    words = words_from_data(_data(ROWS), _prepared(PageTransform.identity(500, 300)))
    assert [w.text for w in words] == ["Care", "Order", "made", "Leeds"]
    assert words[0].confidence == pytest.approx(0.965)
    assert [w.line for w in words] == [1, 1, 2, 3]
    assert [w.block for w in words] == [1, 1, 1, 2]
    assert (words[0].box.left, words[0].box.top, words[0].box.width) == (10, 10, 40)


def test_word_boxes_are_mapped_back_to_the_loaded_page() -> None:
    # prepared = original scaled x2 then shifted: boxes must come back halved
    transform = PageTransform.identity(500, 300).then_forward(np.array([[2.0, 0, 0], [0, 2.0, 0]]))
    words = words_from_data(_data(ROWS), _prepared(transform))
    box = words[1].box
    assert (box.left, box.top, box.width, box.height) == (30, 5, 25, 6)


class _Recorder:
    def __init__(self, result: dict[str, list] | Exception) -> None:
        self.result = result
        self.calls: list[dict[str, object]] = []

    def __call__(self, image: object, **kwargs: object) -> dict[str, list]:
        self.calls.append(
            {
                "omp": os.environ.get("OMP_THREAD_LIMIT"),
                "size": getattr(image, "size", None),
                "mode": getattr(image, "mode", None),
                "format": getattr(image, "format", None),
            }
            | kwargs
        )
        if isinstance(self.result, Exception):
            raise self.result
        return self.result


def test_read_page_runs_tesseract_once(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = _Recorder(_data(ROWS))
    monkeypatch.setattr(ocr.pytesseract, "image_to_data", fake)
    monkeypatch.setenv("OMP_THREAD_LIMIT", "4")
    page = LoadedPage(index=2, image=text_page(), dpi=150.0)
    result = read_page(page, OcrConfig(timeout=7))
    assert len(fake.calls) == 1
    call = fake.calls[0]
    assert call["timeout"] == 7
    assert call["lang"] == "eng"
    assert "--psm" in str(call["config"]) and "--dpi" in str(call["config"])
    assert call["omp"] == "1"
    # the binarised page goes over as an uncompressed 1-bit file
    assert (call["mode"], call["format"]) == ("1", "BMP")
    assert result.page == 3
    assert (result.width, result.height) == (1240, 1754)
    assert len(result.words) == 4
    assert result.mean_confidence == pytest.approx((0.965 + 0.91 + 0.88 + 0.70) / 4, abs=1e-3)
    assert result.seconds > 0
    assert not result.quality.blank


def test_a_gray_prepared_page_stays_gray(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = _Recorder(_data(ROWS))
    monkeypatch.setattr(ocr.pytesseract, "image_to_data", fake)
    config = OcrConfig(preprocess=PreprocessConfig(binarise=False))
    read_page(LoadedPage(index=0, image=text_page(), dpi=150.0), config)
    assert fake.calls[0]["mode"] == "L"


def test_boxes_of_a_turned_page_land_on_the_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    upright = text_page()
    scan = turn(upright, 90)
    fake = _Recorder(_data([("x", 90.0, 1, 1, 1, 0, 0, 10, 10)]))
    monkeypatch.setattr(ocr.pytesseract, "image_to_data", fake)
    config = OcrConfig(preprocess=PreprocessConfig(rescale=False))
    result = read_page(LoadedPage(index=0, image=scan, dpi=150.0), config)
    box = result.words[0].box
    # the prepared image's top-left is the scan's top-right corner
    assert box.right == scan.shape[1]
    assert box.top == 0


def test_blank_page_skips_tesseract(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = _Recorder(_data(ROWS))
    monkeypatch.setattr(ocr.pytesseract, "image_to_data", fake)
    page = LoadedPage(index=0, image=np.full((900, 700), 250, np.uint8), dpi=100.0)
    result = read_page(page)
    assert result.quality.blank
    assert result.words == []
    assert fake.calls == []


def test_missing_tesseract_is_a_missing_dependency(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        ocr.pytesseract, "image_to_data", _Recorder(pytesseract.TesseractNotFoundError())
    )
    with pytest.raises(MissingDependencyError, match="install"):
        read_page(LoadedPage(index=0, image=text_page(), dpi=150.0))


def test_timeout_is_a_retryable_ocr_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        ocr.pytesseract, "image_to_data", _Recorder(RuntimeError("Tesseract process timeout"))
    )
    with pytest.raises(OcrTimeoutError) as caught:
        read_page(LoadedPage(index=0, image=text_page(), dpi=150.0), OcrConfig(timeout=3))
    assert caught.value.retryable


def test_other_tesseract_errors_are_not_swallowed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr.pytesseract, "image_to_data", _Recorder(RuntimeError("boom")))
    with pytest.raises(RuntimeError, match="boom"):
        read_page(LoadedPage(index=0, image=text_page(), dpi=150.0))


def test_tesseract_config_string() -> None:
    config = OcrConfig(psm=6, oem=1, extra_config="")
    assert config.tesseract_config(299.6) == "--oem 1 --psm 6 --dpi 300"
    assert config.tesseract_config(None) == "--oem 1 --psm 6"


def test_low_confidence_noise_tokens_are_dropped_but_words_kept() -> None:
    rows = [
        ("~", 12.0, 1, 1, 1, 0, 0, 5, 5),  # grain read as a tilde
        ("‘,", 20.0, 1, 1, 1, 10, 0, 5, 5),
        ("Leeds", 20.0, 1, 1, 1, 20, 0, 30, 10),  # doubtful but a word: kept for review
        ("-", 80.0, 1, 1, 1, 60, 0, 5, 5),  # a confident dash is text
    ]
    prepared = _prepared(PageTransform.identity(100, 20))
    kept = [w.text for w in words_from_data(_data(rows), prepared, drop_junk_below=0.3)]
    assert kept == ["Leeds", "-"]
    assert len(words_from_data(_data(rows), prepared, drop_junk_below=0.0)) == 4


def test_turning_half_round_keeps_boxes_on_the_same_place_of_the_scan() -> None:
    base = PreparedPage(
        image=np.zeros((100, 200), np.uint8),
        transform=PageTransform.identity(200, 100),
        quality=QualityReport(),
    )
    turned = ocr.turned_half_round(base)
    assert turned.image.shape == (100, 200)
    # a word at (10, 20, 30x5) on the upright page sits at (160, 75) on the turned one
    assert turned.transform.box(160, 75, 30, 5) == base.transform.box(10, 20, 30, 5)


def test_an_unsure_reading_is_retried_turned_and_the_better_one_kept(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    unsure = _data([("dnoJ", 30.0, 1, 1, 1, 10, 10, 40, 12)])
    sure = _data([("Court", 95.0, 1, 1, 1, 10, 10, 40, 12)])
    answers = iter([unsure, sure])
    monkeypatch.setattr(ocr, "_run_tesseract", lambda *a, **k: next(answers))
    result = read_page(LoadedPage(index=0, image=text_page(), dpi=150.0))
    assert [w.text for w in result.words] == ["Court"]
    assert result.quality.rotation % 180 == 0 and "turned" in result.quality.steps

    answers = iter([sure])  # a confident first reading is never read twice
    result = read_page(LoadedPage(index=0, image=text_page(), dpi=150.0))
    assert "turned" not in result.quality.steps
