"""PDF pages through poppler, one page at a time, at a resolution the page can afford.

A PDF's page count and page sizes come from ``pdfinfo`` (cheap: nothing is drawn), so a
password, a broken cross-reference table, a 10,000-page file or a page the size of a
wall is refused before anything is rasterised. Pages are rendered one by one with
``pdftoppm`` into a temporary file that OpenCV reads straight into a numpy array, so
the only copy of a page in this process is the array handed on.
"""

from __future__ import annotations

import math
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
from pdf2image import convert_from_path, pdfinfo_from_path
from pdf2image.exceptions import (
    PDFInfoNotInstalledError,
    PDFPageCountError,
    PDFPopplerTimeoutError,
    PopplerNotInstalledError,
)

from pipeline.errors import (
    CorruptInputError,
    EmptyInputError,
    EncryptedInputError,
    MissingDependencyError,
    TooLargeInputError,
    TransientError,
    TruncatedInputError,
)
from pipeline.pixels import is_neutral

MIN_USEFUL_DPI = 72.0  # below this, ordinary print is too small for OCR to be worth trying
POINTS_PER_INCH = 72.0
_EOF_WINDOW = 1024  # readers accept %%EOF anywhere in the last KiB (junk may follow it)
_PAGE_SIZE = re.compile(r"^Page\s+(\d+)\s+size$")
_PAST_END = re.compile(r"can not be after the last page \((\d+)\)")
_SIZE_VALUE = re.compile(r"([\d.]+)\s*x\s*([\d.]+)\s*pts")


class RenderTimeoutError(TransientError):
    """Poppler took longer than the limit for one page: a busy machine may do better later."""

    reason = "render_timeout"


@dataclass(frozen=True)
class PdfLayout:
    """What pdfinfo says about a PDF: how many pages and each page's size in points."""

    page_count: int
    sizes: dict[int, tuple[float, float]]  # 1-based page number -> (width, height) pts


@dataclass(frozen=True)
class RenderPlan:
    """How one page will be drawn: the resolution, and colour or grayscale."""

    dpi: float
    grayscale: bool
    pixels: int


def has_eof_marker(path: Path) -> bool:
    """Whether the file ends with ``%%EOF``: a PDF cut off in transit has lost it."""
    size = path.stat().st_size
    with path.open("rb") as handle:
        handle.seek(max(0, size - _EOF_WINDOW))
        return b"%%EOF" in handle.read()


def read_layout(path: Path, timeout: float, first: int = 1, last: int | None = None) -> PdfLayout:
    """Page count and sizes of pages ``first..last`` (default all) from pdfinfo."""
    try:
        info = pdfinfo_from_path(
            str(path), timeout=math.ceil(timeout), first_page=first, last_page=last or 1_000_000
        )
    except PDFPopplerTimeoutError as error:
        raise RenderTimeoutError(
            f"Reading the PDF's page list took longer than {timeout:.0f} s. The machine may "
            "be busy; it will be retried. If it keeps failing, the PDF is probably damaged: "
            "re-save or re-scan it."
        ) from error
    except (PDFInfoNotInstalledError, PopplerNotInstalledError) as error:
        raise _poppler_missing() from error
    except PDFPageCountError as error:
        past_end = _PAST_END.search(str(error))
        if past_end and int(past_end.group(1)) > 0:  # asked for a page after the last one
            return PdfLayout(page_count=int(past_end.group(1)), sizes={})
        raise _unreadable(path, str(error)) from error
    pages = info.get("Pages")
    if not isinstance(pages, int):
        raise _unreadable(path, "")
    if pages <= 0:
        raise EmptyInputError(
            "The PDF has no pages. Export or scan the document again and drop it in the inbox."
        )
    return PdfLayout(page_count=pages, sizes=_page_sizes(info))


def _page_sizes(info: dict[str, object]) -> dict[int, tuple[float, float]]:
    sizes: dict[int, tuple[float, float]] = {}
    for key, value in info.items():
        key_match = _PAGE_SIZE.match(key)
        value_match = _SIZE_VALUE.search(str(value))
        if key_match and value_match:
            sizes[int(key_match.group(1))] = (
                float(value_match.group(1)),
                float(value_match.group(2)),
            )
        elif key == "Page size" and value_match:  # pdfinfo without -f/-l: first page only
            sizes.setdefault(1, (float(value_match.group(1)), float(value_match.group(2))))
    return sizes


def _unreadable(path: Path, poppler_says: str) -> Exception:
    """The typed error for a PDF poppler cannot open, judged from what it printed."""
    said = poppler_says.lower()
    if "incorrect password" in said or "encrypt" in said:
        return EncryptedInputError(
            "The PDF is password-protected, so it cannot be read. Remove the password "
            "(open it with the password and save or print an unprotected copy) and drop "
            "it in the inbox again."
        )
    if "invalid page count 0" in said or "last page (0)" in said:
        return EmptyInputError(
            "The PDF has no pages. Export or scan the document again and drop it in the inbox."
        )
    if not has_eof_marker(path):
        return TruncatedInputError(
            "The PDF is incomplete: it stops part-way through, usually because it was cut "
            "off while being copied, downloaded or scanned. Copy or export it again and drop "
            "it in the inbox."
        )
    return CorruptInputError(
        "The PDF is damaged and cannot be opened (its internal structure is broken). Open "
        "it in a PDF viewer and save or print a fresh copy, or re-scan the paper original."
    )


def _poppler_missing() -> MissingDependencyError:
    return MissingDependencyError(
        "Poppler (pdfinfo/pdftoppm) is not installed or not on PATH, so PDFs cannot be read. "
        "Install poppler-utils and retry."
    )


def pixels_at(size_pt: tuple[float, float], dpi: float) -> int:
    """Pixels of a page of ``size_pt`` points rendered at ``dpi`` (as pdftoppm rounds)."""
    width = math.ceil(size_pt[0] * dpi / POINTS_PER_INCH)
    height = math.ceil(size_pt[1] * dpi / POINTS_PER_INCH)
    return width * height


def plan_render(
    size_pt: tuple[float, float],
    *,
    render_dpi: float,
    max_pixels: int,
    max_render_pixels: int,
    max_colour_pixels: int,
    page_number: int,
) -> RenderPlan:
    """The resolution one page is drawn at, lowered for oversized pages.

    An ordinary page is drawn at ``render_dpi``. A page so large that this would exceed
    the render budget is drawn at the resolution that fits it, but never below
    :data:`MIN_USEFUL_DPI`; only a page that breaks the hard ``max_pixels`` limit even
    there is refused. Large renders are grayscale, a third of the memory of colour.
    """
    width_pt, height_pt = size_pt
    if width_pt <= 0 or height_pt <= 0:
        raise CorruptInputError(
            f"Page {page_number} of the PDF has no size (a broken page box). Open the PDF in a "
            "viewer and save or print a fresh copy."
        )
    budget = min(max_pixels, max_render_pixels)
    dpi = float(render_dpi)
    if pixels_at(size_pt, dpi) > budget:
        area_sq_in = (width_pt / POINTS_PER_INCH) * (height_pt / POINTS_PER_INCH)
        dpi = max(MIN_USEFUL_DPI, math.floor(math.sqrt(budget / area_sq_in)))
        while dpi > MIN_USEFUL_DPI and pixels_at(size_pt, dpi) > budget:
            dpi -= 1  # ceil() rounding can leave the estimate a few pixels over
    pixels = pixels_at(size_pt, dpi)
    if pixels > max_pixels:
        raise TooLargeInputError(
            f"Page {page_number} of the PDF is too large to read safely "
            f"({width_pt / POINTS_PER_INCH:.0f} x {height_pt / POINTS_PER_INCH:.0f} inches: "
            f"{pixels / 1e6:.0f} million pixels even at {MIN_USEFUL_DPI:.0f} dpi, the limit is "
            f"{max_pixels / 1e6:.0f} million). Re-scan or export it at a normal paper size."
        )
    return RenderPlan(dpi=dpi, grayscale=pixels > max_colour_pixels, pixels=pixels)


def render_page(path: Path, page_number: int, plan: RenderPlan, timeout: float) -> np.ndarray:
    """Page ``page_number`` (1-based) as uint8 gray (H, W) or BGR (H, W, 3)."""
    with tempfile.TemporaryDirectory(prefix="caseclerk-render-") as folder:
        try:
            paths = convert_from_path(
                str(path),
                dpi=plan.dpi,
                first_page=page_number,
                last_page=page_number,
                output_folder=folder,
                output_file="page",
                single_file=True,
                paths_only=True,
                grayscale=plan.grayscale,
                fmt="ppm",
                timeout=math.ceil(timeout),
            )
        except PDFPopplerTimeoutError as error:
            raise RenderTimeoutError(
                f"Drawing page {page_number} of the PDF took longer than {timeout:.0f} s. The "
                "machine may be busy; it will be retried. If it keeps failing, the page is "
                "probably too complex: print it to a new PDF or re-scan it."
            ) from error
        except (PDFInfoNotInstalledError, PopplerNotInstalledError) as error:
            raise _poppler_missing() from error
        except PDFPageCountError as error:
            raise _unreadable(path, str(error)) from error
        image = _read_rendered(paths)
    if image is None:
        raise CorruptInputError(
            f"Page {page_number} of the PDF could not be drawn: the page is damaged. Open "
            "the PDF in a viewer and save or print a fresh copy, or re-scan the paper original."
        )
    return image


def _read_rendered(paths: list[str] | list[object]) -> np.ndarray | None:
    """The one rendered page file as an array, or None when poppler produced nothing."""
    if len(paths) != 1 or not isinstance(paths[0], str):
        return None
    flag = cv2.IMREAD_UNCHANGED  # PGM stays gray; PPM comes back BGR, as LoadedPage wants
    image = cv2.imread(paths[0], flag)
    if image is None or image.size == 0:
        return None
    if image.dtype != np.uint8:
        image = cv2.convertScaleAbs(image, alpha=255.0 / 65535.0)
    if image.ndim == 3 and is_neutral(image):
        return image[..., 0].copy()  # black-and-white content drawn in colour
    return image
