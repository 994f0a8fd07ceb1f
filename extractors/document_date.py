"""Which date on a page is the document's own date, and how sure we are of it.

A court order names many dates (children's births, the hearing, the next hearing, a review);
a council's letter quotes the date of the request it answers; a PNC printout lists dates of
conviction and offence. The document's own date is the one a label names as such ("Dated",
"Date order made", "Date of response", "DATE PRINTED") or that sits where a letter puts its
date; births are never it. Each date becomes a ``Candidate`` whose ``anchored`` and
``certainty`` say how it was recognised, and ``assemble.pick_document_date`` chooses.
"""

from __future__ import annotations

import re
from datetime import date
from itertools import pairwise
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from extractors.candidates import Candidate
from extractors.dates import DateMatch, lost_separator_dates, ordinal_letter_days
from extractors.validators import is_plausible_document_date

if TYPE_CHECKING:
    from pipeline.records import FieldValue

# Words of a label may be run together with specks: "Date. order. made:", "DATE  PRINTED".
_W = r"[\s.]+"
# "Date: Friday 30 June 2023": a weekday between a label and its date
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
# specks a scan leaves between a label and its value: "DATE PRINTED:.. - - 9, 12DEC2023",
# "Date: OO 23 August 2021", "Dated: —«-21/09/2023"
_SPECKS = r"[\s:;\-.,'\"“”‘’|>=—–«»~]*(?:\b\w{1,2}\b[\s:\-.,|>=]*)?"
# A label that starts its line ("Dated:", "Date order made", "DATE PRINTED:", "Date of
# response:", "Ordered on") or says the order was made then ("Order made by DJ Smith on")
# names the document's own date.
LINE_DATE_LABEL_RE = re.compile(
    rf"^\W*(?:dated|(?:issue|print|bill|letter|invoice|statement|report|check|search|response"
    r"|reply|enquiry|seal)"
    rf"{_W}date|date(?:{_W}of{_W}(?:the{_W}|this{_W})?(?:order|letter|check|issue|search"
    rf"|response|reply|report|print|printing|enquiry|hearing))?|printed|issued|sent|created|sealed|"
    rf"date{_W}(?:order{_W}|of{_W}order{_W})?(?:was{_W})?(?:made|issued|printed|sent)|"
    rf"(?:order{_W})?made{_W}on|ordered{_W}on|issued{_W}on|printed{_W}on|sent{_W}on|sealed{_W}on|"
    rf"date{_W}sealed|date{_W}checked|checked{_W}on|"
    rf"date\s*/\s*time)\s*[:;\->=]?{_SPECKS}(?:this\W+|the\s+)*{_WEEKDAY}$",
    re.IGNORECASE,
)
# A letter's heading set in two columns puts "Date:" after the addressee's line on the left:
# "Cafcass Date: 20/10/2022", "84 Chapel Street Date: Friday 30 June 2023".
MIDLINE_DATE_LABEL_RE = re.compile(
    rf"(?:^|[\s|])(?:(?P<qualifier>[A-Za-z]+)\s+)?date(?:{_W}of{_W}(?:letter|response|reply))?"
    rf"\s*[:;]{_SPECKS}{_WEEKDAY}$",
    re.IGNORECASE,
)
# "Hearing date:", "Review date:" and their like name some other day.
_OTHER_DAY_QUALIFIERS = {
    "hearing", "review", "birth", "offence", "conviction", "start", "end", "expiry", "referral",
    "request", "requested", "next", "due", "return", "closure", "closed", "incident", "arrest",
    "court", "listing", "plan", "assessment", "visit", "meeting", "conference", "of",
}  # fmt: skip
# OCR may join the judge's name and "on" with a dash: "made by Mr Justice Sykes-on-21.05.24".
MADE_ON_RE = re.compile(
    rf"(?:\border{_W}(?:was{_W})?made(?:\s+by\b[^\n]{{0,80}}?)?(?:\s+|-)on|\bdate{_W}order{_W}made|"
    r"\bdated\s+this)[\s:\-.,|]*(?:the\s+)?$",
    re.IGNORECASE,
)
# "the application dated ...", "the care plan dated ...": some other paper's date; and the
# request a council's letter answers ("Date of request:", "Your request dated").
OTHER_PAPER_DATED_RE = re.compile(
    r"(?:\b[a-z]{3,}\s+dated\s*(?:the\s+)?|"
    rf"\b(?:date{_W}of{_W}(?:the{_W}|your{_W})?(?:request|referral|application)|"
    rf"(?:request|referral|application){_W}(?:date|received(?:{_W}on)?))\s*[:;\-]?{_SPECKS})$",
    re.IGNORECASE,
)
# A block about some other day: "Hearing: Case Management Hearing" then "Date: Monday 14
# October 2024" (a notice of hearing, an invitation to a conference). A bare "Date:" under
# such a heading is that event's date; the notice's own is its "Issued on" line.
_EVENT_HEADING_RE = re.compile(
    r"^\W*(?:next\s+|first\s+)?(?:hearing|appointment|meeting|conference|visit|review|listing"
    r"|assessment|interview)\b[^:\n]{0,20}[:;]",
    re.IGNORECASE,
)
_BARE_DATE_LABEL_RE = re.compile(r"^\W*date\s*[:;.]", re.IGNORECASE)
DOB_NEAR_RE = re.compile(r"(?:birth|d\.?\s?o\.?\s?b|born|\bb\.)\W*$", re.IGNORECASE)
# A printout stamps its print date with the time: "28/01/2024 07:40".
_TIME_AFTER_RE = re.compile(r"\s*\d{1,2}[:.]\d{2}\b")
# One word left of a label OCR could not read: "Daic:", "ote", "naNTED:", "Dale"
_DAMAGED_LABEL_RE = re.compile(r"^\W*(?:\w\W+)?(?P<word>[A-Za-z]{2,8})\s*[:;.]?\W*$")
# Words a sentence that runs on to the next line ends its line with: "...from 15.07.23 to"
_RUN_ON_WORDS = {"to", "on", "dated", "from", "of", "and", "until", "by", "the", "between"}
_LABEL_WORDS = ("date", "dated", "printed")
# Characters a smudge leaves glued to a date, which may have hidden a digit ("{1.10.24")
_GLUE = "{}[]()|!\\/@%&"


# A fax machine stamps every page it sends: "09/04/2024 18:53 FROM: 01354471381 P.001".
_FAX_STAMP_AFTER_RE = re.compile(r"^\s*[\d°:.]{3,6}\s+fr[o0u]m\b", re.IGNORECASE)
# A fax cover sheet: a "FAX" / "FACSIMILE TRANSMISSION" heading, or its "Pages: 2" line.
_FAX_COVER_LINE_RE = re.compile(
    r"^\W*(?:(?:fax|facsimile)(?:\s+(?:transmission|cover(?:\s+sheet)?|message))?\W*$"
    r"|(?:no\.?\s+of\s+)?pages\s*[:;])",
    re.IGNORECASE,
)
_FAX_COVER_REACH = 8  # lines: a cover sheet's heading, To/Fax/From, Date, Pages


def _sent_by_fax(text: str, line_start: int, line_before: str, after: str) -> bool:
    """Whether a date is the day a fax was sent rather than the day the paper it carries was.

    A faxed letter or order arrives behind a cover sheet whose bare "Date:" is the day of
    sending, and with a sender's stamp on every page; both are often a day or more after the
    document's own date (rC: 8 of 20 wrong document dates were a fax's). Only the cover's
    bare "Date:" line counts: a letter heading's "Tel: ... Fax: ..." has no "Pages:" line.
    """
    if not line_before.strip() and _FAX_STAMP_AFTER_RE.match(after):
        return True
    if not _BARE_DATE_LABEL_RE.match(line_before):
        return False
    lines = text[:line_start].split("\n")[-_FAX_COVER_REACH - 1 :]
    lines += text[line_start:].split("\n")[1 : _FAX_COVER_REACH // 2 + 1]
    return any(_FAX_COVER_LINE_RE.match(line) for line in lines)


# A number shaped like a numeric date that no date could be read from: "64-07-2023"
_UNREAD_NUMERIC_DATE_RE = re.compile(r"\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\s+$")


def _second_readings(text: str, dates: list[DateMatch]) -> tuple[set[int], set[int]]:
    """(starts of dates that lose a label, starts of dates that take it) where a label is
    followed by two dates: "Dated Monday i9-February 2024 18 February 2024", "Date:
    08-12-2923 6 December 2023", "Date: 64-07-2023 7 July 2023".

    A date printed, then written or stamped again beside it, puts two readings after one
    label; when the first needed a repair or could not be read as a date at all, the clean
    second reading is the better one, and the label belongs to it. The winner is marked a
    repair, since choosing between readings is a guess.
    """
    losers: set[int] = set()
    winners: set[int] = set()
    for first, second in pairwise(sorted(dates, key=lambda d: d.start)):
        if second.repaired or text[first.end : second.start].strip():
            continue
        line_start = text.rfind("\n", 0, first.start) + 1
        if first.repaired and LINE_DATE_LABEL_RE.search(text[line_start : first.start]):
            losers.add(first.start)
            winners.add(second.start)
    for d in dates:
        line_start = text.rfind("\n", 0, d.start) + 1
        before = text[line_start : d.start]
        unread = _UNREAD_NUMERIC_DATE_RE.search(before)
        if d.repaired or unread is None or any(x.end == d.start - 1 for x in dates):
            continue
        if LINE_DATE_LABEL_RE.search(before[: unread.start()]):
            winners.add(d.start)
    return losers, winners


def _damaged_label(line_before: str) -> bool:
    """Whether what precedes the date on its line is one date label OCR has mangled."""
    m = _DAMAGED_LABEL_RE.match(line_before)
    if m is None:
        return False
    word = m.group("word").lower()
    if word in ("dob", "born"):
        return False
    return word.endswith(("ted", "ate")) or max(fuzz.ratio(word, w) for w in _LABEL_WORDS) >= 55


def _line(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _line_above(text: str, line_start: int) -> str:
    """The nearest non-empty line above (empty at the page's top)."""
    return text[:line_start].rstrip("\n").rsplit("\n", 1)[-1].strip() if line_start else ""


def date_candidates(text: str, dates: list[DateMatch], taken: set[int]) -> list[Candidate]:
    """Dates that could be the document's own date (see ``_candidates``).

    None at all when the page's own date label was printed but could not be read and no other
    date is labelled: the latest date on the page is then almost always some other day.
    """
    out = _candidates(text, dates, taken)
    if not any(c.anchored or c.certainty >= 0.8 for c in out) and _unread_date_label(text, dates):
        return []
    return out


def reference_date(text: str, dates: list[DateMatch], taken: set[int]) -> date | None:
    """A date to judge ages against when no document date was found: the page's latest.

    A referral or a conviction is no document date, but it is near one, which is all a child's
    age needs; the day the software runs may be years later.
    """
    cands = [c for c in _candidates(text, dates, taken) if c.validated]
    preferred = [c for c in cands if c.certainty > 0.4] or cands
    return date.fromisoformat(max(c.value for c in preferred)) if preferred else None


def _candidates(text: str, dates: list[DateMatch], taken: set[int]) -> list[Candidate]:
    """Dates that could be the document's own date: labelled ones first, DOBs left out.

    certainty: 0.97 "order made on"; 0.95 a label starting its line; 0.9 a "Date:" label in
    a letter's second column; 0.8 a date alone on its line (a letter's date) or a label
    too damaged to read, which also counts as a repair; 0.6 any other date; 0.4 a date
    some other paper bears.
    """
    out: list[Candidate] = []
    date_lines = {_line(text, d.start) for d in dates}
    # "Date Sth April 2019": a day of look-alikes, "DATED this 07.02 22": a separator lost;
    # guesses taken only under a date label
    guesses = [
        g
        for g in [*ordinal_letter_days(text), *lost_separator_dates(text)]
        if not any(g.start < d.end and d.start < g.end for d in dates)
    ]
    guess_starts = {g.start for g in guesses}
    losers, winners = _second_readings(text, dates)
    for d in sorted([*dates, *guesses], key=lambda d: d.start):
        if d.start in taken:
            continue
        line_start, line_end = _line(text, d.start)
        before = text[max(line_start, d.start - 60) : d.start]
        if DOB_NEAR_RE.search(before.rstrip(" ([:")):
            continue
        line_before = text[line_start : d.start]
        after = text[d.end : line_end]
        made_on = bool(MADE_ON_RE.search(text[max(0, d.start - 120) : d.start]))
        above = _line_above(text, line_start)
        # "...the agreed document\ndated 1 May" is a sentence wrapped onto a new line; an
        # address line ("Canterbury") or a paragraph's end above "Dated 14 May" is not
        last = above.split()[-1] if above else ""
        continues = above.endswith((",", ";")) or (
            last.islower() and (last in _RUN_ON_WORDS or len(above.split()) >= 6)
        )
        label = None if d.start in losers else LINE_DATE_LABEL_RE.search(line_before)
        second = d.start in winners  # the clean one of two readings after a label
        wrapped = bool(above) and last[-1:].islower() and label is not None
        wrapped = wrapped and label.group(0).strip().startswith("dated")
        midline = None if d.start in losers else MIDLINE_DATE_LABEL_RE.search(line_before)
        if midline and (midline.group("qualifier") or "").lower() in _OTHER_DAY_QUALIFIERS:
            midline = None
        if d.start in guess_starts and not (label or midline):
            continue
        other_paper = bool(OTHER_PAPER_DATED_RE.search(before))
        if _BARE_DATE_LABEL_RE.match(line_before) and _EVENT_HEADING_RE.match(above):
            other_paper = True
        if _sent_by_fax(text, line_start, line_before, after):
            other_paper = True
        anchored = made_on or second or (label is not None and not wrapped and not other_paper)
        stamped = not after.strip(" .") or bool(_TIME_AFTER_RE.match(after))
        damaged = not anchored and not other_paper and stamped and _damaged_label(line_before)
        # alone on its line, or stamped with a time as printouts are ("28/01/2024 07:40"),
        # but not the end of a sentence ("...from 15.07.23 to\n09.08.24.") nor one of a
        # column of dates (births listed one under another)
        in_column = any(
            (s, e) != (line_start, line_end) and (e == line_start - 1 or s == line_end + 1)
            for s, e in date_lines
        )
        alone = (
            not other_paper
            and not before.strip(" |")
            and stamped
            and not continues
            and not in_column
            and not after.strip().endswith(".")
        )
        if made_on:
            certainty = 0.97
        elif anchored:
            certainty = 0.95
        elif midline is not None and not other_paper:
            anchored, certainty = True, 0.9
        elif damaged or alone:
            certainty = 0.8
        else:
            certainty = 0.4 if other_paper else 0.6
        glued = d.start > 0 and (text[d.start - 1] in _GLUE or text[d.start - 1].isalnum())
        if d.repaired and not d.guessed:
            certainty *= 0.95  # look-alikes undone ("O7SEP2022"): a repair, not a guess
        out.append(
            Candidate(
                field="document_date",
                start=d.start,
                end=d.end,
                raw=d.raw,
                value=d.value.isoformat(),
                validated=is_plausible_document_date(d.value),
                repaired=d.guessed or glued or damaged or second,
                anchored=anchored,
                certainty=certainty,
                source="pattern:date" + ("+repair" if d.repaired else ""),
            )
        )
    return _with_agreement(out)


# "Date 20tn sunuen 2024", "DATE PRINTED: VAR EN IOCLA UTI29": a document-date label starting its
# line, with digits after it that no date could be read from. A table's "DATE COURT OFFENCE"
# heading has no digits; "Date of birth" and "Date of hearing" name other days.
_UNREAD_LABEL_RE = re.compile(
    r"^[^\w\n]*(?:dated|date(?:\s*printed|\s*/\s*time)?|printed)\b(?!\s+of\b)[^\n]*\d",
    re.I | re.M,
)


def _unread_date_label(text: str, dates: list[DateMatch]) -> bool:
    """Whether the page has a date label whose date OCR garbled beyond reading.

    On the dev corpora, when that is so and no other date is labelled, the latest date on the
    page (a referral, a conviction) was the document's own in 1 case of 17.
    """
    lines = {_line(text, d.start) for d in dates}
    return any(_line(text, m.start()) not in lines for m in _UNREAD_LABEL_RE.finditer(text))


# Two labels giving the same date ("Made on 3 May 2024" ... "Dated 3 May 2024", a print date
# on every page) are two readings of it; on the dev corpora all 71 such pairs were right.
# Unlabelled dates repeat by coincidence (a hearing on the day of a letter) and get nothing.
AGREEMENT_SUPPORT = 0.5


def _with_agreement(cands: list[Candidate]) -> list[Candidate]:
    labelled: dict[str, int] = {}
    for c in cands:
        if c.anchored and c.validated:
            labelled[c.value] = labelled.get(c.value, 0) + 1
    return [
        c.with_(support=AGREEMENT_SUPPORT)
        if c.anchored and c.validated and labelled[c.value] >= 2
        else c
        for c in cands
    ]


# A case number carries the year its case was issued; the papers of one case are dated in
# that year or the next (every corpus here, generated or written blind: -1 to +1). A
# document dated years from it has one of the two misread ("31 May 2026" for 2020 beside
# CF20P...): both are doubted. Generous on purpose: long private-law cases run on.
CASE_YEAR_SPAN = (-1, 2)
CASE_YEAR_DOUBT = 0.6  # the confidence kept: as much as a rival reading of the field costs


def case_year_gap(case_number: str, document_date: str) -> int | None:
    """Years from a case number's issue year to an ISO document date, or None if unreadable.

    The number gives two figures of the year: the gap is taken within a century either
    side, so a 1999 case ("..99C...") dated 2000 is one year on, not 99 back.
    """
    try:
        gap = int(document_date[:4]) - int(case_number[2:4])
    except ValueError:
        return None
    return (gap + 50) % 100 - 50


def years_disagree(case_number: str, document_date: str) -> bool:
    """Is the document dated further from its case's issue year than papers of a case are?"""
    gap = case_year_gap(case_number, document_date)
    return gap is not None and not CASE_YEAR_SPAN[0] <= gap <= CASE_YEAR_SPAN[1]


def fields_years_disagree(case: FieldValue | None, dated: FieldValue | None) -> bool:
    """Do a record's case number and document date, both read and valid, disagree in year?
    The one test behind both the doubt (``assemble``) and the review reason (``decision``)."""
    if case is None or dated is None or not (case.validated and dated.validated):
        return False
    return years_disagree(str(case.value), str(dated.value))
