"""The record of one document: what it is, what it says, how sure we are, what happened to it.

``record.json`` in the case folder is the record of truth (the database is only an index),
so this schema is versioned and published as JSON Schema (``caseclerk schema``).
Every extracted value keeps its raw text, confidence, page and box: the review page and
the audit trail both depend on being able to point at where a value came from.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar, Literal

from pydantic import BaseModel, Field

from pipeline.text import Box

SCHEMA_VERSION = 1

DOC_TYPES = ("court_order", "la_check", "police_check", "other")
ORDER_TYPES = (
    "care_order",
    "interim_care_order",
    "supervision_order",
    "interim_supervision_order",
    "emergency_protection_order",
    "child_arrangements_order",
    "prohibited_steps_order",
    "specific_issue_order",
    "non_molestation_order",
    "occupation_order",
    "placement_order",
    "other_order",
)
DocType = Literal["court_order", "la_check", "police_check", "other"]
Status = Literal["filed", "needs_review", "reviewed", "rejected"]


def utcnow() -> datetime:
    return datetime.now(UTC)


class FieldValue(BaseModel):
    """One extracted value with the evidence behind it.

    ``value`` is normalised (ISO dates, upper-case identifiers); ``raw`` is the text as read.
    ``validated`` is True when a validator accepted it, False when one rejected it, None
    when the field has no validator.
    """

    value: str | None
    confidence: float = 0.0
    raw: str | None = None
    page: int | None = None
    box: Box | None = None
    validated: bool | None = None
    source: str = ""  # which component produced it: pattern name, "ner", "label", "review"
    # True in a filed record when this optional value was below its threshold: kept for a
    # person to confirm, but not one of the facts the record files (``to_truth`` skips it).
    withheld: bool = False


class Child(BaseModel):
    name: FieldValue
    date_of_birth: FieldValue | None = None


class Person(BaseModel):
    name: FieldValue
    date_of_birth: FieldValue | None = None
    role: str | None = None


class Extraction(BaseModel):
    """Every field of the truth format; scalar fields are None when nothing was found."""

    case_number: FieldValue | None = None
    court: FieldValue | None = None
    document_date: FieldValue | None = None
    judge: FieldValue | None = None
    local_authority: FieldValue | None = None
    children: list[Child] = Field(default_factory=list)
    people: list[Person] = Field(default_factory=list)
    pnc_ids: list[FieldValue] = Field(default_factory=list)
    postcodes: list[FieldValue] = Field(default_factory=list)
    cro_numbers: list[FieldValue] = Field(default_factory=list)
    ni_numbers: list[FieldValue] = Field(default_factory=list)
    # Police checks: each "NO TRACE" line, the result for a subject who has no PNC ID.
    no_trace: list[FieldValue] = Field(default_factory=list)
    # Evidence of a person the finder could not read: a party label, a table row or a
    # "Date of birth" with no name beside it. ``value`` is the role or label seen (never the
    # text around it). Any entry means the record is known to be missing somebody.
    unread_people: list[FieldValue] = Field(default_factory=list)

    SCALARS: ClassVar[tuple[str, ...]] = (
        "case_number",
        "court",
        "document_date",
        "judge",
        "local_authority",
    )

    def scalar(self, name: str) -> FieldValue | None:
        return getattr(self, name)


class Classification(BaseModel):
    doc_type: str
    doc_type_probability: float
    order_type: str | None = None
    order_type_probability: float | None = None
    probabilities: dict[str, float] = Field(default_factory=dict)  # every doc_type's probability


class Source(BaseModel):
    file_name: str
    sha256: str
    size_bytes: int
    media_type: str
    pages: int
    received_at: datetime = Field(default_factory=utcnow)


class PageSummary(BaseModel):
    page: int
    width: int
    height: int
    mean_confidence: float
    rotation: int = 0
    skew_angle: float = 0.0
    noise: float = 0.0
    scale: float = 1.0
    blank: bool = False
    seconds: float = 0.0


class OcrSummary(BaseModel):
    mean_confidence: float
    pages: list[PageSummary] = Field(default_factory=list)
    seconds: float = 0.0


class ReviewReason(BaseModel):
    field: str  # field path, e.g. "case_number", "children[0].date_of_birth", "doc_type"
    reason: str  # plain English, no document content


class HistoryEntry(BaseModel):
    at: datetime = Field(default_factory=utcnow)
    actor: str  # "caseclerk" or the analyst's user name
    action: str  # created, filed, needs_review, edited, approved, rejected, moved
    field: str | None = None
    old: Any = None
    new: Any = None
    note: str | None = None


class Record(BaseModel):
    schema_version: int = SCHEMA_VERSION
    id: str  # short id, derived from the sha256 so that re-processing is idempotent
    source: Source
    classification: Classification
    fields: Extraction
    ocr: OcrSummary
    engines: dict[str, str] = Field(default_factory=dict)
    status: Status = "needs_review"
    review_reasons: list[ReviewReason] = Field(default_factory=list)
    history: list[HistoryEntry] = Field(default_factory=list)
    folder: str | None = None  # path of the case folder relative to the data directory

    def lowest_confidence(self) -> float:
        """The weakest piece of evidence in the record: what the summary table shows."""
        values = [self.classification.doc_type_probability]
        values += [fv.confidence for fv in iter_field_values(self.fields)]
        return min(values)

    def to_truth(self, *, withheld: bool = False) -> dict[str, Any]:
        """The record in the shared truth format (``../shared/truth-format.md``), for scoring.

        By default what the record files as fact; ``withheld=True`` adds the values it holds
        back for a person to confirm, i.e. everything the extraction found.
        """
        f = self.fields

        def shown(fv: FieldValue) -> bool:
            return withheld or not fv.withheld

        def v(fv: FieldValue | None) -> str | None:
            return fv.value if fv is not None and shown(fv) else None

        return {
            "doc_type": self.classification.doc_type,
            "order_type": self.classification.order_type,
            "case_number": v(f.case_number),
            "court": v(f.court),
            "document_date": v(f.document_date),
            "judge": v(f.judge),
            "local_authority": v(f.local_authority),
            "children": [
                {"name": v(c.name), "date_of_birth": v(c.date_of_birth)}
                for c in f.children
                if shown(c.name)
            ],
            "people": [
                {"name": v(p.name), "date_of_birth": v(p.date_of_birth), "role": p.role}
                for p in f.people
                if shown(p.name)
            ],
            "pnc_ids": [v(x) for x in f.pnc_ids if shown(x)],
            "postcodes": [v(x) for x in f.postcodes if shown(x)],
        }


def empty_truth_fields(doc_type: str = "other") -> dict[str, Any]:
    """The shared truth format's fields (all but ``text``) for a document that states nothing."""
    return {
        "doc_type": doc_type,
        "order_type": None,
        "case_number": None,
        "court": None,
        "document_date": None,
        "judge": None,
        "local_authority": None,
        "children": [],
        "people": [],
        "pnc_ids": [],
        "postcodes": [],
    }


def iter_field_values(extraction: Extraction) -> list[FieldValue]:
    """Every FieldValue in an extraction, scalars and list items alike."""
    out: list[FieldValue] = []
    for name in Extraction.SCALARS:
        fv = extraction.scalar(name)
        if fv is not None:
            out.append(fv)
    for child in extraction.children:
        out.append(child.name)
        if child.date_of_birth is not None:
            out.append(child.date_of_birth)
    for person in extraction.people:
        out.append(person.name)
        if person.date_of_birth is not None:
            out.append(person.date_of_birth)
    out += (
        extraction.pnc_ids + extraction.postcodes + extraction.cro_numbers + extraction.ni_numbers
    )
    return out
