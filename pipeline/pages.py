"""A page as loading hands it to preprocessing: pixels plus the resolution they were taken at."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class LoadedPage:
    """One rasterised page.

    ``image`` is uint8, either grayscale (H, W) or BGR (H, W, 3): colour is kept because
    coloured stamps and highlighter can be removed by colour before OCR. ``dpi`` is the
    resolution the pixels represent, read from the file or estimated; box coordinates in
    every later stage are in this image's pixel space.
    """

    index: int  # 0-based position in the document
    image: np.ndarray
    dpi: float
    dpi_estimated: bool = False

    @property
    def number(self) -> int:
        return self.index + 1

    @property
    def size(self) -> tuple[int, int]:
        """(width, height) in pixels."""
        return int(self.image.shape[1]), int(self.image.shape[0])
