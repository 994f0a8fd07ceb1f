"""Children and adults, with roles and dates of birth, read from the document's own structure.

The small English NER model finds PERSON spans but not who they are: it cannot tell the
child from the judge, and on OCR text it often clips names ("Jane Smith" for "Amelia Jane
Smith"). Documents, though, say who people are: "Name:", "Forename(s)/Surname",
"Applicant:", "(mother)", a "The children" heading, "born" next to a date. So names are
taken from labels, section rows and role phrases, and NER is used only to confirm a name or
to find one in a sentence that already names a role. Judges, signatories and council
officers carry none of those labels and so are never made parties.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from extractors.dates import DateMatch
from extractors.parties_court import (
    children_lead,
    guardian_named,
    next_in_list,
    party_row,
    party_sentence,
)
from extractors.people_household import (
    row_has_date,
    row_relation,
    table_header,
    wrapped_table_header,
)
from extractors.people_labels import (
    SUBJECT_BLOCK_RE,
    capitals_by_shape,
    fuzzy_role_word,
    repair_name,
    unglue,
)
from extractors.people_names import (
    FORM_WORDS,
    PARTICLES,
    WEEKDAY_RE,
    WEEKDAY_TAIL_RE,
    RowName,
    clean_name,
    looks_like_list_name,
    looks_like_name,
    odd_case,
    row_name_vouched,
    take_name,
    take_row_name,
)
from extractors.people_police import (
    FORM_LINES,
    capitals_to_line_end,
    combined_name,
    form_name,
    form_values,
)
from extractors.people_prose import prose_people, prose_relations
from extractors.validators import CHILD_YEARS

ROLE_WORDS = {
    "mother": "mother", "father": "father", "applicant": "applicant",
    "respondent": "respondent", "guardian": "guardian", "children's guardian": "guardian",
    "subject": "subject", "intervener": "intervener", "stepfather": "stepfather",
    "step-father": "stepfather", "stepmother": "stepmother", "step-mother": "stepmother",
    "grandmother": "grandmother", "grandfather": "grandfather", "partner": "partner",
    "carer": "carer", "aunt": "aunt", "uncle": "uncle",
}  # fmt: skip
_ROLE_ALT = "|".join(sorted((re.escape(r) for r in ROLE_WORDS), key=len, reverse=True))
_ORDINAL = r"(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+"
# "Respondent:-" is a printed style of British forms, as common as the colon alone.
ROLE_LABEL_RE = re.compile(
    rf"(?<![A-Za-z])(?:{_ORDINAL})?(?P<role>{_ROLE_ALT})(?:\s*\d)?\s*(?:name)?\s*(?::[\-–]|[:\-–])\s*",
    re.IGNORECASE,
)
# A table row "First Respondent   Karen Smith (mother)" loses its column gap in OCR text, and
# may gain a speck read as a full stop or comma ("Respondent. Shane Jake Hilton (father)").
ROLE_ROW_RE = re.compile(
    rf"^\s*(?:{_ORDINAL})?(?P<role>{_ROLE_ALT})(?:\s*\d)?[.,]?\s+(?=[A-Z])",
    re.IGNORECASE,
)
CHILD_LABEL_RE = re.compile(
    r"(?<![A-Za-z])(?:(?:the\s+|subject\s+)?child(?:ren)?(?:\(ren\))?(?:\s*\d{1,2})?"
    r"(?:'?s)?(?:\s*(?:full\s+)?name)?|child\s+[a-e])\s*(?::[\-–]?|[\-–](?=\s))\s*",
    re.IGNORECASE,
)
NAME_LABEL_RE = re.compile(
    r"(?<![A-Za-z])(?:full\s+|subject(?:'s)?\s+)?name(?:\s+of\s+(?P<of>child|subject|person))?"
    r"\s*[:;\-–]\s*",  # monospace printouts colons are often read as semicolons
    re.IGNORECASE,
)
INLINE_ROLE_AFTER_RE = re.compile(
    rf"\s*(?:\(\s*(?:the\s+)?(?P<a>{_ROLE_ALT})\s*\)|,\s*(?:the\s+)?(?P<b>{_ROLE_ALT})\b)",
    re.IGNORECASE,
)
_BORN_PAREN_RE = re.compile(
    r"\s*\(\s*(?:born|b\.|d\.?\s?o\.?\s?b\.?|date\s+of\s+birth)[^()\n]{0,32}\)", re.IGNORECASE
)
INLINE_ROLE_BEFORE_RE = re.compile(rf"(?:the\s+)?(?P<role>{_ROLE_ALT})\s*,?\s*$", re.I)
# "DATE OF BIRTH" with its D read as O or 0 ("OATE OF BIRTH: 24/04/1993", L416): nothing
# else reads so before a date.
_DATE_OF_BIRTH = r"[do0]ate\s+of\s+birth"
DOB_LABEL_RE = re.compile(
    rf"(?<![A-Za-z])(?:{_DATE_OF_BIRTH}|d\.?\s?o\.?\s?b\.?|born(?:\s+on)?|birth\s+date|b\.)"
    r"\s*[:\-–.,]?\s*$",  # "born.13/09/1996", "D.O.B, 18.01.05": a speck for the colon
    re.IGNORECASE,
)
DOB_HEADER_RE = re.compile(r"\b(?:date\s+of\s+birth|d\.?\s?o\.?\s?b\b)", re.IGNORECASE)
# A table header row is header words only; a row whose date OCR could not read is not one.
TABLE_HEADER_RE = re.compile(
    r"^[\W\s]*(?:(?:full\s+)?names?|gender|sex|relationship|role|age|address|d\.?\s?o\.?\s?b\.?|"
    r"date\s+of\s+birth|\b\w{1,2}\b|[^\w\s]|\s)*$",  # short specks: "Name oO Gender"
    re.IGNORECASE,
)
DOB_ONLY_RE = re.compile(
    rf"\s*(?:{_DATE_OF_BIRTH}|d\.?\s?o\.?\s?b\.?|born(?:\s+on)?|birth\s+date)\s*[:\-–.,]?\s*$",
    re.IGNORECASE,
)
# "The chitd", "The Chiid": a heading's thin letters misread (an i or l as t, 1, !, |)
CHILD_HEADING_RE = re.compile(
    r"^(?:the\s+)?(?:subject\s+|relevant\s+)?ch[il1|!][l1|!it]d(?:ren)?(?:\(ren\))?(?:\s+concerned|\s+details"
    r"|\s+in\s+the\s+household|\s+subject\s+to\s+(?:the|this)\s+order)?\s*:?$",
    re.IGNORECASE,
)
ADULT_HEADING_RE = re.compile(
    r"^(?:the\s+)?(?:adults?|parties|respondents|parents|household\s+members|adults\s+in\s+the"
    r"\s+household|other\s+adults|persons?\s+checked|family\s+members)(?:\s+details)?\s*:?$",
    re.IGNORECASE,
)
SUBJECT_HEADING_RE = re.compile(
    r"^(?:(?:details\s+of\s+(?:the\s+)?)?subjects?(?:\s+(?:details|of\s+(?:the\s+)?checks?))?|"
    r"person\s+details|nominal\s+details|personal\s+details)\s*:?$",
    re.IGNORECASE,
)
OTHER_HEADING_RE = re.compile(
    r"^(?:address(?:es)?|convictions?|offences?|cautions?|warnings?|disposals?|outcome|"
    r"result|summary|signed|order|recitals|it\s+[i1l]s\s+(?:hereby\s+)?ordered|notice|warning|"
    r"information\s+held|checks?\s+made|contact|declaration)\b.*$",
    re.IGNORECASE,
)
ORGANISATION_AFTER_RE = re.compile(
    r"\s*(?:city|county|borough|metropolitan|district|council|&\s*(?-i:[A-Z])\w*|and\s+co|solicitors|llp|ltd|"
    r"limited|police|constabulary|nhs|trust|school|academy|cafcass)\b",
    re.IGNORECASE,
)


@dataclass
class FoundPerson:
    """A person read off the page: where the name is, what it is, and what the page says of them."""

    start: int
    end: int
    name: str
    kind: str  # "child" or "adult"
    role: str | None
    how: str  # "label", "section", "role-phrase", "ner"
    dob: DateMatch | None = None
    dob_labelled: bool = False
    parts: list[tuple[int, int]] = field(default_factory=list)  # char spans making up the name


def _continue_on_next_line(
    text: str, span: tuple[int, int], le: int, lines: list[tuple[int, int]], number: int
) -> tuple[int, int]:
    """A name broken over two lines ("Oliver" / "Brown DOB ...") joined back together."""
    tail = text[span[1] : le]
    if re.fullmatch(r"(?:\s+(?:" + "|".join(PARTICLES) + r"))+\s*", tail):
        span = span[0], le - (len(tail) - len(tail.rstrip()))  # "Kofi Van der" / "Merwe."
    elif tail.strip() or number + 1 >= len(lines):
        return span
    if number + 1 >= len(lines):
        return span
    if len(text[span[0] : span[1]].split()) > 2 and text[span[1] - 1].isupper():
        return span
    nls, nle = lines[number + 1]
    if not text[nls:nle].strip() and number + 2 < len(lines):
        nls, nle = lines[number + 2]  # OCR leaves a blank line inside a wrapped row
    next_line = text[nls:nle]
    if _section_of(next_line) is not False or ":" in next_line.split(" ", 2)[0]:
        return span
    if ROLE_LABEL_RE.search(next_line) or NAME_LABEL_RE.search(next_line):
        return span
    more = take_name(text, nls, nle, max_words=2)
    if more is None or more[0] != nls:
        return span
    rest = text[more[1] : nle].strip()
    if rest and not re.match(
        r"[(,]|\.$|(?:born|dob|d\.o\.b|date of birth|\d)", rest, re.IGNORECASE
    ):  # "Niamh" / "Smith-Kowalski." ends the sentence
        return span
    return span[0], more[1]


DOB_AFTER_NAME_RE = re.compile(
    r"[\s,(]*(?:born|d\.?\s?o\.?\s?b\.?|date\s+of\s+birth)\b", re.IGNORECASE
)
# What may open a row of a "Re:" list below its first: a stray quote, dot or speck.
LIST_LEAD = " ‘’“”'\"`.,*"
RE_LABEL_RE = re.compile(r"^\s*(?:re|subject|subjects|in\s+respect\s+of)\s*[:\-–]\s*", re.I)
TRAILING_ROLE_RE = re.compile(
    rf"(?<![A-Za-z])(?P<role>{_ROLE_ALT}|child|son|daughter)\s*\.?\s*$", re.IGNORECASE
)
SENTENCE_WORDS = 9
NEAR_DATE_CHARS = 16


def _ends_section(line: str) -> bool:
    """A sub-heading ("The court records that:") or a sentence ends a list of people."""
    stripped = line.strip()
    words = stripped.split()
    if (
        stripped.endswith(":")
        and len(words) <= 6
        and not ROLE_LABEL_RE.search(stripped)
        and not re.search(r"\d", stripped)  # "Tony Craig Male 14.06.23 :" is a row with a speck
    ):
        return True
    wordlike = [w for w in words if re.search(r"[^\W\d_]{2}", w)]  # not "==", "~~" specks
    return len(wordlike) >= SENTENCE_WORDS and not re.search(r"\d", stripped)


_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _kind_by_year(after_name: str, dates: list[DateMatch]) -> str | None:
    """Child or adult from the year of a birth date OCR could not read whole, else None.

    "born Sth August 2012" keeps its year; the latest readable date in the document
    (orders and letters are dated after every event they mention) stands in for its date.
    """
    year = _YEAR_RE.search(after_name)
    if year is None or not dates:
        return None
    latest = max(d.value.year for d in dates)
    born = int(year.group(0))
    if born > latest:
        return None
    return "child" if latest - born < CHILD_YEARS else "adult"


def _trailing_role(text: str, end: int, line_end: int) -> str | None:
    """A role word at the end of a table row: "Katy Brooks 14 Jun 1986 Mother"."""
    m = TRAILING_ROLE_RE.search(text, end, line_end)
    if not m:
        return None
    word = m.group("role").lower()
    if word in ("child", "son", "daughter"):
        return "child"
    return ROLE_WORDS.get(word)


# A parties table's status cell between the name and the birth date: "Respondent 1 Dana Shaw
# Mother 28 December 1990", "Party 2 Owen Pryce Respondent 17 May 1998". The date cell after
# it (or its weekday, or a cell rule) tells a status cell from a word of a sentence.
_STATUS_CELL_RE = re.compile(
    rf"[ \t]+(?P<role>{_ROLE_ALT})[ \t]+(?=[|!]?\s*(?:\d|(?i:mon|tue|wed|thu|fri|sat|sun)))",
    re.IGNORECASE,
)


def _status_cell_role(text: str, end: int, line_end: int) -> str | None:
    """The role a parties table's status cell gives right after the name, else None."""
    m = _STATUS_CELL_RE.match(text, end, line_end)
    return ROLE_WORDS[m.group("role").lower()] if m else None


def _surname_first(
    text: str, span: tuple[int, int], line_end: int
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """'BENNETT, VANESSA': the police form of a name, surname first, split at the comma."""
    rest = text[span[1] : line_end]
    if not rest.startswith(",") or len(text[span[0] : span[1]].split()) != 1:
        return None
    forenames = take_name(text, span[1] + 1 + (len(rest[1:]) - len(rest[1:].lstrip())), line_end)
    if forenames is None or not text[span[0] : span[1]].isupper():
        return None
    return span, forenames


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line of ``text``, blank ones included, newlines left out."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _section_of(line: str) -> str | bool | None:
    """'children'/'adults'/'subject' for a heading, None for another heading, False otherwise."""
    stripped = line.strip(" \t:.;,|_~-—'‘’\"“”")  # OCR litters headings with specks
    if not stripped or len(stripped) > 60:
        return False
    if CHILD_HEADING_RE.match(stripped):
        return "children"
    if ADULT_HEADING_RE.match(stripped):
        return "adults"
    if SUBJECT_HEADING_RE.match(stripped):
        return "subject"
    if OTHER_HEADING_RE.match(stripped) and len(stripped.split()) <= 5:
        return None
    return False


section_of = _section_of  # what people_unread reads headings with


def _inline_role(text: str, end: int, line_end: int, line_start: int, start: int) -> str | None:
    after = INLINE_ROLE_AFTER_RE.match(text, end, line_end)
    if after:
        return ROLE_WORDS[(after.group("a") or after.group("b")).lower()]
    before = INLINE_ROLE_BEFORE_RE.search(text[line_start:start])
    if before and not ROLE_LABEL_RE.search(text[line_start:start]):
        return ROLE_WORDS[before.group("role").lower()]
    return None


_ORDINALS = ("first", "second", "third", "fourth", "fifth")
_PARTY_LABELS = ("respondent", "applicant")
_PARTY_PREFIX_RE = re.compile(
    r"^[\W_]*(?P<w1>[^\W\d_]{4,}):?\s+(?:(?P<w2>[^\W\d_][^\s:]{5,})\s*)?:?\s*"
)


def _damaged_party_row(
    text: str, ls: int, le: int, lines: list[tuple[int, int]], number: int, section: str | None
) -> tuple[tuple[int, int], str | None, str] | None:
    """The name, role and how-found of a party row whose label OCR bent or split over lines.

    "Seconsa Resnuident: Jeremy Moore (father)", "Appticant: Elizabeth Davis (mother)" and
    "Second Glenn Waters (father)" with "Respondent" alone on the next line: an ordinal
    (read loosely) or a party label (read loosely, its colon glued or not) opens the row,
    the name follows, and a role in brackets or a party section says the row is a party at
    all. A label bent by OCR is a guess ("label-guess"); one that only wrapped in its table
    cell, each word read exactly, is as sure as a label on one line ("label").
    """
    line = text[ls:le]
    m = _PARTY_PREFIX_RE.match(line)
    if m is None:
        return None
    w1, w2 = m.group("w1"), m.group("w2")
    wrapped = False
    ordinal = max(fuzz.ratio(w1.lower(), o) for o in _ORDINALS) >= 70
    label_role = fuzzy_role_word(w2, loose=ordinal) if w2 else None
    if label_role is None and not ordinal:
        label_role = fuzzy_role_word(w1)
        if label_role is None:
            return None
        start = ls + len(line) - len(line[m.start("w1") + len(w1) :].lstrip(" :"))
    elif label_role is not None:
        start = ls + m.end()
    elif w2 and w2[-1] in ",;":
        # "Secorid Reyrunders, Kenneth Martin (father)": a label too bent to read, ended by
        # its comma; only a role in brackets after the name will vouch for the row
        start = ls + m.end()
        span = take_name(text, start, le)
        if span is None or _inline_role(text, span[1], le, ls, span[0]) is None:
            return None
    else:
        start = ls + m.end("w1")
        following = [text[slice(*span)] for span in lines[number + 1 : number + 3]]
        next_line = next((f for f in following if f.strip()), "")
        label_role = fuzzy_role_word(next_line.strip()) if len(next_line.split()) == 1 else None
        if label_role is None:
            return None
        wrapped = w1.lower() in _ORDINALS and next_line.strip(" :").lower() in _PARTY_LABELS
    start += len(text[start:le]) - len(text[start:le].lstrip(" :"))
    span = take_name(text, start, le)
    if span is None or len(text[span[0] : span[1]].split()) < 2:
        return None
    span = _lowercase_surname(text, span, le)
    inline = _inline_role(text, span[1], le, ls, span[0])
    if inline is None and section != "adults":
        return None
    if not looks_like_name(text[span[0] : span[1]], line):
        return None
    return span, inline or label_role, "label" if wrapped else "label-guess"


def _lowercase_surname(text: str, span: tuple[int, int], le: int) -> tuple[int, int]:
    """'Frederick barnett (father)': a surname that lost its capital, kept when a role follows."""
    m = re.match(r" ([a-z][a-z'’\-]{2,})(?=\s*\()", text[span[1] : le])
    if m and INLINE_ROLE_AFTER_RE.match(text, span[1] + m.end(), le):
        return span[0], span[1] + m.end()
    return span


# "To: Dana Shaw, Flat 2, 14 Mill Lane, Leeds": a notice sent to a person at their home; the
# address after the name (a number, or a flat) tells a person from an office ("To: Legal
# Services", "To: Cafcass Safeguarding <...>").
_ADDRESSEE_RE = re.compile(r"[\W_]{0,2}(?i:to)\s*[:;]\s*(?=[A-Z])")
_ADDRESS_AFTER_RE = re.compile(r",\s*(?:(?i:flat|apartment|unit)\s+)?\d")


def _addressee(text: str, ls: int, le: int) -> tuple[int, int] | None:
    """The name a "To:" line addresses, when a home address follows it."""
    lead = _ADDRESSEE_RE.match(text, ls, le)
    if lead is None:
        return None
    span = take_name(text, lead.end(), le, max_words=4)
    if (
        span is None
        or len(text[span[0] : span[1]].split()) < 2
        or not looks_like_list_name(text[span[0] : span[1]], text[ls:le])
        or not _ADDRESS_AFTER_RE.match(text, span[1], le)
    ):
        return None
    return span


def find_people(
    text: str,
    dates: list[DateMatch],
    ner_persons: list[tuple[int, int]],
    doc_type: str | None = None,
    excluded: list[tuple[int, int]] | None = None,
) -> list[FoundPerson]:
    """Everyone the page names as a child, party or subject, with their date of birth."""
    excluded = excluded or []
    # a table's column rule between two cells: "Danielle Hudson | Farnate | 30th August"
    rules = [m.start() for m in re.finditer(r"(?<= )\|(?= )", text)]
    text = text.replace("|", " ")  # table rules read as "|": never part of a name
    # a sex column whose cells were read on some row: "Megan Akhtar Female 05.03.10"
    sex_cells = bool(_SEX_COLUMN_RE.search(text) and _SEX_CELL_RE.search(text))
    lines = line_spans(text)
    found: list[FoundPerson] = []
    section: str | None = None
    # the form's surname / forename read so far: (span, line number, "label" or "guess")
    pending: dict[str, tuple[tuple[int, int], int, str]] = {}
    re_list = False  # inside a "Re: <name> born <date>" list, one person a line
    dob_column = False  # inside a table whose header has a date-of-birth column
    table_rows = False  # inside a people table found by its header: each row says who

    def overlaps_excluded(s: int, e: int) -> bool:
        return any(s < xe and xs < e for xs, xe in excluded)

    def add(s: int, e: int, kind: str, role: str | None, how: str) -> FoundPerson | None:
        after = text[e : e + 40].split("\n", 1)[0]
        if ORGANISATION_AFTER_RE.match(after):
            return None  # "Leeds City Council", "Smith & Co Solicitors": not a person
        if after.startswith(":") and len(text[s:e].split()) == 1:
            return None  # "Subject: RE: checks": one word before a colon is a label
        if overlaps_excluded(s, e) or any(p.start < e and s < p.end for p in found):
            return None
        if any(w.casefold() in FORM_WORDS for w in text[s:e].split()):
            return None  # "Placement Order (01.23)", "IMPORTANT NOTICE": the form's own words
        person = FoundPerson(s, e, clean_name(text[s:e]), kind, role, how, parts=[(s, e)])
        found.append(person)
        return person

    skip_line = -1  # the wrapped second line of a table header
    for number, (ls, le) in enumerate(lines):
        if number == skip_line:
            continue
        line = text[ls:le]
        heading = _section_of(line)
        if heading is not False:
            section = heading  # type: ignore[assignment]
            table_rows = False
            dob_column = False
            continue
        if (
            section
            and DOB_HEADER_RE.search(line)
            and not any(ls <= d.start < le for d in dates)
            and TABLE_HEADER_RE.match(line)
        ):
            dob_column = True  # a table header: its "Date of birth" labels the column below
            continue
        table = table_header(line)
        if table is None and number + 1 < len(lines):
            # a header cell wrapped under itself: "Name Date of Relationship" / "birth"
            table = wrapped_table_header(line, text[slice(*lines[number + 1])])
            if table is not None:
                skip_line = number + 1
        if table is not None:
            # "Name Date of birth Relationship Known?" with no heading above it
            if section is None or table == "children":  # a heading above still says who
                section = table
            dob_column, table_rows = True, True
            continue
        line_people: list[FoundPerson] = []
        if (ROLE_LABEL_RE.search(line) or ROLE_ROW_RE.match(line)) and section == "children":
            section = None  # a party label ends a list of children
            table_rows = False
        if _ends_section(line):
            section = None
            table_rows = False
            re_list = False
        re_label = RE_LABEL_RE.match(line)
        if (re_label or re_list) and line.strip():  # OCR leaves blank lines inside the list
            # a stray quote or dot may open the row: "‘Charlotte Alexander D.O.B. ..."
            lead = len(line) - len(line.lstrip(LIST_LEAD))
            start = ls + (re_label.end() if re_label else lead)
            span = take_name(text, start, le)
            has_date = any(ls <= d.start < le for d in dates)
            # a date OCR could not read still leaves its label: "born Sth August 2012"
            unread = (
                not has_date
                and span is not None
                and DOB_AFTER_NAME_RE.match(text, span[1], le) is not None
            )
            if (
                span
                and (has_date or unread)
                and looks_like_list_name(text[span[0] : span[1]], line)
            ):
                kind: str | None = "adult"
                if unread:
                    kind = _kind_by_year(text[span[1] : le], dates)
                if kind is not None:
                    role = _trailing_role(text, span[1], le)
                    person = add(span[0], span[1], kind, role if kind == "adult" else None, "list")
                    if person:
                        line_people.append(person)
                re_list = True
            else:
                re_list = False

        # Court-form sentences: "The applicant is the mother, Natalie Akhtar (born ...)".
        sentence = party_sentence(line)
        if sentence is not None:
            span = take_name(text, ls + sentence[0], le)
            if (
                span
                and len(text[span[0] : span[1]].split()) >= 2
                # the sentence vouches for the name, so "loana Nowak" (I read as l) is kept,
                # to be repaired and marked
                and looks_like_list_name(text[span[0] : span[1]], line)
            ):
                # "The first respondent is Lowri Adeyemi, the mother": the relation wins, also
                # after the birth date: "The respondent is Dylan Kerr (born ...), the father"
                born = _BORN_PAREN_RE.match(text, span[1], le)
                end = born.end() if born else span[1]
                role = _inline_role(text, end, le, ls, span[0]) or sentence[1]
                person = add(span[0], span[1], "adult", role, "label")
                if person:
                    line_people.append(person)
        addressee = _addressee(text, ls, le) if not line_people else None
        if addressee is not None:
            person = add(addressee[0], addressee[1], "adult", None, "label")
            if person:
                line_people.append(person)
        guardian = guardian_named(line) if not line_people else None
        if guardian is not None:
            span = take_name(text, ls + guardian, le)
            if span is not None:
                span = _continue_on_next_line(text, span, le, lines, number)
            elif not text[ls + guardian : le].strip() and number + 1 < len(lines):
                span = take_name(text, *lines[number + 1])  # "guardian," / "Ioana Nguyen."
            if (
                span
                and len(text[span[0] : span[1]].split()) >= 2
                and looks_like_list_name(text[span[0] : span[1]], line)
            ):
                person = add(span[0], span[1], "adult", "guardian", "label")
                if person:
                    line_people.append(person)
        row = party_row(line) if not line_people else None
        if row is not None:
            span = take_name(text, ls + row[0], le)
            if (
                span
                and len(text[span[0] : span[1]].split()) >= 2
                and looks_like_name(text[span[0] : span[1]], line)
            ):
                person = add(span[0], span[1], "adult", row[1], "label")
                if person:
                    line_people.append(person)
        # "Proceedings concerning: Hannah Mensah, born 31 March 2009; Danielle Mensah, born ..."
        lead = children_lead(line)
        if lead is not None:
            _children_list(text, ls + lead, le, lines, number, dates, add)

        # "SURNAME/FORENAME(S) : BOOTH/MEGAN": both names under one label
        pair = combined_name(line)
        if pair is not None:
            (fs, fe), (ss, se) = pair
            f_span, s_span = (ls + fs, ls + fe), (ls + ss, ls + se)
            if not any(p.start < le and ls < p.end for p in found):
                person = FoundPerson(
                    min(f_span[0], s_span[0]),
                    max(f_span[1], s_span[1]),
                    clean_name(text[slice(*f_span)]) + " " + clean_name(text[slice(*s_span)]),
                    "child" if section == "children" else "adult",
                    None if section == "children" else "subject",
                    "label",
                    parts=[f_span, s_span],
                )
                found.append(person)
                line_people.append(person)
            pending = {}

        # Forename(s) / Surname forms, on one line or consecutive lines.
        if SUBJECT_BLOCK_RE.match(line):
            pending = {}  # "SUBJECT 2 OF 2": a new person's form starts
        for slot, value_start, quality in form_values(line, pending, number):
            span = take_name(text, ls + value_start, le)
            if span:
                pending[slot] = (capitals_to_line_end(text, span, le), number, quality)
        if "surname" in pending and "forename" in pending:
            (f_span, _, f_quality), (s_span, _, s_quality) = pending["forename"], pending["surname"]
            name = form_name(text, f_span) + " " + form_name(text, s_span)
            kind = "child" if section == "children" else "adult"
            role = None if kind == "child" else "subject"
            how = "label" if f_quality == s_quality == "label" else "label-guess"
            if not any(p.start < s_span[1] and f_span[0] < p.end for p in found):
                person = FoundPerson(
                    min(f_span[0], s_span[0]), max(f_span[1], s_span[1]), name, kind, role, how
                )
                person.parts = [f_span, s_span]
                found.append(person)
                line_people.append(person)
            pending = {}
        pending = {k: v for k, v in pending.items() if number - v[1] < FORM_LINES}

        # Label: value pairs.
        for regex, kind_for in (
            (CHILD_LABEL_RE, "child"),
            (ROLE_LABEL_RE, "role"),
            (ROLE_ROW_RE, "role"),
            (NAME_LABEL_RE, "name"),
        ):
            for m in regex.finditer(line):
                if (
                    kind_for == "role"
                    and m.group("role").lower() == "subject"
                    and _email_subject(text, lines, number, m.start() + ls)
                ):
                    continue  # "Subject: Level 2 police checks": an e-mail's header
                if kind_for == "name" and re.search(
                    r"(?:fore|sur|family|first|last)\s*$", line[: m.start()], re.I
                ):
                    continue
                span_start = ls + m.end()
                pos = span_start
                while True:
                    span = take_name(text, pos, le)
                    if span is None:
                        # "Name:" at a line end with the name on the next line
                        if (
                            pos == span_start
                            and number + 1 < len(lines)
                            and not text[pos:le].strip()
                        ):
                            nls, nle = lines[number + 1]
                            span = take_name(text, nls, nle)
                        if span is None:
                            break
                    span = _continue_on_next_line(text, span, le, lines, number)
                    if kind_for == "child" and not looks_like_list_name(
                        text[span[0] : span[1]], line
                    ):
                        break  # "a child:arrangements order": a colon OCR put in a sentence
                    if kind_for == "role":
                        span = _lowercase_surname(text, span, le)
                    reordered = _surname_first(text, span, le) if kind_for == "name" else None
                    if reordered is not None:
                        person = add(reordered[0][0], reordered[1][1], "adult", None, "label")
                        if person is not None:
                            person.name = (
                                clean_name(text[slice(*reordered[1])])
                                + " "
                                + clean_name(text[slice(*reordered[0])])
                            )
                            person.parts = list(reordered)
                            person.role = "subject" if section != "children" else None
                            line_people.append(person)
                        break
                    if kind_for == "child":
                        kind, role = "child", None
                    elif kind_for == "role":
                        role = ROLE_WORDS[m.group("role").lower()]
                        kind = "adult"
                        role = (
                            _inline_role(text, span[1], le, ls, span[0])
                            or _status_cell_role(text, span[1], le)
                            or role
                        )
                    else:
                        of = (m.group("of") or "").lower()
                        kind = "child" if of == "child" or section == "children" else "adult"
                        role = (
                            None
                            if kind == "child"
                            else (
                                _inline_role(text, span[1], le, ls, span[0])
                                or (
                                    "subject"
                                    if section == "subject" or of in ("subject", "person")
                                    else None
                                )
                            )
                        )
                    person = add(span[0], span[1], kind, role, "label")
                    if person is None:
                        break
                    line_people.append(person)
                    if kind_for != "child":
                        break
                    # lists of children: "Amelia Smith (born ...) and Oliver Smith"
                    rest = re.match(r"[^,;]*?(?:,|;|\band\b|&)\s*", text[span[1] : le])
                    if not rest:
                        break
                    pos = span[1] + rest.end()

        # Party rows whose label OCR damaged: "Second Re-sondent Leon Walsh (father)".
        if not line_people:
            party = _damaged_party_row(text, ls, le, lines, number, section)
            if party is not None:
                (start, end), role, how = party
                person = add(start, end, "adult", role, how)
                if person:
                    line_people.append(person)

        # "Amelia Clarke (born 05/05/2017): Known ...": a line that opens with a name and
        # its birth date names a person whatever the heading, as letters list those checked.
        if not line_people and section not in ("children", "adults", "subject"):
            person = _born_row(text, ls, le, dates, add)
            if person is not None:
                line_people.append(person)

        # Rows of a section: a line that starts with a name.
        if not line_people and section in ("children", "adults", "subject"):
            # a speck may open the row: "i Kiera Lewandowska 31/05/2012 Child"
            first = _ROW_LEAD_RE.match(line)
            row_start = ls + (first.end() if first else 0)
            span = take_name(text, row_start, le)
            specked = None
            if span and table_rows and not row_has_date(text, span[1], le, dates):
                span = None  # a people table's row is a name and its date of birth
                specked = specked_row_name(text, row_start, le, dates)
                if (
                    len(line.split()) >= 2
                    and not any(ls <= d.start < le for d in dates)
                    and row_relation(line) is None  # "[Ryan Hargreaves == (Boy.~~": a row
                    # "further action.", "‘ closed.": a wrapped cell, specks and all
                    and not re.sub(r"^[\W_]+", "", line)[:1].islower()
                    and specked is None
                ):
                    section, table_rows = None, False  # no date: the table is over
            if not (
                span
                and sum(len(unglue(w)) for w in text[span[0] : span[1]].split()) >= 2
                and looks_like_name(text[span[0] : span[1]], line)
                and not (line.strip().islower() and line.rstrip().endswith("."))  # "further order."
            ):
                # "Ashleigh. Davies 6 Jan 2013 Child", "julie Wright Date of birth: ..."
                specked = specked or specked_row_name(text, row_start, le, dates)
                span = (specked.start, specked.end) if specked else None
            if span:
                kind = "child" if section == "children" else "adult"
                role = _trailing_role(text, span[1], le) or _status_cell_role(text, span[1], le)
                if role is None and table_rows:
                    role = row_relation(text[span[1] : le])
                if role == "child":
                    kind, role = "child", None
                elif kind == "adult":
                    role = (
                        role
                        or _inline_role(text, span[1], le, ls, span[0])
                        or ("subject" if section == "subject" else None)
                    )
                slipped = False
                if specked is None:
                    span = _cut_at_rule(text, span, rules)
                    span, slipped = _sex_column_slip(text, span, le)
                person = add(span[0], span[1], kind, role, "section")
                if person:
                    if specked is not None:
                        person.name = specked.name  # the specks dropped, and marked so
                        person.how += "+repair"
                    elif slipped:
                        person.how += "+repair"
                    elif sex_cells and _sex_cell_lost(text, span, le):
                        person.how += "+doubt"
                    if table_rows or dob_column:
                        wrapped = _wrapped_surname(text, person, lines, number)
                        if wrapped is not None:
                            person.parts.append(wrapped)
                            person.name += " " + clean_name(text[slice(*wrapped)])
                            skip_line = lines.index(
                                next(ln for ln in lines if ln[0] <= wrapped[0] <= ln[1])
                            )
                    line_people.append(person)

        # Role phrases in running text: "Karen Smith (the mother)", "the father, John Smith".
        if not line_people:
            for s, e in ner_persons:
                if not (ls <= s < le):
                    continue
                role = _inline_role(text, e, le, ls, s)
                child = re.search(
                    r"\bthe\s+child(?:ren)?\b[\s,:]*(?:namely\s+|called\s+|named\s+)?$",
                    text[ls:s],
                    re.IGNORECASE,
                )
                if len(text[s:e].split()) < 2 or not looks_like_name(text[s:e], text[ls:le]):
                    continue
                if role is None and not child:
                    continue
                lead = re.match(rf"(?:{_ORDINAL})+", text[s:e], re.IGNORECASE)
                s += lead.end() if lead else 0  # NER takes "Second" in for a first name
                span = take_name(text, s, le) or (s, e)
                kind = "child" if role is None else "adult"
                person = add(span[0], span[1], kind, role, "role-phrase")
                if person:
                    line_people.append(person)

        _attach_dates(text, line_people, dates, ls, le, lines, number)
        for person in list(line_people):
            if person.kind == "child" and person.dob is not None and person.dob.end <= le:
                line_people += _children_beside(text, person, le, dates, add)
        if table_rows:
            for person in line_people:
                if person.how.startswith("section") and person.dob is None:
                    # every row of a people table has its birth date: without it, neither
                    # the row's reading nor child-or-adult can be trusted
                    person.how += "+doubt"
        if dob_column:
            for person in line_people:
                if person.how == "section" and person.dob is not None:
                    person.dob_labelled = True

    _add_prose_people(text, dates, found, doc_type, add)
    found = _drop_echoes(found)
    _born_after_every_event(found, dates)
    _doubt_cut_dates(text, found)
    _doubt_cut_names(text, found)
    _resolve_roles(found, doc_type)
    _vet_names(found)
    return [p for p in found if any(len(w) > 1 for w in p.name.split())]  # "C" is no name


# What opens a section's row before the name: a speck ("i Kiera Lewandowska 31/05/2012"), a
# number or bullet, or a parties table's first cell "Party 2" / "Party |" (1 read as a rule).
_ROW_LEAD_RE = re.compile(
    r"\s*[^\w\s]{0,3}\s*(?:\d{1,2}[.)]\s*|[-•*]\s*|[a-z]\s+(?=[A-Z]))?"
    r"(?:(?i:party)\s*(?:\d{1,2}|[|!lI](?=\s))?[.,]?\s+(?=[A-Z]))?"
)


# What follows a row's name cell: a sex cell at most, then the birth date or its label. A
# date OCR damaged still starts with a figure, maybe after one glued speck ("T14 February").
_ROW_DATE_AFTER_RE = re.compile(
    r"[\W_]*(?:(?:male|female|boy|girl)\b[\W_]*)?"
    r"(?:(?:date\s+[o0u]f\s+b[il1]rth|born|d\.?\s?[o0]\.?\s?b)(?![a-z])|[^\W\d_]?\d)",
    re.IGNORECASE,
)


def specked_row_name(text: str, start: int, le: int, dates: list[DateMatch]) -> RowName | None:
    """The name of a section row that ``take_name`` could not read for OCR's specks.

    Only a row shaped as the layout's rows are, a name cell straight before a date of birth,
    and only a name the census lists or the rest of the page vouch for (``row_name_vouched``):
    the row is read, and marked repaired by the caller, instead of being left unread.
    """
    row = take_row_name(text, start, le)
    if row is None or not _ROW_DATE_AFTER_RE.match(text, row.end, le):
        return None
    return row if row_name_vouched(row, text) else None


_CUT_DATE_RE = re.compile(r"[:;.,'’]?\d")


def _doubt_cut_dates(text: str, found: list[FoundPerson]) -> None:
    """'13 November 19:38' for '13 November 1988': a speck split the year, and the date read
    stops at "19", a year that makes an adult a child. A birth date whose figures run on
    past its end was cut short, and with it whether its person is a child or an adult."""
    for person in found:
        d = person.dob
        if d is None or not d.raw[-1:].isdigit():
            continue
        if _CUT_DATE_RE.match(text, d.end):
            person.how += "+cut"  # people_unread reports it: the entry was not read whole


_NEXT_WORD_RE = re.compile(r" (\S+)")
_ORDINAL_DAY_RE = re.compile(r"\d+(?:st|nd|rd|th)\b", re.IGNORECASE)
_EDGE_PUNCTUATION = ".,;:()[]{}'\"‘’“”"
_NAME_ENDS = ",.;:)]!?'\"’”/-|"  # what may follow a whole name with no space


def _doubt_cut_names(text: str, found: list[FoundPerson]) -> None:
    """A name read short of its end is doubted rather than filed as the whole name. It
    stopped inside a word, at junk glued to it ("Suzanne Ta'=>t (mother)"), or at a word
    with a figure in it that may be its surname with a letter read as a figure ("Georgina
    Amy 2ennett (mother)": three letters or more, so not "12th" or "D0B")."""
    for person in found:
        glued = text[person.end : person.end + 1]
        m = _NEXT_WORD_RE.match(text, person.end)
        word = m.group(1).strip(_EDGE_PUNCTUATION) if m else ""
        letters = sum(c.isalpha() for c in word)
        figured = any(c.isdigit() for c in word) and letters >= 3
        if (glued and not glued.isspace() and glued not in _NAME_ENDS) or (
            figured and not _ORDINAL_DAY_RE.match(word)
        ):
            person.how += "+doubt"


_SEX_WORDS = ("girl", "boy")
_ADULT_SEX_WORDS = ("male", "female")
_SEX_COLUMN_RE = re.compile(r"\b(?:boy\s+or\s+girl|gender|sex)\b", re.IGNORECASE)
_AFTER_SEX_RE = re.compile(r"[\s\-–—=~.,:;]*(?:\d|[A-Za-z]{1,2}(?:st|nd|rd|th)\b)")
_SEX_CELL_RE = re.compile(r"\b(?:male|female|boy|girl)\W{0,3}\d", re.IGNORECASE)
SEX_WORD_MATCH = 70  # "Femiaie", "Femile", "Maie": one or two letters of Female/Male bent
SEX_CELL_NAME_WORDS = 3  # a name this long may have taken in the sex cell beside it


def _cut_at_rule(text: str, span: tuple[int, int], rules: list[int]) -> tuple[int, int]:
    """A name ends at a table's column rule: "Danielle Hudson | Farnate" is a name cell and
    a (misread) gender cell, however name-like the second one reads."""
    for at in rules:
        if span[0] < at < span[1]:
            head = text[span[0] : at].rstrip()
            if len(head.split()) >= 2:
                return span[0], span[0] + len(head)
    return span


def _sex_cell_lost(text: str, span: tuple[int, int], le: int) -> bool:
    """A long name followed straight by its date, in a table whose other rows show their
    sex cell there: this row's cell is either lost or read into the name
    ("Kevin Abdul Powell Tae 04.10.15" for "... Powell Male 04.10.15"), and the text
    cannot tell which, so the name is doubted rather than cut."""
    if len(text[span[0] : span[1]].split()) < SEX_CELL_NAME_WORDS:
        return False
    return _AFTER_SEX_RE.match(text, span[1], le) is not None


def _sex_column_slip(text: str, span: tuple[int, int], le: int) -> tuple[tuple[int, int], bool]:
    """A table's Boy/Girl or Male/Female cell misread into a name's last word ("Nia Clarke
    Girt - 30th ...", "Dawn Hudson Femiaie 14th August 2014").

    Only on a page whose table has a sex column, only when a date follows, and only from a
    name of three words or more, so a surname such as Gill is never cut to a lone forename;
    the cut name is marked repaired.
    """
    words = list(re.finditer(r"\S+", text[span[0] : span[1]]))
    if len(words) < 3 or not _SEX_COLUMN_RE.search(text):
        return span, False
    last = words[-1].group(0).lower()
    if last in _SEX_WORDS or last in _ADULT_SEX_WORDS or not 2 <= len(last) <= 8:
        return span, False
    child_word = (
        len(last) <= 4 and last[0] in "gb" and max(fuzz.ratio(last, w) for w in _SEX_WORDS) >= 50
    )
    # "Male"/"Female" bent by a letter or two, first letter kept ("Hale" is a surname)
    adult_word = any(
        last[0] == w[0] and fuzz.ratio(last, w) >= SEX_WORD_MATCH for w in _ADULT_SEX_WORDS
    )
    if not (child_word or adult_word):
        return span, False
    if not _AFTER_SEX_RE.match(text, span[1], le):
        return span, False
    return (span[0], span[0] + words[-2].end()), True


_WRAP_WORD_RE = re.compile(r"[\W_]{0,2}(?P<w>[A-Z][A-Za-z'’]+(?:-[A-Z][A-Za-z'’]+)*)(?P<rest>.*)$")


def _wrapped_surname(
    text: str, person: FoundPerson, lines: list[tuple[int, int]], number: int
) -> tuple[int, int] | None:
    """A table row's name cell wrapped onto the next line: "Zara Agnieszka 07/12/2018 Child"
    then "Lewandowska" alone.

    The lone word could as well be another column's wrapped text ("Care"), so it is taken
    only when the family's name vouches for it: the word, or a part of a double-barrelled
    one, is printed elsewhere on the page too.
    """
    for j in (number + 1, number + 2):
        if j >= len(lines):
            return None
        ls, le = lines[j]
        if text[ls:le].strip():
            break
    else:
        return None
    m = _WRAP_WORD_RE.match(text, ls, le)
    if m is None:
        return None
    word = m.group("w")
    double = re.fullmatch(r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)+", word) is not None
    rest = re.sub(r"\(.*?\)", "", m.group("rest")).strip(" .,;:")
    if re.search(r"[A-Za-z]", rest) and not (double and rest[0].islower()):
        # more words: a row or sentence of its own, unless a double-barrelled surname is
        # followed by another cell's wrap ("Singh-Lewandowska no further action.")
        return None
    if word.lower() in _NAME_STOP_WORDS or len(word) < 3 or word.isupper():
        return None
    if double:
        return m.start("w"), m.end("w")  # "Smith-Kowalski": a double-barrelled surname
    elsewhere = text[: m.start("w")] + text[m.end("w") :]
    if not any(
        re.search(rf"\b{re.escape(part)}\b", elsewhere) for part in word.split("-") if len(part) > 2
    ):
        return None
    return m.start("w"), m.end("w")


_NAME_STOP_WORDS = {
    "care",
    "known",
    "record",
    "held",
    "none",
    "closed",
    "child",
    "mother",
    "father",
}


_EMAIL_HEADER_RE = re.compile(r"^\W{0,2}(?:from|sent|to|cc|date)\s*[:;.’']", re.IGNORECASE)
EMAIL_HEADER_LINES = 3  # From/Sent/To stand just above an e-mail's Subject line


def _email_subject(text: str, lines: list[tuple[int, int]], number: int, at: int) -> bool:
    """Whether a "Subject:" label at ``at`` is a printed e-mail's subject header.

    An e-mail print-out's "Subject: Level 2 police checks" opens its line below the From,
    Sent and To headers; the subject of a check is a person, the subject of an e-mail is not.
    """
    ls = lines[number][0]
    if text[ls:at].strip(" \t|*-•'‘’\""):
        return False
    above = [text[slice(*lines[j])] for j in range(max(0, number - EMAIL_HEADER_LINES), number)]
    return any(_EMAIL_HEADER_RE.match(line) for line in above)


_CELL_GAP_RE = re.compile(r"[\s.,;:]*")
_SEX_CELL_AFTER_RE = re.compile(r"\s*[({\[]?\s*(?:an?\s+)?(?:boy|girl|male|female)\s*[)}\]]?", re.I)


def _children_beside(
    text: str,
    first: FoundPerson,
    le: int,
    dates: list[DateMatch],
    add: Callable[[int, int, str, str | None, str], FoundPerson | None],
) -> list[FoundPerson]:
    """The children printed beside ``first`` on its line, each with their own birth date.

    A two-column children box reads as one line: "Tyler Reid (Boy) 25 Jul 2020 Noah Reid
    (Boy) 10 Nov 2022", or "1. Ava Reid, born 01-08-2022. Leo Reid, born 22-07-2023" when
    OCR lost the second number. After the first child's date, a name followed (past a sex
    cell) by its own birth date is the next child; anything else ends the row.
    """
    out: list[FoundPerson] = []
    assert first.dob is not None
    pos = first.dob.end
    while pos < le:
        gap = _CELL_GAP_RE.match(text, pos, le)
        number = re.match(r"\(?\d{1,2}[.)]\s*", text[gap.end() : le]) if gap else None
        start = (gap.end() if gap else pos) + (number.end() if number else 0)
        span = take_name(text, start, le)
        if span is None or len(text[span[0] : span[1]].split()) < 2:
            break
        if not looks_like_list_name(text[span[0] : span[1]], text[start:le]):
            break
        sex = _SEX_CELL_AFTER_RE.match(text, span[1], le)
        dob = _born_date(text, sex.end() if sex else span[1], le, dates)
        if dob is None or dob.value.year < first.dob.value.year - CHILD_YEARS:
            break
        person = add(span[0], span[1], "child", None, first.how)
        if person is None:
            break
        person.dob, person.dob_labelled = dob, first.dob_labelled
        out.append(person)
        pos = dob.end
    return out


def _add_prose_people(
    text: str,
    dates: list[DateMatch],
    found: list[FoundPerson],
    doc_type: str | None,
    add: Callable[[int, int, str, str | None, str], FoundPerson | None],
) -> None:
    """The household a letter names in its sentences, each with the birth date beside them.

    The "(born ...)" right after a name ties that date to that name more surely than the
    line-by-line reading, which may have given it to the partner named earlier on the line.
    """
    for hit in prose_people(text, dates):
        same = next((p for p in found if p.start < hit.end and hit.start < p.end), None)
        if same is not None:
            if (same.start, same.end) == (hit.start, hit.end):
                if same.dob is None:
                    same.dob, same.dob_labelled = hit.dob, True
                if same.how in ("role-phrase", "ner") and same.dob is hit.dob:
                    # "The children Rosie Kowalski (24/03/2018) and Mia ...": NER read Rosie
                    # beside "the children" first; the list vouches for her as for Mia
                    same.how, same.dob_labelled = "list", True
            continue
        for other in found:
            if other.dob is not None and other.dob.start == hit.dob.start:
                other.dob, other.dob_labelled = None, False
        kind = "child" if hit.child else "adult"
        role = None if hit.child else ("subject" if doc_type == "la_check" else None)
        person = add(hit.start, hit.end, kind, role, "list")
        if person is not None:
            person.dob, person.dob_labelled = hit.dob, True
    for relation in prose_relations(text):
        if relation.name is None:
            continue  # people_unread reports it
        s, e = relation.name
        same = next((p for p in found if p.start < e and s < p.end), None)
        if same is None:
            add(s, e, "adult", relation.role, "role-phrase")
        elif same.kind == "adult" and same.role is None:
            same.role = relation.role


_ROW_START_RE = re.compile(r"[\s‘’“”'\"`.,*\-•]*(?:\(?\d{1,2}[.)]\s*)?")


def _born_row(
    text: str,
    ls: int,
    le: int,
    dates: list[DateMatch],
    add: Callable[[int, int, str, str | None, str], FoundPerson | None],
) -> FoundPerson | None:
    """A person whose line opens with their name and "born"/"DOB" and a date.

    The birth label right after the name is what vouches for it (a bare date could be a
    referral's), and the date says child or adult against the page's other dates.
    """
    lead = _ROW_START_RE.match(text, ls, le)
    span = take_name(text, lead.end() if lead else ls, le)
    if span is None or len(text[span[0] : span[1]].split()) < 2:
        return None
    dob = _born_date(text, span[1], le, dates, beside=False)
    if dob is None or not looks_like_name(text[span[0] : span[1]], text[ls:le]):
        return None
    others = [d.value.year for d in dates if d is not dob]
    young = bool(others) and max(others) - dob.value.year < CHILD_YEARS
    role = _inline_role(text, span[1], le, ls, span[0])
    kind = "child" if young and role is None else "adult"
    person = add(span[0], span[1], kind, role, "list")
    if person is not None:
        person.dob, person.dob_labelled = dob, True
    return person


def _children_list(
    text: str,
    pos: int,
    le: int,
    lines: list[tuple[int, int]],
    number: int,
    dates: list[DateMatch],
    add: Callable[[int, int, str, str | None, str], FoundPerson | None],
) -> None:
    """The children named after "In the matter of"/"Proceedings concerning", each with the
    birth date the sentence gives them; a name without a birth date here is not taken, since
    the same lead also introduces adults and places."""
    latest = max((d.value.year for d in dates), default=None)
    while pos < le:
        span = take_name(text, pos, le)
        if span is None:
            return
        joined = _continue_on_next_line(text, span, le, lines, number)
        if joined != span:  # "Tia Danielle" / "Ellison (born 5th May 2023)"
            span = joined
            number = next(j for j in range(number, len(lines)) if lines[j][1] >= span[1])
            le = lines[number][1]
        # "born" may end the line with its date on the next: "(a boy) born" / "on 4 May 2020"
        below = next(
            (
                j
                for j in range(number + 1, min(number + 3, len(lines)))
                if text[slice(*lines[j])].strip()
            ),
            number,
        )  # OCR may leave a blank line between
        dob = _born_date(text, span[1], lines[below][1], dates)
        after = span[1]
        if dob is not None and dob.end > le:  # the list carries on from the date's line,
            # also when only its end is there: "Nia Price (a girl) born on 27" / "November
            # 2022; Zara Clarke ..."
            number = next(j for j in range(number, len(lines)) if lines[j][1] >= dob.end)
            after, le = lines[number]
        rest = text[span[1] : le]
        bare = _GENDER_AFTER_RE.fullmatch(rest) is not None  # "Maisie Rahman (a girl)" / "born ..."
        if dob is None and (bare or not rest.strip()) and number + 1 < len(lines):
            nls, nle = lines[number + 1]  # "Harry Whitfield" / "(born 13/03/2024) and ..."
            dob = _born_date(text, nls, nle, dates)
            if dob is not None:
                number, after, le = number + 1, nls, nle
        if (
            dob is not None
            and latest is not None
            and latest - dob.value.year < CHILD_YEARS
            and len(text[span[0] : span[1]].split()) >= 2
            and looks_like_list_name(text[span[0] : span[1]], text[pos:le])  # "isla Baker"
        ):
            person = add(span[0], span[1], "child", None, "label")
            if person is not None:
                person.dob, person.dob_labelled = dob, True
        nxt = next_in_list(text, after, le)
        if nxt is None:
            return
        pos = nxt


_GENDER_AFTER_RE = re.compile(r"[\s,]*\(?\s*an?\s+(?:boy|girl)\s*\)?[\s,]*", re.I)  # "(a girl)"
_BORN_RE = re.compile(  # "bom": OCR reads rn as m
    r"[\s,(\[]*(?:b[o0](?:rn|m|r)(?:\s+on)?|d\.?\s?o\.?\s?b\.?|date\s+of\s+birth)\s*:?\s*", re.I
)
_BESIDE_RE = re.compile(r"[\s,:(\[]{0,3}")  # "Esme McDonald 29/01/2015, Isla ..."


def _born_date(
    text: str, start: int, limit: int, dates: list[DateMatch], beside: bool = True
) -> DateMatch | None:
    """The date right after "born"/"DOB" at ``start``, or None.

    Orders say "Zara Adeyemi (a girl) born on ...", so a bracketed sex may stand before the
    label; a list headed "Children concerned:" puts the bare date right beside each name.
    """
    gender = _GENDER_AFTER_RE.match(text, start, limit)
    if gender is not None:
        start = gender.end()
    m = _BORN_RE.match(text, start, limit)
    if m is None:
        m = _BESIDE_RE.match(text, start, limit) if beside else None
        if m is None:
            return None
    weekday = WEEKDAY_RE.match(text, m.end(), limit)  # "born Sunday 23 February 2014"
    at = weekday.end() if weekday else m.end()
    return next((d for d in dates if d.start == at), None)


def _born_after_every_event(found: list[FoundPerson], dates: list[DateMatch]) -> None:
    """Someone with no stated role born after every other date on the page is a child.

    Age is judged against the document's date, but when OCR loses that date the only
    reference left may be an older event ("a referral on 17 October 2015"); a person born
    after everything the letter records cannot be an adult in it.
    """
    dob_starts = {p.dob.start for p in found if p.dob is not None}
    events = [d.value for d in dates if d.start not in dob_starts]
    if not events:
        return
    latest = max(events)
    for person in found:
        if (
            person.kind == "adult"
            and person.role in (None, "subject")
            and person.dob is not None
            and person.dob.value > latest
        ):
            person.kind, person.role = "child", None


ECHO_MATCH = 85  # "Ametia Garner" for "Amelia Garner": one slipped letter


def _drop_echoes(found: list[FoundPerson]) -> list[FoundPerson]:
    """A name from running text that repeats, clipped or misread, one a label already gave.

    Orders name a party in the party table and again in the body ("the applicant Lynne
    Debra\nWard", "Ametia Garner"); the body's reading is the weaker and is dropped.
    """
    structural = [p for p in found if p.how in ("label", "section", "list")]
    kept: list[FoundPerson] = []
    for person in found:
        if person.how in ("role-phrase", "ner"):
            words = person.name.lower().split()
            if any(
                _is_prefix(words, other.name.lower().split())
                or fuzz.ratio(person.name.lower(), other.name.lower()) >= ECHO_MATCH
                for other in structural
            ):
                continue
        kept.append(person)
    return kept


def _is_prefix(words: list[str], other: list[str]) -> bool:
    return len(words) < len(other) and other[: len(words)] == words


_WORD_CASE_RE = re.compile(r"[A-Z][^\W\d_]*|[^\W\d_]+")


def _vet_names(found: list[FoundPerson]) -> None:
    """Undo OCR's letter slips in names, and mark names that needed it or look damaged.

    A marked name keeps its value but its ``how`` says it was repaired or doubtful, so its
    confidence falls below the filing threshold and an analyst sees it.
    """
    for person in found:
        person.name = capitals_by_shape(person.name)  # no slip: only the case was unclear
        words = person.name.split()
        mixed = any(w.isupper() and len(w) > 1 for w in words) and any(
            not w.isupper() for w in words
        )
        odd = any(odd_case(w) for w in words) or (mixed and any(w[:1].islower() for w in words))
        repaired, changed = repair_name(person.name)
        if changed:
            person.name = repaired
            if "+repair" not in person.how:  # a row read through specks is marked already
                person.how += "+repair"
        elif odd:
            person.how += "+doubt"


def _attach_dates(
    text: str,
    people: list[FoundPerson],
    dates: list[DateMatch],
    ls: int,
    le: int,
    lines: list[tuple[int, int]],
    number: int,
) -> None:
    """Each person gets the nearest date after their name on the line, else a DOB line below."""
    people = sorted(people, key=lambda p: p.start)
    for i, person in enumerate(people):
        if person.dob is not None:
            continue
        limit = people[i + 1].start if i + 1 < len(people) else le
        for d in dates:
            if person.end <= d.start < limit:
                # "(born Friday 16 October 1964)", "Boy | Sunday 9 February 2020": a printed
                # weekday is part of the date, not words between it and the name
                between = WEEKDAY_TAIL_RE.sub("", text[person.end : d.start])
                labelled = bool(DOB_LABEL_RE.search(between.rstrip(" ([:")))
                if labelled or len(between) <= NEAR_DATE_CHARS:
                    # an unlabelled date counts only right beside the name, as in a table row
                    person.dob, person.dob_labelled = d, labelled
                break
        if person.dob is None:
            for j in range(number + 1, min(number + 3, len(lines))):
                nls, nle = lines[j]
                next_line = text[nls:nle]
                if ROLE_LABEL_RE.search(next_line) or NAME_LABEL_RE.search(next_line):
                    break
                if _section_of(next_line) is not False:
                    break
                for d in dates:
                    if nls <= d.start < nle and DOB_ONLY_RE.match(text[nls : d.start]):
                        person.dob, person.dob_labelled = d, True
                        break
                if person.dob is not None:
                    break


def _resolve_roles(found: list[FoundPerson], doc_type: str | None) -> None:
    """Checks are about their subject: an adult with no stated role there is the subject."""
    for person in found:
        if (
            person.kind == "adult"
            and person.role is None
            and doc_type in ("police_check", "la_check")
        ):
            person.role = "subject"
