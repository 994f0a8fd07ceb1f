"""Loading: every kind of bad input ends as its typed error with an operator's message,
and every kind of good raster input ends as upright uint8 gray/BGR pages with a dpi.

Inputs are generated in tmp_path (PIL), so each test states the property it checks.
PDF cases that need poppler are in tests/integration/test_pdf_loading.py.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from pipeline import sniff
from pipeline.errors import (
    CaseclerkError,
    CorruptInputError,
    EmptyInputError,
    TooLargeInputError,
    TruncatedInputError,
    UnsupportedInputError,
)
from pipeline.loading import DocumentInfo, LoadLimits, inspect, iter_pages, load_page
from pipeline.page_size import estimate_dpi, plausible_dpi
from pipeline.pdf_source import MIN_USEFUL_DPI, pixels_at, plan_render
from pipeline.pixels import to_uint8
from pipeline.settings import Settings

LIMITS = LoadLimits()
ACTIONS = ("again", "Split", "Remove", "Re-scan", "re-scan", "save", "Install", "Accepted")


def assert_operator_message(error: CaseclerkError, tmp_path: Path) -> None:
    """A message an operator can act on: a sentence, no traceback, no path, says what to do."""
    message = error.message
    assert message == str(error)
    assert len(message) > 40
    assert message[0].isupper() and message.rstrip().endswith(".")
    assert "Traceback" not in message and 'File "' not in message
    assert str(tmp_path) not in message
    for leaked in ("OSError", "DecompressionBomb", "PDFPageCountError", "Syntax Error"):
        assert leaked not in message
    assert any(action in message for action in ACTIONS), message


def write_image(path: Path, image: Image.Image, fmt: str, **params: object) -> Path:
    image.save(path, fmt, **params)
    return path


def page_with_mark(size: tuple[int, int] = (200, 100), mode: str = "L") -> Image.Image:
    """A white page with a black square at the top-left: shows which way up it came out."""
    image = Image.new(mode, size, "white")
    image.paste("black" if mode != "1" else 0, (0, 0, 20, 20))
    return image


def raises_typed(error_type: type[CaseclerkError], path: Path, limits: LoadLimits = LIMITS):
    with pytest.raises(error_type) as caught:
        inspect(path, limits)
    return caught.value


# --- what the file is -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "media_type"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00", sniff.PNG),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", sniff.JPEG),
        (b"II*\x00\x08\x00\x00\x00", sniff.TIFF),
        (b"MM\x00*\x00\x00\x00\x08", sniff.TIFF),
        (b"%PDF-1.7\n", sniff.PDF),
        (b"\x00junk from a mail gateway\n%PDF-1.4\n", sniff.PDF),
    ],
)
def test_sniff_accepts_by_magic_number(head: bytes, media_type: str) -> None:
    assert sniff.sniff(head) == media_type


@pytest.mark.parametrize(
    ("head", "looks_like"),
    [
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00", "legacy Microsoft Office"),
        (b"GIF89a\x01\x00", "GIF"),
        (b"Dear Sir,\nPlease find attached the order.\n", "plain text"),
        (b"<!DOCTYPE html><html>", "HTML"),
        (b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed", "email"),
        (b"{\\rtf1\\ansi", "Rich Text"),
        (bytes(range(256)) * 4, "unrecognised binary"),
    ],
)
def test_sniff_names_what_it_refuses(head: bytes, looks_like: str, tmp_path: Path) -> None:
    with pytest.raises(UnsupportedInputError) as caught:
        sniff.sniff(head)
    assert looks_like in caught.value.message
    assert sniff.ACCEPTED in caught.value.message
    assert_operator_message(caught.value, tmp_path)


def test_type_comes_from_bytes_not_extension(tmp_path: Path) -> None:
    png_named_pdf = write_image(tmp_path / "scan.pdf", page_with_mark(), "PNG")
    assert inspect(png_named_pdf, LIMITS).media_type == sniff.PNG
    text_named_pdf = tmp_path / "order.pdf"
    text_named_pdf.write_text("IN THE FAMILY COURT\nCare order\n", encoding="utf-8")
    error = raises_typed(UnsupportedInputError, text_named_pdf)
    assert "plain text" in error.message


def test_docx_is_refused_as_office_document(tmp_path: Path) -> None:
    path = tmp_path / "letter.pdf"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    error = raises_typed(UnsupportedInputError, path)
    assert "Office document" in error.message
    assert_operator_message(error, tmp_path)


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.tif"
    path.write_bytes(b"")
    assert_operator_message(raises_typed(EmptyInputError, path), tmp_path)
    with pytest.raises(EmptyInputError):
        load_page(path, 0, LIMITS)


def test_file_over_byte_limit(tmp_path: Path) -> None:
    path = write_image(tmp_path / "a.png", page_with_mark(), "PNG")
    limits = LoadLimits(max_file_bytes=path.stat().st_size - 1)
    assert_operator_message(raises_typed(TooLargeInputError, path, limits), tmp_path)


# --- broken and hostile rasters -------------------------------------------------------------


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims width x height: the classic decompression bomb shape."""
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    body = zlib.compress(b"\x00" * 16)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", body)
        + _png_chunk(b"IEND", b"")
    )


def test_png_bomb_past_pillows_own_guard_is_typed(tmp_path: Path) -> None:
    path = tmp_path / "bomb.png"
    path.write_bytes(_png_claiming(100_000, 100_000))  # 10 gigapixels: Pillow raises itself
    assert_operator_message(raises_typed(TooLargeInputError, path), tmp_path)
    with pytest.raises(TooLargeInputError):
        load_page(path, 0, LIMITS)


def test_png_over_our_pixel_limit_is_refused_before_decoding(tmp_path: Path) -> None:
    path = tmp_path / "big.png"
    path.write_bytes(_png_claiming(3000, 3000))  # 9 Mpx claimed, almost no data behind it
    limits = LoadLimits(max_pixels_per_page=1_000_000)
    error = raises_typed(TooLargeInputError, path, limits)
    assert "3000 x 3000" in error.message
    assert_operator_message(error, tmp_path)
    with pytest.raises(TooLargeInputError):
        load_page(path, 0, limits)


def _noisy(size: tuple[int, int], mode: str = "L") -> Image.Image:
    rng = np.random.default_rng(1)
    shape = (size[1], size[0]) if mode == "L" else (size[1], size[0], 3)
    return Image.fromarray(rng.integers(0, 256, shape, dtype=np.uint8))


@pytest.mark.parametrize(("fmt", "suffix"), [("PNG", "png"), ("JPEG", "jpg"), ("TIFF", "tif")])
def test_truncated_raster(fmt: str, suffix: str, tmp_path: Path) -> None:
    whole = io.BytesIO()
    _noisy((300, 200)).save(whole, fmt)
    path = tmp_path / f"cut.{suffix}"
    path.write_bytes(whole.getvalue()[: len(whole.getvalue()) // 2])
    assert_operator_message(raises_typed(TruncatedInputError, path), tmp_path)
    with pytest.raises(TruncatedInputError):
        load_page(path, 0, LIMITS)  # the page path catches it too, without inspect


def test_png_with_damaged_data_is_corrupt(tmp_path: Path) -> None:
    data = bytearray(_png_claiming(4, 4))
    data[45] ^= 0xFF  # inside IDAT: its CRC no longer matches
    path = tmp_path / "bad.png"
    path.write_bytes(bytes(data))
    error = raises_typed(CorruptInputError, path)
    assert not isinstance(error, TruncatedInputError)
    assert_operator_message(error, tmp_path)


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n" + b"\x00" * 40,
        b"\xff\xd8\xff" + bytes(range(256)) * 8,
        b"II*\x00" + b"\xff" * 64,
    ],
    ids=["png", "jpeg", "tiff"],
)
@pytest.mark.filterwarnings("ignore::UserWarning")
def test_magic_number_with_garbage_is_corrupt(data: bytes, tmp_path: Path) -> None:
    path = tmp_path / "garbage.bin"
    path.write_bytes(data)
    assert_operator_message(raises_typed(CorruptInputError, path), tmp_path)


# --- multi-page TIFF ----------------------------------------------------------------------


def _three_page_tiff(path: Path) -> Path:
    first = page_with_mark((1700, 2200), "1")  # Letter at 200 dpi
    second = page_with_mark((2200, 1700), "L")
    third = Image.new("RGB", (1700, 2200), (200, 30, 30))
    first.save(path, "TIFF", save_all=True, append_images=[second, third], dpi=(200, 200))
    return path


def test_multipage_tiff_frame_by_frame(tmp_path: Path) -> None:
    path = _three_page_tiff(tmp_path / "three.tif")
    info = inspect(path, LIMITS)
    assert info == DocumentInfo(sniff.TIFF, 3, path.stat().st_size)
    pages = list(iter_pages(path, LIMITS, info))
    assert [p.index for p in pages] == [0, 1, 2]
    assert [p.size for p in pages] == [(1700, 2200), (2200, 1700), (1700, 2200)]
    assert all(p.image.dtype == np.uint8 for p in pages)
    assert all(p.dpi == 200 and not p.dpi_estimated for p in pages)
    assert pages[0].image.ndim == 2 and set(np.unique(pages[0].image)) == {0, 255}
    red = pages[2].image
    assert red.ndim == 3 and tuple(red[5, 5]) == (30, 30, 200)  # BGR order
    alone = load_page(path, 1, LIMITS)
    assert np.array_equal(alone.image, pages[1].image) and alone.index == 1
    with pytest.raises(IndexError):
        load_page(path, 3, LIMITS)


def test_tiff_with_too_many_pages(tmp_path: Path) -> None:
    path = _three_page_tiff(tmp_path / "three.tif")
    error = raises_typed(TooLargeInputError, path, LoadLimits(max_pages=2))
    assert "3 pages" in error.message
    assert_operator_message(error, tmp_path)


def test_fax_resolution_becomes_square_pixels(tmp_path: Path) -> None:
    fax = page_with_mark((1728, 1100), "1")  # 8.5 x 11.2 in at 204 x 98 dpi
    path = write_image(tmp_path / "fax.tif", fax, "TIFF", dpi=(204, 98), compression="group4")
    page = load_page(path, 0, LIMITS)
    assert page.dpi == 204 and not page.dpi_estimated
    assert page.size == (1728, round(1100 * 204 / 98))


# --- orientation, pixel modes, dpi --------------------------------------------------------


def test_exif_rotated_jpeg_comes_out_upright(tmp_path: Path) -> None:
    stored = page_with_mark((200, 100), "L")  # mark at the stored top-left
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90 degrees clockwise to display"
    path = write_image(tmp_path / "phone.jpg", stored, "JPEG", exif=exif, quality=95)
    page = load_page(path, 0, LIMITS)
    assert page.size == (100, 200)
    assert page.image[:20, 80:].mean() < 60  # the mark turned to the top-right
    assert page.image[:20, :20].mean() > 200


def test_png_alpha_is_flattened_onto_white(tmp_path: Path) -> None:
    image = Image.new("RGBA", (120, 80), (0, 0, 0, 0))  # transparent *black*
    image.paste((0, 0, 0, 255), (10, 10, 30, 30))
    page = load_page(write_image(tmp_path / "alpha.png", image, "PNG"), 0, LIMITS)
    assert page.image.dtype == np.uint8 and page.image.ndim == 2
    assert page.image[50, 100] == 255 and page.image[20, 20] == 0


def test_16_bit_png_is_scaled_to_8_bit(tmp_path: Path) -> None:
    ramp = np.tile(np.array([0, 257 * 64, 32896, 65535], dtype=np.uint16), (10, 1))
    path = write_image(tmp_path / "deep.png", Image.fromarray(ramp), "PNG")
    page = load_page(path, 0, LIMITS)
    assert page.image.dtype == np.uint8
    assert page.image[0].tolist() == [0, 64, 128, 255]


@pytest.mark.parametrize(
    ("mode", "fmt", "expect_channels"),
    [("P", "PNG", 3), ("CMYK", "JPEG", 3), ("LA", "PNG", 1), ("I;16", "PNG", 1), ("1", "PNG", 1)],
)
def test_every_mode_becomes_uint8_gray_or_bgr(
    mode: str, fmt: str, expect_channels: int, tmp_path: Path
) -> None:
    image = Image.new("RGB", (64, 48), (250, 250, 250))
    image.paste((10, 120, 10), (0, 0, 32, 24))
    converted = image.convert("L") if expect_channels == 1 else image
    converted = converted.convert(mode)
    page = load_page(write_image(tmp_path / f"m.{fmt.lower()}", converted, fmt), 0, LIMITS)
    assert page.image.dtype == np.uint8
    assert (page.image.ndim == 3) == (expect_channels == 3)
    if page.image.ndim == 3:
        b, g, r = (int(v) for v in page.image[5, 5])
        assert g > r + 40 and g > b + 40  # green stays green, in BGR order


def test_gray_scan_saved_as_rgb_is_one_channel() -> None:
    image = Image.merge("RGB", [page_with_mark((40, 30))] * 3)
    assert to_uint8(image).ndim == 2


def test_dpi_from_file_or_estimated(tmp_path: Path) -> None:
    a4_300 = (2480, 3508)
    stated = write_image(tmp_path / "s.png", Image.new("L", a4_300, 255), "PNG", dpi=(300, 300))
    page = load_page(stated, 0, LIMITS)
    assert (page.dpi, page.dpi_estimated) == (300, False)
    none = write_image(tmp_path / "n.png", Image.new("L", (1700, 2200), 255), "PNG")
    page = load_page(none, 0, LIMITS)
    assert (page.dpi, page.dpi_estimated) == (200, True)  # Letter at 200
    # Software default 72 dpi on an A4 scan would make it 34 x 49 inches: not believed.
    default = write_image(tmp_path / "d.png", Image.new("L", a4_300, 255), "PNG", dpi=(72, 72))
    page = load_page(default, 0, LIMITS)
    assert (page.dpi, page.dpi_estimated) == (300, True)


@pytest.mark.parametrize(
    ("size", "dpi"),
    [((2480, 3508), 300), ((3508, 2480), 300), ((2550, 3300), 300), ((1654, 2339), 200)],
)
def test_estimate_dpi_for_paper_sizes(size: tuple[int, int], dpi: float) -> None:
    assert estimate_dpi(size) == dpi


def test_plausible_dpi_rejects_nonsense() -> None:
    assert plausible_dpi((300, 300), (2480, 3508))
    assert not plausible_dpi((1, 1), (2480, 3508))
    assert not plausible_dpi((72, 72), (2480, 3508))


# --- PDF render planning (pure) -----------------------------------------------------------

A4_PT = (595.0, 842.0)


def _plan(size_pt: tuple[float, float], **overrides: int):
    options = {
        "render_dpi": 300,
        "max_pixels": 180_000_000,
        "max_render_pixels": 40_000_000,
        "max_colour_pixels": 24_000_000,
        "page_number": 1,
        **overrides,
    }
    return plan_render(size_pt, **options)


def test_ordinary_page_renders_at_configured_dpi_in_colour() -> None:
    plan = _plan(A4_PT)
    assert plan.dpi == 300 and not plan.grayscale
    assert plan.pixels == pixels_at(A4_PT, 300)


def test_oversized_page_renders_at_lower_dpi_within_budget() -> None:
    plan = _plan((2160.0, 2160.0))  # 30 x 30 inches
    assert MIN_USEFUL_DPI <= plan.dpi < 300
    assert plan.pixels <= 40_000_000 and plan.pixels == pixels_at((2160.0, 2160.0), plan.dpi)
    assert plan.grayscale


def test_enormous_page_floors_at_minimum_dpi_then_refuses() -> None:
    huge = (8400.0, 8400.0)  # 116 inches square
    assert _plan(huge).dpi == MIN_USEFUL_DPI
    with pytest.raises(TooLargeInputError) as caught:
        _plan(huge, max_pixels=50_000_000)
    assert "72 dpi" in caught.value.message


def test_zero_size_page_is_corrupt() -> None:
    with pytest.raises(CorruptInputError):
        _plan((0.0, 842.0))


def test_limits_from_settings() -> None:
    settings = Settings(max_pages=7, max_pixels_per_page=1234, max_file_bytes=99, render_dpi=150)
    limits = LoadLimits.from_settings(settings)
    assert (limits.max_pages, limits.max_pixels_per_page, limits.max_file_bytes) == (7, 1234, 99)
    assert limits.render_dpi == 150
    assert limits.render_timeout_seconds == settings.ocr_timeout_seconds


@pytest.mark.filterwarnings("ignore::UserWarning")  # Pillow's "Corrupt EXIF data" and kin
@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "TIFF"])
def test_mutated_files_never_escape_untyped(fmt: str, tmp_path: Path) -> None:
    """Random byte damage (seeded) ends as pages or a CaseclerkError, never anything else.

    Mutations cluster in the first 200 bytes every other time, where the headers and
    tags are, since that is where Pillow's plugins raise their odder exceptions.
    """
    rng = np.random.default_rng(0)
    whole = io.BytesIO()
    _noisy((40, 60), "RGB").save(whole, fmt, dpi=(300, 300))
    data = whole.getvalue()
    path = tmp_path / "mutant"
    outcomes: set[str] = set()
    for attempt in range(300):
        mutant = bytearray(data)
        span = 200 if attempt % 2 else len(mutant)
        for _ in range(int(rng.integers(1, 6))):
            mutant[int(rng.integers(0, min(span, len(mutant))))] = int(rng.integers(0, 256))
        path.write_bytes(bytes(mutant))
        try:
            pages = list(iter_pages(path, LIMITS))
        except CaseclerkError as error:
            outcomes.add(type(error).__name__)
            continue
        assert pages and all(p.image.dtype == np.uint8 for p in pages)
        outcomes.add("pages")
    assert outcomes - {"pages"}  # the mutations did break some files
