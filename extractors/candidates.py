"""A candidate value: one reading of one field from one place in the text.

Pattern components produce many candidates; assembly picks the best per scalar field and
de-duplicates list fields. Keeping char offsets (not tokens) means a candidate can always
be mapped back to the OCR words, page and box it came from.
"""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Candidate:
    field: str  # e.g. "case_number", "pnc_id", "postcode", "date", "court"
    start: int  # char offsets into DocumentText.text
    end: int
    raw: str  # the text as read
    value: str  # normalised
    validated: bool | None = None
    repaired: bool = False
    anchored: bool = False  # sits next to a label that names the field
    certainty: float = 0.8  # the pattern's own certainty before OCR and validation
    source: str = ""
    # Evidence in [0, 1] that the characters were read right which the OCR confidence does not
    # see (a check character that works out): lifts the OCR term toward 1 in confidence.combine.
    support: float = 0.0
    # Its opposite: evidence that they were read wrong though Tesseract was sure of them (a
    # judge's name one OCR slip from a real name, extractors.name_lexicon).
    misread: float = 0.0
    # A repair with one possible reading that the page confirms (a C read as "€" where only a
    # case type letter can stand, a court code mended to the court the order names): still a
    # repair, recorded as one, but no guess, so confidence does not take the repair discount.
    repair_confirmed: bool = False

    def with_(self, **changes: object) -> Candidate:
        return replace(self, **changes)  # type: ignore[arg-type]
