"""One page in, its words out: preprocessing then exactly one Tesseract pass.

One pass per page is what keeps OCR within the speed budget (1.3x plain Tesseract), so
orientation and skew come from :mod:`pipeline.preprocess`, not from a second Tesseract
run. Word boxes are mapped back to the loaded page's pixels so that a reviewer is shown
the words where they are on the original scan.
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

import cv2
import numpy as np
import pytesseract
from PIL import Image

from pipeline.errors import MissingDependencyError, OcrTimeoutError
from pipeline.marks import rows_with_unread_marks
from pipeline.pages import LoadedPage
from pipeline.preprocess import PreparedPage, PreprocessConfig, preprocess
from pipeline.reread import (
    TESSERACT_CONFIG,
    RereadConfig,
    readings_by_band,
    reread_identifiers,
    stack_crops,
)
from pipeline.text import PageText, Word
from pipeline.tsv import tsv_word

log = logging.getLogger(__name__)

INSTALL_HINT = (
    "Tesseract OCR is not installed or not on PATH: install it "
    "(Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-eng; macOS: brew install "
    "tesseract) or set pytesseract.pytesseract.tesseract_cmd"
)


@dataclass(frozen=True)
class OcrConfig:
    """How Tesseract is run. ``timeout`` is seconds per page (0 = none)."""

    language: str = "eng"
    # None = per page: 4 (one column of lines of varying size) reads label/value forms and
    # PNC prints row by row as a person does (psm 3 split them into a column of labels and
    # one of values: ~9% vs ~3% CER on the generated corpus, and psm 4 took half the time);
    # 3 (automatic layout) when preprocessing finds columns of prose, as in linn.png
    # (1% vs 37% CER).
    psm: int | None = None
    oem: int = 1  # LSTM only
    timeout: float = 120.0
    # Inverted-text detection costs a second look at every line; scans here are dark on light.
    extra_config: str = "-c tessedit_do_invert=0"
    # Words below this confidence with no two letters/digits in a row are dropped: they are
    # what Tesseract makes of grain, stamp edges and fax noise ("~", "‘,", ".:"), and they
    # would reach the extractors as text. Measured on the corpus: see bench/ocr_tuning.py.
    drop_junk_below: float = 0.3
    # A page read upright comes out at a mean confidence of 0.69 or more on the degraded
    # corpus; one the orientation cues turned the wrong way up, at 0.33-0.41. Below this,
    # the page is read once more turned half round and the more confident reading kept:
    # a second pass only for the few pages that need it.
    recheck_upside_down_below: float = 0.6
    preprocess: PreprocessConfig = field(default_factory=PreprocessConfig)
    reread: RereadConfig = field(default_factory=RereadConfig)

    def tesseract_config(self, dpi: float | None, columns: bool = False) -> str:
        psm = self.psm if self.psm is not None else (3 if columns else 4)
        parts = [f"--oem {self.oem}", f"--psm {psm}"]
        if dpi:
            parts.append(f"--dpi {round(dpi)}")
        if self.extra_config:
            parts.append(self.extra_config)
        return " ".join(parts)


def _run_tesseract(
    image: np.ndarray, config: OcrConfig, dpi: float | None, columns: bool
) -> dict[str, list]:
    picture = Image.fromarray(image)
    if image.ndim == 2 and np.isin(image[:: max(image.shape[0] // 64, 1)], (0, 255)).all():
        picture = picture.convert("1", dither=Image.Dither.NONE)
    # pytesseract hands the image over as a temporary file in ``format``; PNG compression
    # of a full page cost ~0.1 s, an uncompressed 1-bit BMP ~0.02 s.
    picture.format = "BMP"
    return _image_to_data(picture, config, config.tesseract_config(dpi, columns))


def _image_to_data(picture: Image.Image | str, config: OcrConfig, options: str) -> dict[str, list]:
    """One Tesseract run on an image or an image file (a multi-page TIFF reads page by
    page), its failures as caseclerk's errors (missing binary, timeout)."""
    # Tesseract's OpenMP threads fight each other (and other workers) on small machines;
    # pytesseract passes our environment to the subprocess. Parallelism is across pages.
    os.environ["OMP_THREAD_LIMIT"] = "1"
    try:
        return pytesseract.image_to_data(
            picture,
            lang=config.language,
            config=options,
            output_type=pytesseract.Output.DICT,
            timeout=config.timeout or 0,
        )
    except pytesseract.TesseractNotFoundError as exc:
        raise MissingDependencyError(INSTALL_HINT) from exc
    except RuntimeError as exc:
        if "timeout" in str(exc).lower():
            raise OcrTimeoutError(
                f"Tesseract took longer than {config.timeout:g} s on one page"
            ) from exc
        raise


_WORDLIKE = re.compile(r"[^\W_]{2}")


def is_junk(text: str, confidence: float, threshold: float) -> bool:
    """A low-confidence token that is not even two letters or digits long."""
    return confidence < threshold and _WORDLIKE.search(text) is None


def _kept_rows(data: dict[str, list], drop_junk_below: float) -> list[tuple[int, str, float]]:
    """The TSV rows that become words (row, text, confidence): those holding a word that is
    not junk."""
    rows = []
    for i in range(len(data.get("text", []))):
        word = tsv_word(data, i)
        if word is not None and not is_junk(*word, drop_junk_below):
            rows.append((i, *word))
    return rows


def words_from_data(
    data: dict[str, list], prepared: PreparedPage, drop_junk_below: float = 0.0
) -> list[Word]:
    """Tesseract's TSV rows -> words in reading order with boxes on the original page.

    Tesseract emits rows in reading order already (block, paragraph, line, word); line ids
    are renumbered so that each (block, paragraph, line) gets its own id on the page.
    """
    words: list[Word] = []
    line_ids: dict[tuple[int, int, int], int] = {}
    for i, text, confidence in _kept_rows(data, drop_junk_below):
        key = (int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i]))
        line = line_ids.setdefault(key, len(line_ids) + 1)
        box = prepared.transform.box(
            data["left"][i], data["top"][i], data["width"][i], data["height"][i]
        )
        words.append(
            Word(
                text=text,
                confidence=round(min(confidence, 1.0), 4),
                box=box,
                block=key[0],
                line=line,
            )
        )
    return words


def words_with_unread_marks(
    data: dict[str, list], prepared: PreparedPage, drop_junk_below: float = 0.0
) -> list[int]:
    """Which of :func:`words_from_data`'s words show an accent their text lacks (by index),
    found here where the page Tesseract read and the words' boxes on it are at hand."""
    marked = rows_with_unread_marks(data, prepared.image)
    return [n for n, (i, _, _) in enumerate(_kept_rows(data, drop_junk_below)) if i in marked]


def _page_rows(data: dict[str, list], page: int) -> dict[str, list]:
    """The TSV rows of one page (1-based) of a multi-page Tesseract run."""
    rows = [i for i, n in enumerate(data.get("page_num", [])) if int(n) == page]
    return {key: [column[i] for i in rows] for key, column in data.items()}


def read_sheets(sheets: list[list[np.ndarray]], config: OcrConfig) -> list[list[tuple[str, float]]]:
    """Sheets of identifier crops, each stacked on a page of one TIFF and read in one
    Tesseract call: each crop's text and lowest confidence, sheet by sheet."""
    stacked = [stack_crops(crops) for crops in sheets]
    try:
        with tempfile.TemporaryDirectory(prefix="caseclerk-reread-") as folder:
            path = str(Path(folder) / "sheets.tif")  # the folder is 0700: crops hold IDs
            first, *rest = (Image.fromarray(sheet) for sheet, _ in stacked)
            first.save(path, save_all=True, append_images=rest, compression="raw")
            data = _image_to_data(path, config, TESSERACT_CONFIG)
    except (OcrTimeoutError, RuntimeError) as exc:  # the first readings stand
        log.debug("identifier reread skipped: %s", type(exc).__name__)
        return [[("", 0.0)] * len(crops) for crops in sheets]
    return [readings_by_band(_page_rows(data, n), bands) for n, (_, bands) in enumerate(stacked, 1)]


def _recognise(
    prepared: PreparedPage,
    cfg: OcrConfig,
    dpi: float | None,
    original: np.ndarray,
    rotation: int,
) -> tuple[list[Word], list[int], int]:
    """The page's words, those of them with an unread accent, and how many identifier words
    a second look changed."""
    data = _run_tesseract(prepared.image, cfg, dpi, prepared.columns)
    changed = reread_identifiers(
        data,
        original,
        prepared.transform,
        rotation,
        lambda sheets: read_sheets(sheets, cfg),
        cfg.reread,
        prepared.quality.scale,
    )
    words = words_from_data(data, prepared, cfg.drop_junk_below)
    return words, words_with_unread_marks(data, prepared, cfg.drop_junk_below), changed


def _mean_confidence(words: list[Word]) -> float:
    return sum(w.confidence for w in words) / len(words) if words else 0.0


def turned_half_round(prepared: PreparedPage) -> PreparedPage:
    """The prepared page turned 180 degrees, its transform still mapping to the original."""
    height, width = prepared.image.shape[:2]
    forward = np.array([[-1.0, 0.0, width], [0.0, -1.0, height]])
    return replace(
        prepared,
        image=cv2.rotate(prepared.image, cv2.ROTATE_180),
        transform=prepared.transform.then_forward(forward),
    )


def read_page(page: LoadedPage, config: OcrConfig | None = None) -> PageText:
    """Preprocess and OCR one page; a blank page comes back with no words and no OCR run."""
    cfg = config or OcrConfig()
    started = time.perf_counter()
    width, height = page.size
    prepared = preprocess(page.image, page.dpi, cfg.preprocess)
    quality = prepared.quality
    words: list[Word] = []
    unread: list[int] = []
    if not quality.blank:
        dpi = page.dpi * quality.scale if page.dpi else None
        words, unread, reread = _recognise(prepared, cfg, dpi, page.image, quality.rotation)
        if words and _mean_confidence(words) < cfg.recheck_upside_down_below:
            turned = turned_half_round(prepared)
            turned_words, turned_unread, turned_reread = _recognise(
                turned, cfg, dpi, page.image, quality.rotation + 180
            )
            if _mean_confidence(turned_words) > _mean_confidence(words):
                words, unread, reread = turned_words, turned_unread, turned_reread
                quality.rotation = (quality.rotation + 180) % 360
                quality.steps.append("turned")
        if reread:
            quality.steps.append(f"reread:{reread}")
    mean = _mean_confidence(words)
    seconds = time.perf_counter() - started
    log.debug(
        "page %d: %d words, conf %.2f, %.2fs (preprocess %.2fs), steps %s",
        page.number,
        len(words),
        mean,
        seconds,
        quality.seconds,
        ",".join(quality.steps),
    )
    return PageText(
        page=page.number,
        width=width,
        height=height,
        words=words,
        unread_marks=unread,
        mean_confidence=round(mean, 4),
        quality=quality,
        seconds=round(seconds, 4),
    )
