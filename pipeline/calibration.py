"""Set the filing thresholds from measurements: where right values and wrong ones part.

The decision files a document only when its required fields clear their thresholds, so
each threshold is a trade: too high and everything waits for a person, too low and wrong
values are filed. This module reads that trade off processed documents with known truth.
For every value the pipeline produced it records the field, the confidence and whether
the value was right; for each field it then picks the lowest threshold at which the values
above it are right often enough *and* the wrong values below it are most of the wrong
ones. The defaults in :mod:`pipeline.decision` come from running this over generated
corpora that are not the ones the benchmarks quote (``bench/threshold_sweep.py
--calibrate``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from pipeline.decision import SweepItem, Thresholds, prediction_dict, settle
from pipeline.records import Classification, Extraction, FieldValue
from pipeline.scoring import (
    SCALAR_FOLD,
    ScoredItem,
    fold,
    fold_date,
    fold_identifier,
    fold_name,
    score_documents,
)

# Record fields the truth format does not score: nothing can say where their threshold goes.
UNMEASURED = frozenset({"cro_numbers", "ni_numbers"})


@dataclass(frozen=True)
class Outcome:
    """One value the pipeline gave: under which threshold key, how sure, and was it right."""

    key: str  # a key of Thresholds.fields, or "doc_type" / "order_type"
    confidence: float
    right: bool


def value_outcomes(
    classification: Classification, extraction: Extraction, truth: dict[str, Any]
) -> list[Outcome]:
    """Every value of one document judged against its truth, as the scorer would judge it.

    A date of birth is judged only when the name it hangs on is right, as the scorer does:
    a wrong name is the name threshold's to catch, and it takes its date to review with it.
    """
    out = [
        Outcome(
            "doc_type",
            classification.doc_type_probability,
            fold(classification.doc_type) == fold(truth.get("doc_type")),
        )
    ]
    if classification.order_type and classification.order_type_probability is not None:
        out.append(
            Outcome(
                "order_type",
                classification.order_type_probability,
                fold(classification.order_type) == fold(truth.get("order_type")),
            )
        )
    for name, norm in SCALAR_FOLD.items():
        fv: FieldValue | None = extraction.scalar(name)
        if fv is not None and fv.value:
            out.append(Outcome(name, fv.confidence, norm(fv.value) == norm(truth.get(name))))
    for kind in ("children", "people"):
        true_dobs = {
            fold_name(item.get("name")): fold_date(item.get("date_of_birth"))
            for item in truth.get(kind) or []
        }
        for item in getattr(extraction, kind):
            name = fold_name(item.name.value)
            out.append(Outcome(kind, item.name.confidence, name in true_dobs))
            dob = item.date_of_birth
            if dob is not None and dob.value and name in true_dobs:
                right = fold_date(dob.value) == true_dobs[name]
                out.append(Outcome(f"{kind}.date_of_birth", dob.confidence, right))
    for name in ("pnc_ids", "postcodes"):
        true_set = {fold_identifier(v) for v in truth.get(name) or []}
        for fv in getattr(extraction, name):
            if fv.value:
                out.append(Outcome(name, fv.confidence, fold_identifier(fv.value) in true_set))
    return out


@dataclass(frozen=True)
class FieldCalibration:
    """The threshold chosen for one field and what it does on the calibration data."""

    key: str
    threshold: float
    values: int
    wrong: int
    precision_above: float | None  # share of values at or above the threshold that are right
    wrong_below: float | None  # share of wrong values the threshold sends to review


def calibrate_field(
    key: str,
    outcomes: Iterable[Outcome],
    *,
    precision: float = 0.995,
    caught: float = 0.95,
    floor: float = 0.5,
    margin: float = 0.02,
) -> FieldCalibration:
    """The lowest threshold (not under ``floor``) meeting both targets, plus a margin.

    The margin keeps a threshold from sitting exactly on the most confident wrong value
    of one corpus, where the next corpus's wrong value would slip over it.
    """
    pairs = sorted((o.confidence, o.right) for o in outcomes if o.key == key)
    wrong_total = sum(1 for _, right in pairs if not right)
    chosen = 1.0
    for step in range(round(floor * 100), 101):
        t = step / 100
        above = [right for conf, right in pairs if conf >= t]
        if above and sum(above) / len(above) < precision:
            continue
        below = sum(1 for conf, right in pairs if conf < t and not right)
        if wrong_total and below / wrong_total < caught:
            continue
        chosen = t if not wrong_total else min(1.0, t + margin)
        break
    above = [right for conf, right in pairs if conf >= chosen]
    below = sum(1 for conf, right in pairs if conf < chosen and not right)
    return FieldCalibration(
        key=key,
        threshold=round(chosen, 2),
        values=len(pairs),
        wrong=wrong_total,
        precision_above=round(sum(above) / len(above), 4) if above else None,
        wrong_below=round(below / wrong_total, 4) if wrong_total else None,
    )


def calibrate(
    outcomes: list[Outcome], *, precision: float = 0.995, caught: float = 0.95
) -> dict[str, FieldCalibration]:
    """One :class:`FieldCalibration` per threshold key seen in ``outcomes``."""
    by_key: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        by_key[outcome.key].append(outcome)
    return {
        key: calibrate_field(key, items, precision=precision, caught=caught)
        for key, items in sorted(by_key.items())
    }


def document_metrics(
    items: Sequence[SweepItem], thresholds: Thresholds, predictions: list[dict[str, Any]]
) -> dict[str, Any]:
    """What ``caseclerk eval`` would report for these documents decided at ``thresholds``.

    ``predictions`` are the documents' unwithheld predictions (what was extracted); a filed
    document that had optional values withheld is scored for filed precision on what its
    record asserts, without them.
    """
    scored = []
    for item, pred in zip(items, predictions, strict=True):
        status, _, fields = settle(item.classification, item.extraction, thresholds)
        filed = None if fields is item.extraction else prediction_dict(item.classification, fields)
        scored.append(
            ScoredItem(predicted=pred, truth=item.truth, auto_filed=status == "filed", filed=filed)
        )
    return score_documents(scored)


def _safe(m: dict[str, Any], precision: float, caught: float) -> bool:
    p, c = m["auto_filed_field_precision"], m["wrong_fields_caught"]
    return (p is None or p >= precision) and (c is None or c >= caught)


def secure_thresholds(
    items: Sequence[SweepItem],
    start: Thresholds,
    *,
    precision: float = 0.995,
    caught: float = 0.95,
    step: float = 0.02,
) -> Thresholds:
    """Raise field thresholds one step at a time until the documents filed are right enough.

    The other half of :func:`tune_thresholds`: thresholds tuned on one set of corpora can
    file too many wrong values on corpora they have not seen, and lowering alone cannot
    recover from that. Each round raises the single field whose smallest helpful raise
    costs the fewest filed documents per unit of shortfall removed, until precision and
    catch rate both hold (or no raise helps). Then :func:`tune_thresholds` can lower again.
    """
    predictions = [prediction_dict(i.classification, i.extraction) for i in items]
    current = start.model_copy(deep=True)

    def shortfall(m: dict[str, Any]) -> float:
        p, c = m["auto_filed_field_precision"], m["wrong_fields_caught"]
        # precision is worth more per point: a wrong value filed is the costlier mistake
        return 10 * max(0.0, precision - (p or 1.0)) + max(0.0, caught - (c or 1.0))

    m = document_metrics(items, current, predictions)
    while not _safe(m, precision, caught):
        best: tuple[float, str, float, dict[str, Any]] | None = None
        need = shortfall(m)
        for key, value in sorted(current.fields.items()):
            if key in UNMEASURED:
                continue
            raised = value
            while raised < 1.0:  # the smallest raise of this field that removes shortfall
                raised = min(1.0, round(raised + step, 2))
                trial = current.model_copy(deep=True)
                trial.fields[key] = raised
                tm = document_metrics(items, trial, predictions)
                gain = need - shortfall(tm)
                if gain > 0:
                    cost = (m["auto_filed_rate"] or 0.0) - (tm["auto_filed_rate"] or 0.0)
                    if best is None or cost / gain < best[0]:
                        best = (cost / gain, key, raised, tm)
                    break
        if best is None:
            return current  # nothing raises safety: the corpora need a person throughout
        _, key, raised, m = best
        current.fields[key] = raised
    return current


def tune_thresholds(
    items: Sequence[SweepItem],
    start: Thresholds,
    *,
    precision: float = 0.995,
    caught: float = 0.95,
    floor: float = 0.5,
) -> Thresholds:
    """Lower field thresholds one at a time while the documents filed stay right enough.

    Per-field calibration asks each field on its own to keep 95 % of its wrong values out;
    what matters is the document: of the fields in documents filed without review,
    ``precision`` must be right, and of the wrong required fields, ``caught`` must go to
    review. Starting from ``start``, each round takes the single lowering (field, value)
    that files the most extra documents while both still hold, until none does.
    """
    predictions = [prediction_dict(i.classification, i.extraction) for i in items]
    current = start.model_copy(deep=True)

    best_rate = document_metrics(items, current, predictions)["auto_filed_rate"] or 0.0
    while True:
        move: tuple[float, str, float] | None = None
        for key, value in sorted(current.fields.items()):
            if key in UNMEASURED:
                continue
            for step in range(round(floor * 100), round(value * 100), 2):
                trial = current.model_copy(deep=True)
                trial.fields[key] = step / 100
                m = document_metrics(items, trial, predictions)
                rate = m["auto_filed_rate"] or 0.0
                if (
                    _safe(m, precision, caught)
                    and rate > best_rate
                    and (move is None or rate > move[0])
                ):
                    move = (rate, key, step / 100)
                    break  # the lowest value that works for this field
        if move is None:
            return current
        best_rate, key, value = move
        current.fields[key] = value
