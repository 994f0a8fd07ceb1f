"""Evidence of a person on the page whose name the finder did not read.

A record that lists two of three parties looks complete to anyone who trusts it; a child
left out of a care order's record is the worst kind of wrong field, because nothing marks it
as missing. The page, though, usually shows that somebody is there even when OCR has spoilt
the name: a party label ("Respondent:", "(mother)"), a "Date of birth" with a date that no
found person owns, a row of a name/date-of-birth table, a "Child 2" or "SUBJECT 2 OF 2"
heading, a surname/forename form line, a child the order's own sentence names ("placing
Ian, Frances and Charlene Nicholls in the care of"). Each such mark with no found person
beside it is reported, so the document goes to an analyst instead of being filed short of
a person.

The entries carry the label seen (lower case), never the text around it: that text may be
a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from extractors.dates import DateMatch
from extractors.name_lexicon import read_name
from extractors.people import (
    CHILD_LABEL_RE,
    LIST_LEAD,
    ORGANISATION_AFTER_RE,
    RE_LABEL_RE,
    ROLE_LABEL_RE,
    ROLE_ROW_RE,
    ROLE_WORDS,
    FoundPerson,
    line_spans,
    section_of,
)
from extractors.people_household import table_header, wrapped_table_header
from extractors.people_labels import form_label, fuzzy_role_word
from extractors.people_police import FORENAME_RE, SURNAME_RE
from extractors.people_prose import prose_relations


@dataclass(frozen=True)
class UnreadEntry:
    """Where the page shows a person entry that no found person accounts for."""

    start: int
    end: int
    label: str  # "respondent", "date of birth", "table row", "subject 2", ...


# A party label at the start of a row, after a list mark "(1)", "1.", "|" or a speck.
_ROW_LEAD_RE = re.compile(r"^[\W_]{0,4}(?:\(?\d{1,2}[.)]\s*)?")
_ORDINAL_PREFIX_RE = re.compile(
    r"(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+(res|app)[a-z]{1,9}\b[\s:;]*", re.I
)
_BRACKET_ROLE_RE = re.compile(r"\(\s*(?:the\s+)?(?P<word>[A-Za-z][A-Za-z\-' ]{2,14}?)\s*\)?\s*\)")
_BRACKET_OPEN_ROLE_RE = re.compile(r"\(\s*(?:the\s+)?(?P<word>mothe\w*|fathe\w*|moth|fath)\b", re.I)
# "Mother: Not known", "Father: N/A": the label is there, the person is not.
_NO_PERSON_RE = re.compile(
    r"^\W*(?:not\s+(?:known|named|applicable|stated|given)|unknown|n\s*/\s*a|none|nil|"
    r"deceased|tbc|to\s+be\s+confirmed|(?:re|fwd?)\s*:)",  # an e-mail's "Subject: RE: checks"
    re.IGNORECASE,
)
_LABEL_DATE_BEFORE_RE = re.compile(
    r"(?:date(?:\s?\(s\))?\s+[uo0]f\s+b[il1]rth|d\W?\s?[o0®©]\W?\s?b\.?|born(?:\s+on)?|birth\s+date)\W{0,4}$",
    re.IGNORECASE,
)
# "SUBJECT 1 OF 1 2019", "SUBJECT 1 OF 2 UPy": after its count, a heading can carry a
# stamp's or a speck's reading (up to two short tokens), but no word written like a name.
_ENTRY_HEADING_RE = re.compile(
    r"^\W*(?P<what>child|subject|person|nominal|adult)\s*(?P<n>\d{1,2}|[A-E])\b"
    r"(?:\s*(?:of|/)\s*\d{1,2}\b(?:\s+(?!(?-i:[A-Z][a-z]+)\b)\S{1,4}){0,2})?\W*$",
    re.IGNORECASE,
)
# "Date of birth", "D.®.B.", "Date uf birth", "ate of birth": labels OCR bent or cropped
_DOB_WORDS_RE = re.compile(
    r"(?:date(?:\s?\(s\))?\s+[uo0]f\s+b[il1]rth|\bd\W?\s?[o0®©]\W?\s?b\b|\bb[o0](?:rn|m)\b|\bbirth\s+date|"
    r"\bate\s+of\s+birth)",
    re.IGNORECASE,
)
# A verb makes a line a sentence ("1. The child shall live with the mother."), not a row.
_PROSE_RE = re.compile(
    r"\b(?:shall|must|will|is|are|was|were|has|have|had|read|considered|heard|agree)\b",
    re.IGNORECASE,
)
_GENDER_RE = re.compile(r"\b(?:boy|girl|male|female)\b", re.IGNORECASE)
_SEX_LABEL_RE = re.compile(r"^\W*(?:sex|gender)\b", re.IGNORECASE)  # a form's "SEX: MALE"
_MONTHS_RE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b", re.IGNORECASE
)
# "Re: Dennis Conor Foster Date": two or more capitalised words, then a birth date's trace
_RE_PERSON_RE = re.compile(r"(?:[A-Z][a-z'’\-]+\s+){1,3}[A-Z][a-z'’\-]+\b")
# ... but on the "Re:" line itself one capitalised word will do: the label says a name
# follows, and OCR may have spoilt the rest of it ("Re: Jemma ? 6::t5 Lorn 0 Dec 2023")
_RE_LABEL_PERSON_RE = re.compile(r"[A-Z][a-z'’\-]+\b")
_DATE_SHAPE_RE = re.compile(r"\d{1,2}\s?[/.\-]\s?\d{1,2}\s?[/.\-]\s?\d{2,4}")
_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_DAY_OR_YEAR_RE = re.compile(r"\d\d")  # a header's specks are single figures ("1" for "|")
_ROW_ROLE_RE = re.compile(
    r"\b(?:mother|father|child|son|daughter|stepfather|stepmother|partner|grandmother|grandfather"
    r"|lodger|sibling|brother|sister)\W*$",
    re.IGNORECASE,
)
_DOB_LINE_RE = re.compile(
    r"^\W*(?:date\s+of\s+birth|d\.?\s?o\.?\s?b\.?|born(?:\s+on)?|birth\s+date)\W*$", re.I
)
_NAME_HEADER_RE = re.compile(r"\b(?:full\s+)?names?\b|\bsurname\b", re.IGNORECASE)
# "Made by: District Judge ...", "Date of order: 12 Nov 2023": a label of the order's own
# details after a children box ends it; a person's own labels (name, born, role) do not.
_OTHER_LABEL_RE = re.compile(
    r"^\W*(?:made\s+by|date\s+of\s+(?:order|hearing|issue|request)|dated|hearing|"
    r"order\s+made|case\s+(?:no|number)|before|court|our\s+ref|your\s+ref)\b[^:]{0,12}:",
    re.IGNORECASE,
)
_BORN_ROW_RE = re.compile(
    r"^[\W_]{0,3}(?:[A-Z][\w'’\-]+\s+){1,4}[A-Z][\w'’\-]+\s*[(,]\s*(?:b[o0](?:rn|m|r)|d\.?\s?o\.?\s?b)\b"
)
# A line that no row starts like: small letters, a year, a month (a wrapped birth date)
_CONTINUATION_RE = re.compile(
    r"\W*(?:[a-z]|\d(?!\d?[.)]\s)|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"
)
# "Liam Kerr 27/05/1991": a row of a people table
_NAME_ROW_RE = re.compile(r"^\W*[A-Z][a-z'’\-]+(?:\s+[A-Z][\w'’\-]+)+\W+\d")
RELATION_REACH = 4  # "partner Kieran": the related person's name starts within these characters
SENTENCE_WORDS = 9  # a row of a party table is shorter than this
ENTRY_LINES = 4  # a "SUBJECT 2" heading's person is read within this many lines below it


# What is left of a birth date after a name when OCR spoilt both label and date: a label
# ending in a colon before a figure ("FOB: 24", "BOs: 19"), or four figures ("2911").
_SPOILT_BIRTH_RE = re.compile(r"\b[A-Za-z]{2,4}\s?[:;]\s*\S{0,3}\d|(?<!\d)\d{4}(?!\d)")


def _birth_trace(rest: str) -> bool:
    """Whether what follows a name on a "Re:" row looks like its birth date, however spoilt."""
    return bool(
        _DOB_WORDS_RE.search(rest)
        or _YEAR_RE.search(rest)
        or re.search(r"\bdate\b", rest, re.I)
        or _SPOILT_BIRTH_RE.search(rest)
    )


NAME_LETTERS = 6  # shorter names match too much by chance
SAME_NAME = 85  # "Jor athul, Bevan" is "Jonathan Bevan" read badly
# An order's operative sentence names its children again: "placing Ian Vincent Nicholls,
# Frances Nicholls and Charlene Marion Nicholls in the care of ...", a name wrapped across
# lines included. One whose row in the children's box a stamp spoilt is still named here.
_NAME = r"[A-Z][a-z'’\-]+(?:\s+[A-Z][a-z'’\-]+){1,3}"
_ORDER_NAMES_RE = re.compile(
    rf"\b(?:placing|in\s+respect\s+of|concerning)\s+(?P<names>{_NAME}(?:\s*,\s*{_NAME})*"
    rf"(?:,?\s+and\s+{_NAME})?)"
)
# ... and any list of names a found child is in: "1. Helen Paula Davies, Terry Davies and
# Leonard Davies shall attend ..." (the other two rows of the children's box lost)
_NAME_LIST_RE = re.compile(rf"(?P<names>{_NAME}(?:\s*,\s*{_NAME})*,?\s+and\s+{_NAME})")
_LIST_SPLIT_RE = re.compile(r"\s*,\s*|,?\s+and\s+")


def _unread_birth_date(text: str, person: FoundPerson, spans: list[tuple[int, int]]) -> bool:
    """Whether the person's own row labels a birth date that nobody's date was read from.

    "Susan Wilson DOB: 30th Ség@tember 2018", "Abdul Clark Male 47 Nov 2012" in a table:
    the date failed to parse, so the child is found without one and nothing else says a
    date of birth is missing from the record.
    """
    le = text.find("\n", person.end)
    le = len(text) if le < 0 else le
    rest = text[person.end : le]
    label = _DOB_WORDS_RE.search(rest)
    if label is not None:
        year = _YEAR_RE.search(rest, label.end())
    else:  # a row of a name / date-of-birth table holds its date bare: "Male 47 Nov 2012"
        year = _YEAR_RE.search(rest) if person.how.split("+")[0] == "section" else None
    if year is None:
        return False
    # a date on the row that another person owns is theirs, not this person's lost one
    return not any(person.end <= s < le for s, _ in spans)


def _letters(value: str) -> str:
    return re.sub(r"[^a-z]", "", value.lower())


def _bracket_role(line: str) -> str | None:
    """'(mother)', '(mothe )', '(the father': a role in brackets after a party's name."""
    for m in _BRACKET_ROLE_RE.finditer(line):
        word = m.group("word").strip().lower()
        if word in ROLE_WORDS:
            return ROLE_WORDS[word]
    m = _BRACKET_OPEN_ROLE_RE.search(line)
    if m:
        return "mother" if m.group("word").lower().startswith("mot") else "father"
    return None


def _party_label(line: str) -> tuple[str, int] | None:
    """The party label opening a row and where its value starts, bent labels included."""
    lead = _ROW_LEAD_RE.match(line)
    rest_at = lead.end() if lead else 0
    rest = line[rest_at:]
    for regex in (ROLE_LABEL_RE, ROLE_ROW_RE):
        m = regex.match(rest)
        if m:
            return ROLE_WORDS[m.group("role").lower()], rest_at + m.end()
    if not rest[:1].isupper() or len(rest.split()) >= SENTENCE_WORDS:
        return None  # "respondents in person.", a numbered sentence: prose, not a row
    short = _ORDINAL_PREFIX_RE.match(rest)
    if short:  # "First Respon EOE": an ordinal, then what is left of the label
        return (
            "respondent" if short.group(1).lower() == "res" else "applicant"
        ), rest_at + short.end()
    words = rest.split(None, 2)
    # "Resnuident: Jeremy Moore", "Second Re-sondent Leon Walsh"
    ordinal = (
        bool(words) and re.fullmatch(r"(?i)[a-z]{4,7}|\d(?:st|nd|rd|th)", words[0]) is not None
    )
    for i in range(min(2 if ordinal else 1, len(words))):
        role = fuzzy_role_word(words[i].rstrip(":;"), loose=i == 1)
        if role is not None:
            at = rest.find(words[i]) + len(words[i])
            return role, rest_at + at
    return None


def find_unread(
    text: str,
    found: list[FoundPerson],
    dates: list[DateMatch],
    excluded: list[tuple[int, int]] | None = None,
) -> list[UnreadEntry]:
    """Every person entry on the page with no found person on it, in page order.

    A line "has" a person when a found name, or a found person's date of birth, lies on it.
    A label alone on its line may have its name on the line below or above (OCR splits
    label and value columns), so those lines count too.
    """
    excluded = excluded or []
    text = text.replace("|", " ")
    lines = line_spans(text)
    spans = [s for p in found for s in (p.parts or [(p.start, p.end)])]
    dob_starts = {p.dob.start for p in found if p.dob is not None}
    spans += [(p.dob.start, p.dob.end) for p in found if p.dob is not None]

    def has_person(number: int) -> bool:
        if not 0 <= number < len(lines):
            return False
        ls, le = lines[number]
        return any(s < le and ls < e for s, e in spans)

    def near_person(number: int, reach: int = 1) -> bool:
        return any(has_person(n) for n in range(number - reach, number + reach + 1))

    names = [_letters(p.name) for p in found if len(_letters(p.name)) >= NAME_LETTERS]

    def named_elsewhere(ls: int, le: int) -> bool:
        """The row's name, however OCR spoilt it here, was read somewhere else on the page."""
        row = _letters(text[ls:le])
        return any(fuzz.partial_ratio(name, row) >= SAME_NAME for name in names)

    def organisation(ls: int, le: int, value_at: int) -> bool:
        if any(s < le and ls < e for s, e in excluded):
            return True
        value = text[value_at:le]
        return bool(
            re.search(r"\b(?:council|authority|borough|police|constabulary|cafcass)\b", value, re.I)
            or ORGANISATION_AFTER_RE.search(value)
        )

    out: list[UnreadEntry] = []

    def report(ls: int, le: int, label: str) -> None:
        if not any(u.start < le and ls < u.end for u in out):
            out.append(UnreadEntry(ls, le, label))

    for person in found:
        if len(person.name.split()) == 1:  # "Joseph" of "Josephine Jennings": a name cut short
            report(person.start, person.end, person.role or person.kind)
        elif "cut" in person.how.split("+") and person.dob is not None:
            # "13 November 19:38": the birth date read stops inside its year
            report(person.dob.start, person.dob.end, "date of birth")
        elif person.dob is None and _unread_birth_date(text, person, spans):
            report(person.start, person.end, "date of birth")

    in_table = False
    table_kind: str | None = None
    section: str | None = None
    re_list = False  # the rows of a "Re:" list so far each named someone with a birth date
    for number, (ls, le) in enumerate(lines):
        line = text[ls:le]
        stripped = line.strip()
        line_dates = [d for d in dates if ls <= d.start < le]
        if not stripped:
            # OCR leaves blank lines inside a table: it goes on if a row follows
            after = next((text[a:b] for a, b in lines[number + 1 :] if text[a:b].strip()), "")
            in_table = in_table and _NAME_ROW_RE.match(after) is not None
            continue
        heading_kind = section_of(line)
        if heading_kind is not False:
            section = heading_kind if isinstance(heading_kind, str) else None
            in_table = False
            continue
        # a name / date-of-birth table (its name column may be cropped or misread away)
        table = table_header(line)
        if table is None and number + 1 < len(lines):
            table = wrapped_table_header(line, text[slice(*lines[number + 1])])
        if table is not None or (
            _DOB_WORDS_RE.search(line)
            and not line_dates
            and len(stripped.split()) <= 8
            # "Re: Abbie Hopkins born 30 June 202": a row whose date OCR cut, not a header
            and not _DAY_OR_YEAR_RE.search(line)
        ):
            in_table, table_kind = True, table
            continue
        # a row has a word besides its date: a year alone is the end of the row above
        is_row = bool(
            line_dates
            or _YEAR_RE.search(line)
            or _ROW_ROLE_RE.search(line)
            or _DATE_SHAPE_RE.search(line)
            or _DOB_WORDS_RE.search(line)
            or (_GENDER_RE.search(line) and not _SEX_LABEL_RE.match(line))
        ) and bool(re.search(r"[A-Za-z]{3}", _MONTHS_RE.sub("", line)))
        if in_table or section in ("children", "adults", "subject"):
            if (
                _PROSE_RE.search(line)
                or _OTHER_LABEL_RE.match(line)
                or (len(re.findall(r"[^\W\d_]{2,}", stripped)) >= SENTENCE_WORDS and not line_dates)
            ):
                in_table, section = False, None  # the table or list ended in a sentence
            elif not line_dates and _CONTINUATION_RE.match(stripped):
                pass  # "from 2023, ended 2024.", "2020-2021, closed.": a wrapped cell
            elif is_row and not has_person(number) and not named_elsewhere(ls, le):
                if not _party_label(line) or not organisation(ls, le, ls):
                    child = section == "children" or (in_table and table_kind == "children")
                    report(ls, le, "child" if child else "table row")
                continue

        # "Re: Rosie Barker FOB: 24 N.uv 2911" and the list's later rows, which carry no
        # "Re:" of their own: a name, then what is left of a birth date
        re_line = RE_LABEL_RE.match(line)
        row_at = re_line.end() if re_line else len(line) - len(line.lstrip(LIST_LEAD))
        row = None
        if re_line:
            row = _RE_LABEL_PERSON_RE.match(line, row_at)
        elif re_list:
            row = _RE_PERSON_RE.match(line, row_at)
        re_list = row is not None and _birth_trace(line[row_at:])
        if re_list and not has_person(number):
            report(ls, le, "re")
            continue

        heading = _ENTRY_HEADING_RE.match(line)
        if heading:
            if not any(has_person(n) for n in range(number, number + ENTRY_LINES + 1)):
                what = heading.group("what").lower()
                report(ls, le, f"{what} {heading.group('n').lower()}")
            continue

        party = _party_label(line)
        if party is not None:
            role, value_at = party
            value = text[ls + value_at : le]
            alone = not re.search(r"[A-Za-z]{2}", value)
            if not (
                _NO_PERSON_RE.match(value)
                or has_person(number)
                or (alone and near_person(number, reach=2))
                or named_elsewhere(ls, le)
                or organisation(ls, le, ls + value_at)
            ):
                report(ls, le, role)
            continue

        role = _bracket_role(line)
        if (
            role is not None
            and not has_person(number)
            and not named_elsewhere(ls, le)
            and not organisation(ls, le, ls)
        ):
            report(ls, le, role)
            continue

        child = CHILD_LABEL_RE.search(line)
        if child is not None and child.start() <= 3:
            value = text[ls + child.end() : le]
            alone = not re.search(r"[A-Za-z]{2}", value)
            if not (_NO_PERSON_RE.match(value) or has_person(number)) and not (
                alone and near_person(number)
            ):
                report(ls, le, "child")
                continue

        form = form_label(line)
        slot = form.slot if form else None
        if slot is None:
            slot = (
                "surname"
                if SURNAME_RE.search(line)
                else "forename"
                if FORENAME_RE.search(line)
                else None
            )
        if slot is not None and not near_person(number, reach=0):
            report(ls, le, slot)
            continue

        # "Maisie Ellis (born 05. 10/2022): Known": a name opening the line with its birth
        # label, whose date OCR spoilt so that nobody was read from it
        if (
            _BORN_ROW_RE.match(line)
            and not line_dates
            and not has_person(number)
            and not named_elsewhere(ls, le)
        ):
            report(ls, le, "born")
            continue

        # a date of birth nobody owns
        for d in line_dates:
            before = text[max(ls, d.start - 30) : d.start].rstrip(" ([:")
            if d.start in dob_starts or not _LABEL_DATE_BEFORE_RE.search(before):
                continue
            label_only = _DOB_LINE_RE.match(text[ls : d.start]) is not None
            if (
                has_person(number)
                or (label_only and near_person(number - 1))
                or named_elsewhere(ls, le)
            ):
                continue
            report(ls, le, "date of birth")

    # "with her partner Kieran" / "van der Merwe": a relation in a letter's sentence names
    # someone; if no found name follows it, the household was read short.
    for relation in prose_relations(text):
        reach = relation.end + RELATION_REACH
        if not any(relation.end <= s < reach for s, _ in spans):
            report(relation.start, relation.end, relation.role)
    # a name an order's sentence gives, or a list with a found child in it, with a found
    # person's surname, found nowhere itself
    surnames = {p.name.split()[-1].lower() for p in found if len(p.name.split()) > 1}
    # each found name as read and as the lexicon mends it ("Tony Philhps" is Tony Phillips)
    readings = [(p, n) for p in found for n in {p.name, read_name(p.name).value}]

    def same_person(named: str, name: str) -> bool:
        """One person: near letter for letter, or the same forename and surname (a middle
        name the finder left off: "Bethan Nevaeh Owusu" found as Bethan Owusu)."""
        a, b = named.lower().split(), name.lower().split()
        return fuzz.ratio(_letters(named), _letters(name)) >= SAME_NAME or (
            len(b) > 1 and (a[0], a[-1]) == (b[0], b[-1])
        )

    def is_found(named: str, kind: str | None = None) -> bool:
        return any(
            same_person(named, name) for p, name in readings if kind is None or p.kind == kind
        )

    lists = list(_ORDER_NAMES_RE.finditer(text))
    lists += [
        m
        for m in _NAME_LIST_RE.finditer(text)
        if any(is_found(n, "child") for n in _LIST_SPLIT_RE.split(m.group("names")))
    ]
    for m in lists:
        for named in _LIST_SPLIT_RE.split(m.group("names")):
            # found at all is enough here, even in part ("Jor athul, Bevan"): a needless
            # report costs a review; the list test above is the strict one
            if named.split()[-1].lower() in surnames and not (
                is_found(named)
                or any(fuzz.partial_ratio(n, _letters(named)) >= SAME_NAME for n in names)
            ):
                report(m.start("names"), m.end("names"), "named child")
    return sorted(out, key=lambda u: u.start)
