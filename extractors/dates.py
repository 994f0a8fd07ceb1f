"""Find dates written in any common UK form and turn them into ``datetime.date``.

Scanned family-court papers mix "12 March 2024", "12th of March 2024", "12/03/2024",
"12.03.24" and "12 Mar 2024" on one page, and OCR adds its own noise ("l2 Marcn 2O24").
Numeric dates are read day first (UK). Two-digit years are resolved against a pivot: a year
that would land more than a year in the future belongs to the previous century, which is
right for both birth dates and document dates.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from rapidfuzz import fuzz, process

from extractors.repair import DIGITISH, TO_DIGIT, TO_LETTER

MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}
ABBREVIATIONS = {name[:3]: number for name, number in MONTHS.items()} | {"sept": 9}

_D = f"[{DIGITISH}]"
# Each numeric group must hold at least one real digit, or words like "born" would match.
# "tn" is a "th" whose h lost its ascender ("20tn January 2024"); ``_suffix_slip`` counts
# it as a repair. Lower case only: a postcode's "4TN" before a line break is no day.
_DAY = rf"(?P<day>(?={_D}?[0-9]){_D}{{1,2}})\s?(?P<suffix>st|nd|rd|th|tn)?"
_MONTH_WORD = r"(?P<month>[A-Za-z]{3,10})\.?"
_YEAR = rf"(?P<year>(?={_D}{{0,3}}[0-9]){_D}{{4}}|(?={_D}?[0-9]){_D}{{2}})"

# "12 March 2024", "12th of March 2024", the formal "12th day of March 2024", and as case
# systems print them, "12-Mar-2024", "12.Mar.2024"
TEXT_DATE_RE = re.compile(
    rf"(?<![A-Za-z0-9]){_DAY}(?:[\-./]|\s*(?:(?:day\s+)?of\s+)?){_MONTH_WORD}"
    rf"(?:[\-./]|,?\s*){_YEAR}(?![A-Za-z0-9])"
)
# A computer's own form, "2024-03-12": plain digits only, as a machine prints it
ISO_DATE_RE = re.compile(
    r"(?<![A-Za-z0-9/.\-])(?P<year>(?:19|20)[0-9]{2})-(?P<mon>[0-9]{2})-(?P<day>[0-9]{2})"
    r"(?![A-Za-z0-9/\-])"
)
US_TEXT_DATE_RE = re.compile(
    rf"(?<![A-Za-z0-9]){_MONTH_WORD}\s+{_DAY},?\s+(?P<year4>(?={_D}{{0,3}}[0-9]){_D}{{4}})(?![A-Za-z0-9])"
)
# A table cell too narrow for "17 November 1974" wraps the year onto the next line, after
# whatever the next column held: "Joan Smith 17 November Mother\n1974".
WRAPPED_YEAR_DATE_RE = re.compile(
    rf"(?<![A-Za-z0-9]){_DAY}\s*(?:of\s+)?{_MONTH_WORD}(?=[ \t][^\n]*\n[ \t]*"
    r"(?P<wyear>\d{4})[ \t]*(?:\n|$))"
)
# A still narrower cell wraps the month too: "Ava Brennan 30th Child Known" / "November ..." /
# "2012". Only a day with its ordinal suffix starts one, as a bare number is no date.
WRAPPED_CELL_DATE_RE = re.compile(
    r"(?<![A-Za-z0-9])(?P<day>[0-9]{1,2})(?:st|nd|rd|th)(?=[ \t][^\n]*\n[ \t]*"
    r"(?P<month>[A-Za-z]{3,10})(?=[ \t]*(?:[\d,.(A-Z]|\n))[^\n]*\n[ \t]*(?P<wyear>\d{4})[ \t]*"
    r"(?:\n|$))"
)
# "Dated: LO Aug 2024": a day read wholly as letters. Only before a month spelt right and a
# plain four-digit year, where no word could stand, and always as a guess.
LETTER_DAY_DATE_RE = re.compile(
    r"(?<![A-Za-z0-9])(?P<day>[OoQDIilL|!]{2})\s+(?P<month>[A-Za-z]{3,9})\.?,?\s+"
    r"(?P<year>(?:19|20)[0-9]{2})(?![A-Za-z0-9])"
)
_LETTER_DAY = {**TO_DIGIT, "L": "1", "A": "4"}  # "Ath May 2022": Tesseract's A for a 4
# "Date Sth April 2019": a day of look-alikes with its ordinal suffix. The suffix must be the
# one the day read as digits takes (5th, 1st, 22nd), which a word such as "Sth" rarely does.
ORDINAL_LETTER_DAY_RE = re.compile(
    r"(?<![A-Za-z0-9])(?P<day>[OoQDIilL|!SsZzBbGA]{1,2})(?P<suffix>st|nd|rd|th)\s+(?:of\s+)?"
    r"(?P<month>[A-Za-z]{3,9})\.?,?\s+(?P<year>(?:19|20)[0-9]{2})(?![A-Za-z0-9])"
)


# Day look-alikes the suffix pins to one digit: a stroke before "st" is a 1, a Z before "nd" a
# 2. An S before "th" may be a 5, a 9 or an 8 ("Sth January" was a 9th on a dev scan), so
# such a day is read only where a label names the document's date (``ordinal_letter_days``).
ONE_READING_DAY = "Il|!iZz"


def _ordinal_letter_day(m: re.Match[str]) -> date | None:
    key = m.group("month").lower()
    month = MONTHS.get(key) or ABBREVIATIONS.get(key)
    day = "".join(_LETTER_DAY.get(c, c) for c in m.group("day"))
    if month is None or not day.isdigit() or ordinal_suffix(int(day)) != m.group("suffix"):
        return None
    try:
        return date(int(m.group("year")), month, int(day))
    except ValueError:
        return None


def ordinal_letter_days(text: str) -> list[DateMatch]:
    """Dates whose day is look-alikes with more than one reading ("Sth April 2019"), as guesses.

    Not among ``find_dates``: a birth date read so would be a coin toss filed as a fact. The
    document-date finder takes one where a date label stands before it.
    """
    out: list[DateMatch] = []
    for m in ORDINAL_LETTER_DAY_RE.finditer(text):
        value = _ordinal_letter_day(m)
        if value is not None and not all(c in ONE_READING_DAY for c in m.group("day")):
            out.append(DateMatch(m.start(), m.end(), m.group(0), value, True, False, True))
    return out


def ordinal_suffix(day: int) -> str:
    """The suffix English prints after a day of the month: 1st, 2nd, 3rd, 11th, 22nd."""
    if 11 <= day % 100 <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


# A dash may stand glued before the day where it is a speck or joins a word
# ("Dated: «-21/09/2023", "made by ... Sykes-on-21.05.24"), but not after a digit, where it
# would make the date the tail of some longer number; so may a full stop after a word, a
# speck for the space ("born.13/09/1996"), but not after a figure ("1.13/09/1996").
NUMERIC_DATE_RE = re.compile(
    rf"(?:(?<![A-Za-z0-9/.])|(?<=[A-Za-z]\.))(?<![0-9/.]-){_DAY}\s?(?P<sep>[/.\-])\s?(?P<mon>(?={_D}?[0-9]){_D}{{1,2}})\s?(?P=sep)\s?"
    rf"{_YEAR}(?![A-Za-z0-9/])"
)

# "DATED this 07.02 22", "born 26.06 90": a numeric date whose second separator OCR lost,
# seen on four scans of four dev corpora. Plain two-digit day and month only, the first
# separator kept, and nothing after the year that would make it a time ("15.08 10:00") or a
# longer number.
LOST_SEPARATOR_DATE_RE = re.compile(
    r"(?<![A-Za-z0-9/.])(?<![0-9/.]-)(?P<day>[0-9]{2})(?P<sep>[/.])(?P<mon>[0-9]{2}) "
    r"(?P<year>[0-9]{4}|[0-9]{2})(?![A-Za-z0-9/.:])"
)


def lost_separator_dates(text: str, today: date | None = None) -> list[DateMatch]:
    """Numeric dates missing their second separator ("07.02 22"), as guesses.

    Not among ``find_dates``: the space may part two numbers, and on the dev corpora one of
    the three birth dates so written had other digits misread too, yet was confident enough
    to file. The document-date finder takes one where a date label stands before it.
    """
    today = today or date.today()
    out: list[DateMatch] = []
    for m in LOST_SEPARATOR_DATE_RE.finditer(text):
        built = _build(m.group("day"), int(m.group("mon")), m.group("year"), today)
        if built is not None:
            out.append(DateMatch(m.start(), m.end(), m.group(0), built[0], True, True, True))
    return out


# Police printouts write dates run together in a monospace font, "26SEP2023", which OCR
# turns into "120CT2004", "O1INOV2020", "13NO0V2019", "O43AN2022", "12DEC2@23". The whole
# run is taken as one token and split by ``_compact``, which knows what each part may hold.
COMPACT_DATE_RE = re.compile(r"(?<![A-Za-z0-9/])[A-Za-z0-9€@]{8,10}(?![A-Za-z0-9/])")
_ABBREVIATIONS = tuple(name[:3].upper() for name in MONTHS)
# In a month abbreviation: digits that are letters, and the monospace "I" that is a "J".
_MONTH_LETTER = {**TO_LETTER, "3": "J", "€": "C", "@": "O"}
_YEAR_DIGIT = {**TO_DIGIT, "@": "0"}
# A four-digit year after today is a misread digit: "2920" is 2020, "2049" is 2019.
_YEAR_SLIPS = {"9": "0", "8": "0", "6": "0", "4": "1", "7": "1"}
_MONTH_SLIPS = {"6": "0", "8": "0", "9": "0"}  # "04/62/2021" is 04/02/2021
# Look-alikes that can only be one thing where they stand: a letter O or I in a day or a
# year is a 0 or a 1, a 0 or 3 in a printout's month ("0CT", "3AN") an O or a J. Undoing
# them is a repair, but not a guess; dropping a stray character, choosing the one month a
# misspelt word is nearest to, or mending an impossible year is.
_LOOKALIKES = frozenset("OoQDIil|!")
_MONTH_LOOKALIKES = frozenset("03")


def _lookalikes(*groups: str, month: str = "") -> int:
    """How many characters of the numeric groups (and a printout's month) are look-alikes."""
    return sum(c in _LOOKALIKES for g in groups for c in g) + sum(
        c in _MONTH_LOOKALIKES for c in month
    )


@dataclass(frozen=True)
class DateMatch:
    """A date found in text: where, what was read, what it means, and whether it was mended."""

    start: int
    end: int
    raw: str
    value: date
    repaired: bool
    numeric: bool
    # a repair that had to choose between readings, not just undo a look-alike
    guessed: bool = False


def month_number(word: str) -> int | None:
    """The month a word names, tolerating abbreviations and one or two OCR errors."""
    key = word.lower().rstrip(".")
    if key in MONTHS:
        return MONTHS[key]
    if key in ABBREVIATIONS:
        return ABBREVIATIONS[key]
    if len(word) == 3 and word.isupper():
        # a printout's "19 BEC 2022": one letter off exactly one month's abbreviation
        near = [n for a, n in ABBREVIATIONS.items() if len(a) == 3 and _one_apart(a, key)]
        return near[0] if len(near) == 1 else None
    if len(key) >= 4:
        # Only a word near exactly one month: "Jule" is as near June as July, and either
        # reading would be a coin toss filed as a fact.
        near = process.extract(key, MONTHS.keys(), scorer=fuzz.ratio, score_cutoff=75, limit=2)
        if near and (len(near) == 1 or near[0][1] > near[1][1]):
            return MONTHS[near[0][0]]
    return None


def _digits(raw: str) -> tuple[str, int] | None:
    """Digits of a numeric group with OCR swaps undone; at least one must be a real digit."""
    if not any(c.isdigit() for c in raw):
        return None
    out = "".join(c if c.isdigit() else TO_DIGIT.get(c, "?") for c in raw)
    if "?" in out:
        return None
    return out, sum(not c.isdigit() for c in raw)


def resolve_year(raw: str, today: date) -> int:
    """Four-digit years as written; two-digit ones in the century that keeps them <= next year."""
    year = int(raw)
    if len(raw) == 4:
        return year
    pivot = (today.year + 1) % 100
    return 2000 + year if year <= pivot else 1900 + year


def _one_slip(digits: str, slips: dict[str, str], ok: Callable[[int], bool]) -> str | None:
    """The one reading of ``digits`` with a single confusable digit changed that ``ok``
    accepts, or None when there is none or more than one (then we cannot tell which)."""
    readings = {
        digits[:i] + slips[c] + digits[i + 1 :]
        for i, c in enumerate(digits)
        if c in slips and ok(int(digits[:i] + slips[c] + digits[i + 1 :]))
    }
    return readings.pop() if len(readings) == 1 else None


def _year(year_raw: str, today: date) -> tuple[int, int] | None:
    """The year, mended when a four-digit one lies in the future; (year, changes)."""
    year = _digits(year_raw)
    if year is None:
        return None
    if len(year[0]) == 4 and sum(c.isdigit() for c in year_raw) < 2:
        return None
    if len(year[0]) == 4 and int(year[0]) > today.year + 1:
        mended = _one_slip(year[0], _YEAR_SLIPS, lambda y: 1900 <= y <= today.year)
        return (int(mended), year[1] + 1) if mended else None
    return resolve_year(year[0], today), year[1]


def _build(day_raw: str, month: int | None, year_raw: str, today: date) -> tuple[date, int] | None:
    day = _digits(day_raw)
    year = _year(year_raw, today)
    if day is None or year is None or month is None:
        return None
    try:
        value = date(year[0], month, int(day[0]))
    except ValueError:
        return None
    return value, day[1] + year[1]


def _one_apart(a: str, b: str) -> bool:
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 1


def _compact_month(raw: str) -> tuple[int, int] | None:
    """The month of a run-together date's middle part ("0CT", "INOV", "BEC"); (month, changes).

    Three characters may differ from an abbreviation by one letter, four by one stray
    character, and only when no other month is as close.
    """
    letters = "".join(_MONTH_LETTER.get(c, c) for c in raw.upper())
    changes = sum(a != b for a, b in zip(raw.upper(), letters, strict=True))
    if not letters.isalpha() or not any(c.isalpha() for c in raw):
        return None
    if len(letters) == 4:
        options = {letters[:i] + letters[i + 1 :] for i in range(4)}
        hits = {a for a in _ABBREVIATIONS if a in options or (a == "SEP" and letters == "SEPT")}
        changes += letters != "SEPT"
    elif letters in _ABBREVIATIONS:
        hits = {letters}
    else:
        hits = {a for a in _ABBREVIATIONS if _one_apart(a, letters)}
        changes += 1
    if len(hits) != 1:
        return None
    return _ABBREVIATIONS.index(hits.pop()) + 1, changes


def _compact(raw: str, today: date) -> tuple[date, int, int] | None:
    """A run-together DDMONYYYY date read through OCR slips; (date, changes, look-alikes
    among them) or None."""
    for day_len in (2, 1):
        month_len = len(raw) - 4 - day_len
        if month_len not in (3, 4):
            continue
        day_raw, month_raw, year_raw = raw[:day_len], raw[day_len:-4], raw[-4:]
        month = _compact_month(month_raw)
        day = "".join(c if c.isdigit() else TO_DIGIT.get(c, "?") for c in day_raw)
        year_digits = "".join(_YEAR_DIGIT.get(c, c) for c in year_raw)
        if month is None or not day.isdigit() or not year_digits.isdigit():
            continue
        slipped = 0
        if day_len == 2 and not 1 <= int(day) <= 31:
            # "96SEP1981", "92AUG1982": the monospace 0 read as 9, 8 or 6, as in a month;
            # else the one-digit reading below would drop a letter from the month for a day 9
            mended = _one_slip(day, _MONTH_SLIPS, lambda n: 1 <= n <= 31)
            if mended is None:
                continue
            day, slipped = mended, 1
        if sum(c.isdigit() for c in year_raw) < 3:
            continue
        year = _year(year_digits, today)
        if year is None:
            continue
        try:
            value = date(year[0], month[0], int(day))
        except ValueError:
            continue
        changes = month[1] + year[1] + sum(not c.isdigit() for c in day_raw + year_raw) + slipped
        return value, changes, _lookalikes(day_raw, year_raw, month=month_raw)
    return None


def _misread_month(m: re.Match[str], built: tuple[date, int] | None) -> tuple[date, int] | None:
    """Count a month name that had to be guessed ("Marcn", "BEC") as a repair."""
    key = m.group("month").lower().rstrip(".")
    if built is None or key in MONTHS or key in ABBREVIATIONS:
        return built
    return built[0], built[1] + 1


def _suffix_slip(m: re.Match[str]) -> int:
    """1 when the day's ordinal suffix is a damaged "th" ("20tn"): a look-alike undone.

    The suffix holds no part of the value, but ink that lost a letter's ascender may have
    lost more, so the date counts as repaired (not as guessed).
    """
    return int(m.group("suffix") == "tn")


def _plus(built: tuple[date, int] | None, changes: int) -> tuple[date, int] | None:
    return None if built is None else (built[0], built[1] + changes)


def find_dates(text: str, today: date | None = None) -> list[DateMatch]:
    """Every date in ``text``, left to right, overlapping matches resolved to the first found."""
    today = today or date.today()
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []

    def add(
        match: re.Match[str], built: tuple[date, int] | None, numeric: bool, lookalikes: int = 0
    ) -> None:
        if built is None:
            return
        start, end = match.span()
        if any(start < e and s < end for s, e in taken):
            return
        taken.append((start, end))
        value, changes = built
        guessed = changes > lookalikes
        found.append(DateMatch(start, end, match.group(0), value, changes > 0, numeric, guessed))

    for m in TEXT_DATE_RE.finditer(text):
        month = month_number(m.group("month"))
        built = _misread_month(m, _build(m.group("day"), month, m.group("year"), today))
        slip = _suffix_slip(m)
        add(m, _plus(built, slip), False, _lookalikes(m.group("day"), m.group("year")) + slip)
    for m in US_TEXT_DATE_RE.finditer(text):
        month = month_number(m.group("month"))
        built = _misread_month(m, _build(m.group("day"), month, m.group("year4"), today))
        slip = _suffix_slip(m)
        add(m, _plus(built, slip), False, _lookalikes(m.group("day"), m.group("year4")) + slip)
    for m in LETTER_DAY_DATE_RE.finditer(text):
        key = m.group("month").lower()
        month = MONTHS.get(key) or ABBREVIATIONS.get(key)
        day = "".join(_LETTER_DAY.get(c, c) for c in m.group("day"))
        if month is None or not day.isdigit():
            continue
        try:
            value = date(int(m.group("year")), month, int(day))
        except ValueError:
            continue
        add(m, (value, len(day)), False)  # no look-alike credit: the whole day is a guess
    for m in ORDINAL_LETTER_DAY_RE.finditer(text):
        value = _ordinal_letter_day(m)
        if value is not None and all(c in ONE_READING_DAY for c in m.group("day")):
            # the suffix leaves the day one reading ("Ist" is a 1st): a look-alike undone, not
            # a guess; on the dev corpora all five birth dates so read were right
            changes = len(m.group("day"))
            add(m, (value, changes), False, changes)
    for m in WRAPPED_YEAR_DATE_RE.finditer(text):
        month = month_number(m.group("month"))
        built = _build(m.group("day"), month, m.group("wyear"), today)
        # the year was found on another line: count it as a repair so confidence drops
        add(m, (built[0], built[1] + 1) if built else None, False)
    for m in WRAPPED_CELL_DATE_RE.finditer(text):
        month = MONTHS.get(m.group("month").lower())  # spelt right: it stands alone
        built = _build(m.group("day"), month, m.group("wyear"), today) if month else None
        add(m, (built[0], built[1] + 2) if built else None, False)  # read from three lines
    for m in NUMERIC_DATE_RE.finditer(text):
        mon = _digits(m.group("mon"))
        if mon is not None and not 1 <= int(mon[0]) <= 12:
            mended = _one_slip(mon[0], _MONTH_SLIPS, lambda n: 1 <= n <= 12)
            mon = (mended, mon[1] + 1) if mended else None
        month = int(mon[0]) if mon else None
        built = _build(m.group("day"), month, m.group("year"), today)
        if built is not None and mon is not None:
            built = (built[0], built[1] + mon[1])
        add(m, built, True, _lookalikes(m.group("day"), m.group("mon"), m.group("year")))
    for m in ISO_DATE_RE.finditer(text):
        try:
            iso = date(int(m.group("year")), int(m.group("mon")), int(m.group("day")))
        except ValueError:
            continue
        add(m, (iso, 0), True)
    for m in COMPACT_DATE_RE.finditer(text):
        compact = _compact(m.group(0), today)
        add(m, compact[:2] if compact else None, False, compact[2] if compact else 0)
    found.sort(key=lambda d: d.start)
    return found
