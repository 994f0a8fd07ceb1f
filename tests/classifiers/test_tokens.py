"""Token repair towards the evidence vocabulary."""

from __future__ import annotations

import pytest

from classifiers.features import VOCAB
from classifiers.tokens import line_tokens, shape


@pytest.mark.parametrize(
    ("line", "tokens"),
    [
        ("lNTERlM CARE 0RDER", ["interim", "care", "order"]),
        ("INTERIMCARE ORDER", ["interim", "care", "order"]),
        ("Po1ice Nationa1 Cornputer", ["police", "national", "computer"]),
        ("Chil dren Act", ["children", "act"]),
        ("Supervison Order", ["supervision", "order"]),
        ("s.38 and s38", ["s", "38", "and", "s38"]),
    ],
)
def test_repairs(line: str, tokens: list[str]) -> None:
    assert line_tokens(line, VOCAB) == tokens


@pytest.mark.parametrize("word", ["Smith", "Wakefield", "Brown", "Jade", "Tuesday"])
def test_ordinary_words_are_left_alone(word: str) -> None:
    assert line_tokens(word, VOCAB) == [word.lower()]


def test_shape_collapses_look_alikes() -> None:
    assert shape("lnterlm") == shape("interim")
    assert shape("cornputer") == shape("computer")
    assert shape("care") != shape("core")
