"""Build a DocumentText from a string, so extractor tests look like OCR output without OCR.

A plain module (not conftest) so the integration tests can load it too.
"""

from __future__ import annotations

from pipeline.text import Box, DocumentText, PageText, Word

CHAR_W = 10
LINE_H = 30


def doc_from_text(
    text: str, confidence: float = 0.95, low: dict[str, float] | None = None
) -> DocumentText:
    """One Word per whitespace-separated token, one OCR line per text line, fake boxes.

    Pages are separated by a form feed. ``low`` gives chosen words their own confidence
    (e.g. ``{"LS24C0O123": 0.4}``) so a test can smudge exactly one value.
    """
    low = low or {}
    pages: list[PageText] = []
    for page_no, page_text in enumerate(text.split("\f"), start=1):
        words: list[Word] = []
        block = 0
        for line_no, line in enumerate(page_text.split("\n")):
            if not line.strip():
                block += 1
                continue
            col = 0
            for token in line.split(" "):
                if token:
                    box = Box(
                        left=col * CHAR_W,
                        top=line_no * LINE_H,
                        width=len(token) * CHAR_W,
                        height=20,
                    )
                    words.append(
                        Word(
                            text=token,
                            confidence=low.get(token, confidence),
                            box=box,
                            block=block,
                            line=line_no,
                        )
                    )
                col += len(token) + 1
        pages.append(PageText(page=page_no, width=2000, height=3000, words=words))
    return DocumentText(pages=pages)
