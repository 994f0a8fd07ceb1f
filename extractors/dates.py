"""Find dates written in any common UK form and turn them into ``datetime.date``.

Scanned family-court papers mix "12 March 2024", "12th of March 2024", "12/03/2024",
"12.03.24" and "12 Mar 2024" on one page, and OCR adds its own noise ("l2 Marcn 2O24").
Numeric dates are read day first (UK). Two-digit years are resolved against a pivot: a year
that would land more than a year in the future belongs to the previous century, which is
right for both birth dates and document dates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from rapidfuzz import fuzz, process

from extractors.repair import DIGITISH, TO_DIGIT

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
_DAY = rf"(?P<day>(?={_D}?[0-9]){_D}{{1,2}})\s?(?:st|nd|rd|th)?"
_MONTH_WORD = r"(?P<month>[A-Za-z]{3,10})\.?"
_YEAR = rf"(?P<year>(?={_D}{{0,3}}[0-9]){_D}{{4}}|(?={_D}?[0-9]){_D}{{2}})"

TEXT_DATE_RE = re.compile(
    rf"(?<![A-Za-z0-9]){_DAY}\s*(?:of\s+)?{_MONTH_WORD},?\s*{_YEAR}(?![A-Za-z0-9])"
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
NUMERIC_DATE_RE = re.compile(
    rf"(?<![A-Za-z0-9/.\-]){_DAY}\s?(?P<sep>[/.\-])\s?(?P<mon>(?={_D}?[0-9]){_D}{{1,2}})\s?(?P=sep)\s?"
    rf"{_YEAR}(?![A-Za-z0-9/])"
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


def month_number(word: str) -> int | None:
    """The month a word names, tolerating abbreviations and one or two OCR errors."""
    key = word.lower().rstrip(".")
    if key in MONTHS:
        return MONTHS[key]
    if key in ABBREVIATIONS:
        return ABBREVIATIONS[key]
    if len(key) >= 4:
        found = process.extractOne(key, MONTHS.keys(), scorer=fuzz.ratio, score_cutoff=75)
        if found:
            return MONTHS[found[0]]
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


def _build(day_raw: str, month: int | None, year_raw: str, today: date) -> tuple[date, int] | None:
    day = _digits(day_raw)
    year = _digits(year_raw)
    if day is None or year is None or month is None:
        return None
    if len(year[0]) == 4 and sum(c.isdigit() for c in year_raw) < 2:
        return None
    try:
        value = date(resolve_year(year[0], today), month, int(day[0]))
    except ValueError:
        return None
    return value, day[1] + year[1]


def find_dates(text: str, today: date | None = None) -> list[DateMatch]:
    """Every date in ``text``, left to right, overlapping matches resolved to the first found."""
    today = today or date.today()
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []

    def add(match: re.Match[str], built: tuple[date, int] | None, numeric: bool) -> None:
        if built is None:
            return
        start, end = match.span()
        if any(start < e and s < end for s, e in taken):
            return
        taken.append((start, end))
        found.append(DateMatch(start, end, match.group(0), built[0], built[1] > 0, numeric))

    for m in TEXT_DATE_RE.finditer(text):
        month = month_number(m.group("month"))
        add(m, _build(m.group("day"), month, m.group("year"), today), False)
    for m in US_TEXT_DATE_RE.finditer(text):
        month = month_number(m.group("month"))
        add(m, _build(m.group("day"), month, m.group("year4"), today), False)
    for m in WRAPPED_YEAR_DATE_RE.finditer(text):
        month = month_number(m.group("month"))
        built = _build(m.group("day"), month, m.group("wyear"), today)
        # the year was found on another line: count it as a repair so confidence drops
        add(m, (built[0], built[1] + 1) if built else None, False)
    for m in NUMERIC_DATE_RE.finditer(text):
        mon = _digits(m.group("mon"))
        month = int(mon[0]) if mon and 1 <= int(mon[0]) <= 12 else None
        built = _build(m.group("day"), month, m.group("year"), today)
        if built is not None and mon is not None:
            built = (built[0], built[1] + mon[1])
        add(m, built, True)
    found.sort(key=lambda d: d.start)
    return found
