"""Small synthetic pages for the preprocessing and OCR tests, drawn with PIL and OpenCV."""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"

PROSE = [
    "The court orders that the child shall live with the applicant mother",
    "and shall spend time with the respondent father every other weekend.",
    "The local authority shall file a written report by the hearing date.",
    "Permission is given for this order to be disclosed to the police and",
    "to the child's school, the family doctor and the health visitor.",
    "No person may publish any information likely to identify the child",
    "or the address of any school attended by the child in the future.",
    "This order is made without a hearing and any party may apply to set",
    "it aside or vary it within seven days of receiving a copy of the order.",
    "Dated this day in the Family Court sitting at Leeds by the judge.",
]


def text_page(
    lines: list[str] | None = None, width: int = 1240, height: int = 1754, size: int = 26
) -> np.ndarray:
    """A gray A4-shaped page (150 dpi) of left-aligned, ragged-right prose."""
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, size)
    y = 120
    for line in lines if lines is not None else PROSE:
        draw.text((110, y), line, font=font, fill=0)
        y += int(size * 1.6)
    return np.asarray(image).copy()


def skew(image: np.ndarray, angle: float) -> np.ndarray:
    """Rotate ``angle`` degrees counter-clockwise with the canvas grown, paper-white fill."""
    h, w = image.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    cos, sin = abs(m[0, 0]), abs(m[0, 1])
    nw, nh = int(h * sin + w * cos + 0.5), int(h * cos + w * sin + 0.5)
    m[0, 2] += nw / 2 - w / 2
    m[1, 2] += nh / 2 - h / 2
    fill = 255 if image.ndim == 2 else (255, 255, 255)
    return cv2.warpAffine(image, m, (nw, nh), borderValue=fill)


def turn(image: np.ndarray, degrees_cw: int) -> np.ndarray:
    """A page fed the wrong way round: turned ``degrees_cw`` clockwise."""
    return np.ascontiguousarray(np.rot90(image, k=-(degrees_cw // 90) % 4))


def speckle(image: np.ndarray, amount: float, seed: int = 1) -> np.ndarray:
    rng = np.random.default_rng(seed)
    out = image.copy()
    mask = rng.random(image.shape[:2])
    out[mask < amount / 2] = 0
    out[mask > 1 - amount / 2] = 255
    return out


def ink_components(binary: np.ndarray) -> int:
    """Number of connected ink blobs in a black-on-white image."""
    n, _ = cv2.connectedComponents((binary < 128).astype(np.uint8), connectivity=8)
    return n - 1
