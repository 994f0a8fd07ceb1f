"""A second, narrow look at the identifiers the page-wide OCR pass read badly.

A PNC ID or case number is the field a wrong character hurts most, and on degraded scans
it is the word Tesseract reads worst: the page's preprocessing (background flattening,
one global threshold, despeckling) is tuned for running text, and a figure thinned or
thickened by it stays misread however the page is re-read ("89/0/07135U", "DE21C66746").
Reading the same word again from the *original* grey pixels, enlarged, restricted to the
characters identifiers are made of, lets Tesseract threshold the word on its own
("89/0702135U", "DE21C00740"): of the 92 words it changed on every corpus measured
(docs/benchmarks.md, session 10), 90 became the true identifier.

A reread only replaces a word when the new text *validates* as a whole identifier -- a PNC
ID with its check character, or a case number in the one format filing accepts -- and the
old one did not; the reread's confidence comes with it, so a doubtful reread is still
doubted downstream. When both readings validate and disagree (one misread in 23 keeps a
PNC check character by chance, and a case number has none), the more confident one is
kept at the *lower* of the two confidences: two readings that disagree are a reason for a
person to look. Anything else is thrown away: the first reading stands, and the
extractors' own repair and confidence still judge it. Nor is a case number (it has no
check character) taken when its court code misreads a court town the page names, or from
a second look that Tesseract itself doubts (:data:`SECOND_LOOK_FLOOR`); and a first look
that agrees with a valid word settles it (docs/benchmarks.md, session 12).

Plain functions over Tesseract's TSV dict, so the OCR stage decides when to call it; the
one I/O is the Tesseract call, injected as ``read`` for tests. A page's crops are read
stacked (``stack_crops``), a sheet a look, and both sheets in one Tesseract call as two
pages: a Tesseract start costs ~0.15 s, more than reading a few lines, and Tesseract reads
each page of a file on its own, so the first look's sheet reads as it would alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import cv2
import numpy as np

from extractors.identifiers import is_valid_pnc
from extractors.identifiers_find import court_code_for, places_named
from extractors.validators import is_valid_case_number, is_valid_cro
from pipeline.page_transform import PageTransform
from pipeline.tsv import tsv_word

# Characters a PNC ID or a family-court case number can hold (a PNC check letter is never
# I, O or S; a case number's letters are court codes and a type letter, any capital).
WHITELIST = "0123456789/ABCDEFGHIJKLMNOPQRSTUVWXYZ"
# psm 6: the stacked crops are one block of left-aligned lines (see stack_crops)
TESSERACT_CONFIG = f"--oem 1 --psm 6 -c tessedit_char_whitelist={WHITELIST}"

# What a spoilt identifier still looks like: 8 to 14 characters, at least 7 of them figures
# (or letters OCR gives for figures), e.g. "89/0/07135U", "02/08585357", "DE21C66746"; a
# print's reference "PNC/951093" has fewer.
_SHAPE_RE = re.compile(r"^[\W_]{0,2}[A-Za-z0-9/§€$£'.,°:;|()\[\]]{8,14}[\W_]{0,2}$")
MIN_FIGURES = 7  # a case number has 7, a PNC ID 3 to 9
_DIGITISH_RE = re.compile(r"[0-9OoIl|§$]")
# dates ("10/08/2020", a PNC print's "14OCT2022" read as "140CT2022") and CRO numbers
# ("958023/12C") are shaped like identifiers but are not the ones worth a second look
_DATE_RE = re.compile(r"^\W*\d{1,2}(?:[/.\-]\d{1,2}[/.\-]|[A-Z0]{3})\d{2,4}\W*$")
# The labels an identifier follows on its line: "Case No.", "Court case no.", "Case Number",
# "CASE REF:", "PNC ID:", "PNCID:", "PNC NO:", and those read with "I" or "O" as their
# look-alikes ("PNC IO:", "PNC 1D:", "PNC 10:", "Case N0."): the extractors' own labels are
# looser (they read a value), this only decides where to look again.
LABEL_RE = re.compile(
    r"\b(?:case\s*(?:n[o0]|number|ref)|pnc\s*(?:[il1|][d0o]|n[o0]))\W*$", re.IGNORECASE
)
_SPAN_CHARS = (7, 14)  # a labelled value's length, joined: a case number or PNC ID, +-3
_SPAN_FIGURES = 4  # and what is left of its figures
# A case number has no check character: a second-look reading Tesseract itself gives less
# than this is taken only when the old word already held it (edge marks aside:
# "_BM23C00384"). Of the dev pool's second-look readings this low, the one that changed a
# figure changed it wrongly ("CF24P0152u" -> "CF24P01528" at 0.00; the extractors had read
# it right). The first look has no floor: its readings at 0.00 were right ("sr19co1454,"
# -> "SF19C01454"), and the grey crop keeps the strokes a dark one can lose.
SECOND_LOOK_FLOOR = 0.30
# Nor does a reading that Tesseract gives less than this count against a word that is a
# valid identifier already: of the eight such disagreements on all corpora, the old word was
# right in six ("PL24P01794" reread "PI24P01794" at 0.00 and sent to review), both wrong in
# one, and in the eighth the extractors' court-code repair mends the old word anyway.
DISAGREEMENT_FLOOR = 0.30


@dataclass(frozen=True)
class RereadConfig:
    """When to look again. ``below``: a valid identifier read at this confidence or more
    is left alone; ``limit`` bounds how many words of a page each look reads again."""

    enabled: bool = True
    below: float = 0.90
    limit: int = 12
    scale: float = 2.0  # the crop is enlarged: small print is read better at ~2x
    # ... but to at most this many times the prepared page's size, whose text preprocessing
    # brought to Tesseract's preferred height: a 2400 dpi scan's crop is shrunk, not doubled
    # (every page of every corpus measured had a scale of 0.5 or more: it never bound)
    max_over_prepared: float = 4.0
    # a "word" taller than this on the prepared page (text ~22 px high; the tallest
    # identifier on any corpus here, a heading's, ~100) is no line of print
    max_height: int = 200
    pad: float = 0.35  # of the word's height, around the box: an edge cut off misreads
    # also read each crop with only its darkest ink kept (dark_ink): a grey stamp or rule
    # across the figures
    dark_ink: bool = True


# reads sheets of crops in one Tesseract call, each sheet on a page of its own:
# (text, confidence) for each crop of each sheet, in order
Reader = Callable[[list[list[np.ndarray]]], list[list[tuple[str, float]]]]


def as_identifier(text: str) -> str | None:
    """The token as a whole, valid PNC ID or case number (stripped of edge marks), or None."""
    token = text.strip(" .,;:()[]'\"|")
    if is_valid_pnc(token) or is_valid_case_number(token):
        return token
    return None


def wants_reread(text: str, confidence: float, below: float) -> bool:
    """A word shaped like an identifier that is not a confident valid one."""
    if not _SHAPE_RE.match(text) or _DATE_RE.match(text) or is_valid_cro(text.strip(".,;:")):
        return False
    if len(_DIGITISH_RE.findall(text)) < MIN_FIGURES:
        return False
    return as_identifier(text) is None or confidence < below


def crop_word(
    image: np.ndarray,
    transform: PageTransform,
    box: tuple[int, int, int, int],
    rotation: int,
    config: RereadConfig,
    page_scale: float = 1.0,
) -> np.ndarray | None:
    """The word's pixels on the original page, grey, upright and enlarged; None if none.

    ``box`` is in the prepared image's pixels; ``rotation`` is the clockwise turn that made
    the page upright, applied to the crop too; ``page_scale`` is how much preprocessing
    scaled the page (``QualityReport.scale``).
    """
    left, top, width, height = box
    if height > config.max_height:
        return None
    pad = round(height * config.pad)
    mapped = transform.box(left - pad, top - pad, width + 2 * pad, height + 2 * pad)
    if mapped.width < 4 or mapped.height < 4:
        return None
    crop = image[mapped.top : mapped.top + mapped.height, mapped.left : mapped.left + mapped.width]
    if crop.ndim == 3:
        crop = cv2.cvtColor(crop, cv2.COLOR_BGR2GRAY)
    turn = {90: cv2.ROTATE_90_CLOCKWISE, 180: cv2.ROTATE_180, 270: cv2.ROTATE_90_COUNTERCLOCKWISE}
    if rotation % 360 in turn:
        crop = cv2.rotate(crop, turn[rotation % 360])
    factor = min(config.scale, config.max_over_prepared * page_scale)
    if factor != 1:
        interpolation = cv2.INTER_AREA if factor < 1 else cv2.INTER_CUBIC
        crop = cv2.resize(crop, None, fx=factor, fy=factor, interpolation=interpolation)
    # a white margin: Tesseract misreads characters that touch the image's edge
    return cv2.copyMakeBorder(crop, 16, 16, 16, 16, cv2.BORDER_CONSTANT, value=255)


def dark_ink(crop: np.ndarray) -> np.ndarray:
    """The crop with only its darkest ink black: print under a grey stamp or a rule.

    A stamp's grey crossing the figures ("EX23P02420" under a diagonal band) is ink to
    Tesseract's own threshold, and the word reads as nothing. The ink's own Otsu split
    (of the pixels darker than the page's) parts the print's black from the stamp's grey.
    """
    paper, _ = cv2.threshold(crop, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    ink = crop[crop <= paper]  # Otsu: the dark class is at or below its threshold
    if ink.size < 16:
        return crop
    level, _ = cv2.threshold(ink.reshape(-1, 1), 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    return cv2.threshold(crop, level, 255, cv2.THRESH_BINARY)[1]


def stack_crops(crops: list[np.ndarray], gap: int = 24) -> tuple[np.ndarray, list[tuple[int, int]]]:
    """The crops one under another on one white image, and each one's band (top, bottom).

    One Tesseract call for all of a page's crops instead of one each: starting Tesseract
    and loading its model costs more than reading a line.
    """
    width = max(c.shape[1] for c in crops)
    height = sum(c.shape[0] for c in crops) + gap * (len(crops) - 1)
    sheet = np.full((height, width), 255, dtype=np.uint8)
    bands: list[tuple[int, int]] = []
    top = 0
    for crop in crops:
        sheet[top : top + crop.shape[0], : crop.shape[1]] = crop
        bands.append((top, top + crop.shape[0]))
        top += crop.shape[0] + gap
    return sheet, bands


def readings_by_band(
    data: dict[str, list], bands: list[tuple[int, int]]
) -> list[tuple[str, float]]:
    """Tesseract's words on the stacked crops, joined per crop: (text, lowest confidence).

    A word belongs to the band its middle lies in; Tesseract's own line numbers are not
    trusted to match the crops one to one.
    """
    parts: list[list[tuple[int, str, float]]] = [[] for _ in bands]
    for i in range(len(data.get("text", []))):
        row = tsv_word(data, i)
        if row is None:
            continue
        middle = data["top"][i] + data["height"][i] / 2
        for n, (top, bottom) in enumerate(bands):
            if top <= middle < bottom:
                parts[n].append((data["left"][i], *row))
                break
    out: list[tuple[str, float]] = []
    for words in parts:
        words.sort()
        text = "".join(t for _, t, _ in words)
        out.append((text, min((c for _, _, c in words), default=0.0)))
    return out


@dataclass(frozen=True)
class _Target:
    """Words to read again as one identifier: their rows in ``data``, joined text, box."""

    rows: tuple[int, ...]
    text: str
    confidence: float
    box: tuple[int, int, int, int]


def _right(data: dict[str, list], i: int) -> int:
    """The right edge of a TSV row's word."""
    return int(data["left"][i] + data["width"][i])


def _box(data: dict[str, list], rows: tuple[int, ...]) -> tuple[int, int, int, int]:
    """The box around the rows' words, (left, top, width, height)."""
    left = min(data["left"][i] for i in rows)
    top = min(data["top"][i] for i in rows)
    right = max(_right(data, i) for i in rows)
    bottom = max(data["top"][i] + data["height"][i] for i in rows)
    return left, top, right - left, bottom - top


def _lines(data: dict[str, list]) -> list[list[tuple[int, str, float]]]:
    """The words (row, text, confidence) grouped by Tesseract's (block, paragraph, line)."""
    keys = [data.get(k) or [0] * len(data["text"]) for k in ("block_num", "par_num", "line_num")]
    lines: dict[tuple[int, ...], list[tuple[int, str, float]]] = {}
    for i in range(len(data.get("text", []))):
        row = tsv_word(data, i)
        if row is not None:
            lines.setdefault(tuple(int(k[i]) for k in keys), []).append((i, *row))
    return list(lines.values())


def labelled_values(data: dict[str, list], below: float) -> list[_Target]:
    """What follows an identifier's label on its line, when it is no confident identifier.

    The label says an identifier is there even when OCR spoilt it past its shape
    ("Case No. EXA2ZSP02420", "CASE REF: PR19CO809", "PNC ID: 1 9/0149204P"): too few
    figures left for :func:`wants_reread`, a character no identifier holds, or the value
    split into words, which are then read again as one crop.
    """
    targets: list[_Target] = []
    for line in _lines(data):
        for n in range(1, len(line)):
            if not LABEL_RE.search(" ".join(text for _, text, _ in line[max(0, n - 2) : n])):
                continue
            rows: list[int] = []
            joined = ""
            confidence = 1.0
            for i, text, word_confidence in line[n : n + 3]:
                if rows and (
                    (text.isalpha() and len(text) > 1)  # the next label ("CRO NO:")
                    or len(joined + text) > _SPAN_CHARS[1]
                    or data["left"][i] - _right(data, rows[-1]) > 2 * data["height"][i]
                ):
                    break
                rows.append(i)
                joined += text
                confidence = min(confidence, word_confidence)
            if (
                _SPAN_CHARS[0] <= len(joined) <= _SPAN_CHARS[1]
                and len(_DIGITISH_RE.findall(joined)) >= _SPAN_FIGURES
                and (as_identifier(joined) is None or confidence < below)
                # one word of an identifier's shape is read again on its own already
                and not (len(rows) == 1 and wants_reread(joined, confidence, below))
            ):
                targets.append(_Target(tuple(rows), joined, confidence, _box(data, tuple(rows))))
            break
    return targets


def _shaped(data: dict[str, list], below: float) -> list[_Target]:
    """Single words shaped like a doubtful identifier (:func:`wants_reread`)."""
    targets: list[_Target] = []
    for i in range(len(data.get("text", []))):
        row = tsv_word(data, i)
        if row is not None and wants_reread(row[0], row[1], below):
            targets.append(_Target((i,), row[0], row[1], _box(data, (i,))))
    return targets


def _believable(
    target: _Target, identifier: str, confidence: float, places: list[str], floor: float
) -> bool:
    """May this reading stand in for the target's text? Not against a valid old word when
    Tesseract itself all but disowns it (:data:`DISAGREEMENT_FLOOR`). A PNC ID's check
    character vouches for it; a case number needs Tesseract's own confidence (``floor``) or
    the old word to hold it, and a court code that is no misreading of a court town the page
    names ("WE23P02509" on a Wakefield letter is WF misread, as the extractors know too).
    """
    old = as_identifier(target.text)
    if old is not None and old != identifier and confidence < DISAGREEMENT_FLOOR:
        return False
    if is_valid_pnc(identifier):
        return True
    if confidence < floor and identifier not in target.text:
        return False
    return court_code_for(identifier[:2], places) is None


def _apply(
    data: dict[str, list],
    target: _Target,
    reading: tuple[str, float],
    places: list[str],
    floor: float = 0.0,
) -> bool:
    """Put a believable reading that validates in place of the target's words; whether it did."""
    new_text, new_confidence = reading
    identifier = as_identifier(new_text)
    if identifier is None or identifier == target.text:
        return False
    if not _believable(target, identifier, new_confidence, places, floor):
        return False
    first = target.rows[0]
    if as_identifier(target.text) is not None:
        # two valid readings that disagree: the surer one, at the other's confidence,
        # so that the disagreement itself doubts the field downstream
        if new_confidence > target.confidence:
            data["text"][first] = identifier
        data["conf"][first] = round(min(target.confidence, new_confidence) * 100.0, 2)
    else:
        data["text"][first] = identifier
        data["conf"][first] = round(new_confidence * 100.0, 2)
    for row in target.rows[1:]:  # a split value becomes its first word, boxed whole
        data["text"][row] = ""
    left, top, width, height = target.box
    data["left"][first], data["top"][first] = left, top
    data["width"][first], data["height"][first] = width, height
    return True


def reread_identifiers(
    data: dict[str, list],
    image: np.ndarray,
    transform: PageTransform,
    rotation: int,
    read: Reader,
    config: RereadConfig | None = None,
    page_scale: float = 1.0,
) -> int:
    """Re-read the page's doubtful identifier words in place in ``data``; how many changed.

    First look: each word of an identifier's shape, cropped grey. Second look, taken only
    where the first left the word unsettled: its dark ink alone, and each labelled value
    (grey, then dark). The looks are two sheets, read as two pages of one Tesseract call.
    The first look's sheet holds only its own crops: Tesseract reads a stacked sheet as one
    block, so what else is on it changes how a crop reads, and the first look is the one
    measured 90 right of 92.
    """
    cfg = config or RereadConfig()
    if not cfg.enabled:
        return 0

    def cropped(targets: list[_Target]) -> list[tuple[_Target, np.ndarray]]:
        """Up to ``limit`` targets with their crops (a word with none does not count)."""
        pairs = []
        for target in targets:
            if len(pairs) >= cfg.limit:
                break
            crop = crop_word(image, transform, target.box, rotation, cfg, page_scale)
            if crop is not None:
                pairs.append((target, crop))
        return pairs

    first = cropped(_shaped(data, cfg.below))
    # The second look's candidates, before the first look is known, so that both sheets go
    # in one call: each shaped word's dark ink, each labelled value grey then dark. Those
    # the first look settles are read for nothing; a crop costs far less than a start.
    candidates: list[tuple[_Target, list[np.ndarray]]] = []
    if cfg.dark_ink:
        candidates = [(t, [dark_ink(c)]) for t, c in first]
        candidates += [(t, [c, dark_ink(c)]) for t, c in cropped(labelled_values(data, cfg.below))]
    sheets = [[c for _, c in first]] if first else []
    if candidates:
        sheets.append([c for _, crops in candidates for c in crops])
    if not sheets:
        return 0
    readings = read(sheets)
    places = places_named(" ".join(t for t in data.get("text", []) if t))  # court towns
    settled: set[int] = set()  # rows replaced, or confirmed: a second look has no say
    mended = 0
    for (target, _), reading in zip(first, readings[0] if first else [], strict=True):
        if _apply(data, target, reading, places):
            settled.update(target.rows)
            mended += 1
        elif (agreed := as_identifier(reading[0])) and agreed == as_identifier(target.text):
            # two readings of the crop agree: a dark look misreading a stroke the
            # grey one kept ("WF" as "WE") would only overrule them
            settled.update(target.rows)
    if not candidates:
        return mended
    second = iter(readings[-1])
    looks = [(target, [next(second) for _ in crops]) for target, crops in candidates]
    open_looks = [(t, options) for t, options in looks if not settled.intersection(t.rows)]
    for target, options in open_looks[: cfg.limit]:
        if settled.intersection(target.rows):
            continue
        if any(_apply(data, target, option, places, SECOND_LOOK_FLOOR) for option in options):
            settled.update(target.rows)
            mended += 1
    return mended
