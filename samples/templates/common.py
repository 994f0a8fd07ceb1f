"""What every document template produces, and the truth-record rules they all share."""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from pipeline.records import empty_truth_fields
from samples.dates import format_date, pick_style
from samples.people import Address, Identities, Person, Place
from samples.render import PROPORTIONAL_FONTS, Block, Style

TRUTH_KEYS = (
    "doc_type",
    "order_type",
    "case_number",
    "court",
    "document_date",
    "judge",
    "local_authority",
    "children",
    "people",
    "pnc_ids",
    "postcodes",
    "text",
)


@dataclass
class Composed:
    """A document ready to draw: its blocks, its look, and its truth (``text`` comes later)."""

    blocks: list[Block]
    style: Style
    truth: dict[str, Any]
    template: str
    postcodes: list[str] = field(default_factory=list)  # every postcode the blocks print


@dataclass(frozen=True)
class Case:
    """One family's court case, shared by the documents of a linked bundle.

    Drawn once at planning time (``court_order.draw_case``) so that every document of the
    bundle, built on its own, prints the same case number, court and people. Templates
    copy the people before changing them (roles, addresses): a case is never mutated.
    """

    number: str
    place: Place
    law: str  # public | private | fla | adoption, as the order's kind resolves it
    order_date: date
    mother: Person
    father: Person | None
    children: tuple[Person, ...]

    @property
    def adults(self) -> list[Person]:
        return [self.mother, *([self.father] if self.father else [])]


class Ctx:
    """The per-document state templates share: randomness, identities, dates, postcodes.

    ``case`` is set only for documents of a linked bundle; templates then take the place,
    case number and people from it instead of drawing their own.
    """

    def __init__(
        self,
        rng: random.Random,
        seed: int,
        doc_date: date | None = None,
        case: Case | None = None,
        accents: bool = False,
    ) -> None:
        self.r = rng
        self.ids = Identities(rng, seed, accents)
        self.date = doc_date or date(2019, 1, 1) + timedelta(days=rng.randint(0, 6 * 365))
        self.case = case
        self.date_style = pick_style(rng)
        self.postcodes: list[str] = []

    def d(self, value: date, style: str | None = None) -> str:
        return format_date(value, style or self.date_style)

    def addr(self, address: Address, sep: str = ", ") -> str:
        """An address on one line; remembers its postcode for the truth record."""
        self.postcodes.append(address.postcode)
        return sep.join([*address.lines, address.postcode])

    def addr_lines(self, address: Address) -> list[str]:
        self.postcodes.append(address.postcode)
        return [*address.lines, address.postcode]

    def pick(self, *options: Any) -> Any:
        return self.r.choice(options)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def proportional_style(self, footer: bool = True) -> Style:
        r = self.r
        return Style(
            font=r.choice(PROPORTIONAL_FONTS),
            size_pt=r.choice((10.0, 10.5, 11.0, 11.5, 12.0, 12.5, 13.0)),
            margin_in=r.choice((0.8, 0.9, 1.0, 1.1, 1.25)),
            line_spacing=r.choice((1.25, 1.35, 1.5)),
            ink=r.randint(0, 45),
            footer=r.choice(("Page {i} of {n}", "{i}", "- {i} -", "Page {i}")) if footer else None,
        )


def copy_person(person: Person, **changes: Any) -> Person:
    """A copy of a case's person for one document (its role or address may differ)."""
    return replace(person, extra=dict(person.extra), **changes)


def person_truth(person: Person, role: str | None = None, with_dob: bool = True):
    return {
        "name": person.name,
        "date_of_birth": person.dob.isoformat() if (with_dob and person.dob) else None,
        "role": role or person.role,
    }


def child_truth(child: Person, with_dob: bool = True) -> dict[str, Any]:
    return {
        "name": child.name,
        "date_of_birth": child.dob.isoformat() if (with_dob and child.dob) else None,
    }


def empty_truth(doc_type: str) -> dict[str, Any]:
    """Every truth key present, empty; templates fill in what their document states."""
    return {**empty_truth_fields(doc_type), "text": ""}


def names_list(people: list[Person]) -> str:
    names = [p.name for p in people]
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


def place_court(place: Place) -> str:
    return f"Family Court at {place.town}"
