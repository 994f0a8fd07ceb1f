"""Name / date-of-birth tables: household members in council letters, persons checked by the
police, the child(ren) box at the head of a court order.

Real forms put people in a table far more often than under a "The children" heading: a
council's "Name | Date of birth | Relationship | Known?", a police unit's "Name | DOB | PNC
ID | Result", the court form's "The full name(s) of the child(ren) | Boy or Girl | Date(s) of
birth". The header row says what every row below it is, so the header is recognised from
its column names, and each row's relationship or Boy/Girl column says child or adult.
"""

from __future__ import annotations

import re
from typing import Protocol

from extractors.people_names import WEEKDAY_RE, WEEKDAY_TAIL_RE

_NAME_COLUMN_RE = re.compile(
    r"\b(?:full\s+)?name(?:s|\s?\(s\))?\b|\bsurname\b|\bforenames?\b", re.IGNORECASE
)
_DOB_COLUMN_RE = re.compile(
    r"(?<![A-Za-z])date(?:\s?\(s\))?\s*[o0u]f\s+birth\b|\bd\.?\s?[o0]\.?\s?b\b|\bborn\b|\bbirth\s+date\b",
    re.IGNORECASE,
)
# A children table's name column may be headed by the word child alone: "Child  Date of birth".
_CHILD_NAME_COLUMN_RE = re.compile(r"[\W_]*child(?:ren|\s?\(ren\))?\b(?!'|’)", re.IGNORECASE)
_CHILD_COLUMN_RE = re.compile(r"\bchild(?:ren|\s?\(ren\))?\b|\bboy\b|\bgirl\b", re.IGNORECASE)
_DIGIT_RE = re.compile(r"\d\d|\d\s*[/.\-]\s*\d")  # a date or number, not "1D" for "ID"
_PROSE_RE = re.compile(
    r"\b(?:you|your|we|our|us|is|are|was|were|has|have|please|thank|request|confirm|provide)\b",
    re.IGNORECASE,
)
HEADER_WORDS = 16  # a header row names a handful of columns, not a sentence's worth

_RELATION_RE = re.compile(
    r"\b(?P<word>child|son|daughter|boy|girl|mother|father|stepfather|step-father|stepmother"
    r"|step-mother|grandmother|grandfather|partner|carer|aunt|uncle|lodger|sibling|brother"
    r"|sister)\b(?!['’]s\b)",  # "Mother's partner" is the partner
    re.IGNORECASE,
)
_CHILD_WORDS = {"child", "son", "daughter", "boy", "girl", "sibling", "brother", "sister"}


def table_header(line: str) -> str | None:
    """'children' or 'adults' for the header row of a people table, else None.

    A header names a name column and a date-of-birth column and holds no digits (a row with
    a date is a person, not a header). A header that speaks of the child(ren) or of Boy/Girl
    heads a table of children.
    """
    if _DIGIT_RE.search(line) or len(line.split()) > HEADER_WORDS:  # "PNC 1D" is still a header
        return None
    if not (
        (_NAME_COLUMN_RE.search(line) or _CHILD_NAME_COLUMN_RE.match(line))
        and _DOB_COLUMN_RE.search(line)
    ):
        return None
    if _PROSE_RE.search(line):
        return None  # "please confirm the name and date of birth": a sentence about them
    return "children" if _CHILD_COLUMN_RE.search(line) else "adults"


def wrapped_table_header(line: str, below: str) -> str | None:
    """table_header for a header row whose cell wrapped onto the line below it.

    "Name Date of Relationship Result" over "birth": the wrapped word finishes its own
    cell mid-row, so it is put back after "Date of" before the row is read as a header.
    """
    if not 0 < len(below.split()) <= 2 or re.search(r"\d", below):
        return None
    if re.fullmatch(r"\W*birth\W*", below.strip(), re.IGNORECASE):
        joined = re.sub(
            r"\b(date\s+[o0]f)(?!\s+birth)\b", r"\1 birth", line, count=1, flags=re.IGNORECASE
        )
    else:
        joined = line + " " + below
    return table_header(joined)


def row_relation(rest: str) -> str | None:
    """'child' or the adult's role from a row's relationship column ("... 14/02/2012 Child No").

    Siblings are children of the household; a lodger or other adult with no family role is
    returned as None, so the caller's default (subject, or age) decides.
    """
    m = _RELATION_RE.search(rest)
    if m is None:
        return None
    word = m.group("word").lower()
    if word in _CHILD_WORDS:
        return "child"
    if word in ("lodger", "partner", "carer", "aunt", "uncle"):
        return None if word == "lodger" else word
    return word.replace("-", "")


class _Dated(Protocol):
    start: int


# Columns that may stand between a row's name and its date of birth: a gender, however read.
BETWEEN_WORDS = 1
_DAMAGED_DATE_RE = re.compile(
    r"[\W_]*(?:(?:boy|girl|male|female|[mf])\b[\W_]*)?(?:\d|[A-Za-z]{1,2}(?:st|nd|rd|th)\b)",
    re.IGNORECASE,
)


def row_has_date(text: str, name_end: int, line_end: int, dates: list[_Dated]) -> bool:
    """Whether a date follows the row's name with at most a gender column ("emele") between.

    "ORDER MADE BY DISTRICT JUDGE ... ON 21 AUG 2021" below a table has a date, but a
    sentence before it; a row "Chloe Jagger Girl 25.08.19" has only the gender column.
    """
    for d in dates:
        if name_end <= d.start < line_end:
            between = re.findall(r"[^\W\d_]{2,}", WEEKDAY_TAIL_RE.sub("", text[name_end : d.start]))
            return len(between) <= BETWEEN_WORDS
    # a date OCR could not read still starts like one: "Sth March 2011", "[5 Nov 2006"
    m = _DAMAGED_DATE_RE.match(text, name_end, line_end)
    return m is not None or _wrapped_date_cell(text, name_end, line_end)


# The start of a date cell that wrapped onto the row's next line, "Thursday 14" / "April 1983",
# maybe after one column between ("Applicant | Monday 30"): a weekday before a figure.
_WRAPPED_DATE_CELL_RE = re.compile(
    rf"[\W_]*(?:[^\W\d_]{{2,}}[\W_]+)??{WEEKDAY_RE.pattern}(?=\d)", re.IGNORECASE
)


def _wrapped_date_cell(text: str, name_end: int, line_end: int) -> bool:
    """Whether a weekday and a day number follow the row's name, the rest of the date below."""
    return _WRAPPED_DATE_CELL_RE.match(text, name_end, line_end) is not None
