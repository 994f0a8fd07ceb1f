"""What the document page shows: one row per field, and where its words are on each page.

Boxes are given as percentages of the OCR page's size (``record.ocr.pages[i]``), so the
browser places them over a page image of any resolution without the server having to
know how large the displayed image is.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.records import FieldValue, Record
from review.edits import LIST_FIELDS, SCALAR_LABELS

RED_BELOW = 0.6
AMBER_BELOW = 0.9


def confidence_band(confidence: float | None) -> str:
    """red < 0.6 <= amber < 0.9 <= green: the colour of a field's box and badge."""
    if confidence is None:
        return "none"
    if confidence < RED_BELOW:
        return "red"
    if confidence < AMBER_BELOW:
        return "amber"
    return "green"


@dataclass
class BoxView:
    path: str
    band: str
    left: float
    top: float
    width: float
    height: float


@dataclass
class FieldRow:
    path: str  # also the form input's name
    label: str
    value: str
    confidence: float | None
    band: str
    page: int | None
    validated: bool | None
    source: str
    withheld: bool = False  # below its threshold in a filed record: not filed as a fact


@dataclass
class PageView:
    number: int
    width: int
    height: int
    boxes: list[BoxView] = field(default_factory=list)


def _row(path: str, label: str, fv: FieldValue | None) -> FieldRow:
    if fv is None:
        return FieldRow(path, label, "", None, "none", None, None, "")
    return FieldRow(
        path,
        label,
        fv.value or "",
        fv.confidence,
        confidence_band(fv.confidence),
        fv.page,
        fv.validated,
        fv.source,
        fv.withheld,
    )


@dataclass
class DocumentView:
    scalars: list[FieldRow]
    children: list[tuple[FieldRow, FieldRow]]
    people: list[tuple[FieldRow, FieldRow, str]]
    lists: dict[str, tuple[str, list[FieldRow]]]
    pages: list[PageView]


def document_view(record: Record) -> DocumentView:
    f = record.fields
    scalars = [_row(name, label, f.scalar(name)) for name, label in SCALAR_LABELS.items()]
    children = [
        (
            _row(f"children[{i}].name", "Name", c.name),
            _row(f"children[{i}].date_of_birth", "Date of birth", c.date_of_birth),
        )
        for i, c in enumerate(f.children)
    ]
    people = [
        (
            _row(f"people[{i}].name", "Name", p.name),
            _row(f"people[{i}].date_of_birth", "Date of birth", p.date_of_birth),
            p.role or "",
        )
        for i, p in enumerate(f.people)
    ]
    lists = {
        name: (
            label,
            [_row(f"{name}[{i}]", label, fv) for i, fv in enumerate(getattr(f, name))],
        )
        for name, label in LIST_FIELDS.items()
    }
    pages = [PageView(p.page, p.width, p.height) for p in record.ocr.pages]
    by_number = {p.number: p for p in pages}
    for path, fv in _all_field_values(record):
        if fv.box is None or fv.page is None or fv.page not in by_number:
            continue
        page = by_number[fv.page]
        if page.width <= 0 or page.height <= 0:
            continue
        page.boxes.append(
            BoxView(
                path=path,
                band=confidence_band(fv.confidence),
                left=100.0 * fv.box.left / page.width,
                top=100.0 * fv.box.top / page.height,
                width=100.0 * fv.box.width / page.width,
                height=100.0 * fv.box.height / page.height,
            )
        )
    return DocumentView(scalars, children, people, lists, pages)


def _all_field_values(record: Record) -> list[tuple[str, FieldValue]]:
    f = record.fields
    out: list[tuple[str, FieldValue]] = []
    for name in SCALAR_LABELS:
        fv = f.scalar(name)
        if fv is not None:
            out.append((name, fv))
    for group in ("children", "people"):
        for i, item in enumerate(getattr(f, group)):
            out.append((f"{group}[{i}].name", item.name))
            if item.date_of_birth is not None:
                out.append((f"{group}[{i}].date_of_birth", item.date_of_birth))
    for name in LIST_FIELDS:
        out += [(f"{name}[{i}]", fv) for i, fv in enumerate(getattr(f, name))]
    return out
