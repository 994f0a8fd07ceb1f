"""The words OCR found, and how to get from a character offset back to them.

Every later stage works on plain text (spaCy, regular expressions), but every field it
finds must keep the page and box it came from so a reviewer can be shown where it is.
:class:`DocumentText` builds the text from the words itself, so each character offset
maps to exactly one word without any re-alignment.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import cached_property

from pydantic import BaseModel, ConfigDict, Field


class Box(BaseModel):
    """A rectangle in the pixel coordinates of the original page image (before preprocessing)."""

    model_config = ConfigDict(frozen=True)

    left: int
    top: int
    width: int
    height: int

    @property
    def right(self) -> int:
        return self.left + self.width

    @property
    def bottom(self) -> int:
        return self.top + self.height

    @staticmethod
    def union(boxes: list[Box]) -> Box | None:
        if not boxes:
            return None
        left = min(b.left for b in boxes)
        top = min(b.top for b in boxes)
        right = max(b.right for b in boxes)
        bottom = max(b.bottom for b in boxes)
        return Box(left=left, top=top, width=right - left, height=bottom - top)


class Word(BaseModel):
    """One OCR word. ``confidence`` is Tesseract's 0-100 score scaled to 0-1."""

    model_config = ConfigDict(frozen=True)

    text: str
    confidence: float
    box: Box
    block: int = 0
    line: int = 0  # unique per page: consecutive words with the same line id share a line


class QualityReport(BaseModel):
    """What preprocessing found and did to one page, so a bad result can be explained."""

    rotation: int = 0  # degrees clockwise applied to make the text upright: 0/90/180/270
    skew_angle: float = 0.0  # degrees of deskew applied
    noise: float = 0.0  # estimated noise level (0 = clean)
    contrast: float = 0.0
    scale: float = 1.0  # factor applied to reach Tesseract's preferred text height
    text_height: float | None = None  # median text height in pixels before scaling
    border_removed: bool = False
    blank: bool = False
    dark: bool = False  # blank because almost all of it is black, not because it is empty
    dpi: float | None = None
    steps: list[str] = Field(default_factory=list)  # names of the steps that ran, in order
    seconds: float = 0.0


class PageText(BaseModel):
    """OCR result for one page: words in reading order plus the page's own summary."""

    page: int  # 1-based
    width: int  # of the original page image
    height: int
    words: list[Word] = Field(default_factory=list)
    # Indices of the words whose image shows an accent their text lacks (pipeline.marks):
    # Tesseract's confidence in them stands, but the names they are in must not be filed.
    unread_marks: list[int] = Field(default_factory=list)
    mean_confidence: float = 0.0
    quality: QualityReport = Field(default_factory=QualityReport)
    seconds: float = 0.0

    @property
    def text(self) -> str:
        """The page's text: words joined by spaces, lines by newlines, blocks by a blank line."""
        return _join_words(self.words)[0]


class WordRef(BaseModel):
    """Where a character span came from: page number and the word on that page."""

    page: int
    index: int
    word: Word
    start: int = 0  # where the word starts in DocumentText.text


class DocumentText(BaseModel):
    """All pages of one document; the text is derived from the words, never stored twice."""

    pages: list[PageText] = Field(default_factory=list)

    @cached_property
    def _layout(self) -> tuple[str, list[int], list[tuple[int, int, int]]]:
        parts: list[str] = []
        starts: list[int] = []
        refs: list[tuple[int, int, int]] = []  # (start, page_pos, word_index)
        offset = 0
        for page_pos, page in enumerate(self.pages):
            if page_pos:
                parts.append("\n\n")
                offset += 2
            text, offsets = _join_words(page.words)
            for word_index, start in enumerate(offsets):
                starts.append(offset + start)
                refs.append((offset + start, page_pos, word_index))
            parts.append(text)
            offset += len(text)
        return "".join(parts), starts, refs

    @property
    def text(self) -> str:
        """Whole-document text in reading order, pages separated by a blank line."""
        return self._layout[0]

    def words_in_span(self, start: int, end: int) -> list[WordRef]:
        """The words overlapping characters ``[start, end)`` of :attr:`text`."""
        _, starts, refs = self._layout
        first = max(bisect_right(starts, start) - 1, 0)
        found: list[WordRef] = []
        for ref_start, page_pos, word_index in refs[first:]:
            if ref_start >= end:
                break
            word = self.pages[page_pos].words[word_index]
            if ref_start + len(word.text) <= start:
                continue
            page = self.pages[page_pos].page
            found.append(WordRef(page=page, index=word_index, word=word, start=ref_start))
        return found

    @cached_property
    def _unread_mark_words(self) -> frozenset[str]:
        return frozenset(
            bare_word(page.words[i].text)
            for page in self.pages
            for i in page.unread_marks
            if i < len(page.words)
        )

    def shows_unread_mark(self, spans: list[tuple[int, int]]) -> bool:
        """Whether a word under ``spans`` reads as one whose image showed an unread accent,
        here or anywhere in the document: the model cannot write the accent, so every
        reading of the same name drops it alike."""
        marked = self._unread_mark_words
        return bool(marked) and any(
            bare_word(ref.word.text) in marked
            for start, end in spans
            for ref in self.words_in_span(start, end)
        )

    @property
    def mean_confidence(self) -> float:
        words = [w for p in self.pages for w in p.words]
        return sum(w.confidence for w in words) / len(words) if words else 0.0


# What OCR leaves around a word of running text: a name's word is itself without it.
WORD_PUNCTUATION = ".,;:()[]"


def bare_word(text: str) -> str:
    """A word as a name is compared: case folded, punctuation around it gone."""
    return text.strip(WORD_PUNCTUATION).casefold()


def _join_words(words: list[Word]) -> tuple[str, list[int]]:
    """Join words into text and return each word's start offset in it."""
    parts: list[str] = []
    offsets: list[int] = []
    length = 0
    previous: Word | None = None
    for word in words:
        if previous is not None:
            if word.block != previous.block:
                sep = "\n\n"
            elif word.line != previous.line:
                sep = "\n"
            else:
                sep = " "
            parts.append(sep)
            length += len(sep)
        offsets.append(length)
        parts.append(word.text)
        length += len(word.text)
        previous = word
    return "".join(parts), offsets
