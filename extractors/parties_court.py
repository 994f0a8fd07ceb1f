"""Parties and children as court orders state them in sentences rather than label: value rows.

The court's own order forms say "The applicant is the mother, Natalie Akhtar (born 12th
November 1990)" and "IN THE MATTER OF Mason Whitfield (born 14/12/2022) and Harry
Whitfield"; police and council letters open "Proceedings concerning: Hannah Mensah, born 31
March 2009; Danielle Mensah, born 6 February 2010". The sentence fixes the role (or says
these are the children), so the name after it is as well vouched for as one after a label.
"""

from __future__ import annotations

import re

_RELATIONS = (
    "mother|father|stepfather|step-father|stepmother|step-mother|grandmother|grandfather|"
    "aunt|uncle|guardian|partner|carer"
)
PARTY_SENTENCE_RE = re.compile(  # numbered as order forms number them: "2. The respondent is"
    r"^[\W_]{0,3}(?:\(?\d{1,2}[.)]?\s*)?(?:the\s+(?:(?:first|second|third|fourth|fifth)\s+)?"
    r"(?P<label>applicant|respondent)|party\s+(?:\d{1,2}|[IVX]{1,4}|one|two|three|four|five))"
    r"\s+(?:(?:local\s+)?authority\s+)?(?:is|ts|1s|js)\s+"  # OCR's "ts" for "is"
    rf"(?:(?:the\s+)?(?:child(?:ren)?'?s\s+)?(?P<rel>{_RELATIONS})\s*,?\s*)?",
    re.IGNORECASE,
)
_PARTY_ROLE_AFTER_RE = re.compile(  # "Party 3 is Jo Bell (born ...), the children's guardian."
    rf",\s*the\s+(?:child(?:ren)?['’]?s\s+)?(?P<role>{_RELATIONS}|applicant|respondent)\b",
    re.IGNORECASE,
)
CHILDREN_LEAD_RE = re.compile(
    r"(?:^|\b)(?:proceedings\s+(?:concerning|relating\s+to|about)|(?:and\s+)?in\s+the\s+matter\s+of"
    r"|concern(?:ing|s)|in\s+respect\s+of|the\s+(?:relevant\s+|subject\s+)?child(?:ren)?\s+(?:is|are)"
    r"|child(?:ren)?\s+conce[rm]{1,2}n?ed\s*:)"  # "Children concerned:", rn read as m
    r"\s*:?\s*(?=[A-Z])",
    re.IGNORECASE,
)
# after a child's name and date: the next name of the list
LIST_SEPARATOR_RE = re.compile(  # a colon, too, as OCR reads a semicolon
    r"[^;\n]*?\d[)\]]?\s*(?:[;,:]\s*(?:and\s+)?|\s+and\s+)(?=[A-Z])"
)


# "The children are the third respondent, acting through their children's guardian, Jo Bell"
GUARDIAN_RE = re.compile(
    r"\bchild(?:ren)?['’]?s\s+guardian\s*(?:,|is|:)\s*(?:is\s+)?(?=[A-Z]|$)", re.IGNORECASE
)


def guardian_named(line: str) -> int | None:
    """Where the children's guardian's name starts in an order's party line, else None.

    The guardian is a party's representative the order names, as it names the parents;
    a guardian spoken of without a name ("the children's guardian shall file") gives None.
    """
    m = GUARDIAN_RE.search(line)
    return m.end() if m else None


def party_sentence(line: str) -> tuple[int, str] | None:
    """(where the name starts in the line, the role) for "The applicant is the mother, <name>".

    The family relation wins over the party label, as in a party table's "(mother)".
    """
    m = PARTY_SENTENCE_RE.match(line)
    if m is None:
        return None
    # "Party 3 is Rhys Hussain (born ...), the children's guardian": the role follows the name
    label = m.group("label")
    if label is None:
        after = _PARTY_ROLE_AFTER_RE.search(line, m.end())
        label = after.group("role") if after else "party"
    role = (m.group("rel") or label).lower().replace("-", "")
    return m.end(), role


def children_lead(line: str) -> int | None:
    """Where a list of children starts after "Proceedings concerning:"/"In the matter of"."""
    m = CHILDREN_LEAD_RE.search(line)
    if m is None:
        return None
    if re.match(r"(?:the\s+)?(?:children|family\s+law|adoption)\s+act", line[m.end() :], re.I):
        return None  # "IN THE MATTER OF THE CHILDREN ACT 1989"
    return m.end()


def next_in_list(text: str, pos: int, limit: int) -> int | None:
    """Where the next child's name starts after one "<name>, born <date>" of a list, or None."""
    m = LIST_SEPARATOR_RE.match(text, pos, limit)
    return m.end() if m else None


# "(1) Tia Armitage (born 07/12/1991) First Respondent": the party label closes the row.
TRAILING_PARTY_RE = re.compile(
    r"(?<![A-Za-z])(?:(?:first|second|third|fourth|fifth)\s+)?(?P<label>applicant|respondent"
    r"|intervener)\s*$",
    re.IGNORECASE,
)
LIST_MARK_RE = re.compile(r"^[\W_]{0,2}(?:\(\d{1,2}\)|\d{1,2}[.)]|\([a-z]\))?\s*")


def party_row(line: str) -> tuple[int, str] | None:
    """(where the name starts, the role) for a party row whose label comes last, else None."""
    m = TRAILING_PARTY_RE.search(line)
    if m is None:
        return None
    lead = LIST_MARK_RE.match(line)
    return (lead.end() if lead else 0), m.group("label").lower()
