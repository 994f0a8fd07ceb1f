"""Resolution of a scan whose file does not say (or says nonsense), from its pixel size.

Preprocessing rescales to Tesseract's preferred text height from the dpi, so a wrong
dpi is a wrong rescale. Many images carry none, or a software default (72 or 96) that
would make an A4 scan four feet tall; the documents caseclerk reads are A4 or Letter
pages, so the pixel size says the resolution well enough.
"""

from __future__ import annotations

import math

# (short side, long side) in inches
PAPER = {"A4": (8.27, 11.69), "Letter": (8.5, 11.0)}
COMMON_DPI = (72, 96, 100, 120, 150, 200, 240, 300, 400, 600, 1200)
MIN_PAGE_INCHES = 2.0  # a stated dpi making the page smaller than this is not believed
MAX_PAGE_INCHES = 24.0  # ... nor one making it larger than A2
MIN_DPI, MAX_DPI = 50.0, 4800.0


def snap_dpi(dpi: float, tolerance: float = 0.01) -> float:
    """The common scanner resolution within ``tolerance`` of ``dpi``, else ``dpi`` to 0.1.

    Stated resolutions only need rounding noise removed (PNG stores dots per metre), so
    the default is tight: a 204 dpi fax must stay 204. Estimates snap more loosely.
    """
    for common in COMMON_DPI:
        if abs(dpi - common) <= tolerance * common:
            return float(common)
    return round(dpi, 1)


def estimate_dpi(size: tuple[int, int]) -> float:
    """The dpi at which an image of ``size`` (w, h) pixels would be an A4 or Letter page.

    The paper whose proportions are closer is assumed; area is used rather than one side
    so a slightly cropped scan is still close.
    """
    width, height = size
    short, long_ = sorted((max(width, 1), max(height, 1)))
    aspect = long_ / short
    paper = min(PAPER.values(), key=lambda p: abs(p[1] / p[0] - aspect))
    dpi = math.sqrt((short * long_) / (paper[0] * paper[1]))
    return snap_dpi(max(dpi, 1.0), tolerance=0.03)


def plausible_dpi(dpi: tuple[float, float], size: tuple[int, int]) -> bool:
    """Whether a dpi read from a file describes a believable page for ``size`` pixels."""
    x_dpi, y_dpi = dpi
    if not (MIN_DPI <= x_dpi <= MAX_DPI and MIN_DPI <= y_dpi <= MAX_DPI):
        return False
    width_in, height_in = size[0] / x_dpi, size[1] / y_dpi
    return MIN_PAGE_INCHES <= max(width_in, height_in) <= MAX_PAGE_INCHES
