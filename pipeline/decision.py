"""Whether a document can be filed without a person looking at it.

The rule is conservative on purpose: a document is filed automatically only when its type
is certain, every field needed to file it is present and confident, and no field that has
a validator failed it. Anything else goes to the analyst with one plain-English reason per
problem. Reasons name fields and numbers only, never what the document says, because they
are shown in lists and logs that are not as protected as the case folders.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from pipeline.records import (
    Classification,
    Extraction,
    FieldValue,
    OcrSummary,
    Record,
    ReviewReason,
    Source,
    Status,
)

# Required fields per doc_type. A name in ANY_OF is satisfied by any one of its parts.
# "other" requires nothing but is never filed automatically: nobody knows where it goes.
REQUIRED_FIELDS: dict[str, tuple[str, ...]] = {
    "court_order": ("case_number", "court", "document_date", "order_type", "children"),
    "la_check": ("local_authority", "document_date", "children_or_people"),
    # pnc_ids: each subject needs a PNC ID or a "no trace" result (_unaccounted_subjects)
    "police_check": ("pnc_ids", "people"),
    "other": (),
}
ANY_OF: dict[str, tuple[str, ...]] = {"children_or_people": ("children", "people")}
# Family Law Act orders are between adults and often name no child: the parties instead.
ADULT_ORDERS = frozenset({"non_molestation_order", "occupation_order"})
ADULT_ORDER_REQUIRED = ("case_number", "court", "document_date", "order_type", "people")


def required_fields(doc_type: str, order_type: str | None = None) -> tuple[str, ...]:
    """The fields a document of this type needs before it can be filed."""
    if doc_type == "court_order" and order_type in ADULT_ORDERS:
        return ADULT_ORDER_REQUIRED
    return REQUIRED_FIELDS.get(doc_type, ())


# Default thresholds, set from measurement on five generated dev corpora (seeds 101-104 and
# 131, 477 documents; not the corpora docs/benchmarks.md quotes):
#   caseclerk eval DIR --records REC   (once per corpus), then
#   python bench/threshold_sweep.py --records REC... --replay --calibrate --gate-optional
# Per-field calibration first (values above 99.5 % right, 95 % of wrong ones below), then
# tune_thresholds() lowered each field while the documents filed kept 99.5 % of their fields
# right and 95 % of wrong required fields went to review: 48.9 % filed, precision 0.995,
# caught 0.961 on those corpora. doc_type and order_type stay at 0.90 / 0.85, above what
# the measurement asks (0.54 / 0.50): the classifier's probabilities are calibrated and
# wrong types were all below 0.54, and keeping them high costs one document in 477.
DEFAULT_DOC_TYPE_THRESHOLD = 0.90
DEFAULT_ORDER_TYPE_THRESHOLD = 0.85
DEFAULT_FIELD_THRESHOLDS: dict[str, float] = {
    "case_number": 0.72,
    "court": 0.50,
    "document_date": 0.58,
    "judge": 0.80,
    "local_authority": 0.50,
    "children": 0.52,  # each child's name
    "children.date_of_birth": 0.50,
    "people": 0.50,  # each person's name
    "people.date_of_birth": 0.52,
    "pnc_ids": 0.52,
    "postcodes": 0.66,
    # Not in the truth format, so never measured: gated by their validators and a floor only.
    "cro_numbers": 0.50,
    "ni_numbers": 0.50,
}
DEFAULT_FIELD_THRESHOLD = 0.80  # any field not listed above

_LABELS = {
    "case_number": "case number",
    "document_date": "document date",
    "local_authority": "local authority",
    "pnc_ids": "PNC ID",
    "postcodes": "postcode",
    "order_type": "order type",
    "doc_type": "document type",
}


class Thresholds(BaseModel):
    """Minimum confidences for automatic filing; loadable from a JSON file."""

    doc_type: float = Field(default=DEFAULT_DOC_TYPE_THRESHOLD, ge=0.0, le=1.0)
    order_type: float = Field(default=DEFAULT_ORDER_TYPE_THRESHOLD, ge=0.0, le=1.0)
    fields: dict[str, float] = Field(default_factory=lambda: dict(DEFAULT_FIELD_THRESHOLDS))
    default_field: float = Field(default=DEFAULT_FIELD_THRESHOLD, ge=0.0, le=1.0)
    # True: every field present must clear its threshold, so nothing doubtful is filed.
    # False: only the required fields must; measured, that files optional fields (judge,
    # postcodes, other parties) wrong too often for 99.5 % of filed fields to be right.
    gate_optional: bool = True

    def field(self, name: str) -> float:
        return self.fields.get(name, self.default_field)

    @classmethod
    def from_json(cls, path: Path) -> Thresholds:
        """Thresholds from a JSON file; keys left out keep their defaults."""
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        merged = dict(DEFAULT_FIELD_THRESHOLDS)
        merged.update(data.pop("fields", {}) or {})
        return cls(fields=merged, **data)

    @classmethod
    def from_settings(cls, settings: Any) -> Thresholds:
        """Thresholds from ``settings.thresholds_file`` when the settings have one."""
        path = getattr(settings, "thresholds_file", None)
        return cls.from_json(Path(path)) if path else cls()

    def uniform(self, value: float) -> Thresholds:
        """A copy with every field threshold set to ``value`` (for sweeps)."""
        return self.model_copy(
            update={"fields": dict.fromkeys(self.fields, value), "default_field": value}
        )


def _label(name: str) -> str:
    return _LABELS.get(name, name.replace("_", " "))


def _check(
    path: str, label: str, fv: FieldValue | None, minimum: float, reasons: list[ReviewReason]
) -> None:
    """Add a reason when a present value is below its threshold or failed its validator."""
    if fv is None or fv.value in (None, ""):
        return
    if fv.validated is False:
        reasons.append(ReviewReason(field=path, reason=f"{label} failed its validation check"))
    if fv.confidence < minimum:
        reasons.append(
            ReviewReason(
                field=path,
                reason=f"{label} confidence {fv.confidence:.2f} below {minimum:.2f}",
            )
        )


def _present(extraction: Extraction, name: str) -> bool:
    if name in ANY_OF:
        return any(_present(extraction, part) for part in ANY_OF[name])
    if name in Extraction.SCALARS:
        fv = extraction.scalar(name)
        return fv is not None and fv.value not in (None, "")
    items = getattr(extraction, name)
    if name in ("children", "people"):
        return any(i.name.value for i in items)
    return any(i.value for i in items)


def _unaccounted_subjects(extraction: Extraction) -> str | None:
    """Why a police check's subjects are not all accounted for, or None when they are.

    A PNC print gives each subject either a PNC ID or a "no trace" line. A check with
    fewer of those than subjects has lost an ID to OCR (or the subject count is wrong), so
    a person must look; a check with none at all says nothing about anybody.
    """
    found = sum(1 for fv in extraction.pnc_ids if fv.value) + len(extraction.no_trace)
    subjects = sum(1 for p in extraction.people if p.name.value)
    if found == 0:
        return "no PNC ID or no-trace result found"
    if found < subjects:
        return f"{subjects} subjects but {found} PNC IDs or no-trace results found"
    return None


_MISSING = {
    "children": "no child found",
    "people": "no person found",  # police check subject, or a Family Law Act party
    "children_or_people": "no child or person found",
    "order_type": "no order type found",
}


def decide(
    classification: Classification,
    extraction: Extraction,
    thresholds: Thresholds | None = None,
) -> tuple[Status, list[ReviewReason]]:
    """'filed' when nothing needs a person; else 'needs_review' with every reason why."""
    t = thresholds or Thresholds()
    reasons: list[ReviewReason] = []
    doc_type = classification.doc_type
    if classification.doc_type_probability < t.doc_type:
        reasons.append(
            ReviewReason(
                field="doc_type",
                reason=f"document type confidence {classification.doc_type_probability:.2f} "
                f"below {t.doc_type:.2f}",
            )
        )
    if doc_type not in REQUIRED_FIELDS or doc_type == "other":
        reasons.append(
            ReviewReason(
                field="doc_type",
                reason="not a court order, local-authority check or police check: "
                "needs a person to decide where it belongs",
            )
        )
    required = required_fields(doc_type, classification.order_type)
    for name in required:
        if name == "pnc_ids":
            unaccounted = _unaccounted_subjects(extraction)
            if unaccounted:
                reasons.append(ReviewReason(field=name, reason=unaccounted))
        elif name != "order_type" and not _present(extraction, name):
            missing = _MISSING.get(name, f"no {_label(name)} found")
            reasons.append(ReviewReason(field=name, reason=missing))
    if "order_type" in required:
        prob = classification.order_type_probability
        if not classification.order_type:
            reasons.append(ReviewReason(field="order_type", reason=_MISSING["order_type"]))
        elif prob is None or prob < t.order_type:
            shown = 0.0 if prob is None else prob
            reasons.append(
                ReviewReason(
                    field="order_type",
                    reason=f"order type confidence {shown:.2f} below {t.order_type:.2f}",
                )
            )
    if extraction.unread_people and doc_type != "other":
        n = len(extraction.unread_people)
        reasons.append(
            ReviewReason(
                field="people",
                reason=f"{n} person {'entry' if n == 1 else 'entries'} on the page not read",
            )
        )
    needed = {p for name in required for p in ANY_OF.get(name, (name,))}
    _check_fields(extraction, t, needed, reasons)
    return ("filed" if not reasons else "needs_review"), reasons


def _check_fields(
    extraction: Extraction, t: Thresholds, needed: set[str], reasons: list[ReviewReason]
) -> None:
    """Confidence for required fields; validation for every field that has a validator."""

    def minimum(name: str) -> float:
        return t.field(name) if name in needed or t.gate_optional else 0.0

    for name in Extraction.SCALARS:
        _check(name, _label(name), extraction.scalar(name), minimum(name), reasons)
    for kind, items in (("children", extraction.children), ("people", extraction.people)):
        noun = "child" if kind == "children" else "person"
        for i, item in enumerate(items):
            _check(f"{kind}[{i}].name", f"{noun} {i + 1} name", item.name, minimum(kind), reasons)
            # A filed child's date of birth must be as sure as the name it belongs to.
            gated = kind in needed or t.gate_optional
            dob_min = t.field(f"{kind}.date_of_birth") if gated else 0.0
            _check(
                f"{kind}[{i}].date_of_birth",
                f"{noun} {i + 1} date of birth",
                item.date_of_birth,
                dob_min,
                reasons,
            )
    for name in ("pnc_ids", "postcodes", "cro_numbers", "ni_numbers"):
        for i, fv in enumerate(getattr(extraction, name)):
            _check(f"{name}[{i}]", f"{_label(name)} {i + 1}", fv, minimum(name), reasons)


class SweepItem(BaseModel):
    """One processed document with its truth, for re-deciding at other thresholds."""

    classification: Classification
    extraction: Extraction
    truth: dict[str, Any]

    @classmethod
    def from_record(cls, record: Record, truth: dict[str, Any]) -> SweepItem:
        """From what ``process_file`` returned and the document's truth file."""
        return cls(classification=record.classification, extraction=record.fields, truth=truth)


def prediction_dict(classification: Classification, extraction: Extraction) -> dict[str, Any]:
    """The truth-format shape of a prediction (what ``Record.to_truth`` gives)."""
    record = Record(
        id="sweep",
        source=Source(file_name="", sha256="", size_bytes=0, media_type="", pages=0),
        classification=classification,
        fields=extraction,
        ocr=OcrSummary(mean_confidence=0.0),
    )
    return record.to_truth()


def sweep_thresholds(
    items: Sequence[SweepItem],
    candidates: Iterable[float] = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98),
    *,
    base: Thresholds | None = None,
) -> list[dict[str, Any]]:
    """Auto-filed rate against the precision of what gets filed, per uniform field threshold.

    Each candidate sets every field threshold to that value (doc_type/order_type stay at
    ``base``) and re-runs :func:`decide`; the lead picks the lowest threshold whose
    ``auto_filed_field_precision`` and ``wrong_fields_caught`` are acceptable.
    """
    from pipeline.calibration import document_metrics  # it builds on this module

    base = base or Thresholds()
    predictions = [prediction_dict(i.classification, i.extraction) for i in items]
    rows: list[dict[str, Any]] = []
    for value in candidates:
        s = document_metrics(items, base.uniform(value), predictions)
        rows.append(
            {
                "threshold": value,
                "auto_filed_rate": s["auto_filed_rate"],
                "auto_filed_field_precision": s["auto_filed_field_precision"],
                "wrong_fields_caught": s["wrong_fields_caught"],
            }
        )
    return rows
