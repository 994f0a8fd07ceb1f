"""Lay documents out on A4 pages and draw them with PIL, recording exactly what was drawn.

A document is a flat list of blocks (paragraphs, fixed lines, label/value pairs, ruled
tables). Layout and drawing happen in one pass so the truth text cannot drift from the
pixels: every string handed to ``ImageDraw.text`` is also appended to the page's lines,
in the order a reader (and Tesseract) takes them, top to bottom in a single column.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Literal

import numpy as np
from PIL import Image, ImageDraw, ImageFont

FONT_DIR = Path("/usr/share/fonts/truetype")
FONT_FAMILIES: dict[str, tuple[str, str]] = {
    "dejavu-sans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    "dejavu-serif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf"),
    "dejavu-mono": ("dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf"),
    "liberation-serif": (
        "liberation/LiberationSerif-Regular.ttf",
        "liberation/LiberationSerif-Bold.ttf",
    ),
    "liberation-sans": (
        "liberation/LiberationSans-Regular.ttf",
        "liberation/LiberationSans-Bold.ttf",
    ),
    "liberation-mono": (
        "liberation/LiberationMono-Regular.ttf",
        "liberation/LiberationMono-Bold.ttf",
    ),
}
PROPORTIONAL_FONTS = ("dejavu-sans", "dejavu-serif", "liberation-serif", "liberation-sans")
MONO_FONTS = ("dejavu-mono", "liberation-mono")
A4_INCHES = (8.27, 11.69)

Align = Literal["left", "center", "right"]


@dataclass
class Para:
    """Running text, wrapped to the text width."""

    text: str
    align: Align = "left"
    bold: bool = False
    scale: float = 1.0
    indent: float = 0.0  # inches
    before: float = 0.6  # blank space above, in line heights


@dataclass
class Pair:
    """A label on the left and a value on the same line at a tab stop or the right edge."""

    left: str
    right: str
    tab: float | None = None  # inches from the left margin; None = right aligned
    bold_left: bool = False
    before: float = 0.0


@dataclass
class Table:
    """Short cells in fixed columns, optionally with ruled lines; read row by row."""

    rows: list[list[str]]
    widths: list[float]  # fractions of the text width
    ruled: bool = True
    header: bool = True
    before: float = 0.6


@dataclass
class Rule:
    """A horizontal line (no text)."""

    before: float = 0.3
    thickness: float = 1.5  # points


@dataclass
class Space:
    lines: float = 1.0


@dataclass
class PageBreak:
    pass


Block = Para | Pair | Table | Rule | Space | PageBreak


@dataclass
class Style:
    """How one document looks; chosen per document by the content builders."""

    font: str = "dejavu-serif"
    size_pt: float = 11.0
    margin_in: float = 1.0
    line_spacing: float = 1.35
    ink: int = 20
    footer: str | None = "Page {i} of {n}"  # None = no page numbers


@dataclass
class RenderedDocument:
    """Clean pages (grayscale uint8) and the text drawn on each, line by line."""

    pages: list[np.ndarray]
    page_lines: list[list[str]]
    dpi: int
    style: Style
    text_boxes: list[list[tuple[int, int, int, int]]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join("\n".join(lines) for lines in self.page_lines)


@lru_cache(maxsize=64)
def font(family: str, bold: bool, size_px: int) -> ImageFont.FreeTypeFont:
    regular, heavy = FONT_FAMILIES[family]
    return ImageFont.truetype(str(FONT_DIR / (heavy if bold else regular)), size_px)


def wrap(text: str, face: ImageFont.FreeTypeFont, width: float) -> list[str]:
    """Greedy word wrap; a word longer than the line is left to overflow rather than split."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if current and face.getlength(candidate) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines


class _Canvas:
    """Pages being filled top to bottom; opens a new page when the current one is full."""

    def __init__(self, style: Style, dpi: int) -> None:
        self.style = style
        self.dpi = dpi
        self.width = round(A4_INCHES[0] * dpi)
        self.height = round(A4_INCHES[1] * dpi)
        self.margin = round(style.margin_in * dpi)
        self.px = style.size_pt * dpi / 72
        self.line_h = round(self.px * style.line_spacing)
        self.bottom = self.height - self.margin - (2 * self.line_h if style.footer else 0)
        self.pages: list[Image.Image] = []
        self.lines: list[list[str]] = []
        self.boxes: list[list[tuple[int, int, int, int]]] = []
        self.y = 0
        self.new_page()

    @property
    def text_width(self) -> int:
        return self.width - 2 * self.margin

    def new_page(self) -> None:
        self.pages.append(Image.new("L", (self.width, self.height), 255))
        self.lines.append([])
        self.boxes.append([])
        self.y = self.margin

    def space(self, lines: float) -> None:
        if self.y > self.margin:  # no blank space at the top of a page
            self.y += round(lines * self.line_h)

    def need(self, height: int) -> None:
        if self.y + height > self.bottom and self.y > self.margin:
            self.new_page()

    def draw(self, x: float, text: str, face: ImageFont.FreeTypeFont) -> None:
        draw = ImageDraw.Draw(self.pages[-1])
        draw.text((round(x), self.y), text, font=face, fill=self.style.ink)
        left, top, right, bottom = draw.textbbox((round(x), self.y), text, font=face)
        self.boxes[-1].append((left, top, right, bottom))

    def hline(self, y: int, x0: int | None = None, x1: int | None = None, pt: float = 1.5):
        draw = ImageDraw.Draw(self.pages[-1])
        thickness = max(1, round(pt * self.dpi / 72))
        x0 = self.margin if x0 is None else x0
        x1 = self.width - self.margin if x1 is None else x1
        draw.rectangle((x0, y, x1, y + thickness - 1), fill=self.style.ink)

    def vline(self, x: int, y0: int, y1: int, pt: float = 1.0) -> None:
        draw = ImageDraw.Draw(self.pages[-1])
        thickness = max(1, round(pt * self.dpi / 72))
        draw.rectangle((x, y0, x + thickness - 1, y1), fill=self.style.ink)


def _face(canvas: _Canvas, bold: bool = False, scale: float = 1.0) -> ImageFont.FreeTypeFont:
    return font(canvas.style.font, bold, max(8, round(canvas.px * scale)))


def _para(canvas: _Canvas, block: Para) -> None:
    face = _face(canvas, block.bold, block.scale)
    line_h = round(canvas.line_h * block.scale)
    canvas.space(block.before)
    indent = round(block.indent * canvas.dpi)
    width = canvas.text_width - indent
    for line in wrap(block.text, face, width):
        canvas.need(line_h)
        length = face.getlength(line)
        if block.align == "center":
            x = canvas.margin + indent + (width - length) / 2
        elif block.align == "right":
            x = canvas.width - canvas.margin - length
        else:
            x = canvas.margin + indent
        canvas.draw(x, line, face)
        canvas.lines[-1].append(line)
        canvas.y += line_h


def _pair(canvas: _Canvas, block: Pair) -> None:
    canvas.space(block.before)
    canvas.need(canvas.line_h)
    label_face = _face(canvas, block.bold_left)
    value_face = _face(canvas)
    right_edge = canvas.width - canvas.margin
    label_end = canvas.margin + label_face.getlength(block.left)
    if block.tab is None:
        x = right_edge - value_face.getlength(block.right)
        if x < label_end + canvas.px:  # no room on the right: fall back to a tab stop
            x = label_end + canvas.px
    else:
        x = max(canvas.margin + block.tab * canvas.dpi, label_end + canvas.px)
    values = wrap(block.right, value_face, right_edge - x) or [""]
    if block.left:
        canvas.draw(canvas.margin, block.left, label_face)
    for index, value in enumerate(values):
        if index:
            canvas.need(canvas.line_h)
        if value:
            canvas.draw(x, value, value_face)
        line = f"{block.left} {value}".strip() if index == 0 else value
        canvas.lines[-1].append(line)
        canvas.y += canvas.line_h


def _table(canvas: _Canvas, block: Table) -> None:
    canvas.space(block.before)
    pad = round(canvas.px * 0.35)
    xs = [canvas.margin]
    for fraction in block.widths:
        xs.append(xs[-1] + round(fraction * canvas.text_width))
    xs[-1] = canvas.width - canvas.margin
    top = canvas.y
    for index, row in enumerate(block.rows):
        face = _face(canvas, block.header and index == 0)
        cells = [
            wrap(cell, face, xs[i + 1] - xs[i] - 3 * pad) if cell else []
            for i, cell in enumerate(row)
        ]
        depth = max(1, *(len(lines) for lines in cells))
        row_h = depth * canvas.line_h + 2 * pad
        if canvas.y + row_h > canvas.bottom and canvas.y > canvas.margin:
            if block.ruled:
                _close_table(canvas, xs, top)
            canvas.new_page()
            top = canvas.y
        if block.ruled:
            canvas.hline(canvas.y, xs[0], xs[-1], pt=0.8)
        saved = canvas.y
        for k in range(depth):
            canvas.y = saved + pad + k * canvas.line_h
            drawn = []
            for x, lines in zip(xs, cells, strict=False):
                if k < len(lines):
                    canvas.draw(x + pad * 1.5, lines[k], face)
                    drawn.append(lines[k])
            canvas.lines[-1].append(" ".join(drawn))
        canvas.y = saved + row_h
    if block.ruled:
        _close_table(canvas, xs, top)


def _close_table(canvas: _Canvas, xs: list[int], top: int) -> None:
    canvas.hline(canvas.y, xs[0], xs[-1], pt=0.8)
    for x in xs:
        canvas.vline(x, top, canvas.y, pt=0.8)


def render(blocks: list[Block], style: Style, dpi: int) -> RenderedDocument:
    """Draw ``blocks`` on as many A4 pages as they need, at ``dpi``."""
    canvas = _Canvas(style, dpi)
    for block in blocks:
        if isinstance(block, Para):
            _para(canvas, block)
        elif isinstance(block, Pair):
            _pair(canvas, block)
        elif isinstance(block, Table):
            _table(canvas, block)
        elif isinstance(block, Rule):
            canvas.space(block.before)
            canvas.need(canvas.line_h)
            canvas.hline(canvas.y, pt=block.thickness)
            canvas.y += round(canvas.line_h * 0.5)
        elif isinstance(block, Space):
            canvas.y += round(block.lines * canvas.line_h)
        elif isinstance(block, PageBreak):
            canvas.new_page()
    # Drop a trailing empty page (a break or wrap that left nothing on it).
    while len(canvas.pages) > 1 and not canvas.lines[-1]:
        canvas.pages.pop()
        canvas.lines.pop()
        canvas.boxes.pop()
    if style.footer and len(canvas.pages) > 1:
        total = len(canvas.pages)
        face = _face(canvas, scale=0.85)
        for i in range(total):
            label = style.footer.format(i=i + 1, n=total)
            canvas_page = canvas.pages[i]
            draw = ImageDraw.Draw(canvas_page)
            x = (canvas.width - face.getlength(label)) / 2
            y = canvas.height - canvas.margin - canvas.line_h
            draw.text((round(x), y), label, font=face, fill=style.ink)
            canvas.boxes[i].append(draw.textbbox((round(x), y), label, font=face))
            canvas.lines[i].append(label)
    return RenderedDocument(
        pages=[np.asarray(page, dtype=np.uint8) for page in canvas.pages],
        page_lines=canvas.lines,
        dpi=dpi,
        style=style,
        text_boxes=canvas.boxes,
    )
