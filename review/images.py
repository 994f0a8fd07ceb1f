"""Page images for the review page, rendered from the original copy in the case folder.

Rendered at a modest resolution (enough to read a name on screen) and kept in a small
in-memory cache, so paging back and forth does not re-run poppler; nothing is written to
disk, and the original scan is only ever read.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from pathlib import Path

import cv2
import numpy as np

from pipeline.records import Record
from pipeline.settings import Settings
from pipeline.sniff import SCAN_SUFFIXES

DISPLAY_DPI = 110
MAX_WIDTH = 1400
_NOT_ORIGINAL = {"record.json", "text.txt", "searchable.pdf"}


def find_original(folder: Path, record: Record) -> Path | None:
    """The copy of the original scan inside a case folder (never a path read off a page)."""
    if not folder.is_dir():
        return None
    candidates = [
        p
        for p in folder.iterdir()
        if p.is_file() and p.name not in _NOT_ORIGINAL and p.suffix.lower() in SCAN_SUFFIXES
    ]
    for p in candidates:
        if p.name == record.source.file_name:
            return p
    for p in candidates:
        if p.name.startswith("original"):
            return p
    return candidates[0] if len(candidates) == 1 else None


def to_png(image: np.ndarray, max_width: int = MAX_WIDTH) -> bytes:
    height, width = image.shape[:2]
    if width > max_width:
        scale = max_width / width
        image = cv2.resize(
            image, (max_width, max(1, round(height * scale))), interpolation=cv2.INTER_AREA
        )
    ok, buf = cv2.imencode(".png", image, [cv2.IMWRITE_PNG_COMPRESSION, 3])
    if not ok:
        raise ValueError("could not encode the page image")
    return buf.tobytes()


class PageImages:
    """Rendered page PNGs keyed by (original path, its mtime, page index)."""

    def __init__(self, settings: Settings, capacity: int = 24) -> None:
        self.settings = settings
        self.capacity = capacity
        self._cache: OrderedDict[tuple[str, float, int], bytes] = OrderedDict()
        self._lock = threading.Lock()

    def png(self, original: Path, index: int) -> bytes:
        """PNG of page ``index`` (0-based); raises IndexError past the last page."""
        key = (str(original), original.stat().st_mtime, index)
        with self._lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]
        from pipeline.loading import LoadLimits, load_page

        limits = LoadLimits.from_settings(
            self.settings.model_copy(update={"render_dpi": DISPLAY_DPI})
        )
        page = load_page(original, index, limits)
        data = to_png(page.image)
        with self._lock:
            self._cache[key] = data
            while len(self._cache) > self.capacity:
                self._cache.popitem(last=False)
        return data
