from __future__ import annotations

import re
import shutil
import stat
import subprocess
from pathlib import Path

import numpy as np
import pytest
from filing_fixtures import words_page

from pipeline.pages import LoadedPage
from pipeline.searchable_pdf import write_searchable_pdf

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler not installed")

WORDS_1 = ["Interim", "Care", "Order", "LS24C00123", "Family", "Court", "at", "Leeds"]
WORDS_2 = ["Police", "National", "Computer", "12/1234567A", "Zoë", "Brontë"]


def page(index: int, dpi: float, size: tuple[int, int], colour: bool = False) -> LoadedPage:
    w, h = size
    image = np.full((h, w, 3) if colour else (h, w), 250, np.uint8)
    image[10:20, 10:200] = 0
    return LoadedPage(index=index, image=image, dpi=dpi)


def pdftotext(pdf: Path, *args: str) -> str:
    return subprocess.run(
        ["pdftotext", *args, str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout


def bbox_words(pdf: Path) -> list[tuple[int, str, float, float, float, float]]:
    """(page, word, xmin, ymin, xmax, ymax) in points, from pdftotext -bbox."""
    html = pdftotext(pdf, "-bbox")
    out = []
    for number, chunk in enumerate(html.split("<page ")[1:], start=1):
        for m in re.finditer(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
            chunk,
        ):
            x0, y0, x1, y1 = (float(m.group(i)) for i in range(1, 5))
            out.append((number, m.group(5), x0, y0, x1, y1))
    return out


def test_words_are_extractable_and_pages_have_physical_size(tmp_path: Path) -> None:
    text1 = words_page(1, WORDS_1, width=1240, height=1754)
    text2 = words_page(2, WORDS_2, width=2480, height=3508)
    pages = [
        (page(0, 150.0, (1240, 1754)), text1),
        (page(1, 300.0, (2480, 3508), colour=True), text2),
    ]
    out = tmp_path / "searchable.pdf"
    assert write_searchable_pdf(iter(pages), out) == 2
    assert stat.S_IMODE(out.stat().st_mode) == 0o600

    extracted = pdftotext(out)
    for word in WORDS_1 + WORDS_2:
        assert word in extracted
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert re.search(r"Pages:\s+2\n", info)
    # A4 at both resolutions: 595 x 842 points
    sizes = re.findall(r"Page size:\s+([\d.]+) x ([\d.]+)", info)
    assert sizes and abs(float(sizes[0][0]) - 595.2) < 1 and abs(float(sizes[0][1]) - 841.9) < 1


def test_words_sit_on_their_boxes(tmp_path: Path) -> None:
    text = words_page(1, WORDS_1, width=1240, height=1754)
    out = tmp_path / "p.pdf"
    write_searchable_pdf([(page(0, 150.0, (1240, 1754)), text)], out)
    found = {w[1]: w for w in bbox_words(out)}
    k = 72.0 / 150.0
    for word in text.words:
        _, _, x0, y0, x1, y1 = found[word.text]
        assert abs(x0 - word.box.left * k) < 2
        assert abs(x1 - word.box.right * k) < 2
        # vertically the text lies within the box (pdftotext reports the font's extent)
        assert word.box.top * k - 4 < (y0 + y1) / 2 < word.box.bottom * k + 4


def test_boxes_are_scaled_when_the_pdf_image_is_rendered_smaller(tmp_path: Path) -> None:
    # OCR ran at 300 dpi; the PDF's image is re-rendered at 150 dpi (half the pixels)
    text = words_page(1, WORDS_1, width=2480, height=3508)
    out = tmp_path / "p.pdf"
    write_searchable_pdf([(page(0, 150.0, (1240, 1754)), text)], out)
    found = {w[1]: w for w in bbox_words(out)}
    k = 72.0 / 300.0  # the OCR box in points at the OCR resolution
    for word in text.words:
        _, _, x0, _, x1, _ = found[word.text]
        assert abs(x0 - word.box.left * k) < 2 and abs(x1 - word.box.right * k) < 2


def test_pages_are_consumed_one_at_a_time(tmp_path: Path) -> None:
    alive: list[int] = []
    peak = 0

    def pages():
        nonlocal peak
        for i in range(4):
            alive.append(i)
            peak = max(peak, len(alive))
            yield page(i, 100.0, (850, 1100)), words_page(i + 1, [f"page{i}"], 850, 1100)
            alive.remove(i)

    out = tmp_path / "p.pdf"
    assert write_searchable_pdf(pages(), out) == 4
    assert peak == 1
    assert all(f"page{i}" in pdftotext(out) for i in range(4))


def test_nothing_is_written_for_no_pages(tmp_path: Path) -> None:
    assert write_searchable_pdf([], tmp_path / "p.pdf") == 0
    assert not (tmp_path / "p.pdf").exists()


def test_a_failure_midway_leaves_no_pdf(tmp_path: Path) -> None:
    def pages():
        yield page(0, 150.0, (600, 800)), words_page(1, ["one"], 600, 800)
        raise RuntimeError("render failed")

    with pytest.raises(RuntimeError):
        write_searchable_pdf(pages(), tmp_path / "p.pdf")
    assert list(tmp_path.iterdir()) == []
