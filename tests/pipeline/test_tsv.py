"""The one reader of Tesseract's TSV rows that the page OCR and the reread share."""

from pipeline.tsv import tsv_word


def test_a_word_row_gives_its_stripped_text_and_confidence_and_other_rows_nothing() -> None:
    data = {
        "text": ["", " LS19C00945 ", "   ", "x", "y"],
        "conf": ["-1", "87.5", "90", None, "-1"],
    }
    assert tsv_word(data, 0) is None  # a page, block or line row
    assert tsv_word(data, 1) == ("LS19C00945", 0.875)
    assert tsv_word(data, 2) is None  # spaces only
    assert tsv_word(data, 3) is None  # no confidence
    assert tsv_word(data, 4) is None
