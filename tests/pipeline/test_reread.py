from __future__ import annotations

import numpy as np
import pytest

from pipeline.page_transform import PageTransform
from pipeline.reread import (
    RereadConfig,
    as_identifier,
    crop_word,
    readings_by_band,
    reread_identifiers,
    stack_crops,
    wants_reread,
)


def _data(words: list[tuple[str, float]]) -> dict[str, list]:
    """Tesseract's TSV dict for one line of words, 100 pixels apart."""
    return {
        "text": [t for t, _ in words],
        "conf": [c for _, c in words],
        "left": [10 + 100 * i for i in range(len(words))],
        "top": [20] * len(words),
        "width": [90] * len(words),
        "height": [20] * len(words),
    }


class _Reader:
    """Stands in for Tesseract reading a page's crops; records what it was shown."""

    def __init__(self, answer: tuple[str, float]) -> None:
        self.answer = answer
        self.crops: list[np.ndarray] = []
        self.calls = 0

    def __call__(self, crops: list[np.ndarray]) -> list[tuple[str, float]]:
        self.calls += 1
        self.crops.extend(crops)
        return [self.answer] * len(crops)


PAGE = np.full((100, 600), 255, dtype=np.uint8)
IDENTITY = PageTransform.identity(600, 100)


@pytest.mark.parametrize(
    ("text", "confidence", "wanted"),
    [
        ("89/0/07135U", 0.40, True),  # spoilt: no valid identifier
        ("02/08585357", 0.95, True),  # confident but invalid
        ("89/0702135U", 0.95, False),  # valid and confident: left alone
        ("89/0702135U", 0.50, True),  # valid by chance? one in 23 keeps its check letter
        ("DE21C66746", 0.44, True),
        ("LE19C00945", 0.97, False),
        ("10/08/2020", 0.40, False),  # a date, never an identifier
        ("140CT2022", 0.59, False),  # a PNC print's run-together date
        ("958023/12C", 0.80, False),  # a CRO number
        ("Nottinghamshire", 0.40, False),
        ("PNC/951093", 0.89, False),  # a print's reference: too few figures
    ],
)
def test_which_words_are_read_again(text: str, confidence: float, wanted: bool) -> None:
    assert wants_reread(text, confidence, below=0.90) is wanted


def test_an_identifier_is_taken_whole_without_edge_marks() -> None:
    assert as_identifier("(89/0702135U),") == "89/0702135U"
    assert as_identifier("89/0702135V") is None  # wrong check character
    assert as_identifier("DE21C00740.") == "DE21C00740"


def test_a_reread_that_validates_replaces_the_spoilt_word() -> None:
    data = _data([("PNC", 91.0), ("89/0/07135U", 40.0), ("CRO", 95.0)])
    reader = _Reader(("89/0702135U", 0.83))
    assert reread_identifiers(data, PAGE, IDENTITY, 0, reader) == 1
    assert data["text"] == ["PNC", "89/0702135U", "CRO"]
    assert data["conf"][1] == pytest.approx(83.0)
    assert len(reader.crops) == 1  # only the identifier-shaped word was looked at


def test_a_reread_that_does_not_validate_changes_nothing() -> None:
    data = _data([("89/0/07135U", 40.0)])
    assert reread_identifiers(data, PAGE, IDENTITY, 0, _Reader(("89/0702135A", 0.99))) == 0
    assert data["text"] == ["89/0/07135U"] and data["conf"] == [40.0]


def test_two_valid_readings_that_disagree_keep_the_surer_at_the_lower_confidence() -> None:
    # 81/0698011P keeps the check letter of 81/0698057P: two misread figures, one in 23
    data = _data([("81/0698011P", 72.0)])
    assert reread_identifiers(data, PAGE, IDENTITY, 0, _Reader(("81/0698057P", 0.60))) == 1
    assert data["text"] == ["81/0698011P"] and data["conf"] == [60.0]
    data = _data([("81/0698011P", 72.0)])
    assert reread_identifiers(data, PAGE, IDENTITY, 0, _Reader(("81/0698057P", 0.91))) == 1
    assert data["text"] == ["81/0698057P"] and data["conf"] == [72.0]


def test_a_reread_that_agrees_changes_nothing() -> None:
    data = _data([("81/0698057P", 72.0)])
    assert reread_identifiers(data, PAGE, IDENTITY, 0, _Reader(("81/0698057P", 0.95))) == 0
    assert data["conf"] == [72.0]


def test_the_number_of_rereads_a_page_costs_is_bounded_and_can_be_switched_off() -> None:
    data = _data([("02/08585357", 20.0)] * 5)
    reader = _Reader(("", 0.0))
    reread_identifiers(data, PAGE, IDENTITY, 0, reader, RereadConfig(limit=3))
    assert len(reader.crops) == 3 and reader.calls == 1  # one Tesseract call a page
    off = _Reader(("02/0850535Z", 0.9))
    assert reread_identifiers(data, PAGE, IDENTITY, 0, off, RereadConfig(enabled=False)) == 0
    assert off.crops == []


def test_the_crop_is_padded_enlarged_grey_and_upright() -> None:
    colour = np.full((100, 600, 3), 255, dtype=np.uint8)
    config = RereadConfig(scale=2.0, pad=0.5)
    crop = crop_word(colour, IDENTITY, (100, 40, 80, 20), 0, config)
    assert crop is not None and crop.ndim == 2
    # (80 + 2*10) x (20 + 2*10) pixels, doubled, plus a 16-pixel white margin each side
    assert crop.shape == (40 * 2 + 32, 100 * 2 + 32)
    turned = crop_word(colour, IDENTITY, (100, 40, 80, 20), 90, config)
    assert turned is not None and turned.shape == (100 * 2 + 32, 40 * 2 + 32)
    assert crop_word(colour, IDENTITY, (700, 40, 80, 20), 0, config) is None  # off the page


def test_a_huge_scan_is_not_enlarged_and_a_picture_is_no_word() -> None:
    page = np.full((1000, 2000), 255, dtype=np.uint8)
    identity = PageTransform.identity(2000, 1000)
    config = RereadConfig(scale=2.0, pad=0.0, max_over_prepared=4.0, max_height=120)
    # preprocessing shrank this page to a tenth: the crop is shrunk to 0.4, not doubled
    crop = crop_word(page, identity, (0, 0, 1000, 100), 0, config, page_scale=0.1)
    assert crop is not None and crop.shape == (100 * 0.4 + 32, 1000 * 0.4 + 32)
    assert crop_word(page, identity, (0, 0, 400, 300), 0, config) is None


def test_crops_are_stacked_left_aligned_with_a_white_gap() -> None:
    a = np.zeros((10, 30), dtype=np.uint8)
    b = np.zeros((20, 50), dtype=np.uint8)
    sheet, bands = stack_crops([a, b], gap=5)
    assert sheet.shape == (35, 50)
    assert bands == [(0, 10), (15, 35)]
    assert (sheet[0:10, 30:] == 255).all() and (sheet[10:15] == 255).all()
    assert (sheet[15:35, :50] == 0).all()


def test_words_are_given_to_the_crop_their_middle_lies_in() -> None:
    data = {
        "text": ["0702135U", "89/", "", "DE21C00740", "speck"],
        "conf": [80.0, 60.0, -1.0, 90.0, 10.0],
        "left": [60, 10, 0, 10, 10],
        "top": [2, 3, 0, 40, 100],
        "width": [80, 40, 0, 100, 5],
        "height": [20, 20, 0, 20, 5],
    }
    readings = readings_by_band(data, [(0, 30), (35, 70), (75, 90)])
    # a word split in two is joined in left-to-right order at its lower confidence;
    # a crop with nothing read comes back empty; a word outside every band is dropped
    assert readings == [("89/0702135U", 0.6), ("DE21C00740", 0.9), ("", 0.0)]
