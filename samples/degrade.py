"""Scan degradations: small pure functions over page images, and a seeded plan combining them.

Images are numpy uint8 arrays, grayscale (H, W) or RGB (H, W, 3); each function returns a
new array and never touches its input. A plan is a list of ``Step``s whose parameters are
recorded verbatim in the truth file's ``_degradations`` so a failure can be reproduced.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

DEGRADATIONS = (
    "skew",
    "rotate",
    "blur",
    "noise",
    "speckle",
    "stamp",
    "low_contrast",
    "shadow",
    "fax",
    "jpeg",
    "border",
)
# Applied in this order whatever order they were chosen in: ink on paper first, then the
# paper's position on the glass, then the light and the sensor, then the encoder.
_ORDER = {
    name: i
    for i, name in enumerate(
        (
            "stamp",
            "skew",
            "rotate",
            "shadow",
            "low_contrast",
            "border",
            "blur",
            "noise",
            "speckle",
            "jpeg",
            "fax",
        )
    )
}
STAMP_COLOURS = {"red": (200, 30, 40), "blue": (30, 60, 190), "purple": (120, 40, 150)}
_STAMP_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")


@dataclass
class Step:
    name: str
    params: dict[str, Any] = field(default_factory=dict)

    def record(self) -> dict[str, Any]:
        return {"name": self.name, **self.params}


def _gray(image: np.ndarray) -> np.ndarray:
    return image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)


def _white(image: np.ndarray) -> int | tuple[int, int, int]:
    return 255 if image.ndim == 2 else (255, 255, 255)


def skew(image: np.ndarray, angle: float) -> np.ndarray:
    """Rotate by ``angle`` degrees counter-clockwise, canvas grown to keep every corner."""
    h, w = image.shape[:2]
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    cos, sin = abs(matrix[0, 0]), abs(matrix[0, 1])
    new_w, new_h = int(h * sin + w * cos + 0.5), int(h * cos + w * sin + 0.5)
    matrix[0, 2] += new_w / 2 - w / 2
    matrix[1, 2] += new_h / 2 - h / 2
    return cv2.warpAffine(
        image,
        matrix,
        (new_w, new_h),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=_white(image),
    )


def rotate(image: np.ndarray, degrees: int) -> np.ndarray:
    """A page fed the wrong way: turned ``degrees`` (90, 180, 270) clockwise."""
    if degrees % 90:
        raise ValueError("rotation must be a multiple of 90 degrees")
    return np.ascontiguousarray(np.rot90(image, k=-(degrees // 90) % 4))


def blur(image: np.ndarray, sigma: float) -> np.ndarray:
    return cv2.GaussianBlur(image, (0, 0), sigmaX=sigma)


def noise(image: np.ndarray, sigma: float, seed: int, grain_px: int = 1) -> np.ndarray:
    """Sensor and paper grain: Gaussian noise of ``sigma`` in clumps ``grain_px`` wide."""
    rng = np.random.default_rng(seed)
    h, w = image.shape[:2]
    small = rng.normal(0.0, sigma, (-(-h // grain_px), -(-w // grain_px))).astype(np.float32)
    grain = np.repeat(np.repeat(small, grain_px, axis=0), grain_px, axis=1)[:h, :w]
    if grain_px > 1:
        grain = cv2.GaussianBlur(grain, (0, 0), sigmaX=grain_px / 2)
    noisy = image.astype(np.float32) + (grain[..., None] if image.ndim == 3 else grain)
    return np.clip(noisy, 0, 255).astype(np.uint8)


def speckle(image: np.ndarray, amount: float, seed: int) -> np.ndarray:
    """Salt-and-pepper: ``amount`` of the pixels set to black or white (dust, toner)."""
    rng = np.random.default_rng(seed)
    out = image.copy()
    mask = rng.random(image.shape[:2])
    out[mask < amount / 2] = 0
    out[mask > 1 - amount / 2] = 255
    return out


def low_contrast(image: np.ndarray, factor: float, lift: int) -> np.ndarray:
    """Squash the ink-to-paper range to ``factor`` of itself and lift the black point."""
    out = lift + image.astype(np.float32) * factor
    return np.clip(out, 0, 255).astype(np.uint8)


def shadow(image: np.ndarray, strength: float, side: str) -> np.ndarray:
    """Uneven light: darken towards one side (a book spine, a lifted lid)."""
    h, w = image.shape[:2]
    if side in ("left", "right"):
        ramp = np.linspace(1.0, 0.0, w, dtype=np.float32)
        ramp = ramp if side == "left" else ramp[::-1]
        gain = 1.0 - strength * ramp[None, :] ** 2
    else:
        ramp = np.linspace(1.0, 0.0, h, dtype=np.float32)
        ramp = ramp if side == "top" else ramp[::-1]
        gain = 1.0 - strength * ramp[:, None] ** 2
    if image.ndim == 3:
        gain = gain[..., None]
    return np.clip(image.astype(np.float32) * gain, 0, 255).astype(np.uint8)


def border(image: np.ndarray, widths: tuple[int, int, int, int], level: int) -> np.ndarray:
    """Dark scanner-lid bands (top, right, bottom, left) ``widths`` pixels wide."""
    out = image.copy()
    top, right, bottom, left = widths
    h, w = out.shape[:2]
    out[:top] = level
    out[h - bottom :] = level
    out[:, :left] = level
    out[:, w - right :] = level
    return out


def jpeg(image: np.ndarray, quality: int) -> np.ndarray:
    """Round trip through a low-quality JPEG encoder (blocking and ringing)."""
    bgr = image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_RGB2BGR)
    ok, data = cv2.imencode(".jpg", bgr, [cv2.IMWRITE_JPEG_QUALITY, int(quality)])
    if not ok:
        raise RuntimeError("JPEG encoding failed")
    flags = cv2.IMREAD_GRAYSCALE if image.ndim == 2 else cv2.IMREAD_COLOR
    decoded = cv2.imdecode(data, flags)
    return decoded if image.ndim == 2 else cv2.cvtColor(decoded, cv2.COLOR_BGR2RGB)


def _fax_ceiling(factor: float, lift: int) -> int:
    """The highest fax threshold that keeps a low-contrast page's paper white.

    A fax machine sets its threshold between the ink and the paper it sees. After
    ``low_contrast`` the paper sits at ``lift + 255 * factor``, which can fall below the
    drawn threshold (0.42 and 67 put it at 174): the whole page went black, and the
    corpus held court orders no one could read. Three quarters of the way from ink to
    paper leaves the text and a margin for noise.
    """
    return int(lift + 0.75 * 255 * factor)


def fax(image: np.ndarray, threshold: int) -> np.ndarray:
    """Fax-style 1-bit binarisation: every pixel black (0) or white (255)."""
    return np.where(_gray(image) < threshold, 0, 255).astype(np.uint8)


def stamp(
    image: np.ndarray,
    text: str,
    colour: tuple[int, int, int],
    centre: tuple[int, int],
    angle: float,
    height: int,
    opacity: float = 0.75,
) -> np.ndarray:
    """A boxed rubber stamp in ``colour`` over the page, multiplied in like real ink."""
    rgb = image if image.ndim == 3 else cv2.cvtColor(image, cv2.COLOR_GRAY2RGB)
    face = ImageFont.truetype(str(_STAMP_FONT), max(10, height))
    lines = text.split("\n")
    widths = [face.getlength(line) for line in lines]
    pad = height // 2
    w = int(max(widths)) + 2 * pad
    h = len(lines) * int(height * 1.25) + 2 * pad
    layer = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(layer)
    edge = max(2, height // 8)
    draw.rectangle((0, 0, w - 1, h - 1), outline=255, width=edge)
    for i, line in enumerate(lines):
        draw.text(((w - widths[i]) / 2, pad + i * height * 1.25), line, font=face, fill=255)
    layer = layer.rotate(angle, expand=True, resample=Image.BILINEAR)
    alpha = np.asarray(layer, dtype=np.float32) / 255.0 * opacity
    out = rgb.astype(np.float32).copy()
    cx, cy = centre
    y0, x0 = cy - alpha.shape[0] // 2, cx - alpha.shape[1] // 2
    ys = slice(max(0, y0), min(out.shape[0], y0 + alpha.shape[0]))
    xs = slice(max(0, x0), min(out.shape[1], x0 + alpha.shape[1]))
    a = alpha[ys.start - y0 : ys.stop - y0, xs.start - x0 : xs.stop - x0][..., None]
    ink = np.array(colour, dtype=np.float32) / 255.0
    region = out[ys, xs]
    out[ys, xs] = region * (1 - a) + region * ink * a  # multiply blend: ink darkens paper
    return np.clip(out, 0, 255).astype(np.uint8)


def stamp_text(rng: random.Random, on: date, council: str | None) -> str:
    kind = rng.choice(("received", "copy", "council", "scanned"))
    when = f"{on.day:02d} {on:%b %Y}".upper()
    if kind == "received":
        return f"RECEIVED\n{when}"
    if kind == "copy":
        return rng.choice(("COPY", "CERTIFIED COPY", "SEALED COPY"))
    if kind == "council" and council:
        return f"{council.upper()}\nLEGAL SERVICES\n{when}"
    return f"SCANNED {when}"


def plan(
    rng: random.Random,
    dpi: int,
    size: tuple[int, int],
    on: date,
    council: str | None,
    primary: str | None = None,
) -> list[Step]:
    """A random combination of degradations, always including ``primary`` when given.

    Strengths are kept where a careful operator would still send the scan on: the point is
    to exercise the preprocessing, not to produce pages no one could read.
    """
    scale = dpi / 300
    chosen = {primary} if primary else set()
    for name, p in (
        ("skew", 0.5),
        ("blur", 0.2),
        ("noise", 0.25),
        ("speckle", 0.2),
        ("stamp", 0.3),
        ("low_contrast", 0.15),
        ("shadow", 0.2),
        ("fax", 0.08),
        ("jpeg", 0.15),
        ("border", 0.2),
        ("rotate", 0.08),
    ):
        if rng.random() < p:
            chosen.add(name)
    if "fax" in chosen:
        chosen.discard("jpeg")
        if primary == "jpeg":
            chosen.discard("fax")
            chosen.add("jpeg")
    if {"fax", "shadow"} <= chosen:
        # A fax goes through a sheet feeder, which lights the page evenly; a shadow under a
        # fixed threshold turned a band of the page black (L415: the court's heading and
        # the case number under it), a page nobody would send on.
        chosen.discard("fax" if primary == "shadow" else "shadow")
    width, height = size
    steps: list[Step] = []
    for name in sorted(chosen, key=_ORDER.__getitem__):
        if name == "skew":
            big = rng.random() < 0.25
            angle = rng.uniform(2.0, 10.0) if big else rng.uniform(0.5, 2.0)
            steps.append(Step("skew", {"angle": round(angle * rng.choice((-1, 1)), 2)}))
        elif name == "rotate":
            steps.append(Step("rotate", {"degrees": rng.choice((90, 180, 270))}))
        elif name == "blur":
            steps.append(Step("blur", {"sigma": round(rng.uniform(0.6, 1.6) * scale, 2)}))
        elif name == "noise":
            grain = 1 if dpi < 200 else rng.choice((1, 2, 2, 3))
            steps.append(Step("noise", {"sigma": round(rng.uniform(5, 15), 1), "grain_px": grain}))
        elif name == "speckle":
            steps.append(Step("speckle", {"amount": round(rng.uniform(0.001, 0.006), 4)}))
        elif name == "low_contrast":
            factor = round(rng.uniform(0.35, 0.6), 2)
            lift = int(rng.uniform(60, 255 - 255 * factor - 5))
            steps.append(Step("low_contrast", {"factor": factor, "lift": lift}))
        elif name == "shadow":
            steps.append(
                Step(
                    "shadow",
                    {
                        "strength": round(rng.uniform(0.3, 0.6), 2),
                        "side": rng.choice(("left", "right", "top", "bottom")),
                    },
                )
            )
        elif name == "border":
            edge = [rng.randint(0, int(0.35 * dpi)) for _ in range(4)]
            edge[rng.randrange(4)] = rng.randint(int(0.1 * dpi), int(0.35 * dpi))
            steps.append(Step("border", {"widths": edge, "level": rng.randint(10, 70)}))
        elif name == "jpeg":
            steps.append(Step("jpeg", {"quality": rng.randint(30, 60)}))
        elif name == "fax":
            threshold = rng.randint(150, 190)
            squashed = next((s.params for s in steps if s.name == "low_contrast"), None)
            if squashed:
                threshold = min(threshold, _fax_ceiling(squashed["factor"], squashed["lift"]))
            steps.append(Step("fax", {"threshold": threshold}))
        elif name == "stamp":
            colour = rng.choice(tuple(STAMP_COLOURS))
            steps.append(
                Step(
                    "stamp",
                    {
                        "text": stamp_text(rng, on, council),
                        "colour": colour,
                        "centre": [
                            rng.randint(width // 4, 3 * width // 4),
                            rng.randint(height // 8, height // 2),
                        ],
                        "angle": round(rng.uniform(-25, 25), 1),
                        "height": int(rng.uniform(0.22, 0.35) * dpi),
                        "page": 1,
                    },
                )
            )
    return steps


def apply(image: np.ndarray, steps: list[Step], page: int, seed: int) -> np.ndarray:
    """Apply ``steps`` to page number ``page`` (1-based); random steps reseeded per page."""
    out = image
    for step in steps:
        p = step.params
        if step.name == "stamp":
            if p.get("page", 1) == page:
                out = stamp(
                    out,
                    p["text"],
                    STAMP_COLOURS[p["colour"]],
                    tuple(p["centre"]),
                    p["angle"],
                    p["height"],
                )
        elif step.name == "skew":
            out = skew(out, p["angle"])
        elif step.name == "rotate":
            out = rotate(out, p["degrees"])
        elif step.name == "blur":
            out = blur(out, p["sigma"])
        elif step.name == "noise":
            out = noise(out, p["sigma"], seed * 31 + page, p.get("grain_px", 1))
        elif step.name == "speckle":
            out = speckle(out, p["amount"], seed * 37 + page)
        elif step.name == "low_contrast":
            out = low_contrast(out, p["factor"], p["lift"])
        elif step.name == "shadow":
            out = shadow(out, p["strength"], p["side"])
        elif step.name == "border":
            out = border(out, tuple(p["widths"]), p["level"])  # type: ignore[arg-type]
        elif step.name == "jpeg":
            out = jpeg(out, p["quality"])
        elif step.name == "fax":
            out = fax(out, p["threshold"])
        else:
            raise ValueError(f"unknown degradation {step.name!r}")
    return out
