"""The way back from the prepared image that Tesseract reads to the page as it was loaded.

Preprocessing crops, turns, straightens and rescales a page; every word box Tesseract
returns is in that prepared image. Reviewers must be shown boxes on the original scan, so
each geometric step is recorded as one affine matrix and boxes are mapped back through it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from pipeline.text import Box


def _as3(matrix: np.ndarray) -> np.ndarray:
    full = np.eye(3, dtype=np.float64)
    full[:2, :] = matrix[:2, :]
    return full


@dataclass(frozen=True)
class PageTransform:
    """Prepared-image coordinates -> original-image coordinates.

    ``matrix`` is a 2x3 affine (x, y, 1) -> (x', y'); ``original_size`` is (width,
    height) of the loaded page so mapped boxes can be clipped to it.
    """

    matrix: np.ndarray
    original_size: tuple[int, int]

    @classmethod
    def identity(cls, width: int, height: int) -> PageTransform:
        return cls(np.eye(3, dtype=np.float64)[:2].copy(), (int(width), int(height)))

    def then_forward(self, forward: np.ndarray) -> PageTransform:
        """Append a step that maps the current prepared image forward by ``forward`` (2x3).

        Because this transform maps *back*, appending a forward step means composing with
        the step's inverse on the right.
        """
        back = np.linalg.inv(_as3(forward))
        return PageTransform((_as3(self.matrix) @ back)[:2].copy(), self.original_size)

    def point(self, x: float, y: float) -> tuple[float, float]:
        m = self.matrix
        return (
            float(m[0, 0] * x + m[0, 1] * y + m[0, 2]),
            float(m[1, 0] * x + m[1, 1] * y + m[1, 2]),
        )

    def box(self, left: float, top: float, width: float, height: float) -> Box:
        """The axis-aligned box, clipped to the original page, that holds the mapped corners."""
        corners = [
            self.point(left, top),
            self.point(left + width, top),
            self.point(left, top + height),
            self.point(left + width, top + height),
        ]
        xs = [c[0] for c in corners]
        ys = [c[1] for c in corners]
        w, h = self.original_size
        x0 = int(np.clip(np.floor(min(xs) + 1e-6), 0, w))
        y0 = int(np.clip(np.floor(min(ys) + 1e-6), 0, h))
        x1 = int(np.clip(np.ceil(max(xs) - 1e-6), 0, w))
        y1 = int(np.clip(np.ceil(max(ys) - 1e-6), 0, h))
        return Box(left=x0, top=y0, width=max(x1 - x0, 0), height=max(y1 - y0, 0))


def translation(dx: float, dy: float) -> np.ndarray:
    return np.array([[1.0, 0.0, dx], [0.0, 1.0, dy]])


def rotation_scale(
    width: int, height: int, quarter_turns_cw: int, angle_ccw: float, scale: float
) -> tuple[np.ndarray, tuple[int, int]]:
    """Forward matrix and output size for turning, straightening and scaling in one warp.

    One resampling instead of three keeps strokes sharp and costs a third of the time.
    The canvas grows so that no corner of the page is cut off.
    """
    total = float(angle_ccw) - 90.0 * (quarter_turns_cw % 4)
    theta = np.deg2rad(total)
    cos, sin = np.cos(theta) * scale, np.sin(theta) * scale
    # Counter-clockwise on screen (y down): x' = cos*x + sin*y, y' = -sin*x + cos*y
    linear = np.array([[cos, sin], [-sin, cos]])
    corners = np.array([[0, 0], [width, 0], [0, height], [width, height]], dtype=np.float64)
    mapped = corners @ linear.T
    lo = mapped.min(axis=0)
    hi = mapped.max(axis=0)
    out_w = max(int(np.ceil(hi[0] - lo[0] - 1e-6)), 1)
    out_h = max(int(np.ceil(hi[1] - lo[1] - 1e-6)), 1)
    forward = np.hstack([linear, -lo.reshape(2, 1)])
    return forward, (out_w, out_h)
