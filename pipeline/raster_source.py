"""TIFF, PNG and JPEG pages through Pillow, frame by frame, as uint8 gray or BGR.

Scanners and phones write every variant Pillow knows: 1-bit fax TIFFs at 204 x 98 dpi,
16-bit grayscale, palette PNGs with transparency, CMYK JPEGs, photos stored sideways
with an EXIF orientation tag. Loading flattens all of them to what preprocessing
expects (uint8, gray or BGR, square pixels, upright) so no later stage has to care.

Pillow's own decompression-bomb guard (``Image.MAX_IMAGE_PIXELS``) is left as it is,
and its error is turned into :class:`TooLargeInputError`; the limit that matters is
ours, checked on the header before any pixel is decoded.
"""

from __future__ import annotations

import struct
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageOps, TiffImagePlugin

from pipeline import sniff
from pipeline.errors import (
    CorruptInputError,
    EmptyInputError,
    TooLargeInputError,
    TruncatedInputError,
)
from pipeline.page_size import estimate_dpi, plausible_dpi, snap_dpi
from pipeline.pixels import to_uint8

_ORIENTATION_TAG = 0x0112
# What Pillow's plugins raise on malformed headers and tags (found by mutating real files).
_MALFORMED = (
    OSError,
    SyntaxError,
    ValueError,
    EOFError,
    struct.error,
    TypeError,
    KeyError,
    IndexError,
    ZeroDivisionError,
)
_KIND = {sniff.TIFF: "TIFF", sniff.PNG: "PNG", sniff.JPEG: "JPEG"}


@contextmanager
def open_image(path: Path, media_type: str, max_pixels: int) -> Iterator[Image.Image]:
    """Open the file (header only) with bombs and undecodable headers as typed errors."""
    kind = _KIND[media_type]
    try:
        with warnings.catch_warnings():
            # We check the pixel count ourselves, against our own limit, just below.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(path, formats=[kind])
    except Image.DecompressionBombError as error:
        raise too_large(kind, None, max_pixels) from error
    except _MALFORMED as error:
        raise CorruptInputError(
            f"The {kind} image is damaged: its header cannot be read. Export or scan it again "
            "and drop it in the inbox."
        ) from error
    try:
        yield image
    finally:
        image.close()


def too_large(kind: str, size: tuple[int, int] | None, max_pixels: int) -> TooLargeInputError:
    what = f" ({size[0]} x {size[1]} pixels)" if size else ""
    return TooLargeInputError(
        f"The {kind} image is too large to read safely{what}; the limit is "
        f"{max_pixels / 1e6:.0f} million pixels per page. Re-scan it at 300 dpi or export it "
        "at a normal page size."
    )


def truncated(kind: str) -> TruncatedInputError:
    return TruncatedInputError(
        f"The {kind} image is incomplete: the file stops part-way through, usually because it "
        "was cut off while being copied or saved. Copy or scan it again and drop it in the inbox."
    )


def count_frames(image: Image.Image) -> int:
    """Pages in the image (TIFF frames); 1 for PNG/JPEG, including animated PNG's first frame."""
    if image.format != "TIFF":
        return 1
    try:
        return int(getattr(image, "n_frames", 1))
    except _MALFORMED as error:
        raise CorruptInputError(
            "The TIFF's page list is damaged, so its pages cannot be counted. Export or scan "
            "it again and drop it in the inbox."
        ) from error


def check_structure(path: Path, image: Image.Image, media_type: str, max_pixels: int) -> int:
    """Validate without decoding pixels; the number of pages.

    Catches what a later decode would fail on, cheaply: a size over the limit, and a
    file that was cut short (PNG chunks, JPEG end marker, TIFF strips past end of file).
    """
    kind = _KIND[media_type]
    size_bytes = path.stat().st_size
    frames = count_frames(image)
    if frames < 1:
        raise EmptyInputError(f"The {kind} file contains no pages. Scan it again.")
    for index in range(frames):
        seek(image, index)
        width, height = image.size
        if width <= 0 or height <= 0:
            raise EmptyInputError(f"Page {index + 1} of the {kind} file has no pixels.")
        if width * height > max_pixels:
            raise too_large(kind, image.size, max_pixels)
        if media_type == sniff.TIFF and _tiff_data_past_end(image, size_bytes):
            raise truncated(kind)
    if media_type == sniff.PNG:
        _verify_png(path)
    elif media_type == sniff.JPEG and not _jpeg_has_end(path, size_bytes):
        raise truncated(kind)
    return frames


def seek(image: Image.Image, index: int) -> None:
    try:
        image.seek(index)
    except EOFError as error:
        raise IndexError(index) from error
    except _MALFORMED as error:
        raise CorruptInputError(
            f"Page {index + 1} of the TIFF is damaged and cannot be read. Export or scan it "
            "again and drop it in the inbox."
        ) from error


def _tiff_data_past_end(image: Image.Image, size_bytes: int) -> bool:
    tags = getattr(image, "tag_v2", None)
    if not isinstance(tags, TiffImagePlugin.ImageFileDirectory_v2):
        return False
    for offsets_tag, counts_tag in ((273, 279), (324, 325)):  # strips, tiles
        offsets, counts = tags.get(offsets_tag), tags.get(counts_tag)
        if offsets is None or counts is None:
            continue
        offsets = offsets if isinstance(offsets, tuple) else (offsets,)
        counts = counts if isinstance(counts, tuple) else (counts,)
        if any(o + c > size_bytes for o, c in zip(offsets, counts, strict=False)):
            return True
    return False


def _verify_png(path: Path) -> None:
    """Pillow's verify walks every chunk and its CRC without inflating the pixels."""
    try:
        with Image.open(path, formats=["PNG"]) as image:
            image.verify()
    except Image.DecompressionBombError:
        return  # already judged against our own limit
    except OSError as error:
        if "truncat" in str(error).lower():
            raise truncated("PNG") from error
        raise CorruptInputError(
            "The PNG image is damaged (a checksum does not match). Export or scan it again "
            "and drop it in the inbox."
        ) from error
    except _MALFORMED as error:
        raise CorruptInputError(
            "The PNG image is damaged. Export or scan it again and drop it in the inbox."
        ) from error


def _jpeg_has_end(path: Path, size_bytes: int) -> bool:
    """JPEG ends with FF D9; a little trailing padding after it is common and harmless."""
    with path.open("rb") as handle:
        handle.seek(max(0, size_bytes - 4096))
        return b"\xff\xd9" in handle.read()


def decode_frame(image: Image.Image, index: int, media_type: str) -> tuple[np.ndarray, float, bool]:
    """Frame ``index`` as (uint8 gray/BGR array, dpi, dpi_estimated), upright, square pixels."""
    kind = _KIND[media_type]
    seek(image, index)
    try:
        image.load()
        dpi = _file_dpi(image)
        frame = _upright(image)
        array = to_uint8(frame)
    except OSError as error:
        if "truncat" in str(error).lower():
            raise truncated(kind) from error
        raise CorruptInputError(
            f"Page {index + 1} of the {kind} image cannot be decoded: the file is damaged. "
            "Export or scan it again and drop it in the inbox."
        ) from error
    except (*_MALFORMED, MemoryError) as error:
        raise CorruptInputError(
            f"Page {index + 1} of the {kind} image cannot be decoded: the file is damaged. "
            "Export or scan it again and drop it in the inbox."
        ) from error
    height, width = array.shape[:2]
    if dpi is not None and plausible_dpi(dpi, (width, height)):
        array, square_dpi = _square_pixels(array, dpi)
        return array, square_dpi, False
    return array, estimate_dpi((width, height)), True


def _file_dpi(image: Image.Image) -> tuple[float, float] | None:
    """(x, y) dpi as written by the scanner, if it wrote one, in the stored orientation."""
    dpi = image.info.get("dpi")
    if isinstance(dpi, tuple) and len(dpi) == 2:
        try:
            x, y = float(dpi[0]), float(dpi[1])
        except (TypeError, ValueError):
            return None
        if x > 0 and y > 0:
            if _orientation(image) in (5, 6, 7, 8):  # a quarter turn swaps the axes
                x, y = y, x
            return x, y
    return None


def _orientation(image: Image.Image) -> int:
    try:
        value = image.getexif().get(_ORIENTATION_TAG, 1)
    except Exception:  # a broken EXIF block must not lose the page; treat as upright
        return 1
    return value if isinstance(value, int) else 1


def _upright(image: Image.Image) -> Image.Image:
    """Honour the EXIF orientation (phones store photos sideways and say so)."""
    if _orientation(image) in (2, 3, 4, 5, 6, 7, 8):
        try:
            return ImageOps.exif_transpose(image)
        except Exception:  # a malformed EXIF block: keep the page as stored
            return image
    return image


def _square_pixels(array: np.ndarray, dpi: tuple[float, float]) -> tuple[np.ndarray, float]:
    """Stretch non-square pixels (fax 204 x 98 dpi) to square ones at the horizontal dpi."""
    x_dpi, y_dpi = dpi
    if abs(x_dpi - y_dpi) <= 0.05 * max(x_dpi, y_dpi):
        return array, snap_dpi(x_dpi)
    height, width = array.shape[:2]
    new_height = max(1, round(height * x_dpi / y_dpi))
    resized = cv2.resize(array, (width, new_height), interpolation=cv2.INTER_LINEAR)
    return resized, snap_dpi(x_dpi)
