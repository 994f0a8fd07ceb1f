"""Per-field confidence: how much a value deserves to be filed without a human looking at it.

The decision stage files a field automatically only above a threshold, so the number must
*separate* right from wrong values rather than merely look like a probability. It is the
product of four independent pieces of evidence, each in [0, 1]:

    confidence = ocr_term * evidence_term * validator_term * ambiguity_term

- ``ocr_term = 0.35 + 0.65 * ocr`` where ``ocr = (mean + min) / 2`` of the Tesseract
  confidences of the words the value was read from (mapped back from character offsets with
  ``DocumentText.words_in_span``). The minimum matters: one smudged digit ruins an ID.
  With no words to look at (should not happen) ``ocr`` is taken as 0.5. A candidate's
  ``support`` (evidence the OCR confidence cannot see: a PNC check character that works out,
  a court code matching the court named on the order) first closes that share of the gap
  between ``ocr`` and 1, so a faint but self-checking read is not sent to review for its ink.
  Its opposite, ``misread`` (evidence the characters are wrong though Tesseract was sure of
  them: a person's name one typical OCR slip from a real name, ``extractors.name_lexicon``),
  then takes that share off ``ocr``: Tesseract scores "Sinith" as high as "Smith", so a
  name's ink alone cannot send the slip to review.
- ``evidence_term = certainty * (1.0 if anchored else 0.85) * (0.75 if repaired else 1.0)``:
  the pattern's or model's own certainty (a strict regex ~0.95, a table row ~0.8, a name
  found only by NER in a role phrase ~0.65), whether a label names the field right next to
  it ("Case No:", "Dated", "Date of birth"), and whether OCR-confusion repair was needed.
- ``validator_term`` = 1.0 when a validator accepted the value (check character, postcode
  area and shape, date plausibility), 0.95 when the field has no validator, 0.35 when one
  rejected it, so a failed check alone drags a value well below any sensible threshold.
- ``ambiguity_term`` = 0.6 when another candidate for the same scalar field with a different
  value is as well anchored as the chosen one (two case numbers under two "Case No" labels),
  0.85 when only less-anchored rivals disagree, 1.0 otherwise.

Typical values (OCR 0.95): an anchored, validated, unrepaired case number ~0.92; the same
unanchored ~0.78; repaired ~0.69; a name under a "Name:" label ~0.83, one found only by NER
in a role phrase ~0.5; a PNC ID with a wrong check character ~0.3; anything read from words
Tesseract scored 0.5 loses a quarter; a labelled name with a likely slip (``misread`` 0.8)
~0.42. ``SUGGESTED_THRESHOLD`` (0.8) is where they part.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.text import Box, DocumentText, WordRef

SUGGESTED_THRESHOLD = 0.8


@dataclass(frozen=True)
class WordEvidence:
    """What the OCR words under a span say: their confidence, and where they are."""

    ocr: float
    page: int | None
    box: Box | None


# What a word's confidence says of characters it cannot be told apart from: as much as no
# word at all (word_evidence's fallback).
UNKNOWN_OCR = 0.5


def _outside(ref: WordRef, spans: list[tuple[int, int]]) -> str:
    """The characters of the word that no span covers."""
    return "".join(
        ch
        for i, ch in enumerate(ref.word.text)
        if not any(s <= ref.start + i < e for s, e in spans)
    )


def _value_confidence(ref: WordRef, spans: list[tuple[int, int]]) -> float:
    """The word's confidence as evidence about the part of it a value was read from.

    Tesseract scores a word by its least certain character, so a speck glued to a case
    number ("-EX22P02016", "PL22CO1841.", "—~NR22C00696") can score the whole word 0 while
    the value's characters were read well: the score is then only a floor for them, and an
    unknown one counts as UNKNOWN_OCR. A word with letters or digits outside the value
    keeps its score: they may be the value's own, cut off.
    """
    confidence = max(0.0, min(1.0, ref.word.confidence))
    outside = _outside(ref, spans)
    if outside and not any(ch.isalnum() for ch in outside):
        return max(confidence, UNKNOWN_OCR)
    return confidence


def word_evidence(
    doc: DocumentText, spans: list[tuple[int, int]], *, specks_apart: bool = False
) -> WordEvidence:
    """Confidence, page and box of the words under ``spans`` (box on the first span's page).

    ``specks_apart``: a word's score does not count against a value for specks glued to it
    (``_value_confidence``); asked for by identifiers, whose characters are all letters and
    digits, so that anything else in the word is not theirs.
    """
    refs = [ref for start, end in spans for ref in doc.words_in_span(start, end)]
    if not refs:
        return WordEvidence(UNKNOWN_OCR, None, None)
    confidences = [
        _value_confidence(r, spans) if specks_apart else max(0.0, min(1.0, r.word.confidence))
        for r in refs
    ]
    ocr = (sum(confidences) / len(confidences) + min(confidences)) / 2
    page = refs[0].page
    box = Box.union([r.word.box for r in refs if r.page == page])
    return WordEvidence(ocr, page, box)


def combine(
    ocr: float,
    certainty: float,
    *,
    anchored: bool,
    repaired: bool,
    validated: bool | None,
    ambiguity: float = 1.0,
    support: float = 0.0,
    misread: float = 0.0,
) -> float:
    """The formula in the module docstring; kept separate so it can be tested on its own.

    ``support`` is independent evidence that the characters were read right (a PNC check
    character that works out): it closes that share of the gap between ``ocr`` and 1.
    ``misread`` is independent evidence that they were read wrong (a name one OCR slip from
    a real name): it then takes that share off ``ocr``.
    """
    ocr = max(0.0, min(1.0, ocr))
    ocr = ocr + (1.0 - ocr) * max(0.0, min(1.0, support))
    ocr = ocr * (1.0 - max(0.0, min(1.0, misread)))
    ocr_term = 0.35 + 0.65 * ocr
    evidence_term = certainty * (1.0 if anchored else 0.85) * (0.75 if repaired else 1.0)
    validator_term = {True: 1.0, None: 0.95, False: 0.35}[validated]
    value = ocr_term * evidence_term * validator_term * ambiguity
    return round(max(0.0, min(1.0, value)), 4)
