"""Tesseract's TSV output (``image_to_data`` as a dict of columns), read one way everywhere.

Both the page reader (``pipeline.ocr``) and the identifier reread (``pipeline.reread``)
walk the same rows; a row Tesseract gives no word for (confidence -1, the page, block and
line rows) or only spaces must be skipped by both alike, or the two disagree on what a
word is.
"""

from __future__ import annotations


def tsv_word(data: dict[str, list], i: int) -> tuple[str, float] | None:
    """Row ``i``'s stripped text and confidence (0-1), or None when it holds no word."""
    text = (data["text"][i] or "").strip()
    try:
        confidence = float(data["conf"][i]) / 100.0
    except (TypeError, ValueError):
        return None
    if not text or confidence < 0:
        return None
    return text, confidence
