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

# Characters the tolerant regular expressions accept in a digit position (dates use this too).
DIGITISH = "0-9OoDQIil|!SsBZzGb"

# Identifiers have a fixed shape and a validator, so they can afford a wider net than dates:
# Tesseract reads 0 as "@", 7 as "?", S as "$", E as "£", C as "€" and J as ")" or "}".
ID_TO_DIGIT: dict[str, str] = {**TO_DIGIT, "@": "0", "?": "7"}
ID_TO_LETTER: dict[str, str] = {
    **TO_LETTER,
    "$": "S",
    "£": "E",
    "€": "C",
    ")": "J",
    "}": "J",
    "]": "J",
}
ID_DIGITISH = DIGITISH + "@?"
# Letters whose capital and small forms look alike: Tesseract sometimes reads one glyph as
# both ("4xXD"), which is one letter, not two.
TWIN_CASE_LETTERS = "cCkKoOpPsSuUvVwWxXzZ"
# Regular-expression pieces for one character as read, in a digit or a letter position.
ID_DIGIT_UNIT = rf"(?:0O|O0|[{ID_DIGITISH}])"
_TWINS = "|".join(f"{c}{c.upper()}|{c.upper()}{c}" for c in TWIN_CASE_LETTERS if c.islower())
TWIN_PAIRS_PATTERN = _TWINS
ID_LETTER_UNIT = rf"(?:[I1l|]\.|{_TWINS}|[A-Za-z0-9$£€)}}\]])"
ID_ANY_UNIT = rf"(?:{ID_LETTER_UNIT}|{ID_DIGIT_UNIT})"


class Repaired(NamedTuple):
    """A value coerced to a shape; ``changes`` counts confusion swaps (case folding is free)."""

    value: str
    changes: int


def _single(char: str, kind: str) -> tuple[str, int] | None:
    """One character read in a position of ``kind``: its value and whether it was swapped."""
    if kind == "D":
        if char.isdigit() and char.isascii():
            return char, 0
        return (ID_TO_DIGIT[char], 1) if char in ID_TO_DIGIT else None
    if kind == "L":
        if char.isascii() and char.isalpha():
            return char.upper(), 0
        return (ID_TO_LETTER[char], 1) if char in ID_TO_LETTER else None
    return (kind, 0) if char.upper() == kind.upper() else None


def _pair(pair: str, kind: str) -> str | None:
    """Two characters as read that are one character of ``kind``: "I." is L, "xX" is X."""
    if kind == "L":
        if pair[0] in "I1l|" and pair[1] == ".":
            return "L"
        if (
            pair[0] != pair[1]
            and pair[0].upper() == pair[1].upper()
            and pair[0] in TWIN_CASE_LETTERS
        ):
            return pair[0].upper()
    if kind == "D" and pair in ("0O", "O0"):
        return "0"
    return None


def pair_reading(pair: str, kind: str) -> str | None:
    """The one character of ``kind`` (``D`` or ``L``) two characters as read stand for, if any."""
    return _pair(pair, kind)


def coerce(raw: str, shape: str) -> Repaired | None:
    """Coerce ``raw`` (spaces removed) to ``shape``: ``D`` digit, ``L`` letter, else literal.

    Returns None when the characters cannot be made to fit. Lower-case letters are upper-cased
    without counting as a change, because that is normalisation rather than a guess. Where
    the characters can be read more than one way (a two-character reading such as "I." for
    L), the reading with the fewest swaps wins.
    """
    chars = "".join(c for c in raw if not c.isspace())
    # best[i][j]: fewest swaps reading chars[:i] as shape[:j], with the value so far
    best: dict[tuple[int, int], Repaired] = {(0, 0): Repaired("", 0)}
    for i in range(len(chars) + 1):
        for j in range(len(shape)):
            here = best.get((i, j))
            if here is None:
                continue
            steps: list[tuple[int, str, int]] = []
            if i < len(chars) and (one := _single(chars[i], shape[j])) is not None:
                steps.append((i + 1, one[0], one[1]))
            if i + 1 < len(chars) and (two := _pair(chars[i : i + 2], shape[j])) is not None:
                steps.append((i + 2, two, 1))
            for ni, char, cost in steps:
                cand = Repaired(here.value + char, here.changes + cost)
                old = best.get((ni, j + 1))
                if old is None or cand.changes < old.changes:
                    best[(ni, j + 1)] = cand
    return best.get((len(chars), len(shape)))


def real_digits(raw: str) -> int:
    """How many characters are genuine digits: a guard against 'repairing' ordinary words."""
    return sum(c.isdigit() for c in raw)
