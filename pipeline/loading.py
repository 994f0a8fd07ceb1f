"""Load a scan as pages: sniff what it is, refuse what cannot be read, yield one page at a time.

This is the first stage a file meets, so it is where hostile and broken input has to
stop: every way a file can be unreadable ends here as one typed error from
:mod:`pipeline.errors` with a message an operator can act on, never as a crash, a hang
or a process eating all memory. ``inspect`` decides cheaply (headers, ``pdfinfo``) and
before any page is rasterised; ``iter_pages`` and ``load_page`` then rasterise one page
at a time, so a 200-page PDF never sits in memory whole.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PIL import Image

from pipeline import sniff
from pipeline.errors import EmptyInputError, TooLargeInputError, TruncatedInputError
from pipeline.pages import LoadedPage
from pipeline.pdf_source import (
    MIN_USEFUL_DPI,
    PdfLayout,
    RenderPlan,
    has_eof_marker,
    plan_render,
    read_layout,
    render_page,
)
from pipeline.raster_source import (
    check_structure,
    count_frames,
    decode_frame,
    open_image,
    seek,
    too_large,
)

log = logging.getLogger(__name__)

__all__ = ["DocumentInfo", "LoadLimits", "inspect", "iter_pages", "load_page"]


class _LimitSettings(Protocol):
    max_file_bytes: int
    max_pages: int
    max_pixels_per_page: int
    render_dpi: int
    ocr_timeout_seconds: float


@dataclass(frozen=True)
class LoadLimits:
    """How much one document may cost to load.

    ``max_pixels_per_page`` is the hard limit (beyond it a page is a decompression bomb
    and is refused). ``max_render_pixels`` is the softer budget a PDF page is drawn
    within: an oversized page is drawn at a lower dpi (not below 72) rather than refused.
    ``max_colour_pixels``: PDF pages larger than this are drawn in grayscale.
    """

    max_file_bytes: int = 512 * 1024 * 1024
    max_pages: int = 500
    max_pixels_per_page: int = 180_000_000
    render_dpi: float = 300.0
    render_timeout_seconds: float = 120.0
    max_render_pixels: int = 40_000_000  # ~A2 at 300 dpi; A4 at 300 dpi is 8.7 million
    max_colour_pixels: int = 24_000_000  # ~A3 at 300 dpi in colour is 52 MB

    @classmethod
    def from_settings(cls, settings: _LimitSettings) -> LoadLimits:
        """Limits from :class:`pipeline.settings.Settings`; one page may render as long as OCR."""
        return cls(
            max_file_bytes=settings.max_file_bytes,
            max_pages=settings.max_pages,
            max_pixels_per_page=settings.max_pixels_per_page,
            render_dpi=float(settings.render_dpi),
            render_timeout_seconds=float(settings.ocr_timeout_seconds),
        )


@dataclass(frozen=True)
class DocumentInfo:
    """What a file is, found without rasterising it."""

    media_type: str  # application/pdf, image/tiff, image/png or image/jpeg
    page_count: int
    size_bytes: int


def inspect(path: Path, limits: LoadLimits) -> DocumentInfo:
    """Validate ``path`` cheaply and say what it is; raises a typed error when unreadable.

    Everything that can be judged without drawing pages is judged here (type, size, page
    count, each page's pixel count, truncation, passwords) so a bad file fails in a
    second rather than after ten pages of OCR.
    """
    size_bytes, media_type = _sniff_file(path, limits)
    if media_type == sniff.PDF:
        layout = read_layout(path, limits.render_timeout_seconds)
        _check_page_count(layout.page_count, limits, "PDF")
        if not has_eof_marker(path):
            raise TruncatedInputError(
                "The PDF is incomplete: it stops part-way through, usually because it was cut "
                "off while being copied, downloaded or scanned. Copy or export it again and "
                "drop it in the inbox."
            )
        for number in range(1, layout.page_count + 1):
            if number in layout.sizes:
                _plan(layout, number, limits)
        page_count = layout.page_count
    else:
        with open_image(path, media_type, limits.max_pixels_per_page) as image:
            _check_page_count(count_frames(image), limits, "TIFF")
            page_count = check_structure(path, image, media_type, limits.max_pixels_per_page)
    log.debug("inspected %s: %s, %d pages, %d bytes", path.name, media_type, page_count, size_bytes)
    return DocumentInfo(media_type=media_type, page_count=page_count, size_bytes=size_bytes)


def iter_pages(
    path: Path, limits: LoadLimits, info: DocumentInfo | None = None
) -> Iterator[LoadedPage]:
    """Pages in order, each rasterised only when asked for (the caller drops it after use).

    ``info`` from an earlier :func:`inspect` saves validating the file twice.
    """
    if info is None:
        info = inspect(path, limits)
    if info.media_type == sniff.PDF:
        layout = read_layout(path, limits.render_timeout_seconds)
        for number in range(1, min(info.page_count, layout.page_count) + 1):
            yield _render(path, layout, number, limits)
        return
    with open_image(path, info.media_type, limits.max_pixels_per_page) as image:
        for index in range(info.page_count):
            yield _decode(image, index, info.media_type, limits)


def load_page(path: Path, index: int, limits: LoadLimits) -> LoadedPage:
    """Page ``index`` (0-based) alone, for work split by page; IndexError past the last page."""
    if index < 0:
        raise IndexError(index)
    _, media_type = _sniff_file(path, limits)
    if media_type == sniff.PDF:
        number = index + 1
        layout = read_layout(path, limits.render_timeout_seconds, first=number, last=number)
        if number > layout.page_count:
            raise IndexError(index)
        return _render(path, layout, number, limits)
    with open_image(path, media_type, limits.max_pixels_per_page) as image:
        if index >= count_frames(image):
            raise IndexError(index)
        return _decode(image, index, media_type, limits)


def _sniff_file(path: Path, limits: LoadLimits) -> tuple[int, str]:
    size_bytes = path.stat().st_size
    if size_bytes == 0:
        raise EmptyInputError(
            "The file is empty (0 bytes): it was probably still being copied or the scan "
            "failed. Scan or export it again and drop it in the inbox."
        )
    if size_bytes > limits.max_file_bytes:
        raise TooLargeInputError(
            f"The file is too large ({size_bytes / 2**20:.0f} MB; the limit is "
            f"{limits.max_file_bytes / 2**20:.0f} MB). Split it into smaller documents or "
            "scan it at 300 dpi, then drop the parts in the inbox."
        )
    with path.open("rb") as handle:
        head = handle.read(sniff.HEAD_BYTES)
    return size_bytes, sniff.sniff(head)


def _check_page_count(pages: int, limits: LoadLimits, kind: str) -> None:
    if pages > limits.max_pages:
        raise TooLargeInputError(
            f"The {kind} has {pages} pages; the limit is {limits.max_pages}. Split it into "
            "separate documents (one order or letter each) and drop them in the inbox."
        )


def _plan(layout: PdfLayout, number: int, limits: LoadLimits) -> RenderPlan:
    return plan_render(
        layout.sizes[number],
        render_dpi=limits.render_dpi,
        max_pixels=limits.max_pixels_per_page,
        max_render_pixels=limits.max_render_pixels,
        max_colour_pixels=limits.max_colour_pixels,
        page_number=number,
    )


def _render(path: Path, layout: PdfLayout, number: int, limits: LoadLimits) -> LoadedPage:
    if number not in layout.sizes:
        # pdfinfo printed no size for this page (a broken page tree it could still count):
        # assume A4 so the page is drawn at a safe resolution and judged by what comes out.
        layout = PdfLayout(layout.page_count, {**layout.sizes, number: (595.0, 842.0)})
    plan = _plan(layout, number, limits)
    image = render_page(path, number, plan, limits.render_timeout_seconds)
    height, width = image.shape[:2]
    if width * height > limits.max_pixels_per_page:  # the page box lied about the size
        raise TooLargeInputError(
            f"Page {number} of the PDF drew larger than the limit of "
            f"{limits.max_pixels_per_page / 1e6:.0f} million pixels. Print it to a new PDF at "
            "a normal paper size and drop it in the inbox."
        )
    log.debug("page %d rendered at %.0f dpi (%dx%d)", number, plan.dpi, width, height)
    return LoadedPage(index=number - 1, image=image, dpi=max(plan.dpi, MIN_USEFUL_DPI))


def _decode(image: Image.Image, index: int, media_type: str, limits: LoadLimits) -> LoadedPage:
    seek(image, index)
    if image.size[0] * image.size[1] > limits.max_pixels_per_page:
        raise too_large(media_type.split("/")[-1].upper(), image.size, limits.max_pixels_per_page)
    array, dpi, estimated = decode_frame(image, index, media_type)
    log.debug("page %d decoded (%dx%d, %.0f dpi)", index + 1, array.shape[1], array.shape[0], dpi)
    return LoadedPage(index=index, image=array, dpi=dpi, dpi_estimated=estimated)
