"""Layout: the recorded lines are exactly the words drawn, wrapped inside the margins."""

from __future__ import annotations

import numpy as np

from samples.render import Pair, Para, Style, Table, render

WORDS = " ".join(f"word{i}" for i in range(400))


def test_wrapped_paragraph_keeps_every_word_in_order_and_inside_the_margins() -> None:
    style = Style(font="dejavu-serif", size_pt=11, margin_in=1.0, footer=None)
    doc = render([Para(WORDS)], style, dpi=150)
    assert " ".join(doc.text.split()) == WORDS
    right = doc.pages[0].shape[1] - 150
    for boxes in doc.text_boxes:
        assert all(box[0] >= 150 - 2 and box[2] <= right + 2 for box in boxes)


def test_long_text_flows_onto_numbered_pages() -> None:
    style = Style(size_pt=12, footer="Page {i} of {n}")
    doc = render([Para(WORDS * 3)], style, dpi=100)
    n = len(doc.pages)
    assert n > 1
    assert [lines[-1] for lines in doc.page_lines] == [f"Page {i} of {n}" for i in range(1, n + 1)]
    assert all(page.dtype == np.uint8 and page.ndim == 2 for page in doc.pages)


def test_pairs_and_tables_read_row_by_row() -> None:
    doc = render(
        [
            Pair("Case No:", "LS24C00123", tab=1.5),
            Table([["Name", "DOB"], ["Ann Lee", "1/2/20"]], [0.5, 0.5]),
        ],
        Style(footer=None),
        dpi=100,
    )
    assert doc.page_lines[0] == ["Case No: LS24C00123", "Name DOB", "Ann Lee 1/2/20"]
    assert doc.pages[0].min() < 128  # something was drawn
