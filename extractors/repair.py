"""Undo the character confusions OCR makes in identifiers, but only when the result validates.

Tesseract reads ``0`` as ``O``, ``1`` as ``I``/``l``, ``5`` as ``S`` and so on. An identifier
has a fixed shape (which positions are digits, which letters), so a confusable character in
the wrong kind of position can be swapped back. The swap is only a hypothesis: callers keep
it only when the repaired value passes its validator, and record that a repair happened so
the confidence can be lowered.
"""

from __future__ import annotations

from typing import NamedTuple

# Read as a letter where a digit belongs.
TO_DIGIT: dict[str, str] = {
    "O": "0",
    "o": "0",
    "D": "0",
    "Q": "0",
    "I": "1",
    "i": "1",
    "l": "1",
    "|": "1",
    "!": "1",
    "S": "5",
    "s": "5",
    "B": "8",
    "Z": "2",
    "z": "2",
    "G": "6",
    "b": "6",
}
# Read as a digit where a letter belongs.
TO_LETTER: dict[str, str] = {
    "0": "O",
    "1": "I",
    "5": "S",
    "8": "B",
    "2": "Z",
    "6": "G",
    "4": "A",
}

# Characters the tolerant regular expressions accept in a digit position.
DIGITISH = "0-9OoDQIil|!SsBZzGb"


class Repaired(NamedTuple):
    """A value coerced to a shape; ``changes`` counts confusion swaps (case folding is free)."""

    value: str
    changes: int


def coerce(raw: str, shape: str) -> Repaired | None:
    """Coerce ``raw`` (spaces removed) to ``shape``: ``D`` digit, ``L`` letter, else literal.

    Returns None when some position cannot be made to fit. Lower-case letters are upper-cased
    without counting as a change, because that is normalisation rather than a guess.
    """
    chars = [c for c in raw if not c.isspace()]
    if len(chars) != len(shape):
        return None
    out: list[str] = []
    changes = 0
    for char, kind in zip(chars, shape, strict=True):
        if kind == "D":
            if char.isdigit():
                out.append(char)
            elif char in TO_DIGIT:
                out.append(TO_DIGIT[char])
                changes += 1
            else:
                return None
        elif kind == "L":
            if char.isascii() and char.isalpha():
                out.append(char.upper())
            elif char in TO_LETTER:
                out.append(TO_LETTER[char])
                changes += 1
            else:
                return None
        else:
            if char.upper() != kind.upper():
                return None
            out.append(kind)
    return Repaired("".join(out), changes)


def real_digits(raw: str) -> int:
    """How many characters are genuine digits: a guard against 'repairing' ordinary words."""
    return sum(c.isdigit() for c in raw)
