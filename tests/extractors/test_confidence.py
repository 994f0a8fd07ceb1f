import pytest
from doctext import doc_from_text  # tests/extractors/doctext.py

from extractors.confidence import SUGGESTED_THRESHOLD, combine, word_evidence
from pipeline.text import Box


def test_validated_anchored_value_clears_the_threshold_and_doubtful_ones_do_not() -> None:
    clean = combine(0.95, 0.95, anchored=True, repaired=False, validated=True)
    repaired = combine(0.95, 0.95, anchored=True, repaired=True, validated=True)
    unanchored = combine(0.95, 0.95, anchored=False, repaired=False, validated=True)
    failed = combine(0.95, 0.95, anchored=True, repaired=False, validated=False)
    ambiguous = combine(0.95, 0.95, anchored=True, repaired=False, validated=True, ambiguity=0.6)
    smudged = combine(0.45, 0.95, anchored=True, repaired=False, validated=True)
    assert clean >= SUGGESTED_THRESHOLD
    for doubtful in (repaired, unanchored, failed, ambiguous, smudged):
        assert doubtful < SUGGESTED_THRESHOLD
    assert failed < repaired < clean


@pytest.mark.parametrize("ocr", [-1.0, 0.0, 0.5, 1.0, 2.0])
def test_always_in_unit_interval(ocr: float) -> None:
    for validated in (True, None, False):
        value = combine(ocr, 1.0, anchored=True, repaired=False, validated=validated)
        assert 0.0 <= value <= 1.0


def test_word_evidence_maps_spans_to_words_page_and_box() -> None:
    doc = doc_from_text("Dated 3 May 2024\fCase No: LS24C00123 end", low={"LS24C00123": 0.4})
    text = doc.text
    start = text.index("LS24C00123")
    ev = word_evidence(doc, [(start, start + 10)])
    assert ev.page == 2
    assert ev.box == Box(left=90, top=0, width=100, height=20)
    assert ev.ocr == pytest.approx(0.4)
    date_start = text.index("3 May")
    ev = word_evidence(doc, [(date_start, date_start + len("3 May 2024"))])
    assert ev.page == 1
    assert ev.box == Box(left=60, top=0, width=100, height=20)
    assert ev.ocr == pytest.approx(0.95)


def test_one_bad_word_pulls_the_evidence_down() -> None:
    doc = doc_from_text("Karen Ann Smith", low={"Ann": 0.3})
    ev = word_evidence(doc, [(0, len(doc.text))])
    mean = (0.95 + 0.3 + 0.95) / 3
    assert ev.ocr == pytest.approx((mean + 0.3) / 2)


def test_support_lifts_a_faint_read_but_never_past_a_clear_one() -> None:
    faint = combine(0.1, 0.95, anchored=True, repaired=False, validated=True)
    backed = combine(0.1, 0.95, anchored=True, repaired=False, validated=True, support=0.7)
    clear = combine(1.0, 0.95, anchored=True, repaired=False, validated=True, support=0.7)
    assert faint < backed < clear
    assert combine(1.0, 0.95, anchored=True, repaired=False, validated=True) == clear


@pytest.mark.parametrize("word", ["-EX22P02016", "EX22P02016.", "\u2014~EX22P02016"])
def test_a_speck_glued_to_an_identifier_does_not_count_against_it(word: str) -> None:
    doc = doc_from_text(f"Claim no {word}", low={word: 0.0})
    start = doc.text.index("EX22P02016")
    span = [(start, start + 10)]
    assert word_evidence(doc, span).ocr == pytest.approx(0.0)  # names and dates: as scored
    assert word_evidence(doc, span, specks_apart=True).ocr == pytest.approx(0.5)


def test_a_glued_speck_never_lowers_a_score_and_glued_letters_keep_it() -> None:
    doc = doc_from_text("No: -EX22P02016 1EX22P02016", low={"-EX22P02016": 0.8, "1EX22P02016": 0.1})
    first = doc.text.index("EX22P02016")
    assert word_evidence(doc, [(first, first + 10)], specks_apart=True).ocr == pytest.approx(0.8)
    second = doc.text.index("1EX22P02016") + 1  # a digit outside may be the value's own
    assert word_evidence(doc, [(second, second + 10)], specks_apart=True).ocr == pytest.approx(0.1)
