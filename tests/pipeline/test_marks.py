"""Unread accents: marks above a word's letters counted against what its text accounts for."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from pipeline.marks import (
    explained,
    is_name_like,
    marks_found,
    raised_capital,
    rows_with_unread_marks,
)

FONT = "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"


def _ink(word: str, size: int = 28) -> np.ndarray:
    """A word drawn as Tesseract's page image would hold it, as ink (True) on paper."""
    font = ImageFont.truetype(FONT, size)
    image = Image.new("L", (size * len(word), size * 2), 255)
    ImageDraw.Draw(image).text((4, size // 2), word, font=font, fill=0)
    ink = np.asarray(image) < 128
    rows, cols = np.nonzero(ink)
    return ink[rows.min() - 2 : rows.max() + 3, cols.min() - 2 : cols.max() + 3]


@pytest.mark.parametrize(
    ("printed", "read"),
    [
        ("Fernández", "Fernandez"),  # the eng model has no á
        ("Siân", "Sian"),  # nor â: the i's dot is explained, the circumflex is not
        ("GARCÍA", "GARCIA"),  # a capital's accent
        ("Zoë", "Zoé"),  # two dots where the text has one accent
        ("Núñez", "Nunez"),
        ("Lucía", "Lucia"),  # one mark either way: the accent is a stroke, not a dot
        # the eng model's é for another accent: a mark is there, of the wrong shape
        ("Siôn", "Sién"),
        ("Inês", "Inés"),
        ("Lefèvre", "Lefévre"),
    ],
)
def test_an_accent_the_text_lacks_is_found(printed: str, read: str) -> None:
    assert marks_found(_ink(printed)).unexplained_by(read)


@pytest.mark.parametrize(
    "word",
    ["Fernandez", "Jamila", "Okonkwo-Smith", "WILLIAMS", "Zoé", "José", "Renée", "Sinéad"],
)
def test_marks_the_text_accounts_for_are_not_doubted(word: str) -> None:
    assert not marks_found(_ink(word)).unexplained_by(word)


def test_two_dots_over_one_letter_are_a_diaeresis_not_two_is() -> None:
    # "ü" read as "ii": as many dots as the text has, but both over the one letter
    # (at 28 px this font's u breaks in two, and two stems under two dots are "ii")
    assert marks_found(_ink("Müller", 36)).count == explained("Miiller").count
    assert marks_found(_ink("Müller", 36)).unexplained_by("Miiller")
    assert not marks_found(_ink("Fujii", 36)).unexplained_by("Fujii")  # two i's, a dot each
    assert not marks_found(_ink("Müller", 36)).unexplained_by("Müller")


def test_what_text_accounts_for() -> None:
    assert explained("Jamila").count == 1  # a capital J has no dot
    assert explained("jim").count == 2
    assert explained("Zoë").count == 2
    assert explained("Renée").count == 1
    assert explained("François").count == 1  # the i; a cedilla hangs below its letter
    assert explained("O'Brien:").count == 4  # an apostrophe's strokes, a colon's dot
    assert explained("Lucía").strokes == 1 and explained("Lucia").strokes == 0
    assert explained("Zoë").strokes == 0 and explained("O'Brien").strokes == 2
    assert explained("Zoë").pairs == 1 and explained("Fujii").pairs == 0
    assert explained("José").acutes == 1 and explained("Siôn").acutes == 0


def test_dust_touching_strokes_and_the_line_above_are_not_marks() -> None:
    ink = _ink("Grant")
    dusty = ink.copy()
    dusty[1, ink.shape[1] // 2] = True  # one pixel of dust over the word
    assert marks_found(dusty).count == 0
    # the tip of a descender from the line above, cut by the crop's top edge
    column = int(np.nonzero(ink[:, : ink.shape[1] // 3].any(axis=0))[0].mean())
    cut = np.vstack([np.zeros((4, ink.shape[1]), bool), ink[2:]])
    cut[0:3, column : column + 3] = True
    assert marks_found(cut).count == 1  # a mark when the crop is the word's own box
    assert marks_found(cut, top_margin=4).count == 0


def _broken_letter(ink: np.ndarray, letter: int) -> np.ndarray:
    """``ink`` with its ``letter``-th blob cut by a white row a fifth of the way down."""
    count, _, stats, _ = cv2.connectedComponentsWithStats(ink.astype(np.uint8))
    x, y, w, h, _ = sorted(stats[1:count].tolist())[letter]
    out = ink.copy()
    out[y + h // 5, x : x + w] = False
    return out


def test_a_broken_small_letter_is_no_accent() -> None:
    # binarisation split the top off Walker's a: a speck over the letter, but reaching
    # down into the small letters, where no accent or dot stands
    broken = _broken_letter(_ink("Walker", 36), 1)
    assert not marks_found(broken).unexplained_by("Walker")
    assert marks_found(_ink("Walkér", 36)).unexplained_by("Walker")  # a real accent still is


def _touching_accent(ink: np.ndarray, letter: int) -> np.ndarray:
    """``ink`` with an acute accent drawn joined to the top of its ``letter``-th blob."""
    count, _, stats, _ = cv2.connectedComponentsWithStats(ink.astype(np.uint8))
    x, y, w, h, _ = sorted(stats[1:count].tolist())[letter]
    rise = h // 4
    out = np.vstack([np.zeros((rise + 2, ink.shape[1]), bool), ink])
    top = y + rise + 2
    for step in range(rise + 1):  # from the letter's top, up and to the right
        out[top - step, x + w // 2 + step // 2 : x + w // 2 + step // 2 + 2] = True
    return out


def test_a_capital_joined_to_its_accent_stands_above_the_others() -> None:
    # GARCÍA read GARCIA, the accent touching its I: one blob, no mark over a letter
    accented = _touching_accent(_ink("GARCIA"), 4)
    assert not marks_found(accented).unexplained_by("GARCIA")
    assert raised_capital(accented)
    assert not raised_capital(_ink("GARCIA"))
    assert not raised_capital(_ink("QUINN"))  # a Q's tail hangs below, not above
    assert not raised_capital(_ink("OLIVIA"))


def test_a_page_doubts_a_capitals_word_whose_accent_touches_only_when_it_is_capitals() -> None:
    data, image = _page(["GARCIA", "Thompson", "Leeds", "Court", "Order", "Judge"])
    accented = _touching_accent(_ink("GARCIA"), 4)
    rise = accented.shape[0] - _ink("GARCIA").shape[0]
    top = data["top"][0] - rise
    image[top : top + accented.shape[0], 20 : 20 + accented.shape[1]][accented] = 0
    data["top"][0], data["height"][0] = top, accented.shape[0]
    assert rows_with_unread_marks(data, image) == {0}
    data["text"][0] = "Garcia"  # an ascender or a capital rises in small letters: no doubt
    assert rows_with_unread_marks(data, image) == set()


def test_only_capitalised_words_of_letters_are_name_like() -> None:
    assert is_name_like("Fernandez,") and is_name_like("O'Brien") and is_name_like("SIAN")
    assert not is_name_like("fernandez") and not is_name_like("LS24C00123")
    assert not is_name_like("A") and not is_name_like("12/03/2024")


def _page(words: list[str]) -> tuple[dict[str, list], np.ndarray]:
    """A TSV dict and page image with ``words`` printed on one line each."""
    height = 60
    image = np.full((height * len(words) + 20, 400), 255, np.uint8)
    data: dict[str, list] = {k: [] for k in ("text", "conf", "left", "top", "width", "height")}
    for n, word in enumerate(words):
        ink = _ink(word)
        top = 20 + n * height
        image[top : top + ink.shape[0], 20 : 20 + ink.shape[1]][ink] = 0
        for key, value in zip(
            ("text", "conf", "left", "top", "width", "height"),
            (word, 95.0, 20, top, ink.shape[1], ink.shape[0]),
            strict=True,
        ):
            data[key].append(value)
    return data, image


def test_a_page_names_the_rows_whose_accent_went_unread() -> None:
    printed = ["Fernández"] + ["Thompson", "Leeds", "Court", "Order", "Judge"] * 2
    data, image = _page(printed)
    data["text"][0] = "Fernandez"  # what Tesseract writes
    assert rows_with_unread_marks(data, image) == {0}


def test_a_short_page_may_repeat_an_accented_name() -> None:
    data, image = _page(["Siân", "Fernández", "Thompson", "Siân", "Fernández", "Leeds"])
    data["text"] = ["Sian", "Fernandez", "Thompson", "Sian", "Fernandez", "Leeds"]
    assert rows_with_unread_marks(data, image) == {0, 1, 3, 4}


def test_a_page_where_marks_are_everywhere_is_dust() -> None:
    printed = ["Fernández", "Núñez", "Siân", "Zoë", "Thompson", "Leeds", "Court", "Order"]
    data, image = _page(printed)
    data["text"][:4] = ["Fernandez", "Nunez", "Sian", "Zoé"]
    assert rows_with_unread_marks(data, image) == set()  # 4 words of 8, all different: dust
