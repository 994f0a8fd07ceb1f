from __future__ import annotations

import numpy as np
import pytest

from pipeline.page_transform import PageTransform
from pipeline.reread import (
    RereadConfig,
    as_identifier,
    crop_word,
    dark_ink,
    labelled_values,
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

    def __call__(self, sheets: list[list[np.ndarray]]) -> list[list[tuple[str, float]]]:
        self.calls += 1
        self.crops.extend(crop for sheet in sheets for crop in sheet)
        return [[self.answer] * len(sheet) for sheet in sheets]


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
    # only the identifier-shaped word was looked at: grey, and its dark ink on the second
    # sheet of the same call, which has no say once the grey look mended it
    assert len(reader.crops) == 2 and reader.calls == 1


class _Sequence:
    """Tesseract reading one call's sheets of crops, each with its own list of answers."""

    def __init__(self, *sheets: list[tuple[str, float]]) -> None:
        self.sheets = list(sheets)
        self.shown: list[int] = []  # crops on each sheet of the call

    def __call__(self, sheets: list[list[np.ndarray]]) -> list[list[tuple[str, float]]]:
        assert not self.shown, "one Tesseract call a page"
        self.shown = [len(sheet) for sheet in sheets]
        return self.sheets


def test_what_the_grey_crop_misreads_is_read_again_from_its_dark_ink_only() -> None:
    data = _data([("EX23PO2420", 30.0)])
    reader = _Sequence([("EXZ3P0Z4Z0", 0.5)], [("EX23P02420", 0.8)])
    assert reread_identifiers(data, PAGE, IDENTITY, 0, reader) == 1
    assert data["text"] == ["EX23P02420"] and reader.shown == [1, 1]


def test_dark_ink_keeps_the_print_and_drops_a_grey_stamp_across_it() -> None:
    crop = np.full((40, 80), 250, dtype=np.uint8)
    crop[:, 30:40] = 140  # a stamp's grey band, across the word
    crop[10:30, 10:14] = 30  # strokes beside it and under it
    crop[10:30, 20:24] = 30
    crop[10:30, 34:38] = 30
    dark = dark_ink(crop)
    assert (dark[10:30, 10:14] == 0).all() and (dark[10:30, 34:38] == 0).all()
    assert (dark[:, 30:34] == 255).all() and (dark[0:5] == 255).all()


def _line(words: list[tuple[str, float, int, int]]) -> dict[str, list]:
    """One line of (text, confidence, left, width) words, 20 pixels high."""
    return {
        "text": [w[0] for w in words],
        "conf": [w[1] for w in words],
        "left": [w[2] for w in words],
        "top": [20] * len(words),
        "width": [w[3] for w in words],
        "height": [20] * len(words),
        "block_num": [1] * len(words),
        "par_num": [1] * len(words),
        "line_num": [1] * len(words),
    }


@pytest.mark.parametrize(
    ("words", "value"),
    [
        # too few figures left for an identifier's shape, but the label says one is there
        ([("Case", 95, 0, 40), ("No.", 95, 45, 30), ("EXA2ZSP02420", 33, 80, 120)], "EXA2ZSP02420"),
        ([("CASE", 96, 0, 40), ("REF:", 96, 45, 40), ("PR19CO809", 0, 90, 90)], "PR19CO809"),
        # split in two words, read as one; the next label ends the value
        (
            [("PNC", 92, 0, 30), ("ID:", 96, 35, 25), ("1", 43, 70, 8), ("9/0149204P", 43, 80, 100),
             ("CRO", 95, 200, 30)],
            "19/0149204P",
        ),
        ([("PNCID:", 90, 0, 60), ("11/0817", 80, 70, 70), ("782:", 80, 145, 40)], "11/0817782:"),
        # the label itself misread, "ID" as "IO" (a fresh corpus's PNC print)
        ([("PNC", 7, 0, 30), ("IO:", 7, 35, 25), ("92/04", 80, 70, 50), ("/0898V", 53, 125, 60)],
         "92/04/0898V"),
        ([("Case", 95, 0, 40), ("N0.", 60, 45, 30), ("PR19CO809", 0, 90, 90)], "PR19CO809"),
        # far along the line: another column's word, not the value's rest
        ([("PNC", 92, 0, 30), ("ID:", 96, 35, 25), ("23/0734", 50, 70, 70), ("620Z", 50, 400, 40)],
         "23/0734"),
    ],
)  # fmt: skip
def test_a_spoilt_value_after_its_label_is_looked_at(
    words: list[tuple[str, float, int, int]], value: str
) -> None:
    assert [t.text for t in labelled_values(_line(words), below=0.90)] == [value]


@pytest.mark.parametrize(
    "words",
    [
        [("Case", 95, 0, 40), ("No.", 95, 45, 30), ("LE19C00945", 97, 80, 100)],  # confident
        [("PNC", 92, 0, 30), ("NO:", 96, 35, 25), ("29536", 67, 70, 50)],  # too short
        [("Case", 96, 0, 40), ("No", 96, 45, 20), ("Po2NC", 2, 70, 50), ("ANAND", 2, 125, 60)],
        [("Dear", 96, 0, 40), ("Sir", 96, 45, 30), ("EXA2ZSP02420", 33, 80, 120)],  # no label
    ],
)
def test_no_label_or_nothing_spoilt_after_it_is_left_alone(
    words: list[tuple[str, float, int, int]],
) -> None:
    assert labelled_values(_line(words), below=0.90) == []


def test_a_split_value_read_whole_becomes_its_first_word_boxed_whole() -> None:
    data = _line([("PNC", 92, 0, 30), ("ID:", 96, 35, 25), ("11/0817", 80, 70, 70),
                  ("782:", 80, 145, 40)])  # fmt: skip
    # the words are no identifier's shape: no first look, the second reads grey then dark
    reader = _Sequence([("11/081A72", 0.0), ("11/0817782K", 0.7)])
    assert reread_identifiers(data, PAGE, IDENTITY, 0, reader) == 1
    assert data["text"] == ["PNC", "ID:", "11/0817782K", ""]
    assert data["conf"][2] == pytest.approx(70.0) and reader.shown == [2]
    assert (data["left"][2], data["width"][2]) == (70, 115)


def test_a_dark_look_case_number_read_with_no_confidence_must_have_been_there_already() -> None:
    # no check character vouches for it: "u" read from dark ink as "8" at 0.00 is no evidence
    data = _data([("CF24P0152u", 81.0)])
    reader = _Sequence([("", 0.0)], [("CF24P01528", 0.0)])
    assert reread_identifiers(data, PAGE, IDENTITY, 0, reader) == 0
    assert data["text"] == ["CF24P0152u"]
    # ... but the same reading freed of an edge mark is the word itself
    data = _data([("_BM23C00384", 38.0)])
    reader = _Sequence([("", 0.0)], [("BM23C00384", 0.0)])
    assert reread_identifiers(data, PAGE, IDENTITY, 0, reader) == 1
    # a PNC ID's check character vouches for a reading at any confidence
    data = _data([("11/6836792Y", 78.0)])
    reader = _Sequence([("", 0.0)], [("11/0836792Y", 0.0)])
    assert reread_identifiers(data, PAGE, IDENTITY, 0, reader) == 1
    # and the grey first look keeps its strokes: its readings stand at any confidence
    data = _data([("sr19co1454,", 0.0)])
    assert reread_identifiers(data, PAGE, IDENTITY, 0, _Reader(("SF19C01454", 0.0))) == 1


def test_a_court_code_that_misreads_a_town_the_page_names_is_refused() -> None:
    data = _data([("Wakefield", 96.0), ("WEF20P01024", 66.0)])
    assert reread_identifiers(data, PAGE, IDENTITY, 0, _Reader(("WE20P01024", 0.8))) == 0
    data = _data([("Wakefield", 96.0), ("WEF20P01024", 66.0)])
    assert reread_identifiers(data, PAGE, IDENTITY, 0, _Reader(("WF20P01024", 0.8))) == 1


def test_a_first_look_that_agrees_with_the_word_is_not_overruled_by_the_dark_look() -> None:
    data = _data([("WF23P02509", 85.0)])
    reader = _Sequence([("WF23P02509", 0.89)], [("WE23P02509", 0.87)])
    assert reread_identifiers(data, PAGE, IDENTITY, 0, reader) == 0
    assert data["text"] == ["WF23P02509"] and reader.shown == [1, 1]


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


def test_a_reading_tesseract_itself_doubts_is_no_evidence_against_a_valid_word() -> None:
    # "PL24P01794" (right) read again as "PI24P01794" at 0.00 on both looks: left as it was
    data = _data([("PL24P01794", 83.0)])
    assert reread_identifiers(data, PAGE, IDENTITY, 0, _Reader(("PI24P01794", 0.0))) == 0
    assert data["text"] == ["PL24P01794"] and data["conf"] == [83.0]


def test_a_reread_that_agrees_changes_nothing() -> None:
    data = _data([("81/0698057P", 72.0)])
    assert reread_identifiers(data, PAGE, IDENTITY, 0, _Reader(("81/0698057P", 0.95))) == 0
    assert data["conf"] == [72.0]


def test_the_number_of_rereads_a_page_costs_is_bounded_and_can_be_switched_off() -> None:
    data = _data([("02/08585357", 20.0)] * 5)
    reader = _Reader(("", 0.0))
    reread_identifiers(data, PAGE, IDENTITY, 0, reader, RereadConfig(limit=3))
    # one Tesseract call a page: three grey crops, and the same three dark on a second sheet
    assert len(reader.crops) == 6 and reader.calls == 1
    one_look = _Reader(("", 0.0))
    reread_identifiers(data, PAGE, IDENTITY, 0, one_look, RereadConfig(limit=3, dark_ink=False))
    assert len(one_look.crops) == 3 and one_look.calls == 1
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
