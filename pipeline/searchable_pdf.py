"""A searchable PDF: each page's scan with the OCR words laid invisibly over it.

A case worker searching a case folder, or a PDF viewer's find box, should land on the
word in the scan. So every word is drawn in text render mode 3 (invisible) at its box,
horizontally scaled to the box's width, over the page image drawn at its physical size.
Pages are streamed: one page's pixels are in memory at a time, and reportlab keeps only
the compressed JPEG of the pages already drawn.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterable
from pathlib import Path
from typing import IO

import numpy as np
from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from pipeline.atomic import write_stream_atomic
from pipeline.pages import LoadedPage
from pipeline.text import PageText, Word

log = logging.getLogger(__name__)

FONT = "Helvetica"
JPEG_QUALITY = 70
DEFAULT_DPI = 300.0
# The fraction of a word box below the baseline (descenders) for a Helvetica-like font.
_DESCENT = 0.2


def _jpeg(image: np.ndarray) -> ImageReader:
    """The page image as an in-memory JPEG (grayscale stays one channel: a third the size)."""
    if image.ndim == 3:
        pil = Image.fromarray(np.ascontiguousarray(image[:, :, 2::-1]))  # BGR -> RGB
    else:
        pil = Image.fromarray(image)
    buffer = io.BytesIO()
    pil.save(buffer, format="JPEG", quality=JPEG_QUALITY, optimize=True)
    buffer.seek(0)
    return ImageReader(buffer)


def _pdf_text(text: str) -> str:
    """What the standard font can encode; anything else becomes '?' rather than an error."""
    return text.encode("cp1252", "replace").decode("cp1252")


def draw_page(canvas: Canvas, page: LoadedPage, text: PageText) -> None:
    """Draw one page: image at its physical size, then each word invisibly at its box."""
    width_px, height_px = page.size
    dpi = page.dpi if page.dpi and page.dpi > 0 else DEFAULT_DPI
    points = 72.0 / dpi
    page_w, page_h = width_px * points, height_px * points
    canvas.setPageSize((page_w, page_h))
    canvas.drawImage(_jpeg(page.image), 0, 0, width=page_w, height=page_h)

    # Boxes are in the OCR's pixel space; the PDF's image may have been rendered at another
    # resolution, so scale by the size ratio.
    sx = width_px / text.width if text.width else 1.0
    sy = height_px / text.height if text.height else 1.0
    layer = canvas.beginText()
    layer.setTextRenderMode(3)
    for line in _lines(text.words):
        _draw_line(layer, line, sx * points, sy * points, page_h)
    canvas.drawText(layer)
    canvas.showPage()


def _draw_line(layer: PDFTextObject, line: list[Word], kx: float, ky: float, page_h: float) -> None:
    """Lay one OCR line's words, each horizontal on its own box, in one size per line.

    Text is not rotated to follow a skewed scan: pdftotext (and viewers' search) break
    slanted text into fragments, while horizontal words stepping along the slant stay
    whole words and still highlight in place. One size per line (the median word height)
    keeps a capital-only word from getting a bigger font than its neighbours.
    ``kx``/``ky`` turn OCR pixels into points.
    """
    heights = sorted(w.box.height * ky for w in line)
    size = max(heights[len(heights) // 2], 1.0)
    for word in line:
        label = _pdf_text(word.text.strip())
        natural = stringWidth(label, FONT, size) if label else 0.0
        if natural <= 0 or word.box.width <= 0:
            continue
        bottom = page_h - word.box.bottom * ky
        layer.setFont(FONT, size)
        layer.setHorizScale(100.0 * word.box.width * kx / natural)
        layer.setTextOrigin(word.box.left * kx, bottom + _DESCENT * size)
        layer.textOut(label)


def _lines(words: Iterable[Word]) -> Iterable[list[Word]]:
    """Consecutive words sharing (block, line): OCR's lines, in reading order."""
    line: list[Word] = []
    for word in words:
        if line and (word.block, word.line) != (line[-1].block, line[-1].line):
            yield line
            line = []
        line.append(word)
    if line:
        yield line


def write_searchable_pdf(pages: Iterable[tuple[LoadedPage, PageText]], out: Path) -> int:
    """Write the pages to ``out`` atomically (0600); returns the number of pages written.

    Nothing is written when ``pages`` is empty.
    """
    iterator = iter(pages)
    first = next(iterator, None)
    if first is None:
        return 0
    count = 0

    def fill(handle: IO[bytes]) -> None:
        nonlocal count
        canvas = Canvas(handle, invariant=1, pageCompression=1)
        canvas.setCreator("caseclerk")
        for page, text in _chain(first, iterator):
            draw_page(canvas, page, text)
            count += 1
        canvas.save()

    write_stream_atomic(Path(out), fill)
    return count


def _chain(
    first: tuple[LoadedPage, PageText], rest: Iterable[tuple[LoadedPage, PageText]]
) -> Iterable[tuple[LoadedPage, PageText]]:
    yield first
    yield from rest
