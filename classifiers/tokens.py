"""OCR-tolerant tokens: the words of a page, repaired towards the classifier's vocabulary.

OCR breaks the words the classifier cares about in a handful of ways: letters confused
with digits ("0RDER", "sect1on"), one or two wrong letters ("lnterim"), words run
together ("CAREORDER") and words split ("Chil dren"). Repairing tokens towards a small,
known vocabulary (every word of every evidence phrase) is cheap and keeps the evidence
readable: after repair, a phrase either is on the page or it is not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

_TOKEN = re.compile(r"[a-z0-9]+")
_SECTION = re.compile(r"^([a-z]{1,2})(\d+[a-z]?)$")  # s38, s8, ss31
_DIGIT_AS_LETTER = str.maketrans({"0": "o", "1": "l", "5": "s", "8": "b", "6": "g", "4": "a"})
_CACHE_LIMIT = 200_000
# Characters Tesseract confuses with each other, collapsed to one "shape".
_SHAPES = (("rn", "m"), ("cl", "d"), ("vv", "w"), ("ii", "u"))
_SHAPE_CHARS = str.maketrans({"l": "i", "1": "i", "j": "i", "0": "o", "5": "s", "8": "b"})


def shape(token: str) -> str:
    """A token with look-alike characters collapsed: 'lnterlm' and 'interim' agree."""
    for a, b in _SHAPES:
        token = token.replace(a, b)
    return token.translate(_SHAPE_CHARS)


class Vocabulary:
    """The words worth repairing towards, with a cache of repairs already made."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(words)
        self._choices = sorted(self.words)
        self._long = [w for w in self._choices if len(w) >= 4]
        self._by_shape: dict[str, str] = {}
        for w in self._long:
            self._by_shape.setdefault(shape(w), w)
        self._by_length: dict[int, list[str]] = {}
        for key in self._by_shape:
            for n in range(len(key) - 2, len(key) + 3):
                self._by_length.setdefault(n, []).append(key)
        self._cache: dict[str, tuple[str, ...]] = {}

    def repair(self, token: str) -> tuple[str, ...]:
        """The vocabulary word(s) a token stands for, or the token unchanged."""
        hit = self._cache.get(token)
        if hit is not None:
            return hit
        if len(self._cache) > _CACHE_LIMIT:
            self._cache.clear()
        out = self._repair(token)
        self._cache[token] = out
        return out

    def _repair(self, token: str) -> tuple[str, ...]:
        if token in self.words:
            return (token,)
        m = _SECTION.match(token)
        if m:
            return (m.group(1), m.group(2))
        letters = sum(ch.isalpha() for ch in token)
        if 0 < letters < len(token) <= 3:  # "0f", "t0": short words only repair exactly
            short = token.translate(_DIGIT_AS_LETTER)
            return (short,) if short in self.words else (token,)
        if letters >= 3 and letters < len(token):
            token = token.translate(_DIGIT_AS_LETTER)
            if token in self.words:
                return (token,)
        if len(token) <= 3:
            return (token,)
        fuzzy = self.closest(token)
        if fuzzy is not None:
            return (fuzzy,)
        if len(token) >= 6:
            split = self._split(token, depth=3)
            if split:
                return split
        return (token,)

    def closest(self, token: str) -> str | None:
        """The nearest vocabulary word within a length-dependent edit budget."""
        if len(token) < 4:
            return token if token in self.words else None
        key = shape(token)
        if key in self._by_shape:
            return self._by_shape[key]
        cutoff = 0.8 if len(token) <= 6 else 0.75
        found = process.extractOne(
            key,
            self._by_length.get(len(key), ()),
            scorer=Levenshtein.normalized_similarity,
            score_cutoff=cutoff,
        )
        return self._by_shape[found[0]] if found else None

    def _split(self, token: str, depth: int) -> tuple[str, ...] | None:
        """Split run-together words into vocabulary words (exact, up to ``depth`` parts)."""
        if token in self.words:
            return (token,)
        if depth <= 1:
            return None
        for i in range(len(token) - 2, 1, -1):
            left, right = token[:i], token[i:]
            if left in self.words and len(left) >= 2:
                rest = self._split(right, depth - 1)
                if rest:
                    return (left, *rest)
        return None


def line_tokens(line: str, vocab: Vocabulary) -> list[str]:
    """Lower-cased, repaired tokens of one line; split words are joined when that helps."""
    raw = _TOKEN.findall(line.lower())
    out: list[str] = []
    i = 0
    while i < len(raw):
        joined = _join(raw, i, vocab)
        if joined:
            words, used = joined
            out.extend(words)
            i += used
            continue
        out.extend(vocab.repair(raw[i]))
        i += 1
    return out


def _join(raw: list[str], i: int, vocab: Vocabulary) -> tuple[tuple[str, ...], int] | None:
    """Fragments of a split word ("IT ER IM", "Chil dren") joined back, if that repairs."""
    if raw[i] in vocab.words and len(raw[i]) > 3:
        return None
    for n in (3, 2):
        parts = raw[i : i + n]
        if len(parts) < n or any(p in vocab.words and len(p) > 3 for p in parts):
            continue
        if min(len(p) for p in parts) > 4 or (n == 3 and max(len(p) for p in parts) > 4):
            continue  # split words leave a short fragment; two whole words do not join
        joined = "".join(parts)
        if len(joined) < 5:
            continue
        repaired = vocab.repair(joined)
        if all(w in vocab.words and len(w) > 3 for w in repaired):
            return repaired, n
    return None
