"""Scoring predictions against truth files, exactly as ``../shared/truth-format.md`` says.

Every figure ``caseclerk eval`` reports about accuracy comes from here, so the rules are
deliberately strict and simple: strings compare after folding case and white space, names
also ignore titles and punctuation, dates compare as ISO dates, list fields compare as
sets. No fuzzy matching: a name that is one letter off is wrong, because a record filed
with it would be wrong too.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from rapidfuzz.distance import Levenshtein

from pipeline.decision import ANY_OF, required_fields

SCALAR_FIELDS = ("case_number", "court", "document_date", "judge", "local_authority")
LIST_FIELDS = ("children", "children.date_of_birth", "people", "pnc_ids", "postcodes")
SCORED_FIELDS = SCALAR_FIELDS + LIST_FIELDS
NAME_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr"})

_SPACE = re.compile(r"\s+")


def fold(value: str | None) -> str:
    """Case and white space folded: 'Family  Court at\\nLeeds' == 'family court at leeds'."""
    if value is None:
        return ""
    return _SPACE.sub(" ", str(value)).strip().casefold()


def fold_name(value: str | None) -> str:
    """A person's name folded for matching: also without punctuation and leading titles.

    Punctuation is removed rather than turned into a space so that "O'Brien" and "OBrien"
    agree; titles (Mr, Mrs, Ms, Miss, Mx, Dr) are dropped only before the name, because
    the same word later on would be part of the name.
    """
    folded = fold(value)
    kept = "".join(ch for ch in folded if not unicodedata.category(ch).startswith("P"))
    tokens = kept.split()
    while tokens and tokens[0] in NAME_TITLES:
        tokens.pop(0)
    return " ".join(tokens)


def fold_date(value: str | None) -> str:
    """An ISO date in canonical form; anything unparseable falls back to plain folding."""
    text = fold(value)
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        return text


def fold_identifier(value: str | None) -> str:
    """Identifiers (case numbers, PNC IDs, postcodes) ignore case; spaces are kept single."""
    return fold(value).upper()


def _fold_spaces(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def cer(predicted: str, truth: str) -> float:
    """Character error rate: edit distance over the truth's length, white space folded.

    Case is NOT folded: an OCR case error is an error. An empty truth scores 0.0 when the
    prediction is empty too and 1.0 otherwise (everything read was invented). The value
    can exceed 1.0 when the prediction is much longer than the truth.
    """
    p, t = _fold_spaces(predicted or ""), _fold_spaces(truth or "")
    if not t:
        return 0.0 if not p else 1.0
    return Levenshtein.distance(p, t) / len(t)


def wer(predicted: str, truth: str) -> float:
    """Word error rate: word-level edit distance over the truth's word count.

    Same empty-truth rule as :func:`cer`.
    """
    p, t = (predicted or "").split(), (truth or "").split()
    if not t:
        return 0.0 if not p else 1.0
    return Levenshtein.distance(p, t) / len(t)


@dataclass
class ScoredItem:
    """One document's prediction next to its truth.

    ``predicted`` and ``truth`` have the truth-format shape: ``predicted`` is everything
    the extraction found (``Record.to_truth(withheld=True)``), scored for the field
    figures; ``filed`` is what a filed record asserts (``Record.to_truth()``, without the
    values it withheld), scored for the precision of filed fields, and defaults to
    ``predicted``. ``auto_filed`` says whether the pipeline filed it without review;
    ``confidences`` maps field names to the confidence the pipeline had.
    """

    predicted: dict[str, Any]
    truth: dict[str, Any]
    auto_filed: bool = False
    filed: dict[str, Any] | None = None
    confidences: dict[str, float] = field(default_factory=dict)


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def as_dict(self) -> dict[str, Any]:
        return {
            "precision": _ratio(self.tp, self.tp + self.fp),
            "recall": _ratio(self.tp, self.tp + self.fn),
            "f1": _f1(self.tp, self.fp, self.fn),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


def _f1(tp: int, fp: int, fn: int) -> float | None:
    den = 2 * tp + fp + fn
    return round(2 * tp / den, 4) if den else None


SCALAR_FOLD: dict[str, Callable[[str | None], str]] = {
    "case_number": fold_identifier,
    "court": fold,
    "document_date": fold_date,
    "judge": fold,
    "local_authority": fold,
}


def _scalar_counts(name: str, predicted: dict[str, Any], truth: dict[str, Any]) -> Counts:
    """A wrong value is both a false positive (said something wrong) and a false negative
    (did not say the right thing): precision is over documents with a predicted value,
    recall over documents with a true value, as the truth format defines them."""
    norm = SCALAR_FOLD[name]
    p, t = norm(predicted.get(name)), norm(truth.get(name))
    if p and t:
        return Counts(tp=1) if p == t else Counts(fp=1, fn=1)
    return Counts(fp=1 if p else 0, fn=1 if t else 0)


def _name_set(items: Iterable[dict[str, Any]] | None) -> set[str]:
    return {n for n in (fold_name((i or {}).get("name")) for i in items or []) if n}


def _set_counts(p: set[str], t: set[str]) -> Counts:
    return Counts(tp=len(p & t), fp=len(p - t), fn=len(t - p))


def _identifier_set(values: Iterable[str | None] | None) -> set[str]:
    return {v for v in (fold_identifier(x) for x in values or []) if v}


def _dob_counts(predicted: dict[str, Any], truth: dict[str, Any]) -> Counts:
    """Dates of birth of children matched by name; unmatched children are scored elsewhere."""
    pred = {fold_name(c.get("name")): fold_date(c.get("date_of_birth")) for c in _items(predicted)}
    true = {fold_name(c.get("name")): fold_date(c.get("date_of_birth")) for c in _items(truth)}
    counts = Counts()
    for name in pred.keys() & true.keys():
        if not name:
            continue
        p, t = pred[name], true[name]
        if p and t:
            counts.add(Counts(tp=1) if p == t else Counts(fp=1, fn=1))
        else:
            counts.add(Counts(fp=1 if p else 0, fn=1 if t else 0))
    return counts


def _items(d: dict[str, Any], key: str = "children") -> list[dict[str, Any]]:
    return [x for x in d.get(key) or [] if isinstance(x, dict)]


def field_counts(predicted: dict[str, Any], truth: dict[str, Any]) -> dict[str, Counts]:
    """True/false positives and false negatives of every scored field for one document."""
    out = {name: _scalar_counts(name, predicted, truth) for name in SCALAR_FIELDS}
    out["children"] = _set_counts(
        _name_set(predicted.get("children")), _name_set(truth.get("children"))
    )
    out["children.date_of_birth"] = _dob_counts(predicted, truth)
    out["people"] = _set_counts(_name_set(predicted.get("people")), _name_set(truth.get("people")))
    for name in ("pnc_ids", "postcodes"):
        pred, true = _identifier_set(predicted.get(name)), _identifier_set(truth.get(name))
        out[name] = _set_counts(pred, true)
    return out


def _same(name: str, predicted: dict[str, Any], truth: dict[str, Any]) -> bool:
    """Whether one required field (or doc_type/order_type) came out exactly right."""
    if name in ("doc_type", "order_type"):
        return fold(predicted.get(name)) == fold(truth.get(name))
    if name in ANY_OF:
        return all(_same(part, predicted, truth) for part in ANY_OF[name])
    if name in SCALAR_FIELDS:
        return SCALAR_FOLD[name](predicted.get(name)) == SCALAR_FOLD[name](truth.get(name))
    if name in ("children", "people"):
        return _name_set(predicted.get(name)) == _name_set(truth.get(name))
    return _identifier_set(predicted.get(name)) == _identifier_set(truth.get(name))


def wrong_required_fields(predicted: dict[str, Any], truth: dict[str, Any]) -> list[str]:
    """The required fields (for the TRUE document and order type) the prediction got wrong.

    ``doc_type`` itself always counts: a document filed under the wrong type is wrong.
    """
    doc_type = truth.get("doc_type") or "other"
    names = ("doc_type", *required_fields(doc_type, truth.get("order_type")))
    return [n for n in names if not _same(n, predicted, truth)]


def score_documents(items: list[ScoredItem]) -> dict[str, Any]:
    """Every accuracy figure of ``caseclerk eval`` for a list of scored documents.

    Ratios with nothing to count (no court orders, nothing auto-filed, no wrong fields)
    are None rather than a flattering 1.0.
    """
    totals = {name: Counts() for name in SCORED_FIELDS}
    filed_counts = Counts()
    doc_right = 0
    orders = orders_right = 0
    wrong_total = wrong_caught = 0
    withheld = withheld_right = 0
    for item in items:
        p, t = item.predicted or {}, item.truth or {}
        counts = field_counts(p, t)
        for name, c in counts.items():
            totals[name].add(c)
        if item.auto_filed:
            asserted = counts if item.filed is None else field_counts(item.filed, t)
            for name, c in asserted.items():
                filed_counts.add(c)
                # what withholding held back from this filed record, and how much was right
                withheld += (counts[name].tp + counts[name].fp) - (c.tp + c.fp)
                withheld_right += counts[name].tp - c.tp
        doc_right += fold(p.get("doc_type")) == fold(t.get("doc_type"))
        if t.get("doc_type") == "court_order":
            orders += 1
            orders_right += fold(p.get("order_type")) == fold(t.get("order_type"))
        wrong = wrong_required_fields(p, t)
        wrong_total += len(wrong)
        if not item.auto_filed:
            wrong_caught += len(wrong)
    casework = [i for i in items if (i.truth or {}).get("doc_type", "other") != "other"]
    micro = Counts()
    for c in totals.values():
        micro.add(c)
    n = len(items)
    return {
        "doc_type_accuracy": _ratio(doc_right, n),
        "order_type_accuracy": _ratio(orders_right, orders),
        "fields": {name: totals[name].as_dict() for name in SCORED_FIELDS},
        "field_f1_micro": _f1(micro.tp, micro.fp, micro.fn),
        "auto_filed_rate": _ratio(sum(1 for i in items if i.auto_filed), n),
        # The same over the documents of the three kinds only: "other" (a utility bill, an
        # unrelated letter) always waits for a person, so it caps the rate above.
        "auto_filed_rate_casework": _ratio(sum(1 for i in casework if i.auto_filed), len(casework)),
        "auto_filed_field_precision": _ratio(filed_counts.tp, filed_counts.tp + filed_counts.fp),
        # Values filed documents kept back for a person to confirm, and the share of them
        # that were right after all: the price of the filed precision above.
        "withheld_values": withheld,
        "withheld_right": _ratio(withheld_right, withheld),
        "wrong_required_fields": wrong_total,
        "wrong_fields_caught": _ratio(wrong_caught, wrong_total),
    }
