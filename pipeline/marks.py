"""Accents the OCR model cannot write: a mark over a name's letters that its text does not hold.

Tesseract's ``eng`` model has "é" in its character set but no "á", "í", "ó", "ú", "â",
"ë" or "ñ": it reads "Fernández" as "Fernandez" and "Siân" as "Sian" at full confidence,
and a name filed without its accent is a name filed wrong (truth-format compares names
letter for letter). The page image still shows the mark, so the word is checked against
it: the small blobs of ink sitting just above a letter (an i's dot, an accent, the two
dots of a diaeresis) are counted and compared with what the text accounts for, and so are
those shaped like an accent's stroke rather than a dot ("í" read as "i" has one mark either
way), and so are the letters with two dots side by side above them ("ü" read as "ii" has
the dots of "ii", but over one letter). More than the text can explain means a letter was
read without its accent, and the word is doubted so that its name goes to a person. The
one accent the model does write, "é", it writes for others too ("Sién" for Siôn): an é
whose mark does not lean as an acute does is doubted the same way.

An accent that touches its letter is one blob with it. In a word of capitals (police
checks print surnames so: "GARCÍA" read "GARCIA") that blob stands taller than the other
capitals, which nothing else does, so it is doubted too; in small letters an accent
touching an "a" looks like the ascender of a "d", and nothing guesses which letter carried
it, so those pass unseen. On the one corpus from outside the generator with accented names
(C: 37 name words read without their accent) 31 were found and none of 896 unaccented name
words doubted; see docs/benchmarks.md, sessions 14 and 15.
"""

from __future__ import annotations

import itertools
import unicodedata
from typing import NamedTuple

import cv2
import numpy as np

from pipeline.text import WORD_PUNCTUATION, bare_word
from pipeline.tsv import tsv_word

# A mark is small beside the word's tallest blob (a capital or an ascender) ...
MARK_MAX_HEIGHT = 0.4
MARK_MAX_WIDTH = 0.7
# ... but not dust: an i's dot covers 0.017 of the tallest blob's height squared (median on
# corpus C, 5th percentile 0.007); the specks binarisation leaves are one or two pixels.
MARK_MIN_AREA = 0.006
# It sits on a letter: over a tall-enough blob, a white row or more above its top and at
# most a fifth of the tallest blob's height. On corpus C the accents stood 1-4 pixels off
# their letters (the page scaled to ~22-pixel text); broken strokes (a capital G's top
# bar) touch, and dust lies anywhere: closer bounds halved the other words' false marks
# and missed no accent.
MARK_MAX_GAP = 0.2
MARK_MIN_GAP = 1  # pixels
LETTER_MIN_HEIGHT = 0.5
# An accent is a stroke, a dot is round: so "Lucía" read "Lucia" (one mark either way) is
# told by the mark's shape, the ratio of its ink's long axis to its short one. The marks
# over an "í" (corpora C, 313 and 315: 9) measured 2.15-3.47; of 963 i-dots there and on 312
# 99 % measured under 1.63, blurred or ragged ones too (height and fill told them apart on
# C alone, and not on 211 and L452, where ragged dots fill as little as strokes).
STROKE_MIN_ELONGATION = 2.0
# On a speckled page dust lands above words as marks would, on every kind of word: when
# more than this share of a page's name-like words show one, and they are more than a name
# or two (distinct words), none is believed. Pages of corpus C with accented names: at
# most 0.071 of their words, and a short page naming "Siân Fernández" twice has 4 of 21 but
# two distinct words; the dustiest generated pages: 0.17 and 0.41, 7 and 15 distinct.
MAX_PAGE_SHARE = 0.10
MAX_DISTINCT = 3
# An accent or a dot stands clear above the small letters; a speck of ink that reaches below
# their top is a letter that binarisation broke ("Walker" with its a's bowl split off its
# top, "Stacey" with its e's). On corpora 319, L417 and C the 57 marks over letters read
# without their accent ended 1 to 6 pixels above the small letters' top; the broken
# letters' pieces that were doubted (Walker, Stacey, Stephen) ended 2 to 3 pixels below it.
BROKEN_LETTER_MIN_DROP = 1  # pixels
BASELINE_SLACK = 0.12  # of the tallest blob: a letter's bottom this far above still stands
SMALL_LETTER_MAX_HEIGHT = 0.85  # of the tallest blob: shorter is an x-height letter

# Tesseract's eng model writes "é" for an e, or an o, under any accent ("Sién" for Siôn,
# "Lefévre" for Lefèvre, "Inés" for Inês, "Zoé" for Zoë whose dots ran together): the mark
# is there, its count is right, and only its shape tells. An acute leans up to the right:
# the 47 over letters read right as é on corpora 319, L417, C, 313 and 315 leaned 29-52
# degrees; the circumflexes and grave, and the dots run into a bar, lay within 6 degrees of
# flat or leaned left (-37). Dots (elongation near 1) have no direction to read.
SHAPED_MIN_ELONGATION = 1.4
ACUTE_MIN_ANGLE = 20.0
ACUTE_MAX_ANGLE = 70.0
_ACUTE = "\u0301"

# A capital whose top stands this share of the capitals' height above the others' carries
# a touching accent: GARCÍA's and RODRÍGUEZ's stood 0.26 above (corpora 315, 313); the 217
# capitals-only name words of C, 312, 313 and 315 rose at most 0.053 (22 of their ~6,700
# other capitals-only words rose further: stamp debris and headings, which no name holds).
CAP_MIN_RISE = 0.15

# What a name field's source says when the doubt is this module's, so that the review
# reason can tell the analyst what to add.
UNREAD_ACCENT = "unread-accent"

_DOTTED = frozenset("ij!?")
_STROKES = {"'": 2, "’": 2, "‘": 2, '"': 2, "“": 2, "”": 2, "`": 2}
_TWO_DOTS = frozenset("äëïöüÿÄËÏÖÜŸ")


def _plain(letter: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", letter) if not unicodedata.combining(c))


class Marks(NamedTuple):
    """Marks over a word's letters, how many of them are accent-shaped strokes, over how
    many single letters two dots stand side by side (a diaeresis, not two i's), and of
    the marks with a direction how many lean as an acute does and how many do not."""

    count: int
    strokes: int
    pairs: int = 0
    acutes: int = 0
    other_strokes: int = 0  # flat (a circumflex, two dots run together) or leaning left

    def unexplained_by(self, text: str) -> bool:
        """More marks than ``text`` accounts for, more strokes than its accents, more
        letters under two dots than its diaereses, or an acute the text holds that no mark
        has the shape of where another shape of mark stands ("Sién" for Siôn)."""
        most = explained(text)
        wrong_accent = self.other_strokes > 0 and self.acutes < most.acutes
        return (
            self.count > most.count
            or self.strokes > most.strokes
            or self.pairs > most.pairs
            or wrong_accent
        )


def explained(text: str) -> Marks:
    """The most marks above its letters that ``text`` accounts for: a dot per i and j, one
    per accented letter Tesseract did write, two per diaeresis, and what punctuation could
    leave above a letter (a colon's dot, a quote's strokes); and of them the strokes: its
    accents (a diaeresis is dots, a cedilla hangs below) and its quotes, not an i's dot."""
    count = strokes = pairs = acutes = 0
    for letter in text:
        acutes += _ACUTE in unicodedata.normalize("NFD", letter)
        if letter in _DOTTED:
            count += 1
        elif letter in _TWO_DOTS:
            count += 2
            pairs += 1
        elif letter in _STROKES:
            count += _STROKES[letter]
            strokes += _STROKES[letter]
        elif letter in ":;":
            count += 1
        elif _plain(letter) != letter and letter not in "çÇ":
            count += 1
            strokes += 1
    return Marks(count, strokes, pairs, acutes)


def marks_found(ink: np.ndarray, top_margin: int = 0) -> Marks:
    """The marks that sit just above a letter in ``ink`` (a word's crop, ink non-zero).

    ``top_margin`` rows above the word's box are included, in case Tesseract's box left out
    the mark it did not read; a blob cut by the crop's top edge there is the line above's.
    """
    count, labels, stats, _ = cv2.connectedComponentsWithStats(
        (ink > 0).astype(np.uint8), connectivity=8
    )
    if count < 3:
        return Marks(0, 0)
    numbers = np.arange(1, count)
    blobs = stats[1:]
    tallest = int(blobs[:, cv2.CC_STAT_HEIGHT].max())
    if top_margin:
        kept = blobs[:, cv2.CC_STAT_TOP] > 0
        blobs, numbers = blobs[kept], numbers[kept]
    letters = blobs[blobs[:, cv2.CC_STAT_HEIGHT] >= LETTER_MIN_HEIGHT * tallest]
    x_line = _x_line(letters, tallest)
    found = strokes = acutes = others = 0
    dots_over: dict[int, list[tuple[int, int]]] = {}  # letter -> its dots' column spans
    for number, (x, y, w, h, area) in zip(numbers, blobs, strict=True):
        if h > MARK_MAX_HEIGHT * tallest or w > MARK_MAX_WIDTH * tallest:
            continue
        if area < max(3, MARK_MIN_AREA * tallest * tallest):
            continue
        if x_line is not None and y + h >= x_line + BROKEN_LETTER_MIN_DROP:
            continue  # it reaches down into the small letters: a broken letter's top
        under = [
            (overlap, letter)
            for letter, (lx, ly, lw, _, _) in enumerate(letters)
            if (overlap := min(x + w, lx + lw) - max(x, lx)) >= 0.3 * w
            and ly - MARK_MAX_GAP * tallest <= y + h <= ly - MARK_MIN_GAP
        ]
        if not under:
            continue
        found += 1
        elongation, angle = _axis(labels[y : y + h, x : x + w] == number)
        if elongation >= SHAPED_MIN_ELONGATION:
            if ACUTE_MIN_ANGLE <= angle <= ACUTE_MAX_ANGLE:
                acutes += 1
            elif angle > -ACUTE_MAX_ANGLE:  # not upright: an upright stroke may be a quote's
                others += 1
        if elongation >= STROKE_MIN_ELONGATION:
            strokes += 1
        else:  # a dot belongs to the letter it overlaps most
            dots_over.setdefault(max(under)[1], []).append((x, x + w))
    pairs = sum(1 for dots in dots_over.values() if _side_by_side(dots))
    return Marks(found, strokes, pairs, acutes, others)


def _x_line(letters: np.ndarray, tallest: int) -> float | None:
    """The top of the word's small letters (the x-height line), or None in a word of
    capitals: the median top of the letters on the baseline shorter than the tallest
    (ascenders and capitals are not; a descender's top is on the line anyway)."""
    standing, _ = _on_baseline(letters, tallest)
    small = standing[standing[:, cv2.CC_STAT_HEIGHT] < SMALL_LETTER_MAX_HEIGHT * tallest]
    return float(np.median(small[:, cv2.CC_STAT_TOP])) if len(small) else None


def _on_baseline(blobs: np.ndarray, tallest: float) -> tuple[np.ndarray, float]:
    """The blobs standing on the word's baseline (the median bottom; a Q's tail, a
    descender reach below it), and that baseline."""
    bottoms = blobs[:, cv2.CC_STAT_TOP] + blobs[:, cv2.CC_STAT_HEIGHT]
    base = float(np.median(bottoms))
    return blobs[bottoms >= base - BASELINE_SLACK * tallest], base


def _side_by_side(dots: list[tuple[int, int]]) -> bool:
    """Two dots over one letter apart in their columns: "ü" read as "ii" (L415 "Oztiirk")
    has as many dots as its text accounts for, but both over the one letter."""
    dots = sorted(dots)
    return any(b[0] >= a[1] for a, b in itertools.pairwise(dots))


def raised_capital(ink: np.ndarray, top_margin: int = 0) -> bool:
    """Whether one capital of a capitals-only word in ``ink`` stands above the others, as
    one joined to its accent does. The capitals are the blobs standing on the word's
    baseline (a Q's tail below it); a blob cut by the crop's top edge is the line above's."""
    _, _, stats, _ = cv2.connectedComponentsWithStats((ink > 0).astype(np.uint8), connectivity=8)
    blobs = stats[1:]
    if top_margin:
        blobs = blobs[blobs[:, cv2.CC_STAT_TOP] > 0]
    if len(blobs) < 3:
        return False
    heights = blobs[:, cv2.CC_STAT_HEIGHT]
    letters, base = _on_baseline(blobs[heights >= 0.4 * heights.max()], heights.max())
    if len(letters) < 3:
        return False
    line = float(np.median(letters[:, cv2.CC_STAT_TOP]))
    cap = base - line
    return cap > 0 and bool((letters[:, cv2.CC_STAT_TOP] < line - CAP_MIN_RISE * cap).any())


def _axis(blob: np.ndarray) -> tuple[float, float]:
    """How much longer a blob's ink is along its main axis than across it (1 for a dot), and
    that axis's angle in degrees from the horizontal, positive rising to the right."""
    rows, cols = np.nonzero(blob)
    if len(rows) < 3:
        return 1.0, 0.0
    values, vectors = np.linalg.eigh(np.cov(np.vstack([cols, -rows])))
    dx, dy = vectors[:, 1]
    angle = (float(np.degrees(np.arctan2(dy, dx))) + 90.0) % 180.0 - 90.0
    return float(np.sqrt(values[1] / max(values[0], 1e-6))), angle


def is_name_like(text: str) -> bool:
    """A capitalised word of letters (a hyphen or apostrophe inside, punctuation around):
    the words a name is made of, and the only ones a lost accent makes wrong in a record."""
    core = text.strip(WORD_PUNCTUATION)
    return (
        len(core) >= 2
        and core[0].isalpha()
        and core[0].isupper()
        and all(c.isalpha() or c in "-'’" for c in core)
    )


def _row_shows_unread_mark(image: np.ndarray, data: dict[str, list], i: int, text: str) -> bool:
    """Whether TSV row ``i``'s word, on the page image Tesseract read (dark ink on light),
    shows more marks than its text has, or, written in capitals, a capital standing above the
    rest. A third of the word's height above its box is looked at too: Tesseract may leave
    out of the box the accent it did not read."""
    left, top = int(data["left"][i]), int(data["top"][i])
    width, height = int(data["width"][i]), int(data["height"][i])
    margin = min(max(2, height // 3), top)
    crop = image[top - margin : top + height + 2, max(left - 1, 0) : left + width + 1]
    if crop.size == 0:
        return False
    ink = crop < 128
    if marks_found(ink, margin).unexplained_by(text):
        return True
    core = text.strip(WORD_PUNCTUATION)
    capitals = len(core) >= 3 and core.isupper() and core.isascii()
    return capitals and raised_capital(ink, margin)


def rows_with_unread_marks(data: dict[str, list], image: np.ndarray) -> set[int]:
    """The TSV rows (``image_to_data`` columns) of name-like words with an unread mark, or
    none when so many show one that the marks are the page's dust."""
    names = 0
    doubted: dict[int, str] = {}
    for i in range(len(data.get("text", []))):
        word = tsv_word(data, i)
        if word is None or not is_name_like(word[0]):
            continue
        names += 1
        if _row_shows_unread_mark(image, data, i, word[0]):
            doubted[i] = bare_word(word[0])
    dust = len(doubted) > MAX_PAGE_SHARE * names and len(set(doubted.values())) > MAX_DISTINCT
    return set() if dust else set(doubted)
