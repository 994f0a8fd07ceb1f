"""Pixels of any Pillow mode as the uint8 gray or BGR arrays every later stage expects."""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image


def to_uint8(image: Image.Image) -> np.ndarray:
    """Any Pillow mode as uint8 gray (H, W) or BGR (H, W, 3); transparency becomes white."""
    mode = image.mode
    if mode == "L":
        return np.asarray(image, dtype=np.uint8).copy()
    if mode == "1":
        return np.asarray(image.convert("L"), dtype=np.uint8)
    if mode.startswith("I") or mode == "F":
        return _scale_deep(np.asarray(image), mode)
    if mode == "P" or mode == "PA":
        has_alpha = mode == "PA" or "transparency" in image.info
        image = image.convert("RGBA" if has_alpha else "RGB")
    elif mode in ("LA", "La"):
        image = image.convert("RGBA")
    elif mode not in ("RGB", "RGBA", "RGBa"):
        image = image.convert("RGB")  # CMYK, YCbCr, LAB, HSV
    if image.mode in ("RGBA", "RGBa"):
        image = _flatten(image.convert("RGBA"))
    rgb = np.asarray(image, dtype=np.uint8)
    if is_neutral(rgb):
        return rgb[..., 0].copy()
    return cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR)


def is_neutral(colour: np.ndarray) -> bool:
    """Whether a 3-channel image is gray in every pixel (a gray scan saved as colour).

    Such pages are handed on as one channel: a third of the memory through every later
    stage, and nothing lost, since there is no colour for preprocessing to use.
    """
    return bool(
        np.array_equal(colour[..., 0], colour[..., 1])
        and np.array_equal(colour[..., 1], colour[..., 2])
    )


def _flatten(rgba: Image.Image) -> Image.Image:
    white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
    return Image.alpha_composite(white, rgba).convert("RGB")


def _scale_deep(values: np.ndarray, mode: str) -> np.ndarray:
    """16-bit, 32-bit and float samples to 0..255 by their nominal range."""
    data = values.astype(np.float32)
    if mode == "F":
        peak = float(data.max()) if data.size else 0.0
        scale = 255.0 if peak <= 1.0 else 1.0
    elif mode.startswith("I;16") or (data.size and float(data.max()) > 255.0):
        scale = 255.0 / 65535.0
    else:
        scale = 1.0
    np.multiply(data, scale, out=data)
    np.clip(data, 0, 255, out=data)
    return np.rint(data).astype(np.uint8)
