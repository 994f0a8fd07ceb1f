"""Which filed case a document without a case number is probably about.

Half the safeguarding checks and most PNC checks quote no case number, so they wait in
review under cases/_unassigned/, and the analyst's first job is to find the case: which
filed order names the same child or the same adult. Matching a person on a date of birth
and a name is what the analyst does by hand; done here, it becomes a suggestion beside the
case-number field. It stays a suggestion: a check is only filed once a person has
confirmed the case (issue 3: a document without a case number on the page goes to review),
because filing a criminal record into the wrong child's case is worse than a minute's
search.

A match needs the same date of birth exactly, and the same first forename and surname
after folding (titles, case, punctuation), each to a similarity of at least
``WORD_SIMILARITY``: enough for one OCR slip in a longer word ("0akley" / "Oakley") and
for a middle name one document leaves out ("Ava Smith" / "Ava Grace Smith"), not for a
sibling ("Ava" / "Eve"; twins share the birth date, but then they share the case too).
On the filed side only values filed as facts count (a withheld date proves nothing); on
the side of the document in review every value read counts, since the analyst sees which
person matched and decides.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz

from pipeline.records import Child, Person, Record
from pipeline.scoring import fold_name

WORD_SIMILARITY = 80.0
LINKED_STATUSES = frozenset({"filed", "reviewed"})


@dataclass(frozen=True)
class Identity:
    """A person as a document names them: folded name, ISO birth date, and the name as read."""

    name: str
    date_of_birth: str
    shown: str


@dataclass(frozen=True)
class Match:
    """One person of this document found in another, filed one."""

    name: str  # as this document reads it
    other_name: str  # as the filed document reads it
    date_of_birth: str
    doc_id: str


@dataclass(frozen=True)
class CaseSuggestion:
    """A filed case naming people of this document, best supported first."""

    case_number: str
    matches: tuple[Match, ...]


def _identity(person: Child | Person) -> Identity | None:
    name, dob = person.name, person.date_of_birth
    if name.value is None or dob is None or dob.value is None or name.withheld or dob.withheld:
        return None
    folded = fold_name(name.value)
    return Identity(folded, dob.value, name.value) if folded else None


def identities(record: Record) -> list[Identity]:
    """The children and adults of ``record`` that have both a name and a date of birth."""
    found = [_identity(p) for p in [*record.fields.children, *record.fields.people]]
    return [identity for identity in found if identity is not None]


def birth_dates(record: Record) -> set[str]:
    """The ISO birth dates ``record`` could be found by (what the index keeps, hashed)."""
    return {identity.date_of_birth for identity in identities(record)}


def linkable(record: Record) -> bool:
    """Whether ``record`` is a settled part of a case others can be matched against."""
    case = record.fields.case_number
    return record.status in LINKED_STATUSES and case is not None and case.value is not None


def wants_case(record: Record) -> bool:
    """Whether ``record`` waits in review for a case number, so one is worth suggesting."""
    case = record.fields.case_number
    return record.status == "needs_review" and (case is None or not case.value)


def same_person(a: Identity, b: Identity) -> bool:
    """Same birth date, first forename and surname (one-word names are too weak to link)."""
    ours, theirs = a.name.split(), b.name.split()
    if a.date_of_birth != b.date_of_birth or len(ours) < 2 or len(theirs) < 2:
        return False
    return all(
        fuzz.ratio(x, y) >= WORD_SIMILARITY
        for x, y in ((ours[0], theirs[0]), (ours[-1], theirs[-1]))
    )


def suggest_cases(record: Record, filed: Iterable[Record]) -> list[CaseSuggestion]:
    """The cases of ``filed`` that name someone ``record`` names, most matches first.

    ``filed`` is whatever the index found by birth date; records that are not settled
    (see :func:`linkable`) or are ``record`` itself are skipped here, so a caller cannot
    suggest a case from a document still waiting for review.
    """
    mine = identities(record)
    by_case: dict[str, list[Match]] = {}
    for other in filed:
        if other.id == record.id or not linkable(other):
            continue
        case = other.fields.case_number.value  # type: ignore[union-attr]
        for theirs in identities(other):
            for ours in mine:
                if same_person(ours, theirs):
                    match = Match(ours.shown, theirs.shown, ours.date_of_birth, other.id)
                    by_case.setdefault(case, []).append(match)  # type: ignore[arg-type]
    ranked = sorted(by_case.items(), key=lambda item: (-_people(item[1]), item[0]))
    return [CaseSuggestion(case, tuple(matches)) for case, matches in ranked]


def _people(matches: list[Match]) -> int:
    """How many different people of this document the case names (not how many documents)."""
    return len({(m.name, m.date_of_birth) for m in matches})
