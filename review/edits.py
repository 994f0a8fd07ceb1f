"""Turn an analyst's submitted form into a reviewed record and the list of what changed.

A plain function over plain data: the web layer hands it the form as a dict and the
record, and gets back the new record, one :class:`Change` per changed field (for the audit
log and the record's history) and per-field form errors. Nothing here writes anything, so
every rule about what a review may change is testable without a server.

Form field names are the record's field paths: ``case_number``, ``doc_type``,
``children[0].name``, ``people[1].role``, ``pnc_ids[2]``; ``children[0].remove`` removes
an item, and indices past the end of a list add items.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from extractors import validators
from pipeline.records import (
    DOC_TYPES,
    ORDER_TYPES,
    Child,
    Extraction,
    FieldValue,
    HistoryEntry,
    Person,
    Record,
)

SCALAR_LABELS = {
    "case_number": "Case number",
    "court": "Court",
    "document_date": "Document date",
    "judge": "Judge",
    "local_authority": "Local authority",
}
LIST_FIELDS = {
    "pnc_ids": "PNC IDs",
    "postcodes": "Postcodes",
    "cro_numbers": "CRO numbers",
    "ni_numbers": "NI numbers",
}
ROLES = ("mother", "father", "applicant", "respondent", "subject", "guardian", "other")
MAX_VALUE = 300
_ITEM = re.compile(r"^(children|people)\[(\d{1,3})\]\.(name|date_of_birth|role|remove)$")
_LIST_ITEM = re.compile(r"^(pnc_ids|postcodes|cro_numbers|ni_numbers)\[(\d{1,3})\](\.remove)?$")


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text).upper()


IDENTIFIER_CHECKS: dict[str, tuple[Callable[[str], bool], Callable[[str], str], str]] = {
    "pnc_ids": (
        validators.is_valid_pnc_id,
        _compact,
        "not a valid PNC ID (YY/NNNNNNNA with its check character)",
    ),
    "postcodes": (validators.is_valid_postcode, validators.normalise_postcode, "not a UK postcode"),
    "ni_numbers": (validators.is_valid_ni_number, _compact, "not a National Insurance number"),
    "cro_numbers": (validators.is_valid_cro, _compact, "not a CRO number"),
}


@dataclass
class Change:
    field: str
    old: str | None
    new: str | None


@dataclass
class ReviewOutcome:
    record: Record
    changes: list[Change] = field(default_factory=list)
    errors: dict[str, str] = field(default_factory=dict)


def _default_case_normaliser(raw: str) -> str | None:
    from pipeline.casepath import normalise_case_number

    return normalise_case_number(raw)


def parse_date(raw: str) -> str | None:
    """ISO date from ``YYYY-MM-DD`` or the UK ``DD/MM/YYYY``; None when neither parses."""
    raw = raw.strip()
    for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y"):
        try:
            parsed = datetime.strptime(raw, fmt).date()
        except ValueError:
            continue
        if date(1900, 1, 1) <= parsed <= date(2100, 1, 1):
            return parsed.isoformat()
    return None


def _normalise(kind: str, raw: str, normalise_case: Callable[[str], str | None]) -> str:
    """The stored form of an edited value; raises ValueError with an analyst-facing message."""
    text = " ".join(raw.split())
    if len(text) > MAX_VALUE:
        raise ValueError(f"at most {MAX_VALUE} characters")
    if kind == "case_number":
        value = normalise_case(text)
        if value is None:
            raise ValueError("not a valid family-court case number (e.g. LS24C00123)")
        return value
    if kind in ("document_date", "date_of_birth"):
        value = parse_date(text)
        if value is None:
            raise ValueError("not a date: use YYYY-MM-DD or DD/MM/YYYY")
        return value
    if kind in IDENTIFIER_CHECKS:
        # The same validators the extractor applies: an analyst's value is held to them too.
        check, normalise, message = IDENTIFIER_CHECKS[kind]
        value = normalise(text)
        if not check(value):
            raise ValueError(message)
        return value
    return text


def _reviewed(old: FieldValue | None, value: str) -> FieldValue:
    """An analyst's value: certain, marked as theirs, still pointing at the old evidence."""
    return FieldValue(
        value=value,
        confidence=1.0,
        raw=old.raw if old else None,
        page=old.page if old else None,
        box=old.box if old else None,
        validated=True,
        source="review",
    )


def _v(fv: FieldValue | None) -> str | None:
    return fv.value if fv is not None else None


def _dump(obj: object) -> str | None:
    return None if obj is None else json.dumps(obj, sort_keys=True)


class _Editor:
    def __init__(
        self, form: Mapping[str, str], normalise_case: Callable[[str], str | None]
    ) -> None:
        self.form = {k: v for k, v in form.items() if isinstance(v, str)}
        self.normalise_case = normalise_case
        self.changes: list[Change] = []
        self.errors: dict[str, str] = {}

    def edit(self, path: str, kind: str, old: FieldValue | None) -> FieldValue | None:
        """The field after review: unchanged when absent from the form or equal to before."""
        if path not in self.form:
            return old
        raw = self.form[path].strip()
        if not raw:
            new_value = None
        else:
            try:
                new_value = _normalise(kind, raw, self.normalise_case)
            except ValueError as exc:
                self.errors[path] = str(exc)
                return old
        if new_value == _v(old):
            return old
        self.changes.append(Change(path, _v(old), new_value))
        return None if new_value is None else _reviewed(old, new_value)

    def indices(self, pattern: re.Pattern[str], group: str) -> list[int]:
        found = set()
        for key in self.form:
            match = pattern.match(key)
            if match and match.group(1) == group:
                found.add(int(match.group(2)))
        return sorted(found)

    def removed(self, key: str) -> bool:
        return self.form.get(key, "").strip().lower() in ("on", "1", "true", "yes")


def apply_review(
    record: Record,
    form: Mapping[str, str],
    *,
    normalise_case: Callable[[str], str | None] | None = None,
) -> ReviewOutcome:
    """Apply a submitted review form to a copy of ``record``.

    Only fields whose value actually changed become ``source="review"`` with confidence
    1.0; a field left as it was keeps its original evidence. The record's status and
    history are left to :func:`approve` / :func:`reject`, so a form with errors changes
    nothing at all.
    """
    ed = _Editor(form, normalise_case or _default_case_normaliser)
    new = record.model_copy(deep=True)
    fields: Extraction = new.fields

    for name in SCALAR_LABELS:
        setattr(fields, name, ed.edit(name, name, fields.scalar(name)))

    cls = new.classification
    if "doc_type" in ed.form:
        doc_type = ed.form["doc_type"].strip()
        if doc_type not in DOC_TYPES:
            ed.errors["doc_type"] = "choose a document type from the list"
        elif doc_type != cls.doc_type:
            ed.changes.append(Change("doc_type", cls.doc_type, doc_type))
            cls.doc_type = doc_type
            cls.doc_type_probability = 1.0
    if "order_type" in ed.form or cls.doc_type != "court_order":
        order_type = ed.form.get("order_type", "").strip() or None
        if cls.doc_type != "court_order":
            order_type = None  # only court orders have an order type
        if order_type is not None and order_type not in ORDER_TYPES:
            ed.errors["order_type"] = "choose an order type from the list"
        elif order_type != cls.order_type:
            ed.changes.append(Change("order_type", cls.order_type, order_type))
            cls.order_type = order_type
            cls.order_type_probability = 1.0 if order_type else None

    fields.children = _edit_people(ed, "children", fields.children)
    fields.people = _edit_people(ed, "people", fields.people)
    for name in LIST_FIELDS:
        setattr(fields, name, _edit_list(ed, name, getattr(fields, name)))

    if ed.errors:
        return ReviewOutcome(record=record, changes=[], errors=ed.errors)
    return ReviewOutcome(record=new, changes=ed.changes)


def _person_dict(item: Child | Person) -> dict[str, str | None]:
    out = {"name": _v(item.name), "date_of_birth": _v(item.date_of_birth)}
    if isinstance(item, Person):
        out["role"] = item.role
    return out


def _edit_people(ed: _Editor, group: str, items: list) -> list:
    """Children or people: edit, remove (``.remove``) and add (an index past the end)."""
    out: list = []
    seen = set(ed.indices(_ITEM, group))
    for i, item in enumerate(items):
        prefix = f"{group}[{i}]"
        if i not in seen:
            out.append(item)
            continue
        if ed.removed(f"{prefix}.remove"):
            ed.changes.append(Change(prefix, _dump(_person_dict(item)), None))
            continue
        item = item.model_copy(deep=True)
        name = ed.edit(f"{prefix}.name", "name", item.name)
        if name is None:
            ed.errors[f"{prefix}.name"] = "a name is needed (tick remove to drop this entry)"
            out.append(item)
            continue
        item.name = name
        item.date_of_birth = ed.edit(f"{prefix}.date_of_birth", "date_of_birth", item.date_of_birth)
        if isinstance(item, Person) and f"{prefix}.role" in ed.form:
            role = ed.form[f"{prefix}.role"].strip().lower() or None
            if role is not None and role not in ROLES:
                ed.errors[f"{prefix}.role"] = "choose a role from the list"
            elif role != item.role:
                ed.changes.append(Change(f"{prefix}.role", item.role, role))
                item.role = role
        out.append(item)
    for i in sorted(x for x in seen if x >= len(items)):
        prefix = f"{group}[{i}]"
        if ed.removed(f"{prefix}.remove") or not ed.form.get(f"{prefix}.name", "").strip():
            continue  # an added row left empty is not an item
        name = ed.edit(f"{prefix}.name", "name", None)
        dob = ed.edit(f"{prefix}.date_of_birth", "date_of_birth", None)
        if name is None:
            continue
        if group == "children":
            item = Child(name=name, date_of_birth=dob)
        else:
            role = ed.form.get(f"{prefix}.role", "").strip().lower() or None
            if role is not None and role not in ROLES:
                ed.errors[f"{prefix}.role"] = "choose a role from the list"
            item = Person(name=name, date_of_birth=dob, role=role)
        # The per-field changes above describe the new item; name them by its new position.
        new_prefix = f"{group}[{len(out)}]"
        for change in ed.changes:
            if change.field.startswith(prefix + "."):
                change.field = new_prefix + change.field[len(prefix) :]
        if isinstance(item, Person) and item.role:
            ed.changes.append(Change(f"{new_prefix}.role", None, item.role))
        out.append(item)
    return out


def _edit_list(ed: _Editor, group: str, items: list[FieldValue]) -> list[FieldValue]:
    out: list[FieldValue] = []
    seen = set(ed.indices(_LIST_ITEM, group))
    for i, item in enumerate(items):
        path = f"{group}[{i}]"
        if i in seen and ed.removed(f"{path}.remove"):
            ed.changes.append(Change(path, item.value, None))
            continue
        edited = ed.edit(path, group, item)
        if edited is None:  # emptied: the same as removing it
            continue
        out.append(edited)
    for i in sorted(x for x in seen if x >= len(items)):
        path = f"{group}[{i}]"
        if ed.removed(f"{path}.remove") or not ed.form.get(path, "").strip():
            continue
        edited = ed.edit(path, group, None)
        if edited is not None:
            out.append(edited)
    return out


def approve(record: Record, changes: list[Change], actor: str, at: datetime) -> Record:
    """Mark a reviewed record approved, with one history entry per change."""
    new = record.model_copy(deep=True)
    for change in changes:
        new.history.append(
            HistoryEntry(
                at=at,
                actor=actor,
                action="edited",
                field=change.field,
                old=change.old,
                new=change.new,
            )
        )
    new.history.append(
        HistoryEntry(
            at=at, actor=actor, action="approved", field="status", old=record.status, new="reviewed"
        )
    )
    new.status = "reviewed"
    new.review_reasons = []
    return new


def reject(record: Record, reason: str, actor: str, at: datetime) -> Record:
    new = record.model_copy(deep=True)
    new.history.append(
        HistoryEntry(
            at=at,
            actor=actor,
            action="rejected",
            field="status",
            old=record.status,
            new="rejected",
            note=reason,
        )
    )
    new.status = "rejected"
    return new
