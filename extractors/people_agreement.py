"""Whether a name the page prints more than once reads the same each time.

Orders and letters name their people in a party table and again in the body ("The child
Jonathan Bevan is placed ..."). Two readings of different pixels seldom make the same OCR
slip, so a name found word for word somewhere else is very likely right (on the dev corpora
388 of 1,177 right names were repeated exactly, and 1 of 30 wrong ones). A near copy and no
exact one ("Chandier" in the table, "Chandler" in the body) means one of the two readings
slipped, and we cannot tell which.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

AGREEMENT_SUPPORT = 0.5  # share of the OCR doubt that an exact second reading removes
DISAGREEMENT = 0.8  # a near but different second reading: one of them is wrong
NEAR = 80  # "Chandier" / "Chandler": one letter apart in a short name
# A surname alone: long enough that a near copy is not chance, near enough to be a slip
# ("Crasvford" / "Crawford" 82).
SURNAME_LETTERS = 5
NEAR_SURNAME = 80


def name_agreement(text: str, name: str, spans: list[tuple[int, int]]) -> tuple[float, float]:
    """(support, ambiguity) for ``name`` read at ``spans`` in ``text``.

    Only readings outside the name's own spans count; case and spacing are ignored, since
    bodies often print in mixed case what tables print in capitals.
    """
    words = name.split()
    if len(words) < 2:
        return 0.0, 1.0
    pattern = r"\s+".join(re.escape(w) for w in words)
    for m in re.finditer(rf"(?<!\w){pattern}(?!\w)", text, re.IGNORECASE):
        if not any(m.start() < e and s < m.end() for s, e in spans):
            return AGREEMENT_SUPPORT, 1.0
    target = " ".join(words).lower()
    tokens = list(re.finditer(r"[^\W\d_][^\s,.;:()]*", text))
    n = len(words)
    for i in range(len(tokens) - n + 1):
        if tokens[i].group(0)[:1].lower() != target[:1]:
            continue  # a reading of the same name starts with the same letter
        start, end = tokens[i].start(), tokens[i + n - 1].end()
        if any(start < e and s < end for s, e in spans):
            continue
        window = " ".join(t.group(0) for t in tokens[i : i + n]).lower()
        if fuzz.ratio(window, target) >= NEAR:
            return 0.0, DISAGREEMENT
    return 0.0, DISAGREEMENT if _surname_disagrees(words[-1], tokens, spans) else 1.0


def _surname_disagrees(
    surname: str, tokens: list[re.Match[str]], spans: list[tuple[int, int]]
) -> bool:
    """A family shares its surname, so the page prints it again: "Thomas Ben Crasvford" in
    the children's table, "James Crawford (father)" above. A surname printed nowhere else,
    with a near copy elsewhere, is one of the two readings slipped."""
    target = surname.lower().strip(".,")
    if len(target) < SURNAME_LETTERS:
        return False
    near = False
    for t in tokens:
        if any(t.start() < e and s < t.end() for s, e in spans):
            continue
        word = t.group(0).lower().strip(".,'’")
        if word == target:
            return False
        near = near or (word[:1] == target[:1] and fuzz.ratio(word, target) >= NEAR_SURNAME)
    return near
