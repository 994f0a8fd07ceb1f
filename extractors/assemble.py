"""Turn the pipeline's candidates into one ``Extraction``: pick scalars, de-duplicate lists, score.

Scalars take the best candidate, where "best" means anchored by a label first and then the
highest confidence, so the case number next to "Case No" beats one quoted in a recital, and
the document date comes from "Dated"/"made on"/"Date:" rather than from any date on the
page. Dates that are somebody's date of birth never become the document date.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from datetime import date

from extractors.candidates import Candidate
from extractors.confidence import combine, word_evidence
from extractors.dates import DateMatch
from extractors.document_date import CASE_YEAR_DOUBT, fields_years_disagree, reference_date
from extractors.document_date import date_candidates as _date_candidates
from extractors.name_lexicon import NameReading, read_name
from extractors.nlp import get_nlp
from extractors.people import FoundPerson, find_people
from extractors.people_agreement import name_agreement
from extractors.people_unread import UnreadEntry, find_unread
from extractors.validators import (
    CHILD_YEARS,
    is_plausible_adult_dob,
    is_plausible_child_dob,
    years_between,
)
from pipeline.marks import UNREAD_ACCENT
from pipeline.records import Child, Extraction, FieldValue, Person
from pipeline.text import DocumentText

log = logging.getLogger(__name__)


SCALAR_FIELDS = ("case_number", "court", "judge", "local_authority")
LIST_FIELDS = {
    "pnc_id": "pnc_ids",
    "postcode": "postcodes",
    "cro_number": "cro_numbers",
    "ni_number": "ni_numbers",
    "no_trace": "no_trace",
}


# Fields whose values are letters and digits only: a mark in their word is not theirs.
IDENTIFIER_FIELDS = frozenset({"case_number", "pnc_id", "postcode", "cro_number", "ni_number"})


def _whole_day(raw: str) -> bool:
    """A date read from its first digit of two or its month: a mark glued to it is not its
    own ("12Nov2012."), while one before a one-digit day may be where a digit was lost
    ("{1.10.24" may be 11.10.24)."""
    return re.match(r"\d\d|[^\W\d_]", raw) is not None


def _field_value(doc: DocumentText, cand: Candidate, ambiguity: float = 1.0) -> FieldValue:
    specks_apart = cand.field in IDENTIFIER_FIELDS
    ev = word_evidence(doc, [(cand.start, cand.end)], specks_apart=specks_apart)
    confidence = combine(
        ev.ocr,
        cand.certainty,
        anchored=cand.anchored,
        repaired=cand.repaired and not cand.repair_confirmed,
        validated=cand.validated,
        ambiguity=ambiguity,
        support=cand.support,
        misread=cand.misread,
    )
    return FieldValue(
        value=cand.value,
        confidence=confidence,
        raw=cand.raw,
        page=ev.page,
        box=ev.box,
        validated=cand.validated,
        source=cand.source + (":label" if cand.anchored else ""),
    )


def pick_scalar(doc: DocumentText, cands: list[Candidate]) -> FieldValue | None:
    """The best candidate, its confidence lowered when a rival with another value competes."""
    if not cands:
        return None
    scored = [(c, _field_value(doc, c)) for c in cands]
    best, best_fv = max(scored, key=lambda cf: (cf[0].anchored, cf[1].confidence))
    rivals = [c for c in cands if c.value.lower() != best.value.lower()]
    if not rivals:
        return best_fv
    level = 0.6 if any(c.anchored == best.anchored for c in rivals) else 0.85
    return _field_value(doc, best, ambiguity=level)


def pick_list(doc: DocumentText, cands: list[Candidate]) -> list[FieldValue]:
    """One FieldValue per distinct value, the most confident reading of each, in page order."""
    best: dict[str, tuple[int, FieldValue]] = {}
    for cand in cands:
        fv = _field_value(doc, cand)
        key = (cand.value or "").upper()
        if key not in best or fv.confidence > best[key][1].confidence:
            best[key] = (best.get(key, (cand.start, fv))[0], fv)
    return [fv for _, fv in sorted(best.values(), key=lambda item: item[0])]


def _doubt_disagreeing_years(out: Extraction) -> None:
    """A document dated years from its case number's year: one of the two is misread."""
    if not fields_years_disagree(out.case_number, out.document_date):
        return
    for name in ("case_number", "document_date"):
        fv = getattr(out, name)
        confidence = round(fv.confidence * CASE_YEAR_DOUBT, 4)
        setattr(out, name, fv.model_copy(update={"confidence": confidence}))


def pick_document_date(doc: DocumentText, cands: list[Candidate]) -> FieldValue | None:
    """A labelled date if there is one; otherwise a date alone on its line; otherwise the latest."""
    if not cands:
        return None
    made_on = [c for c in cands if c.certainty >= 0.97 and c.validated]
    anchored = made_on or [c for c in cands if c.anchored and c.validated]
    if anchored:
        return pick_scalar(doc, anchored)
    alone = [c for c in cands if c.certainty >= 0.8 and c.validated]
    if alone:
        return pick_scalar(doc, alone[:1])
    plausible = (
        [c for c in cands if c.validated and c.certainty > 0.4]
        or [c for c in cands if c.validated]
        or cands
    )
    latest = max(plausible, key=lambda c: c.value)
    ambiguity = 0.85 if len({c.value for c in plausible}) > 1 else 1.0
    return _field_value(doc, latest, ambiguity=ambiguity)


# A name whose page shows an accent over one of its words that the OCR model could not
# write (pipeline.marks) is wrong as read, however sure Tesseract was: all of the OCR's
# share of the confidence goes, leaving at most 0.35 of it, under every name threshold.
UNREAD_ACCENT_MISREAD = 1.0


def _name_value(
    doc: DocumentText, person: FoundPerson, ner: list[tuple[int, int]], reading: NameReading
) -> FieldValue:
    """Labels and section headings vouch for a name; NER agreeing adds a little.

    NER on OCR text often runs names across line breaks, so its disagreement only counts
    against names that no label or heading vouches for. A word one typical OCR slip from a
    real name ("Sinith", "Chandier") counts against it (``name_lexicon``): Tesseract is as
    sure of such a word as of any other, so nothing else here would notice it. So does a
    "name" that is a heading or has the next cell's word glued on ("Placement Order",
    "Connor O'Sullivan Guardian", "Melanie Jenkins Fb"), which unknown layouts give.
    A slip the lexicon can undo one way only is undone (``reading``, from
    ``name_lexicon.read_name``): the value is the corrected name, ``raw`` the name as read,
    and the confidence takes a repair's discount rather than the slip's doubt, unless the
    page prints the corrected name elsewhere too, which confirms it.
    """
    # people.py marks how it found a name ("label") and what it had to do to read it:
    # "+repair" (an OCR letter slip undone), "+doubt" (letter case no printed name has).
    base, *marks = person.how.split("+")
    structural = base in ("label", "section", "list")
    certainty = {
        "label": 0.95,
        "section": 0.9,
        "list": 0.9,
        "label-guess": 0.7,  # a label too damaged to read, guessed from its place
        "role-phrase": 0.65,
    }.get(base, 0.6)
    if any(s <= person.start and person.end <= e for s, e in ner):
        certainty = min(1.0, certainty + 0.05)
    elif not structural:
        certainty *= 0.85
    if len(person.name.split()) < 2:
        certainty *= 0.75
    if "doubt" in marks:
        certainty *= 0.6
    spans = person.parts or [(person.start, person.end)]
    ev = word_evidence(doc, spans)
    support, ambiguity = name_agreement(doc.text, reading.value, spans)
    if ambiguity < 1.0:
        printed = " ".join(" ".join(doc.text[a:b].split()) for a, b in spans)
        if printed != reading.value and name_agreement(doc.text, printed, spans)[0]:
            ambiguity = 1.0  # the other copy reads as this one did ("lain" twice): mended alike
    misread = reading.misread
    unread_accent = doc.shows_unread_mark(spans)
    if unread_accent:  # every reading drops the accent alike: agreeing readings prove nothing
        support, misread = 0.0, UNREAD_ACCENT_MISREAD
    corrected = reading.corrected and not support
    confidence = combine(
        ev.ocr,
        certainty,
        anchored=structural,
        repaired="repair" in marks or corrected,
        validated=None,
        ambiguity=ambiguity,
        support=support,
        misread=misread,
    )
    return FieldValue(
        value=reading.value,
        confidence=confidence,
        raw=person.name,
        page=ev.page,
        box=ev.box,
        validated=None,
        source=f"people:{person.how}"
        + ("+lexicon" if reading.corrected else "")
        + (f"+{UNREAD_ACCENT}" if unread_accent else ""),
    )


def _dob_certainty(d: DateMatch, labelled: bool) -> float:
    """How sure the reading of a birth date is before OCR and validation.

    A look-alike undone ("O9NOV1997", "180CT1999") has one reading, so, as for document
    dates, it costs a little rather than the discount of a guess (a slip mended, a month
    chosen among several): on the dev corpora all 15 such birth dates were right, while the
    few wrong repaired ones were all guesses. Tesseract already marks such a word down for
    its odd letter, so the guess discount on top sent right dates to review.
    """
    certainty = 0.95 if labelled else 0.8
    return certainty * 0.95 if d.repaired and not d.guessed else certainty


def _dob_value(
    doc: DocumentText, person: FoundPerson, kind: str, reference: date, latest: date | None
) -> FieldValue:
    d = person.dob
    assert d is not None
    if kind == "child":
        valid = is_plausible_child_dob(d.value, reference, latest)
    else:
        valid = is_plausible_adult_dob(d.value, reference, latest)
    ev = word_evidence(doc, [(d.start, d.end)], specks_apart=_whole_day(d.raw))
    confidence = combine(
        ev.ocr,
        _dob_certainty(d, person.dob_labelled),
        anchored=person.dob_labelled,
        repaired=d.guessed,
        validated=valid,
    )
    return FieldValue(
        value=d.value.isoformat(),
        confidence=confidence,
        raw=d.raw,
        page=ev.page,
        box=ev.box,
        validated=valid,
        source="pattern:date" + ("+repair" if d.repaired else "") + ":date_of_birth",
    )


def _kind(person: FoundPerson, reference: date, doc_type: str | None = None) -> str:
    """A person with no stated role whose birth date makes them under 18 is a child.

    Not on a police check: its subjects are the people checked, and a misread year of
    birth must not move one out of ``people``. A birth date after the reference date
    means the reference is some older date on the page, so that person is a child too.
    """
    if doc_type == "police_check":
        return person.kind
    unstated = person.kind == "adult" and person.role in (None, "subject")
    if (
        unstated
        and person.dob is not None
        and years_between(person.dob.value, reference) < CHILD_YEARS
    ):
        return "child"
    return person.kind


def assemble_people(
    doc: DocumentText,
    found: list[FoundPerson],
    ner: list[tuple[int, int]],
    reference: date,
    doc_type: str | None = None,
    latest: date | None = None,
) -> tuple[list[Child], list[Person]]:
    """Found people -> children and people, each birth date checked against ``reference``.

    ``latest`` is set when ``reference`` is not the document's date but the latest date on
    the page: the document may be as late as ``latest`` (see ``is_plausible_child_dob``).
    """
    children: list[Child] = []
    people: list[Person] = []
    seen: dict[str, tuple[Child | Person, FoundPerson, str]] = {}
    for person in found:
        reading = read_name(person.name)
        key = " ".join(reading.value.lower().split())  # a corrected reading meets its copies
        kind = _kind(person, reference, doc_type)
        dob = _dob_value(doc, person, kind, reference, latest) if person.dob else None
        if key in seen and not _namesakes(seen[key][1], seen[key][2], person, kind):
            existing = seen[key][0]
            if existing.date_of_birth is None and dob is not None:
                existing.date_of_birth = dob
            if isinstance(existing, Person) and existing.role is None:
                existing.role = person.role
            continue
        name = _name_value(doc, person, ner, reading)
        item: Child | Person
        if kind == "child":
            item = Child(name=name, date_of_birth=dob)
            children.append(item)
        else:
            item = Person(name=name, date_of_birth=dob, role=person.role)
            people.append(item)
        seen.setdefault(key, (item, person, kind))
    return children, people


def _namesakes(first: FoundPerson, first_kind: str, second: FoundPerson, kind: str) -> bool:
    """Two entries of one name that are two people: a mother and the daughter named after
    her, a father and his son, two relatives in a household table.

    The page tells them apart by what it prints beside each name: two different dates of
    birth, or a parent's role on one entry and a child's row with its own birth date on the
    other. One person named twice (in the parties and again in the order's text) has at
    most one date of birth, or the same one twice.
    """
    if first.dob is not None and second.dob is not None:
        return first.dob.value != second.dob.value
    if first_kind == kind:
        return False
    child, adult = (first, second) if first_kind == "child" else (second, first)
    return child.dob is not None and adult.role in ("mother", "father")


def _unread_value(doc: DocumentText, entry: UnreadEntry) -> FieldValue:
    """A person entry nobody was read from: the label seen, and where, never the words."""
    ev = word_evidence(doc, [(entry.start, entry.end)])
    return FieldValue(
        value=entry.label,
        confidence=ev.ocr,
        raw=entry.label,
        page=ev.page,
        box=ev.box,
        validated=None,
        source="people:unread",
    )


def run_pipeline(
    doc: DocumentText,
) -> tuple[dict[str, list[Candidate]], list[DateMatch], list[tuple[int, int]]]:
    """Run spaCy page by page and bring every offset back into whole-document text.

    One call over a 100-page document makes the NER model several times slower per page
    than page-sized calls, and no field we extract spans a page break.
    """
    text = doc.text
    starts: list[int] = []
    offset = 0
    page_texts = [page.text for page in doc.pages]
    for page_text in page_texts:
        starts.append(offset)
        offset += len(page_text) + 2  # pages are joined by a blank line
    cands: dict[str, list[Candidate]] = {}
    dates: list[DateMatch] = []
    ner: list[tuple[int, int]] = []
    for start, sp in zip(starts, get_nlp().pipe(page_texts), strict=True):
        for key, found in (sp._.candidates or {}).items():
            cands.setdefault(key, []).extend(
                c.with_(start=c.start + start, end=c.end + start) for c in found
            )
        dates += [replace(d, start=d.start + start, end=d.end + start) for d in sp._.dates or []]
        ner += [(e.start_char + start, e.end_char + start) for e in sp.ents if e.label_ == "PERSON"]
    assert not dates or text[dates[-1].start : dates[-1].end] == dates[-1].raw
    return cands, dates, ner


def extract(doc: DocumentText, doc_type: str | None = None) -> Extraction:
    """Every field of the truth format, each with value, confidence, raw text, page and box."""
    text = doc.text
    if not text.strip():
        return Extraction()
    cands, dates, ner = run_pipeline(doc)

    excluded = [
        (c.start, c.end)
        for key in ("judge", "local_authority", "court")
        for c in cands.get(key, [])
    ]
    found = find_people(text, dates, ner, doc_type=doc_type, excluded=excluded)
    dob_starts = {p.dob.start for p in found if p.dob is not None}

    out = Extraction()
    for name in SCALAR_FIELDS:
        setattr(out, name, pick_scalar(doc, cands.get(name, [])))
    out.document_date = pick_document_date(doc, _date_candidates(text, dates, dob_starts))
    _doubt_disagreeing_years(out)
    for key, attr in LIST_FIELDS.items():
        setattr(out, attr, pick_list(doc, cands.get(key, [])))

    latest: date | None = None
    if out.document_date and out.document_date.validated:
        reference = date.fromisoformat(out.document_date.value)
    elif out.document_date is None and (on_page := reference_date(text, dates, dob_starts)):
        reference, latest = on_page, date.today()
    else:
        reference = date.today()
    out.children, out.people = assemble_people(doc, found, ner, reference, doc_type, latest)
    if doc_type != "other":
        # with their kinds as assembled: a row's person whose birth date makes them a child
        # is a found child to the list test ("Julie Nicholls and Alison Nicholls")
        kinds = [replace(p, kind=_kind(p, reference, doc_type)) for p in found]
        out.unread_people = [
            _unread_value(doc, u) for u in find_unread(text, kinds, dates, excluded)
        ]
    log.debug("extracted %d children, %d people", len(out.children), len(out.people))
    return out
