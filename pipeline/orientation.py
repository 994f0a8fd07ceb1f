"""Which way up the text is, and how far it leans: cheap OpenCV measures, no OCR pass.

Running Tesseract's orientation detection costs a good fraction of a page's OCR time, and
the speed target allows only ~30% over plain Tesseract. Text lines are what every page
here has, so both questions are answered from ink profiles:

* axis and skew: the angle (on either axis) at which the row profile of the ink is
  sharpest, i.e. text lines and the gaps between them line up with pixel rows;
* upside down or not: in Latin print ascenders (b d f h k l t and capitals) outnumber
  descenders (g j p q y), so each line carries more ink above its x-height band than
  below it. Summed over a page the sign is a reliable vote.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np


@dataclass(frozen=True)
class Lean:
    """Result of the axis/skew search on an ink mask."""

    vertical: bool  # text lines run top-to-bottom: the page needs a quarter turn
    angle: float  # degrees counter-clockwise that straighten the lines (after the turn)
    score: float  # sharpness of the winning profile, for diagnostics


def remove_rules(ink: np.ndarray, min_length: int) -> np.ndarray:
    """Ink without long horizontal or vertical rules.

    Table borders would otherwise dominate both profiles and vote for whichever axis the
    table has most rules on, whatever the direction of the text.
    """
    if min_length < 8:
        return ink
    horiz = cv2.morphologyEx(
        ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (min_length, 1))
    )
    vert = cv2.morphologyEx(
        ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, min_length))
    )
    return cv2.subtract(ink, cv2.bitwise_or(horiz, vert))


# Blobs the lean is checked on: at most this many text heights tall and wide. A rubber
# stamp's box and its large bold letters lean at the stamp's angle and, summed as ink,
# outvote the page's small print: a PNC print with a stamp at 12 degrees was straightened to
# -12 and read as nothing but the stamp. The lines of print alone decide when the two leans
# differ by more than DISAGREE degrees; otherwise the lean of all the ink stands, since a
# few tenths of a degree either way changes how Tesseract reads a few words at random. On
# 643 dev pages with skew or stamps, 5 leans differed by over 0.3 degrees; four of them
# went from wrong (off by 2-13 degrees) to within 0.1 of the true skew.
CHARACTER_MAX_HEIGHT = 2.5
CHARACTER_MAX_WIDTH = 6.0
DISAGREE = 1.0


def character_ink(ink: np.ndarray, text_height: float) -> np.ndarray:
    """``ink`` with only its character-sized blobs, or all of it when none is."""
    count, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    keep = (stats[:, cv2.CC_STAT_HEIGHT] <= CHARACTER_MAX_HEIGHT * text_height) & (
        stats[:, cv2.CC_STAT_WIDTH] <= CHARACTER_MAX_WIDTH * text_height
    )
    keep[0] = False  # the background
    if count <= 1 or not keep.any():
        return ink
    return np.where(keep[labels], 255, 0).astype(np.uint8)


def find_print_lean(ink: np.ndarray, text_height: float, max_angle: float = 15.0) -> Lean:
    """The lean of all the ink, unless the character-sized ink leans clearly otherwise."""
    lean = find_lean(ink, max_angle=max_angle)
    chars = character_ink(ink, text_height)
    if chars is ink:
        return lean
    print_lean = find_lean(chars, max_angle=max_angle)
    if print_lean.vertical != lean.vertical or abs(print_lean.angle - lean.angle) > DISAGREE:
        return print_lean
    return lean


def _rotate(ink: np.ndarray, angle: float) -> np.ndarray:
    if abs(angle) < 1e-6:
        return ink
    h, w = ink.shape
    m = cv2.getRotationMatrix2D((w / 2.0, h / 2.0), angle, 1.0)
    return cv2.warpAffine(ink, m, (w, h), flags=cv2.INTER_NEAREST, borderValue=0)


def _sharpness(ink: np.ndarray, angle: float) -> float:
    rows = cv2.reduce(_rotate(ink, angle), 1, cv2.REDUCE_SUM, dtype=cv2.CV_32F).ravel()
    return float(np.square(np.diff(rows)).sum())


def find_lean(ink: np.ndarray, max_angle: float = 15.0, coarse_side: int = 600) -> Lean:
    """Search both axes over +-``max_angle`` for the sharpest line profile.

    ``ink`` is a uint8 mask (ink > 0). A coarse 1-degree search on a small copy finds the
    axis and rough angle, then a 0.2-degree search at full mask size and a parabola
    through the best three refine it.
    """
    h, w = ink.shape
    factor = min(1.0, coarse_side / max(h, w))
    small = (
        cv2.resize(
            ink, (max(int(w * factor), 1), max(int(h * factor), 1)), interpolation=cv2.INTER_AREA
        )
        if factor < 1.0
        else ink
    )
    best = (-1.0, False, 0.0)
    for vertical, image in ((False, small), (True, np.ascontiguousarray(small.T))):
        for angle in np.arange(-max_angle, max_angle + 0.5, 1.0):
            score = _sharpness(image, float(angle))
            if score > best[0]:
                best = (score, vertical, float(angle))
    _, vertical, coarse = best
    image = np.ascontiguousarray(ink.T) if vertical else ink
    step = 0.2
    angles = np.arange(coarse - 1.0, coarse + 1.0 + step / 2, step)
    scores = np.array([_sharpness(image, float(a)) for a in angles])
    i = int(np.argmax(scores))
    refined = float(angles[i])
    if 0 < i < len(angles) - 1:
        # the peak of a parabola through the best score and its neighbours
        left, mid, right = scores[i - 1], scores[i], scores[i + 1]
        denom = left - 2 * mid + right
        if denom < 0:
            refined += step * 0.5 * (left - right) / denom
    fine_best = (float(scores[i]), refined)
    angle = round(fine_best[1], 2)
    if vertical:
        # The search ran on the transpose; a quarter turn of the page mirrors the angle.
        angle = -angle
    return Lean(vertical=vertical, angle=angle, score=fine_best[0])


def ascender_balance(ink: np.ndarray) -> tuple[float, int]:
    """(balance, lines) for an upright-axis ink mask; balance > 0 means the right way up.

    Per text line, the x-height band is where the row profile is at least half its peak;
    ink above the band counts for, ink below counts against.
    """
    rows = ink.sum(axis=1, dtype=np.float64) / 255.0
    if rows.size == 0 or rows.max() <= 0:
        return 0.0, 0
    on = rows > max(1.0, 0.02 * rows.max())
    upper = lower = 0.0
    lines = 0
    edges = np.flatnonzero(np.diff(np.concatenate(([0], on.astype(np.int8), [0]))))
    for start, stop in zip(edges[::2], edges[1::2], strict=True):
        profile = rows[start:stop]
        if profile.size < 5:
            continue
        band = np.flatnonzero(profile >= 0.5 * profile.max())
        top, bottom = band[0], band[-1]
        if bottom - top + 1 > 0.8 * profile.size:
            continue  # no extenders at all (caps, digits, rules): no vote
        upper += profile[:top].sum()
        lower += profile[bottom + 1 :].sum()
        lines += 1
    total = upper + lower
    return ((upper - lower) / total if total > 0 else 0.0), lines


def margin_balance(ink: np.ndarray) -> tuple[float, int]:
    """(balance, lines) from line ends; balance > 0 means the left ends align better.

    Print is set flush left and ragged right far more often than the other way round,
    and this holds for all-capitals and digits, where :func:`ascender_balance` is silent.
    """
    rows = ink.sum(axis=1, dtype=np.float64) / 255.0
    if rows.size == 0 or rows.max() <= 0:
        return 0.0, 0
    on = rows > max(1.0, 0.02 * rows.max())
    edges = np.flatnonzero(np.diff(np.concatenate(([0], on.astype(np.int8), [0]))))
    lefts: list[int] = []
    rights: list[int] = []
    cols_any = ink.any(axis=0)
    for start, stop in zip(edges[::2], edges[1::2], strict=True):
        if stop - start < 3:
            continue
        cols = np.flatnonzero(ink[start:stop].any(axis=0))
        if cols.size < 10:
            continue
        lefts.append(int(cols[0]))
        rights.append(int(cols[-1]))
    if len(lefts) < 3 or not cols_any.any():
        return 0.0, len(lefts)
    left = np.asarray(lefts, dtype=np.float64)
    right = np.asarray(rights, dtype=np.float64)
    # fraction of lines whose end lies within a small tolerance of the most common end
    tol = max(2.0, 0.005 * ink.shape[1])

    def aligned(x: np.ndarray) -> float:
        best = 0
        for v in x:
            best = max(best, int((np.abs(x - v) <= tol).sum()))
        return best / len(x)

    a_left, a_right = aligned(left), aligned(right)
    total = a_left + a_right
    return ((a_left - a_right) / total if total else 0.0), len(lefts)


def upside_down(ink: np.ndarray) -> bool:
    """Vote of the two cues on an upright-axis ink mask, each weighted by its evidence.

    Measured on the generated corpus, line-end alignment was right on every page with a
    few lines (including all-capitals PNC printouts), ascenders on pages of mixed-case
    prose; a page of centred capitals has neither and is left as it is.
    """
    balance, lines = ascender_balance(ink)
    margin, margin_lines = margin_balance(ink)
    vote = balance * min(lines / 20.0, 1.0) + margin * min(margin_lines / 10.0, 1.0)
    return vote < -0.1  # a near-tie (a page number, a heading) is no reason to turn
