"""Turn a scanned page into the clean, upright, right-sized image Tesseract reads best.

Plain Tesseract on the degraded scans this project gets (skew, quarter turns, speckle,
stamps, shadows, fax binarisation, dark scanner borders) gets about a third of the
characters wrong and can spend tens of seconds chasing speckle. Every step here is cheap
(whole-page OpenCV operations, analysis on a small copy) so that the page can then be read
with exactly one Tesseract pass. Each step can be switched off in :class:`PreprocessConfig`
so its effect can be measured (``bench/ocr_tuning.py``).

The analysis (border, noise, orientation, skew, text height, blank) runs on a copy a few
hundred pixels across; the only full-size work is one colour/gray conversion, a background
division, one warp (quarter turn + deskew + rescale together), a smoothing filter when the
noise estimate asks for it, a binarisation and a connected-component pass.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import cv2
import numpy as np

from pipeline.layout import prose_columns
from pipeline.orientation import find_print_lean, remove_rules, upside_down
from pipeline.page_transform import PageTransform, rotation_scale, translation
from pipeline.text import QualityReport


@dataclass(frozen=True)
class PreprocessConfig:
    """Switches and sizes for each step; the defaults are what measured best on the corpus."""

    remove_colour: bool = True
    remove_border: bool = True
    normalise_background: bool = True
    denoise: bool = True
    orient: bool = True
    deskew: bool = True
    rescale: bool = True
    binarise: bool = True
    despeckle: bool = True
    # Median height (px) of character-sized ink blobs Tesseract is given. Blob height is
    # between x-height and cap height; ~22 px puts the cap height near Tesseract's sweet spot.
    target_text_height: float = 22.0
    min_scale: float = 0.5
    max_scale: float = 3.0
    max_skew: float = 15.0
    analysis_side: int = 1200  # long side of the analysis copy, px
    # Noise level (see :func:`estimate_noise`) above which the page is smoothed
    noise_threshold: float = 6.0
    # Fraction of pixels that are isolated impulses above which a median filter runs
    impulse_threshold: float = 0.0015
    min_deskew: float = 0.1  # degrees; smaller angles are left alone
    blank_min_blobs: int = 4
    # Share of the page that must be ink. "Page left blank" in 11 pt is 0.04% of an A4
    # page, so the floor sits below that; speckle is judged by blob count and size.
    blank_min_ink: float = 0.0002
    # Share of a page without text that is black for it to count as a failed, too-dark
    # scan (exposure, a fax threshold above the paper) rather than an empty sheet.
    dark_min_share: float = 0.9


@dataclass
class PreparedPage:
    """What Tesseract reads (``image``), how to map its boxes back, and what was done."""

    image: np.ndarray
    transform: PageTransform
    quality: QualityReport
    steps: list[str] = field(default_factory=list)
    columns: bool = False  # set in columns of prose: let Tesseract find the layout


# --- colour, border, background ------------------------------------------------------------


def to_gray(image: np.ndarray, remove_colour: bool) -> tuple[np.ndarray, np.ndarray | None]:
    """Grayscale, plus a mask of coloured ink (stamps, highlighter, coloured logos).

    The brightest channel of a coloured pixel is bright for any coloured ink (a red stamp
    is bright in red, a blue one in blue, highlighter in red and green) while black print
    stays dark in every channel, so the maximum over channels fades coloured marks and keeps
    the text underneath. The mask lets the caller turn what is left of them into paper
    *after* background normalisation (doing it before would make the stamp the brightest
    "paper" around and darken its surroundings). Returns (gray, mask or None).
    """
    if image.ndim == 2:
        return image, None
    if image.shape[2] == 4:
        image = image[:, :, :3]
    if not remove_colour:
        return cv2.cvtColor(image, cv2.COLOR_BGR2GRAY), None
    b, g, r = cv2.split(image)
    hi = cv2.max(cv2.max(b, g), r)
    lo = cv2.min(cv2.min(b, g), r)
    chroma = cv2.subtract(hi, lo)
    # coloured: chroma above 24 and above 20% of the brightest channel (relative, so a
    # stamp on a dim, low-contrast scan still counts; JPEG noise on black print does not)
    coloured = cv2.bitwise_and(
        cv2.compare(chroma, 24, cv2.CMP_GT),
        cv2.compare(chroma, cv2.multiply(hi, 0.2, dtype=cv2.CV_8U), cv2.CMP_GT),
    )
    if cv2.countNonZero(coloured) < 0.0005 * coloured.size:
        return cv2.cvtColor(image, cv2.COLOR_BGR2GRAY), None
    return hi, coloured


def find_border(gray: np.ndarray) -> tuple[int, int, int, int]:
    """(top, bottom, left, right) widths of dark scanner-lid bands along the edges.

    A row or column belongs to the band while most of it is near-black; print never fills
    a whole row, so the walk stops at the paper.
    """
    dark = (gray < 80).astype(np.float32)
    row_dark = dark.mean(axis=1)
    col_dark = dark.mean(axis=0)

    def walk(fractions: np.ndarray) -> int:
        n = 0
        limit = int(len(fractions) * 0.25)
        while n < limit and fractions[n] > 0.5:
            n += 1
        return n

    top, bottom = walk(row_dark), walk(row_dark[::-1])
    left, right = walk(col_dark), walk(col_dark[::-1])
    return top, bottom, left, right


def normalise_background(gray: np.ndarray, ink_size: int) -> np.ndarray:
    """Divide by the paper's own brightness so shadows and low contrast become white paper.

    The paper level is a grey closing (max filter) wider than any stroke, taken on a
    quarter-size copy and smoothed, so it costs little at full size. A median comes first
    so that grain does not lift the maximum above the paper (which would grey the page).
    Otsu is indifferent to a contrast stretch, so none is done.
    """
    h, w = gray.shape
    factor = 4
    small = cv2.resize(
        gray, (max(w // factor, 1), max(h // factor, 1)), interpolation=cv2.INTER_AREA
    )
    small = cv2.medianBlur(small, 5)
    k = max(3, int(ink_size / factor) * 2 + 1)
    paper = cv2.dilate(small, cv2.getStructuringElement(cv2.MORPH_RECT, (k, k)))
    paper = cv2.blur(paper, (k, k))
    paper = cv2.resize(paper, (w, h), interpolation=cv2.INTER_LINEAR)
    return cv2.divide(gray, np.maximum(paper, 1), scale=255.0)


def estimate_noise(gray: np.ndarray) -> tuple[float, float]:
    """(gaussian sigma estimate, fraction of impulse pixels) on a background-normalised page.

    Sigma is Immerkaer's fast estimate restricted to smooth areas (paper), so text edges do
    not read as noise. Impulses are pixels far from the median of their 3x3 neighbours.
    """
    g = gray.astype(np.float32)
    kernel = np.array([[1, -2, 1], [-2, 4, -2], [1, -2, 1]], dtype=np.float32)
    lap = np.abs(cv2.filter2D(g, -1, kernel))
    med = cv2.medianBlur(gray, 3)
    impulses = float((cv2.absdiff(gray, med) > 100).mean())
    smooth = cv2.blur(med, (5, 5)) > 200  # paper after impulses are gone
    if smooth.sum() < 100:
        smooth = np.ones_like(smooth)
    sigma = float(np.sqrt(np.pi / 2.0) / 6.0 * np.median(lap[smooth]) * 1.4826)
    return sigma, impulses


def otsu(gray: np.ndarray) -> np.ndarray:
    """Ink mask (255 = ink): Otsu's threshold, but never inside the paper's own noise.

    On a page with little or no ink the histogram has one mode (noisy paper) and Otsu
    splits it down the middle, turning grain into a page of black dots. Paper is most of
    any page, so its level and spread come from the median and the median absolute
    deviation; the threshold stays four spreads below the paper.
    """
    t, _ = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    sample = gray[:: max(gray.shape[0] // 500, 1), :: max(gray.shape[1] // 500, 1)]
    paper = float(np.median(sample))
    spread = 1.4826 * float(np.median(np.abs(sample.astype(np.float32) - paper)))
    t = min(t, paper - max(4.0 * spread, 20.0))
    _, ink = cv2.threshold(gray, t, 255, cv2.THRESH_BINARY_INV)
    return ink


def blob_stats(ink: np.ndarray) -> tuple[np.ndarray, float | None]:
    """Connected-component stats and the median height of character-sized blobs."""
    _, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    stats = stats[1:]
    h = stats[:, cv2.CC_STAT_HEIGHT]
    w = stats[:, cv2.CC_STAT_WIDTH]
    area = stats[:, cv2.CC_STAT_AREA]
    page_h = ink.shape[0]
    chars = (h >= 4) & (h <= page_h * 0.06) & (w <= h * 4) & (area >= 8)
    if chars.sum() < 3:
        return stats, None
    return stats, float(np.median(h[chars]))


def despeckle(ink: np.ndarray, max_area: int) -> np.ndarray:
    """Drop ink pixels that have fewer than ``max_area`` ink pixels around them.

    A full stop or the dot of an i is as small as dust, but it sits next to letters; dust
    sits on empty paper. Counting ink in a window a few speck-widths wide (a box filter,
    so the cost does not depend on how much dust there is) tells the two apart.
    """
    if max_area < 1:
        return ink
    reach = max(5, int(np.sqrt(max_area) * 5)) | 1
    count = cv2.boxFilter((ink > 0).astype(np.uint8), cv2.CV_16U, (reach, reach), normalize=False)
    lonely = cv2.compare(count, max_area, cv2.CMP_LE)
    return cv2.subtract(ink, lonely)


# --- the page --------------------------------------------------------------------------------


def _shrink(image: np.ndarray, side: int) -> tuple[np.ndarray, float]:
    h, w = image.shape[:2]
    factor = min(1.0, side / max(h, w))
    if factor >= 1.0:
        return image, 1.0
    return (
        cv2.resize(
            image, (max(int(w * factor), 1), max(int(h * factor), 1)), interpolation=cv2.INTER_AREA
        ),
        factor,
    )


def preprocess(
    image: np.ndarray, dpi: float, config: PreprocessConfig | None = None
) -> PreparedPage:
    """Clean, turn upright, straighten and rescale one page for a single Tesseract pass."""
    cfg = config or PreprocessConfig()
    started = time.perf_counter()
    steps: list[str] = []
    orig_h, orig_w = image.shape[:2]
    transform = PageTransform.identity(orig_w, orig_h)
    quality = QualityReport(dpi=float(dpi) if dpi else None)

    gray, coloured = to_gray(image, cfg.remove_colour)
    sample = gray[::4, ::4]
    quality.contrast = float(np.percentile(sample, 95) - np.percentile(sample, 5)) / 255.0
    # judged before background normalisation, which would lift a black page to white
    dark_share = float((sample < 128).mean())

    if cfg.remove_border:
        small, factor = _shrink(gray, cfg.analysis_side)
        top, bottom, left, right = (round(v / factor) for v in find_border(small))
        if top or bottom or left or right:
            pad = max(2, round(2 / factor))
            top, left = (top + pad if top else 0), (left + pad if left else 0)
            bottom, right = (bottom + pad if bottom else 0), (right + pad if right else 0)
            if orig_h - top - bottom > orig_h // 4 and orig_w - left - right > orig_w // 4:
                gray = gray[top : orig_h - bottom, left : orig_w - right]
                if coloured is not None:
                    coloured = coloured[top : orig_h - bottom, left : orig_w - right]
                transform = transform.then_forward(translation(-left, -top))
                quality.border_removed = True
                steps.append("border")

    # A first look at ink size decides the background window and the analysis scale.
    small, factor = _shrink(gray, cfg.analysis_side)
    _, rough_height = blob_stats(otsu(small))
    ink_size = (rough_height or 20.0) / factor
    if cfg.normalise_background:
        gray = normalise_background(gray, int(max(ink_size * 2.5, 15)))
        steps.append("background")
    if coloured is not None:
        gray = cv2.max(gray, coloured)
        steps.append("colour")

    small, factor = _shrink(gray, cfg.analysis_side)
    sigma, impulses = estimate_noise(small)
    quality.noise = round(sigma + impulses * 1000.0, 3)
    clean_small = small
    if cfg.denoise and impulses > cfg.impulse_threshold:
        clean_small = cv2.medianBlur(clean_small, 3)
    if cfg.denoise and sigma > cfg.noise_threshold:
        clean_small = cv2.GaussianBlur(clean_small, (0, 0), 1.0)
    ink_small = otsu(clean_small)
    stats, text_height_small = blob_stats(ink_small)
    chars = 0
    if text_height_small is not None:
        hh = stats[:, cv2.CC_STAT_HEIGHT]
        chars = int(((hh >= 0.5 * text_height_small) & (hh <= 2.5 * text_height_small)).sum())
    too_little_ink = ink_small.mean() < cfg.blank_min_ink * 255
    if text_height_small is None or chars < cfg.blank_min_blobs or too_little_ink:
        quality.blank = True
        quality.dark = dark_share >= cfg.dark_min_share
        steps.append("blank")
        quality.steps = steps
        quality.seconds = time.perf_counter() - started
        return PreparedPage(image=gray, transform=transform, quality=quality, steps=steps)
    quality.text_height = round(text_height_small / factor, 2)

    quarter_turns = 0
    angle = 0.0
    columns = False
    if cfg.orient or cfg.deskew:
        rules = remove_rules(ink_small, int(text_height_small * 8))
        lean = find_print_lean(
            rules, text_height_small, max_angle=cfg.max_skew if cfg.deskew else 0.0
        )
        if cfg.orient and lean.vertical:
            quarter_turns = 1
        if cfg.deskew and abs(lean.angle) >= cfg.min_deskew:
            angle = float(lean.angle)
        fwd, size = rotation_scale(rules.shape[1], rules.shape[0], quarter_turns, angle, 1.0)
        upright = cv2.warpAffine(rules, fwd, size, flags=cv2.INTER_NEAREST, borderValue=0)
        if cfg.orient:
            if upside_down(upright):
                quarter_turns += 2
            steps.append("orient")
        if prose_columns(upright, text_height_small):
            columns = True
            steps.append("columns")

    scale = 1.0
    if cfg.rescale:
        scale = float(
            np.clip(cfg.target_text_height / quality.text_height, cfg.min_scale, cfg.max_scale)
        )
        if abs(scale - 1.0) < 0.15:
            scale = 1.0

    h, w = gray.shape
    if quarter_turns % 4 or angle or scale != 1.0:
        fwd, size = rotation_scale(w, h, quarter_turns, angle, scale)
        if not angle and scale == 1.0:
            gray = np.ascontiguousarray(np.rot90(gray, k=-(quarter_turns % 4)))
        else:
            interp = (
                cv2.INTER_CUBIC
                if scale > 1.0
                else cv2.INTER_AREA
                if scale < 0.7
                else cv2.INTER_LINEAR
            )
            if interp == cv2.INTER_AREA:
                # warpAffine has no area filter: smooth first so thin strokes are not dropped
                gray = cv2.GaussianBlur(gray, (0, 0), 0.5 / scale)
                interp = cv2.INTER_LINEAR
            gray = cv2.warpAffine(gray, fwd, size, flags=interp, borderValue=255)
        transform = transform.then_forward(fwd)
    quality.rotation = (quarter_turns % 4) * 90
    quality.skew_angle = round(float(angle), 2)
    quality.scale = round(scale, 4)
    if angle:
        steps.append("deskew")
    if scale != 1.0:
        steps.append("rescale")

    # Final resolution: text is ~target height, so fixed small kernels suit every page.
    if cfg.denoise and impulses > cfg.impulse_threshold:
        gray = cv2.medianBlur(gray, 3 if scale < 1.5 else 5)
        steps.append("median")
    if cfg.denoise and sigma > cfg.noise_threshold:
        gray = cv2.GaussianBlur(gray, (0, 0), 1.0)
        steps.append("smooth")

    out = gray
    if cfg.binarise:
        ink = otsu(gray)
        steps.append("binarise")
        if cfg.despeckle:
            ink = despeckle(ink, int((cfg.target_text_height * 0.12) ** 2))
            steps.append("despeckle")
        out = cv2.bitwise_not(ink)

    quality.steps = steps
    quality.seconds = round(time.perf_counter() - started, 4)
    return PreparedPage(
        image=out, transform=transform, quality=quality, steps=steps, columns=columns
    )
