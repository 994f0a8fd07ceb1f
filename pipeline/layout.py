"""Is this page set in columns of prose? Decides how Tesseract should segment it.

Tesseract's automatic layout (psm 3) reads a two-column article correctly but splits a
label/value form (``SURNAME:   KIRK``) into a column of labels and a column of values, so
the text no longer says which value belongs to which label. Reading lines straight across
(psm 4) is right for forms and wrong for two columns. Both have a white gutter; what
tells them apart is that prose fills each column to the gutter, line after line, while
labels and values are short and ragged.
"""

from __future__ import annotations

import numpy as np


def text_lines(ink: np.ndarray) -> list[tuple[int, int]]:
    """(start, stop) rows of each text line of an upright ink mask."""
    rows = (ink > 0).sum(axis=1)
    if rows.size == 0 or rows.max() == 0:
        return []
    on = rows > max(1, int(0.02 * rows.max()))
    edges = np.flatnonzero(np.diff(np.concatenate(([0], on.astype(np.int8), [0]))))
    return [(int(a), int(b)) for a, b in zip(edges[::2], edges[1::2], strict=True) if b - a >= 3]


def _widest_gap(occupied: np.ndarray, lo: int, hi: int) -> tuple[int, int]:
    """(start, length) of the widest run of empty columns in ``occupied[lo:hi]``."""
    best_start, best_len, run_start = lo, 0, None
    for i, flag in enumerate(np.append(~occupied[lo:hi], False)):
        if flag and run_start is None:
            run_start = i
        elif not flag and run_start is not None:
            if i - run_start > best_len:
                best_start, best_len = lo + run_start, i - run_start
            run_start = None
    return best_start, best_len


def _starts(ink: np.ndarray) -> np.ndarray:
    return np.array([a for a, _ in text_lines(ink)], dtype=np.float64)


def prose_columns(ink: np.ndarray, text_height: float, min_lines: int = 4) -> bool:
    """True when part of the page is two columns whose lines do not line up.

    Bands a few lines tall are scanned for a white gutter in the middle half of the text;
    where consecutive bands share one, the lines on each side are found separately. A
    form's label and value sit on the same line; two columns of prose drift apart (their
    headings and paragraph breaks fall in different places).
    """
    h = ink.shape[0]
    used = np.flatnonzero((ink > 0).any(axis=0))
    if used.size == 0:
        return False
    x0, x1 = int(used[0]), int(used[-1])
    width = x1 - x0
    if width < 20 * text_height:
        return False
    band = max(int(4 * text_height), 8)
    lo, hi = x0 + width // 4, x1 - width // 4
    gutters: list[tuple[int, int, int]] = []  # (band top, gutter start, gutter end)
    for top in range(0, h, band):
        occupied = (ink[top : top + band] > 0).any(axis=0)
        if not occupied[x0:x1].any():
            continue
        start, length = _widest_gap(occupied, lo, hi)
        if (
            length >= 1.2 * text_height
            and occupied[x0:start].any()
            and occupied[start + length : x1 + 1].any()
        ):
            gutters.append((top, start, start + length))
    # runs of consecutive bands whose gutters overlap
    sections: list[tuple[int, int, int, int]] = []
    for top, g0, g1 in gutters:
        if (
            sections
            and sections[-1][1] == top
            and min(sections[-1][3], g1) > max(sections[-1][2], g0)
        ):
            s_top, _, s_g0, s_g1 = sections[-1]
            sections[-1] = (s_top, top + band, max(s_g0, g0), min(s_g1, g1))
        else:
            sections.append((top, top + band, g0, g1))
    for s_top, s_bottom, g0, g1 in sections:
        if s_bottom - s_top < 3 * band:
            continue
        left = _starts(ink[s_top:s_bottom, x0:g0])
        right = _starts(ink[s_top:s_bottom, g1 : x1 + 1])
        if left.size < min_lines or right.size < min_lines:
            continue
        nearest = np.abs(left[:, None] - right[None, :]).min(axis=1)
        if (nearest <= 0.3 * text_height).mean() < 0.5:
            return True
    return False
