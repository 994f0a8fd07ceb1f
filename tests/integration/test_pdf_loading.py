"""PDF loading through real poppler: bad PDFs end as typed errors, good ones as pages drawn
one at a time at a resolution the page can afford, with memory that does not grow per page.

PDFs are generated in tmp_path with reportlab, so each test states the property it checks.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from reportlab.lib import pdfencrypt
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from pipeline import sniff
from pipeline.errors import (
    CorruptInputError,
    EmptyInputError,
    EncryptedInputError,
    TooLargeInputError,
    TruncatedInputError,
)
from pipeline.loading import LoadLimits, inspect, iter_pages, load_page
from pipeline.pdf_source import MIN_USEFUL_DPI, pixels_at
from tests.pipeline.test_loading import assert_operator_message

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler is not installed"),
]

FAST = LoadLimits(render_dpi=100)  # small renders: these tests are about behaviour, not OCR


def make_pdf(
    path: Path,
    pages: int = 2,
    *,
    pagesize: tuple[float, float] = A4,
    encrypt: str | pdfencrypt.StandardEncryption | None = None,
    scan: Image.Image | None = None,
) -> Path:
    """A PDF of ``pages`` pages, each with a line of text, a red box and optionally a scan."""
    pdf = canvas.Canvas(str(path), pagesize=pagesize, encrypt=encrypt, invariant=1)
    width, height = pagesize
    for number in range(1, pages + 1):
        if scan is not None:
            pdf.drawImage(ImageReader(scan), 0, 0, width, height)
        pdf.setFillColorRGB(0.9, 0.1, 0.1)
        pdf.rect(40, height - 120, 80, 40, fill=1, stroke=0)
        pdf.setFillColorRGB(0, 0, 0)
        pdf.drawString(72, height - 160, f"IN THE FAMILY COURT page {number}")
        pdf.showPage()
    pdf.save()
    return path


def test_pages_render_one_by_one_at_configured_dpi(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "order.pdf", pages=2)
    info = inspect(path, FAST)
    assert (info.media_type, info.page_count) == (sniff.PDF, 2)
    pages = list(iter_pages(path, FAST, info))
    expected = (int(np.ceil(A4[0] * 100 / 72)), int(np.ceil(A4[1] * 100 / 72)))
    assert [p.index for p in pages] == [0, 1]
    for page in pages:
        assert page.size == expected and page.dpi == 100 and not page.dpi_estimated
        assert page.image.dtype == np.uint8 and page.image.ndim == 3  # the red box is kept
    second = load_page(path, 1, FAST)
    assert np.array_equal(second.image, pages[1].image)
    with pytest.raises(IndexError):
        load_page(path, 2, FAST)


def test_password_protected_pdf(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "locked.pdf", encrypt="secret")
    with pytest.raises(EncryptedInputError) as caught:
        inspect(path, FAST)
    assert "password" in caught.value.message
    assert_operator_message(caught.value, tmp_path)
    with pytest.raises(EncryptedInputError):
        load_page(path, 0, FAST)


def test_pdf_with_only_an_owner_password_still_loads(tmp_path: Path) -> None:
    """Permission-only encryption (no password to open) is common on court PDFs: read it."""
    owner_only = pdfencrypt.StandardEncryption("", ownerPassword="owner", canCopy=0)
    path = make_pdf(tmp_path / "restricted.pdf", pages=1, encrypt=owner_only)
    assert inspect(path, FAST).page_count == 1
    assert load_page(path, 0, FAST).size[0] > 0


def test_truncated_pdf(tmp_path: Path) -> None:
    whole = make_pdf(tmp_path / "whole.pdf", pages=3).read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(whole[: len(whole) * 2 // 3])
    with pytest.raises(TruncatedInputError) as caught:
        inspect(cut, FAST)
    assert_operator_message(caught.value, tmp_path)


def test_pdf_header_over_garbage_is_corrupt(tmp_path: Path) -> None:
    rng = np.random.default_rng(3)
    path = tmp_path / "garbage.pdf"
    path.write_bytes(b"%PDF-1.4\n" + rng.bytes(4000) + b"\n%%EOF\n")
    with pytest.raises(CorruptInputError) as caught:
        inspect(path, FAST)
    assert not isinstance(caught.value, TruncatedInputError)  # it ends properly; it is broken
    assert_operator_message(caught.value, tmp_path)


def test_pdf_without_pages_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "zero.pdf"
    path.write_bytes(
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    )
    with pytest.raises(EmptyInputError) as caught:
        inspect(path, FAST)
    assert_operator_message(caught.value, tmp_path)


def test_too_many_pages(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "long.pdf", pages=3)
    with pytest.raises(TooLargeInputError) as caught:
        inspect(path, LoadLimits(max_pages=2))
    assert "3 pages" in caught.value.message
    assert_operator_message(caught.value, tmp_path)


def test_oversized_page_is_drawn_at_lower_dpi_within_budget(tmp_path: Path) -> None:
    wall = (3000.0, 3000.0)  # 41.7 inches square
    path = make_pdf(tmp_path / "wall.pdf", pages=1, pagesize=wall)
    limits = LoadLimits(render_dpi=300, max_render_pixels=16_000_000, max_colour_pixels=8_000_000)
    page = load_page(path, 0, limits)
    assert MIN_USEFUL_DPI <= page.dpi < 300
    assert page.size[0] * page.size[1] <= 16_000_000
    assert page.image.ndim == 2  # drawn gray: it is larger than the colour budget


def test_page_too_large_even_at_minimum_dpi_is_refused_before_rendering(tmp_path: Path) -> None:
    wall = (3000.0, 3000.0)
    path = make_pdf(tmp_path / "wall.pdf", pages=1, pagesize=wall)
    limit = pixels_at(wall, MIN_USEFUL_DPI) - 1
    with pytest.raises(TooLargeInputError) as caught:
        inspect(path, LoadLimits(max_pixels_per_page=limit))
    assert_operator_message(caught.value, tmp_path)
    with pytest.raises(TooLargeInputError):
        load_page(path, 0, LoadLimits(max_pixels_per_page=limit))


_PEAK_CHILD = textwrap.dedent(
    """
    import json, resource, sys
    from pathlib import Path
    from pipeline.loading import LoadLimits, iter_pages

    def peak_mb():
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    peaks, shapes = {}, set()
    limits = LoadLimits(render_dpi=float(sys.argv[2]))
    for page in iter_pages(Path(sys.argv[1]), limits):
        shapes.add(page.image.shape)
        peaks[page.number] = peak_mb()
    print(json.dumps({"peaks": peaks, "shapes": [list(s) for s in shapes]}))
    """
)


def run_peak_child(pdf: Path, dpi: float) -> dict[str, object]:
    """Render every page of ``pdf`` in a fresh process; its peak RSS after each page."""
    repo = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", _PEAK_CHILD, str(pdf), str(dpi)],
        capture_output=True,
        text=True,
        check=True,
        cwd=repo,
        timeout=240,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_memory_stays_flat_over_many_pages(tmp_path: Path) -> None:
    """Thirty colour pages rendered in turn cost no more memory than the first three.

    Were pages kept, the peak would grow by a page's worth (11.6 MB in colour at 200 dpi)
    each time: 27 more pages would add over 300 MB.
    """
    rng = np.random.default_rng(5)
    scan = Image.fromarray(rng.integers(150, 256, (700, 500, 3), dtype=np.uint8))
    pdf = make_pdf(tmp_path / "thirty.pdf", pages=30, scan=scan)
    result = run_peak_child(pdf, 200)
    peaks = {int(k): float(v) for k, v in result["peaks"].items()}  # type: ignore[union-attr]
    assert sorted(peaks) == list(range(1, 31))
    assert result["shapes"] == [[2339, 1654, 3]]
    page_mb = 2339 * 1654 * 3 / 2**20
    assert peaks[30] - peaks[3] < 3 * page_mb, peaks
