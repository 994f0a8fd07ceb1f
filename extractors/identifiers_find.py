"""Find identifiers in text: family-court case numbers, PNC IDs, CRO numbers, NI numbers, postcodes.

Each finder uses a deliberately tolerant regular expression (any character OCR confuses with
the expected one, optional spaces) and then insists on the strict validator after repair.
A match that only validates after swapping characters is kept with ``repaired=True`` and
its text as read; one that never validates is kept only where the field has a label next to
it (with ``validated=False``) so that a mis-read identifier reaches the analyst rather than
vanishing.
"""

from __future__ import annotations

import re

from extractors.candidates import Candidate
from extractors.identifiers import PNC_CHECK_ALPHABET, pnc_check_character
from extractors.repair import (
    ID_ANY_UNIT,
    ID_DIGIT_UNIT,
    ID_LETTER_UNIT,
    TWIN_CASE_LETTERS,
    TWIN_PAIRS_PATTERN,
    Repaired,
    coerce,
    pair_reading,
    real_digits,
)
from extractors.validators import (
    TOWN_AREAS,
    is_valid_case_number,
    is_valid_cro,
    is_valid_ni_number,
    is_valid_postcode,
    normalise_postcode,
)

_D = ID_DIGIT_UNIT
_A = ID_LETTER_UNIT
_B = r"(?<![A-Za-z0-9/])"
_E = r"(?![A-Za-z0-9])"

# Small print turns a serial's 0 into "u" or "e" ("LE22Pu2888"): a digit unit for serials only.
SERIAL_ZERO_LOOKALIKES = "ue"
_SD = rf"(?:{_D}|[{SERIAL_ZERO_LOOKALIKES}])"
# One letter of a court code read twice, as itself and as its symbol look-alike ("C€A20C..."
# for CA20C...): one letter.
CODE_ECHO_RE = re.compile(r"C€|€C|E£|£E|S\$|\$S")
# Court-code characters Tesseract reads for letters, with every letter each can stand for.
# A bracket is an L or an I ("[V22P..." or "{V20C..." at Liverpool), a 1 an I, L or T
# ("C121C..." at Canterbury), an 8 a B or an S ("1.824P..." at Leeds): the court the page
# names chooses.
COURT_LOOKALIKES = {
    "[": "LI", "{": "LI", "(": "C", "1": "ILT", "|": "IL", "!": "I", "8": "BS", "5": "S",
    "0": "ODQ", "6": "G", "2": "Z", "4": "A", "7": "T", "$": "S", "£": "EL", "€": "C", ")": "J",
    "]": "J", "}": "J",
}  # fmt: skip
_CA = rf"(?:{CODE_ECHO_RE.pattern}|{_A}|[\[{{(])"
# A digit glued to the front ("1LV20C00655") is a speck when two capitals follow it; so is a
# mark between the court code and the year ("PL.22C02994").
CASE_NUMBER_RE = re.compile(
    rf"{_B}(?P<speck>[0-9](?=[A-Z][A-Z$]))?(?P<court>{_CA}{_CA})(?P<gap>[.,'])? ?"
    rf"(?P<year>{_D}{_D}) ?(?P<kind>{_A}(?:[.,']?{_A})?) ?(?P<serial>{_SD}{{5}}){_E}"
)
# Look-alikes in a year or serial that can stand for one digit only: round marks are 0, and
# upright strokes 1. An S (5 or 9?), B (8 or 3?) or Z is a guess.
ONE_READING_DIGITS = "OoDQ@ue" + "Il|!i"
# Characters a case type is read as that leave it one reading: capitals, a "€" or a round 0
# (C, the only case type they can be), and the specks dropped from it.
ONE_READING_KIND = "€0.,'"
CASE_LABEL_RE = re.compile(
    r"(case|claim|court|file|our|your)\s*(no|number|num|ref|reference)\b\.?\s*[:.]?|"
    r"\bref(erence)?\s*[:.]",
    re.IGNORECASE,
)
# A case type is one or two letters (C, P, FD, ZC, ...). A second letter that looks like a
# digit is more likely the serial's first digit read twice ("NG19CO01071" for NG19C01071),
# except in FD, the one common type whose second letter is such a look-alike.
TWO_LETTER_CASE_TYPES = frozenset({"FD"})
DIGIT_LIKE_LETTERS = frozenset("OQDUILSBZGT")
# Serials are taken as printed: real ones run past 50000 in some courts, so a leading digit
# other than 0 is no reason to doubt one.
# A case-type letter that is no case type, read for the one that is.
CASE_TYPE_CONFUSIONS = {"G": "C", "O": "C", "Q": "C"}
# "The Family Court sitting at Liverpool": the place the case number's court code stands for.
COURT_PLACE_RE = re.compile(
    r"\b(?:court|sitting)\s+at\s+(?:the\s+)?([A-Za-z][A-Za-z' \-]{2,40})", re.I
)
# How far a court code that matches the court named on the page vouches for a faint read.
CASE_COURT_SUPPORT = 0.4
CASE_TOWN_SUPPORT = 0.25
CASE_REPAIR_CONFIRMED_SUPPORT = 0.3
# London's family courts take Z codes rather than their place's letters (East London Family
# Court's cases are ZE..., West London's ZW...).
LONDON_COURT_CODES = {"ZE": "east london", "ZW": "west london"}
# "No. PR24ZC91751" on a court form's heading: "No." right before the number is its label.
CASE_NO_BEFORE_RE = re.compile(r"\b(?:no|number)\s*[.:]\s*$", re.IGNORECASE)
# "No CF20C00740" or "Claum no NR23FD00662" (Claim no) on a line of its own: a "No" whose
# dot was lost is still the label when at most one word (a damaged "Case", "Claim") precedes it.
# "Case Ns. NGZIPO1995", "Case\\Nusaber BM19C01604": "Case" and a damaged No, Number or Ref.
CASE_DAMAGED_LABEL_RE = re.compile(r"\b[Cc]ase[\s\\/|]+[NnRr][A-Za-z]{0,7}[\s.:;,_\-]*$")
CASE_NO_LINE_RE = re.compile(r"^\W*(?:[A-Za-z]{3,8}\s+)?(?:no|number)\s*[.:]?\s*$", re.I)
# Second letters of a court code that Tesseract reads for one another.
CODE_LETTER_CONFUSIONS = {
    "F": "EP", "E": "F", "B": "ER", "R": "BP", "P": "RF", "C": "GO", "G": "C", "O": "DC", "D": "O",
}  # fmt: skip
# Small letters Tesseract reads for one another in a court code printed small or worn ("sr"
# for sf, "Dr" for De): tried only when the code's second letter was read small, and never
# confirmed by the page (a small letter in a code is a doubt, _repair_confirmed).
SMALL_CODE_LETTER_CONFUSIONS = {"R": "FE"}
# A check letter Z read twice, as itself and as the 2 it looks like ("06/0766414Z2").
PNC_Z_ECHO = ("Z2", "2Z")
PNC_CHECK = rf"(?P<check>{'|'.join(PNC_Z_ECHO)}|{_A})"
PNC_RE = re.compile(
    rf"{_B}(?P<year>{_D}{{2}}|{_D}{{4}}) ?/ ?(?P<serial>{_D}{{1,7}}(?: {_D}{{1,6}})?) ?"
    rf"{PNC_CHECK}{_E}"
)
# The slash read as I, l, 1, 7 or not at all: only a full-width serial and a right check
# character make such a run of characters a PNC ID.
PNC_NO_SLASH_RE = re.compile(
    rf"{_B}(?P<year>{_D}{{2}})[Il|17!]? ?(?P<serial>{_D}{{7}}) ?"
    rf"(?P<check>[A-Za-z)}}\]]){_E}"
)
# Letters the check alphabet leaves out because they pass for digits.
NOT_CHECK_LETTERS = "IOSl|"
# How far a check character that works out vouches for a faint print (see confidence.combine).
PNC_CHECK_SUPPORT = 0.7
PNC_LETTER_REPAIR_SUPPORT = 0.3
# Marks a monospace print's check letter is read as that stand for one letter of the check
# alphabet only: a bracket is J, a 6 is G, a 2 is Z (an 8 may be B or D, so it is not here).
PNC_ONE_READING_CHECKS = {")": "J", "]": "J", "}": "J", "6": "G", "2": "Z"}
# A monospace 7 read as a slash inside the serial ("09/0/73521V"): kept only with a right check.
PNC_SLASH_SEVEN_RE = re.compile(
    rf"{_B}(?P<year>{_D}{{2}}) ?/ ?(?P<serial>(?={_D}*/{_D}*[A-Za-z])(?:{_D}|/){{7}})"
    rf"(?P<check>[A-Za-z]){_E}"
)
PNC_LABEL_RE = re.compile(r"\bpnc\s*(id|no|number|ref)?\b|\bpnc\s*id\s*[:.]", re.IGNORECASE)
# Check characters Tesseract confuses with one another on a police printout.
PNC_CHECK_CONFUSIONS: dict[str, str] = {
    "V": "YUW",
    "Y": "VX",
    "E": "FB",
    "F": "EP",
    "B": "ED",
    "D": "B",
    "P": "RF",
    "R": "PB",
    "U": "V",
    "W": "V",
    "X": "Y",
    "H": "N",
    "N": "HM",
    "M": "N",
    "C": "G",
    "G": "C",
    # O is no check character (the alphabet leaves it out), so a round one is Q, D or C
    "O": "QDC",
}
# Digits Tesseract confuses in a monospace serial.
DIGIT_CONFUSIONS: dict[str, str] = {
    "0": "689",
    "1": "7",
    "3": "8",
    "5": "6",
    "6": "058",
    "7": "1",
    "8": "036",
    "9": "0",
}
CRO_RE = re.compile(rf"{_B}(?P<serial>{_D}{{1,6}}) ?/ ?(?P<year>{_D}{{2}})(?P<check>[A-Za-z]){_E}")
NI_RE = re.compile(rf"{_B}([A-Za-z]{{2}}) ?({_D}{{2}}) ?({_D}{{2}}) ?({_D}{{2}}) ?([A-Da-d]){_E}")
POSTCODE_TOWN_SUPPORT = 0.3
# A repair whose look-alikes have one reading each ("6D)" is 6DJ) is a smaller doubt than a
# 5 read as S, which could as well be 9: it keeps its repaired mark but earns support.
POSTCODE_ONE_READING_SUPPORT = 0.5
# An inward letter Z read as "2Z" (its stroke taken for a 2 as well): one letter, mended.
_IN = rf"(?P<in>{_D}(?:2Z|Z2|{_A}){{2}})"
# "Bradford, BD14\n8LQ.": an address whose postcode the line ran out in the middle of.
POSTCODE_WRAPPED_RE = re.compile(
    r",\s*[A-Za-z][A-Za-z' \-]{2,30},?\s+(?P<out>[A-Z]{1,2}[0-9]{1,2}[A-Z]?)\n"
    r"(?P<in>[0-9][A-Z]{2})\.?(?=\s|$)"
)
# A digit glued to the front ("1TQ17 8LD") is a stray mark when two capitals follow it; a
# full stop or a hyphen may stand where the space is ("CF11-7BH": the space's speck).
POSTCODE_RE = re.compile(
    rf"{_B}(?:[0-9](?=[A-Z]{{2}}[0-9]))?(?P<out>(?:{ID_ANY_UNIT}){{2,4}}?)(?:\.|-(?=[0-9]))? ?"
    rf"{_IN}{_E}"
)
POSTCODE_SPACED_RE = re.compile(
    rf"{_B}(?:[0-9](?=[A-Z]{{2}}[0-9]))?(?P<out>(?:{ID_ANY_UNIT}){{2,5}}?)\.? "
    rf"{_IN}{_E}"
)
# "Wakefield, WF 12 6YU", "Leicester, LF 13 4PY": a space OCR put between the area's
# letters and the district's figures; read only where the town before it names the area.
POSTCODE_SPLIT_RE = re.compile(
    rf"{_B}(?P<area>[A-Za-z]{{1,2}}) (?P<district>[0-9]{{1,2}}) {_IN}{_E}"
)
POSTCODE_OUTWARD_SHAPES = ("LD", "LDD", "LLD", "LDL", "LLDD", "LLDL")
# Area letters Tesseract confuses, tried only when the outward code as read is no real area.
AREA_CONFUSIONS = {"E": "F", "F": "E", "C": "G", "G": "C", "O": "D"}


def _labelled(text: str, start: int, label_re: re.Pattern[str], window: int = 40) -> bool:
    """Is there a label for this field just before ``start`` on the same or previous line?"""
    before = text[max(0, start - window) : start]
    return bool(label_re.search(before))


def _case_number(
    court: str, year: str, kind: str, serial: str, places: list[str] | None = None
) -> tuple[str, int] | None:
    """The case number these parts most plausibly are, and how many characters were guessed.

    A letter position read as a digit is a guess, and a court code with no real letter in it
    (a phone or account number) is no case number at all. Two slips in the court code and
    case type together are too many, unless they are both in the court code and the code
    they give is the one the court named on the page has ("$024P..." at Southampton).
    """
    specks = sum(c in ".,'" for c in kind)
    kind = re.sub(r"[.,']", "", kind)
    court_fixed = coerce(court, "LL")
    year_fixed = coerce(year, "DD")
    zeros = sum(c in SERIAL_ZERO_LOOKALIKES for c in serial)
    serial_fixed = coerce(re.sub(f"[{SERIAL_ZERO_LOOKALIKES}]", "0", serial), "DDDDD")
    kinds = [k for k in (coerce(kind, "L"), coerce(kind, "LL")) if k is not None]
    if court_fixed is None or year_fixed is None or serial_fixed is None or not kinds:
        return None
    named = code_matches(court_fixed.value, places or [])
    if not named and not any(c.isascii() and c.isalpha() for c in court):
        return None
    kind_fixed = kinds[0]
    changes = court_fixed.changes + year_fixed.changes + serial_fixed.changes + kind_fixed.changes
    changes += zeros + specks
    if court_fixed.changes + kind_fixed.changes > 1 and not (
        kind_fixed.changes == 0 and court_fixed.changes == 2 and named
    ):
        return None
    kind_value, serial_value = kind_fixed.value, serial_fixed.value
    if len(kind_value) == 2 and _unlike_doubled_digit(kind, serial):
        # "FL" + "49593": a digit-like second letter that is not the serial's first digit
        # read twice is a case type of its own, but an unusual one: kept as a guess
        changes += 1
    elif len(kind_value) == 2 and not _two_letter_case_type(kind, kind_value):
        # "CO" + "01071" (the serial's first 0 read twice) or "C€" (a speck): the second
        # character is not part of the case number
        kind_value = kind_value[0]
        changes += 1
    if kind_value in CASE_TYPE_CONFUSIONS:
        kind_value = CASE_TYPE_CONFUSIONS[kind_value]
        changes += 1
    value = f"{court_fixed.value}{year_fixed.value}{kind_value}{serial_value}"
    if not is_valid_case_number(value):
        return None
    return value, changes


def _unlike_doubled_digit(kind_raw: str, serial_raw: str) -> bool:
    """A capital second case-type letter that looks like a digit the serial does not start with.

    "CO01071" is the serial's 0 read twice; "FL49593" cannot be (L would be a 1), so there
    the L is printed, not an echo.
    """
    second = kind_raw.strip()[-1:]
    if not (second.isascii() and second.isupper() and second in DIGIT_LIKE_LETTERS):
        return False
    if second in TWIN_CASE_LETTERS.upper() or kind_raw.strip().upper() in TWO_LETTER_CASE_TYPES:
        return False
    as_digit = coerce(second, "D") or coerce(second.lower(), "D")
    first = coerce(serial_raw[:1], "D")
    return first is not None and (as_digit is None or as_digit.value != first.value)


def _two_letter_case_type(raw: str, value: str) -> bool:
    """Whether a two-letter case type was printed as two letters, not a letter and a speck."""
    if value in TWO_LETTER_CASE_TYPES:
        return True
    second = raw.strip()[-1:]
    return second.isascii() and second.isalpha() and second.upper() not in DIGIT_LIKE_LETTERS


def court_places(text: str) -> list[str]:
    """Known family-court places the text says a court sits at, as lower-case letters.

    "court at <place>" read plainly, and every place the court finder recognises however
    OCR broke its heading ("The Family Court  Case No. ..." / "at Exeter").
    """
    from extractors.legal import family_courts, find_courts  # the court finder's gazetteer

    lookup, _ = family_courts()
    out: list[str] = []
    for cand in find_courts(text):
        if cand.validated and cand.value.startswith("Family Court at "):
            place = cand.value[len("Family Court at ") :].lower().replace("-", " ")
            out.append(re.sub(r"[^a-z]", "", place))
    for m in COURT_PLACE_RE.finditer(text):
        words = re.sub(r"[^a-z' ]+", " ", m.group(1).lower().replace("-", " ")).split()
        for n in range(min(len(words), 4), 0, -1):
            if " ".join(words[:n]) in lookup:
                out.append("".join(words[:n]).replace("'", ""))
                break
    return out


def _code_fits(code: str, place: str) -> bool:
    """Court codes are the place's initial and a later letter of it: LV Liverpool, BM Birmingham."""
    return code[0].lower() == place[0] and code[1].lower() in place[1:]


def code_matches(code: str, places: list[str]) -> bool:
    """Does the code look like how court codes are made from a place named on the page?

    Stricter than ``_code_fits``: the initial, then the place's second letter (MA, EX) or a
    consonant of it (LV, BM, WF); "WE" at Wakefield is WF misread, not a code of its own.
    """
    second = code[1].lower()
    return any(
        code[0].lower() == p[0]
        and (second == p[1:2] or (second in p[1:] and second not in "aeiou"))
        for p in places
    )


def court_code_for(code: str, places: list[str], small_second: bool = False) -> str | None:
    """The one code a misread ``code`` must be, given the places the court sits at, or None.

    Only a code that matches none of the places is changed, and only when exactly one change
    (its first letter to the place's initial, or its second to a look-alike in the place's
    name) makes it match: "RM" under "sitting at Birmingham" is BM, "1V" at Liverpool is
    LV, "WE" at Wakefield WF. A second letter read small (``small_second``) may also be a
    small letter's look-alike: "sr19co1454" at Sheffield is SF.
    """
    if not places or code_matches(code, places):
        return None
    options: set[str] = set()
    for place in places:
        if code[1].lower() in place[1:]:
            options.add(place[0].upper() + code[1])
        if code[0].lower() == place[0]:
            small = SMALL_CODE_LETTER_CONFUSIONS.get(code[1], "") if small_second else ""
            for alt in CODE_LETTER_CONFUSIONS.get(code[1], "") + small:
                if alt.lower() in place[1:]:
                    options.add(code[0] + alt)
    options = {o for o in options if o != code and code_matches(o, places)}
    return options.pop() if len(options) == 1 else None


def places_named(text: str) -> list[str]:
    """Family-court places named anywhere on the page (a letterhead's town, an address)."""
    from extractors.legal import family_courts

    lookup, _ = family_courts()
    words = re.sub(r"[^a-z' ]+", " ", text.lower().replace("-", " ")).split()
    out: set[str] = set()
    for n in (1, 2, 3):
        for i in range(len(words) - n + 1):
            if (name := " ".join(words[i : i + n])) in lookup:
                out.add(name.replace(" ", "").replace("'", ""))
    return sorted(out)


def _case_support(text: str, court_raw: str, value: str, changes: int, places: list[str]) -> float:
    """How far the page vouches for a case number's court code (never for its serial).

    The court the order says it sits at vouches most; a court town named elsewhere on the
    page (a council letter's own town) less. A repaired read, or a code with a small letter
    in it ("Dr" for DE), earns nothing.
    """
    if changes or not court_raw.isupper():
        return 0.0
    # a code left unmended (court_code_for found no one mend) that still fits the place the
    # usual way, initial then any later letter (SA at Swansea, MN at Manchester)
    if code_matches(value[:2], places) or any(_code_fits(value[:2], p) for p in places):
        return CASE_COURT_SUPPORT
    london = LONDON_COURT_CODES.get(value[:2])
    if london is not None and re.search(
        rf"\b{london}\s+family\s+court|court\s+at\s+{london}", text, re.I
    ):
        return CASE_COURT_SUPPORT
    if not places and code_matches(value[:2], places_named(text)):
        return CASE_TOWN_SUPPORT
    return 0.0


# "IN THE FAMILY COURT AT NORWICH   NR20P02803": an order's heading puts its case number at
# the end of the court's line, which labels it as surely as "Case No" does.
_COURT_HEADING_RE = re.compile(
    r"^\W*(?:in\s+)?(?:the\s+)?family\s+court\b(?:\s+(?:sitting\s+)?at)?[A-Za-z' \-]{0,40}$|"
    # "iN’ THE FAMILY COURT AT", "oT 1E FAMILY COURT AT": "In the" read as two short specks
    r"^\W*(?:(?!(?-i:[a-z]+)\s)\S{1,3}\s+){1,2}family\s+court\s+(?:sitting\s+)?at\b"
    r"[A-Za-z' \-]{0,40}$",
    re.IGNORECASE,
)


def _on_court_heading(text: str, start: int) -> bool:
    """Is the number the last thing on a line that is the Family Court's heading?"""
    line_start = text.rfind("\n", 0, start) + 1
    # specks a scan leaves between the heading and the number ("BIRMINGHAM = BM21C00110")
    return bool(_COURT_HEADING_RE.match(text[line_start:start].rstrip(" |,.=~-—_:;")))


_CODE_UNIT_RE = re.compile(rf"{CODE_ECHO_RE.pattern}|[I1l|]\.|{TWIN_PAIRS_PATTERN}|.", re.DOTALL)


def court_code_readings(raw: str) -> set[tuple[str, int]]:
    """Every two-letter code ``raw`` can be read as, with how many characters were not letters.

    A capital is itself (a small letter too: case is free), a letter read twice ("C€", "xX")
    one letter, and any other mark each letter of ``COURT_LOOKALIKES`` it can stand for.
    """
    options: list[tuple[str, int]] = []
    for unit in _CODE_UNIT_RE.findall(raw):
        if CODE_ECHO_RE.fullmatch(unit):
            options.append((re.sub("[€£$]", "", unit), 1))
        elif len(unit) == 2:
            options.append((pair_reading(unit, "L") or "", 1))
        elif unit.isascii() and unit.isalpha():
            options.append((unit.upper(), 0))
        else:
            options.append((COURT_LOOKALIKES.get(unit, ""), 1))
    if len(options) != 2:
        return set()
    (first, a), (second, b) = options
    return {(x + y, a + b) for x in first for y in second}


def _guided_court(raw: str, places: list[str]) -> tuple[str, int, bool] | None:
    """The court code a code with marks in it must be: (code, marks, confirmed by the page).

    One reading stands on its own ("C€A" is CA); several are narrowed to those that fit the
    court the page names, and kept only when exactly one does.
    """
    readings = court_code_readings(raw)
    if len(readings) == 1:
        code, marks = readings.pop()
        return code, marks, code_matches(code, places)
    fitting = {r for r in readings if code_matches(r[0], places)}
    if len(fitting) == 1:
        code, marks = fitting.pop()
        return code, marks, True
    return None


def _repair_confirmed(m: re.Match[str], value: str, places: list[str], court_mended: bool) -> bool:
    """Whether every repair in a case number had one reading, or the named court chose it.

    Digits read as round marks or strokes, a case type read as "€" or "0" (only C fits), specks
    dropped: no guess. A court code mended is confirmed only by the court the page names; a
    small letter in the code ("Dr") or an S read for a digit stays a doubt.
    """
    year, kind, serial = m.group("year", "kind", "serial")
    marks = [c for c in year + serial if not c.isdigit()]
    if len(marks) > 1 or any(c not in ONE_READING_DIGITS for c in marks):
        return False  # one round mark is a slip; several ("COOl23") a print too worn to trust
    if any(not (c.isascii() and c.isupper()) and c not in ONE_READING_KIND for c in kind):
        return False
    court = m.group("court")
    if any(c.islower() for c in court):
        return False
    if court_mended:
        return code_matches(value[:2], places)
    return court.isascii() and court.isalpha()


def _clean_code(court_raw: str) -> bool:
    """A court code printed as two plain capitals ("WV", "ZE"), not as marks ("[V", "L$").

    Such a code may be another court's own (a case transferred to Liverpool keeps its
    Wolverhampton number), so the page naming a different court cannot confirm a mend of it.
    """
    return re.fullmatch(r"[A-Z]{2}", court_raw) is not None


def find_case_numbers(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    places: list[str] | None = None
    for m in CASE_NUMBER_RE.finditer(text):
        raw = m.group(0)
        if real_digits(raw) < 4:  # an ordinary word is not a case number
            continue
        if places is None:
            places = court_places(text)
        court_raw = m.group("court")
        plain = coerce(court_raw, "LL")
        guided = _guided_court(court_raw, places)
        use_guided = (
            guided is not None
            and guided[1] > 0
            and (plain is None or (guided[2] and not code_matches(plain.value, places)))
        )
        if (
            use_guided
            and not guided[2]
            and (guided[1] > 1 or not any(c.isascii() and c.isalpha() for c in court_raw))
        ):
            use_guided = False  # unconfirmed: one mark at most, beside a real letter
        court_arg = guided[0] if use_guided and guided is not None else court_raw
        fixed = _case_number(court_arg, *m.group("year", "kind", "serial"), places)
        if fixed is None:
            continue
        value, changes = fixed
        changes += m.group("speck") is not None
        changes += m.group("gap") is not None
        court_mended = False
        if use_guided and guided is not None:
            changes += guided[1]
            court_mended = True
        elif plain is not None and plain.changes:
            court_mended = True
        mended = court_code_for(value[:2], places, m.group("court")[-1:].islower())
        if mended is not None:
            value, changes = mended + value[2:], changes + 1
            court_mended = True
        confirmed = 0 < changes <= 2 and _repair_confirmed(m, value, places, court_mended)
        # a repair elsewhere with one reading leaves a court code read as printed free to be
        # vouched for by the court named, as an unrepaired read's is
        support = _case_support(
            text, m.group("court"), value, 0 if confirmed and not court_mended else changes, places
        )
        court_slips = coerce(m.group("court"), "LL")
        if not support and (
            (
                mended is None
                and court_slips is not None
                and changes == court_slips.changes
                and code_matches(value[:2], places)
            )
            or (confirmed and court_mended and not _clean_code(m.group("court")))
        ):
            # only the court code was mended ("0X" for OX), by look-alikes alone, and the
            # court the page names has that code: the page confirms the repair. So it does
            # when a code printed with a mark in it ("[V", "L$" at Leeds) could only be read
            # as the named court's and every other repair had one reading (_repair_confirmed)
            support = CASE_REPAIR_CONFIRMED_SUPPORT
        out.append(
            Candidate(
                field="case_number",
                start=m.start("court"),
                end=m.end(),
                raw=text[m.start("court") : m.end()],
                value=value,
                validated=True,
                repaired=changes > 0,
                anchored=_labelled(text, m.start(), CASE_LABEL_RE)
                or bool(CASE_NO_BEFORE_RE.search(text[max(0, m.start() - 12) : m.start()]))
                or bool(CASE_DAMAGED_LABEL_RE.search(text[max(0, m.start() - 20) : m.start()]))
                or bool(CASE_NO_LINE_RE.match(text[text.rfind("\n", 0, m.start()) + 1 : m.start()]))
                or _on_court_heading(text, m.start()),
                certainty=0.95,
                source="pattern:case_number" + ("+repair" if changes else ""),
                support=support,
                repair_confirmed=confirmed,
            )
        )
    if LOST_LETTER_CASE_RE.search(text):
        out += _lost_letter_case_numbers(
            text, out, court_places(text) if places is None else places
        )
    return _with_repeats(out)


# "No. § X21C02292" at Exeter, "COURT AT LIVERPOOL W20P02251": the court code's first letter
# lost to a speck or the margin, its second read (a V as W, as on police check characters).
LOST_LETTER_CASE_RE = re.compile(
    rf"{_B}(?P<court>[A-Za-z])(?P<year>{_D}{_D}) ?(?P<kind>{_A}(?:[.,']?{_A})?) ?"
    rf"(?P<serial>{_SD}{{5}}){_E}"
)
LOST_LETTER_LOOKALIKES = {"W": "V"}
# A code rebuilt from one letter and the court named is a guess: at 0.85 x 0.75 it stays below
# the case-number threshold, so it spares the analyst typing it but never files on its own.
LOST_LETTER_CERTAINTY = 0.85


def _lost_letter_code(letter: str, places: list[str]) -> str | None:
    """The one court code of a named place whose second letter ``letter`` is (or looks like)."""
    letter = letter.upper()
    options = {
        p[0].upper() + second
        for p in places
        for second in letter + LOST_LETTER_LOOKALIKES.get(letter, "")
        if code_matches(p[0] + second, [p])
    }
    return options.pop() if len(options) == 1 else None


def _lost_letter_case_numbers(
    text: str, found: list[Candidate], places: list[str]
) -> list[Candidate]:
    """Case numbers whose court code kept one letter, the other supplied by the court named.

    Only under a label or at the end of the court's heading, never where a full reading was
    found, and always a repair: the page names the court, but a case from another court
    keeps its own code, so the letter supplied is a guess the analyst confirms.
    """
    if not places:
        return []
    out: list[Candidate] = []
    for m in LOST_LETTER_CASE_RE.finditer(text):
        if real_digits(m.group(0)) < 4 or any(
            c.start < m.end() and m.start() < c.end for c in found
        ):
            continue
        anchored = (
            _labelled(text, m.start(), CASE_LABEL_RE)
            or bool(CASE_NO_BEFORE_RE.search(_before_speck(text, m.start())))
            or _on_court_heading(text, m.start())
        )
        code = _lost_letter_code(m.group("court"), places)
        if not anchored or code is None:
            continue
        fixed = _case_number(code, *m.group("year", "kind", "serial"), places)
        if fixed is None:
            continue
        value, changes = fixed
        out.append(
            Candidate(
                field="case_number", start=m.start(), end=m.end(), raw=m.group(0), value=value,
                validated=True, repaired=True, anchored=True, certainty=LOST_LETTER_CERTAINTY,
                source="pattern:case_number+lost_letter" + ("+repair" if changes else ""),
            )
        )  # fmt: skip
    return out


def _before_speck(text: str, start: int) -> str:
    """The dozen characters before ``start``, a speck standing for the lost letter dropped."""
    return re.sub(r"\s*[^\sA-Za-z0-9]\s*$", "", text[max(0, start - 14) : start])


# A case number printed twice (the heading and every page's footer) and read the same way,
# unrepaired, both times: two readings of one print that agree. Every such pair on the dev
# corpora was right; a reading that disagrees with the other gets nothing.
CASE_REPEAT_SUPPORT = 0.5


def _with_repeats(cands: list[Candidate]) -> list[Candidate]:
    clean: dict[str, int] = {}
    for c in cands:
        if not c.repaired:
            clean[c.value] = clean.get(c.value, 0) + 1
    return [
        c.with_(support=max(c.support, CASE_REPEAT_SUPPORT))
        if not c.repaired and clean[c.value] >= 2
        else c
        for c in cands
    ]


def _pnc_check_ok(year: str, serial: str, check: str) -> bool:
    return pnc_check_character(year, serial) == check


def repair_pnc(year: str, serial: str, check: str) -> tuple[str, str, str] | None:
    """A one-character correction that makes the check character right, if exactly one does.

    Either the check letter is a look-alike of the one the serial implies, or one digit is a
    look-alike of the digit that makes the check right. Any single guess has about a 1-in-23
    chance of validating by luck, so callers keep the result marked as repaired.
    """
    expected = pnc_check_character(year, serial)
    if expected in PNC_CHECK_CONFUSIONS.get(check, ""):
        return year, serial, expected
    digits = year + serial.zfill(7)
    found: list[str] = []
    for i, digit in enumerate(digits):
        for other in DIGIT_CONFUSIONS.get(digit, ""):
            trial = digits[:i] + other + digits[i + 1 :]
            if _pnc_check_ok(trial[:2], trial[2:], check):
                found.append(trial)
    if len(found) > 1:
        # PNC serials are issued in order each year and rarely pass a million: a leading
        # 0 read as 9, 6 or 8 is the likelier slip
        found = [t for t in found if t[2] == "0" and digits[2] != "0"]
    if len(found) != 1:
        return None
    return found[0][:2], found[0][2:], check


def _pnc_candidate(text: str, m: re.Match[str], *, need_valid: bool) -> Candidate | None:
    raw = m.group(0)
    year_raw, serial_raw, check_raw = m.group("year", "serial", "check")
    serial_raw = serial_raw.replace(" ", "")
    if len(serial_raw) == 6 and (check_raw.isdigit() or check_raw in NOT_CHECK_LETTERS):
        return _pnc_lost_check(text, m, year_raw, serial_raw + check_raw)
    if len(serial_raw) > 7 or len(serial_raw) < 4:
        return None
    if real_digits(serial_raw) < max(1, len(serial_raw) - 2):
        return None
    year = coerce(year_raw, "D" * len(year_raw)) if len(year_raw) in (2, 4) else None
    serial = coerce(serial_raw, "D" * len(serial_raw))
    z_echo = check_raw in PNC_Z_ECHO
    check = Repaired("Z", 1) if z_echo else coerce(check_raw, "L")
    if year is None or serial is None or check is None:
        return None
    changes = year.changes + serial.changes + check.changes
    yy = year.value[2:] if len(year.value) == 4 else year.value
    ser = serial.value.zfill(7)
    anchored = _labelled(text, m.start(), PNC_LABEL_RE, window=60)
    valid = _pnc_check_ok(yy, ser, check.value)
    if not valid and (anchored or len(serial_raw) == 7):
        fixed = repair_pnc(yy, ser, check.value)
        if fixed is not None:
            yy, ser, check_value = fixed
            # only the check letter was a look-alike: one guess out of 23, a little support
            letter_only = check_value != check.value and not changes
            support = PNC_LETTER_REPAIR_SUPPORT if letter_only else 0.0
            valid, changes = True, changes + 1
            return _pnc_make(
                m, raw, f"{yy}/{ser}{check_value}", valid, changes, anchored, support=support
            )
    if need_valid and not valid:
        return None
    if not valid and check.value not in PNC_CHECK_ALPHABET and not anchored:
        return None
    if not valid and not anchored and len(serial_raw) != 7:
        return None
    value = f"{yy}/{ser}{check.value}"
    # "4xX": the check letter read twice, small and capital, is one letter with one reading;
    # when it then works out it vouches for the print as much as a clean read would
    twin = (
        len(check_raw) == 2 and check_raw[0] != check_raw[1] and check_raw.upper()[0] == check.value
    )
    # so is a check letter read as a mark that stands for that letter alone (")" for J)
    one_reading = twin or z_echo or PNC_ONE_READING_CHECKS.get(check_raw) == check.value
    check_only = changes == check.changes == 1
    # and an "@" for a 0 in the year or serial, which can be no other digit
    at_only = not check.changes and changes == (year_raw + serial_raw).count("@")
    support = PNC_CHECK_SUPPORT if valid and ((one_reading and check_only) or at_only) else 0.0
    return _pnc_make(
        m, raw, value, valid, changes, anchored, full=len(serial_raw) == 7, support=support
    )


def _pnc_lost_check(
    text: str, m: re.Match[str], year_raw: str, serial_raw: str
) -> Candidate | None:
    """A labelled PNC ID whose last character is a digit: the check letter was lost.

    The check alphabet leaves out I, O and S, so a final 0/O, 1/I or 5/S is the serial's last
    digit. The check character is then computed, not read: a guess nothing can confirm, kept
    (under a PNC label only) so the analyst sees the ID, at a confidence no threshold passes.
    """
    year = coerce(year_raw, "D" * len(year_raw)) if len(year_raw) in (2, 4) else None
    serial = coerce(serial_raw, "DDDDDDD")
    if year is None or serial is None or not _labelled(text, m.start(), PNC_LABEL_RE, 60):
        return None
    yy = year.value[-2:]
    value = f"{yy}/{serial.value}{pnc_check_character(yy, serial.value)}"
    return _pnc_make(m, m.group(0), value, False, 1, True).with_(
        validated=None, certainty=0.5, source="pattern:pnc_id+lost_check"
    )


def _pnc_make(
    m: re.Match[str],
    raw: str,
    value: str,
    valid: bool,
    changes: int,
    anchored: bool,
    full: bool = True,
    support: float = 0.0,
) -> Candidate:
    if valid and not changes:
        # a misread that still passes the check character is a 1-in-23 accident, so a
        # check that works out vouches for the characters however faint the print
        support = PNC_CHECK_SUPPORT
    return Candidate(
        field="pnc_id",
        start=m.start(),
        end=m.end(),
        raw=raw,
        value=value,
        validated=valid,
        repaired=changes > 0,
        anchored=anchored,
        certainty=0.95 if full else 0.85,
        source="pattern:pnc_id" + ("+repair" if changes else ""),
        support=support,
    )


def find_pnc_ids(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for m in PNC_RE.finditer(text):
        cand = _pnc_candidate(text, m, need_valid=False)
        if cand is not None:
            out.append(cand)
            taken.append((m.start(), m.end()))
    for m in PNC_SLASH_SEVEN_RE.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken) or m.group("serial")[0] == "/":
            continue
        serial = m.group("serial").replace("/", "7")
        if serial.count("7") - m.group("serial").count("7") != 1 or not _labelled(
            text, m.start(), PNC_LABEL_RE, window=60
        ):
            continue
        fixed = coerce(m.group("year") + serial, "D" * 9)
        if fixed is None or not _pnc_check_ok(fixed.value[:2], fixed.value[2:], m["check"].upper()):
            continue
        value = f"{fixed.value[:2]}/{fixed.value[2:]}{m['check'].upper()}"
        out.append(
            _pnc_make(m, m.group(0), value, True, fixed.changes + 1, True).with_(
                source="pattern:pnc_id+repair+slash7"
            )
        )
        taken.append((m.start(), m.end()))
    for m in PNC_NO_SLASH_RE.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        cand = _pnc_candidate(text, m, need_valid=True)
        if cand is not None:
            out.append(cand.with_(repaired=True, source=cand.source + "+noslash"))
    return out


def find_cro_numbers(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for m in CRO_RE.finditer(text):
        serial = coerce(m.group("serial"), "D" * len(m.group("serial")))
        year = coerce(m.group("year"), "DD")
        if serial is None or year is None or real_digits(m.group(0)) < 4:
            continue
        value = f"{serial.value.zfill(6)}/{year.value}{m.group('check').upper()}"
        changes = serial.changes + year.changes
        out.append(
            Candidate(
                field="cro_number",
                start=m.start(),
                end=m.end(),
                raw=m.group(0),
                value=value,
                validated=is_valid_cro(value),
                repaired=changes > 0,
                anchored=_labelled(text, m.start(), re.compile(r"\bcro\b", re.IGNORECASE)),
                certainty=0.8,
                source="pattern:cro_number" + ("+repair" if changes else ""),
            )
        )
    return out


def find_ni_numbers(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for m in NI_RE.finditer(text):
        fixed = coerce(m.group(0), "LLDDDDDDL")
        if fixed is None or not is_valid_ni_number(fixed.value) or real_digits(m.group(0)) < 4:
            continue
        out.append(
            Candidate(
                field="ni_number",
                start=m.start(),
                end=m.end(),
                raw=m.group(0),
                value=fixed.value,
                validated=True,
                repaired=fixed.changes > 0,
                anchored=_labelled(
                    text, m.start(), re.compile(r"\bni\b|national insurance", re.IGNORECASE)
                ),
                certainty=0.9,
                source="pattern:ni_number" + ("+repair" if fixed.changes else ""),
            )
        )
    return out


def repair_postcode(outward: str, inward: str) -> tuple[str, int] | None:
    """The valid postcode these characters most plausibly are, with the number of swaps."""
    inward_fixed = _inward(inward)
    if inward_fixed is None:
        return None
    readings = [r for shape in POSTCODE_OUTWARD_SHAPES if (r := coerce(outward, shape))]
    best: tuple[str, int] | None = None
    for reading in readings:
        value = normalise_postcode(reading.value + inward_fixed.value)
        changes = reading.changes + inward_fixed.changes
        if is_valid_postcode(value) and (best is None or changes < best[1]):
            best = (value, changes)
    if best is not None:
        return best
    for reading in readings:  # "WE5" is no area, "WF5" is: E and F are one stroke apart
        for i, char in enumerate(reading.value[:2]):
            if char not in AREA_CONFUSIONS:
                continue
            swapped = reading.value[:i] + AREA_CONFUSIONS[char] + reading.value[i + 1 :]
            value = normalise_postcode(swapped + inward_fixed.value)
            changes = reading.changes + inward_fixed.changes + 1
            if is_valid_postcode(value) and (best is None or changes < best[1]):
                best = (value, changes)
    return best


ADDRESS_HINT_RE = re.compile(
    r"post\s*code|address|\b(road|street|st|lane|avenue|close|drive|way|court|place|crescent|"
    r"grove|gardens|terrace|square|hill|park|walk|row|green)\b|,\s*[A-Za-z][\w' ]*,?\s*$",
    re.IGNORECASE,
)


def _in_address(text: str, start: int, end: int) -> bool:
    """A postcode sits at the end of an address: after a street word or a town and comma."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    rest = text[end : line_end if line_end >= 0 else len(text)]
    if not text[line_start:start].strip() and not rest.strip(" ,."):
        return True  # alone on its line, as in the last line of an address block
    return bool(ADDRESS_HINT_RE.search(text[max(line_start, start - 80) : start]))


def _ends_address(text: str, m: re.Match[str]) -> bool:
    """Capitals after a comma at the end of a line, or alone on the line under a town's: the
    last item of an address ("Stoke-on-Trent / STS SWX")."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    rest = text[m.end() : line_end if line_end >= 0 else len(text)]
    before = text[line_start : m.start()]
    capitals = sum(c.islower() for c in m.group(0)) <= 1  # "CAl ONP": one small l is a 1
    if not capitals or rest.strip(" ,."):
        return False
    if before.rstrip().endswith(","):
        return True
    return not before.strip() and bool(town_areas(text, m.start()))


# Characters OCR reads for each area letter, for mending an area against the town before it.
AREA_LOOKALIKES = {
    "L": "£1lI|",
    "S": "$5",
    "B": "8",
    "F": "REP",
    "E": "£F",
    "C": "G€(",
    "G": "C6",
    "D": "O0",
    "O": "0DQ",
    "I": "1l|",
}
# A district digit read as a capital L or T ("NGL5" for NG15).
DISTRICT_LOOKALIKES = {"L": "1", "T": "1"}
_TOWN_BEFORE_RE = re.compile(r"([A-Za-z][A-Za-z' \-]{1,30}?)[\s,.]*$")


def town_areas(text: str, start: int) -> tuple[str, ...]:
    """The postcode areas of the town written just before ``start`` (same or previous line)."""
    before = text[max(0, start - 60) : start]
    lines = before.split("\n")
    tail = lines[-1] if lines[-1].strip(" ,.") else (lines[-2] if len(lines) > 1 else "")
    m = _TOWN_BEFORE_RE.search(tail)
    if not m:
        return ()
    words = m.group(1).lower().replace("-", " ").split()
    for n in range(min(4, len(words)), 0, -1):
        if (areas := TOWN_AREAS.get(" ".join(words[-n:]))) is not None:
            return areas
    return ()


def town_guided_postcode(outward: str, inward: str, areas: tuple[str, ...]) -> str | None:
    """The one postcode of the town's area these characters can be, or None.

    "CR19 9JT" after "Cardiff" is CF19 9JT and "NGL5 9YA" after "Nottingham" NG15 9YA:
    each area character must be that letter or a look-alike of it, each district character
    a digit or a look-alike of one.
    """
    inward_fixed = _inward(inward)
    chars = "".join(c for c in outward if not c.isspace())
    if inward_fixed is None:
        return None
    found: set[str] = set()
    for area in areas:
        head, rest = chars[: len(area)], chars[len(area) :]
        if len(head) < len(area) or not all(
            h.upper() == a or h in AREA_LOOKALIKES.get(a, "")
            for h, a in zip(head, area, strict=True)
        ):
            continue
        rest = "".join(DISTRICT_LOOKALIKES.get(c, c) for c in rest)
        for shape in ("D", "DD"):
            district = coerce(rest, shape)
            if district is None:
                continue
            value = normalise_postcode(area + district.value + inward_fixed.value)
            if is_valid_postcode(value):
                found.add(value)
    return found.pop() if len(found) == 1 else None


# Look-alikes with only one reading where a postcode needs a letter: a bracket is a J, a
# dollar an S, "I." an L, and one letter read twice in both cases ("xX") one letter.
_ONE_READING = str.maketrans({")": "J", "]": "J", "}": "J", "$": "S"})


def _one_reading_repair(outward: str, inward: str, value: str) -> bool:
    """Was every repair in the postcode a look-alike with one reading (``_ONE_READING``)?"""

    def undo(raw: str) -> str:
        raw = re.sub(r"[I1l|]\.", "L", raw.translate(_ONE_READING))
        return re.sub(r"([A-Za-z])(?=[A-Za-z])", _twin, raw)

    def _twin(m: re.Match[str]) -> str:
        nxt = m.string[m.end()]
        twin = m.group(1) != nxt and m.group(1).upper() == nxt.upper()
        return "" if twin and m.group(1) in TWIN_CASE_LETTERS else m.group(1)

    again = repair_postcode(undo(outward), undo(inward))
    return again is not None and again == (value, 0)


def _inward(inward: str) -> Repaired | None:
    """The inward code as digit, letter, letter; a Z read as "2Z" counts as one slip."""
    if len(inward) == 4 and re.search("2Z|Z2", inward[1:]):
        fixed = coerce(inward[0] + re.sub("2Z|Z2", "Z", inward[1:], count=1), "DLL")
        if fixed is not None:
            return fixed._replace(changes=fixed.changes + 1)
    return coerce(inward, "DLL")


def _area(postcode: str) -> str:
    return re.match(r"[A-Z]*", postcode).group(0)  # type: ignore[union-attr]


def find_postcodes(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for m in POSTCODE_RE.finditer(text):
        cand = _postcode_candidate(text, m)
        if cand is None and (spaced := POSTCODE_SPACED_RE.match(text, m.start())) is not None:
            # "LE1O0 6WZ": the shortest outward left "1O0" as the inward code; the space
            # printed before the real inward code is the better split
            cand = _postcode_candidate(text, spaced)
        if cand is not None:
            out.append(cand)
    for m in POSTCODE_SPLIT_RE.finditer(text):
        if not any(c.start < m.end() and m.start() < c.end for c in out):
            split = _split_postcode_candidate(text, m)
            if split is not None:
                out.append(split)
    for m in POSTCODE_WRAPPED_RE.finditer(text):
        value = normalise_postcode(m["out"] + m["in"])
        if is_valid_postcode(value):
            # no character was changed, but which two lines make one postcode is a guess
            out.append(
                Candidate(
                    field="postcode",
                    start=m.start("out"),
                    end=m.end("in"),
                    raw=m["out"] + "\n" + m["in"],
                    value=value,
                    validated=True,
                    repaired=True,
                    anchored=True,
                    certainty=0.95,
                    source="pattern:postcode+wrapped",
                )
            )
    return out


def _split_postcode_candidate(text: str, m: re.Match[str]) -> Candidate | None:
    """The postcode a split outward code is, when the town before it vouches for its area;
    which characters make one code is a guess, so it is marked repaired."""
    areas = town_areas(text, m.start())
    if not areas:
        return None
    outward, inward = m["area"] + m["district"], m["in"]
    fixed = repair_postcode(outward, inward)
    value = fixed[0] if fixed and _area(fixed[0]) in areas else None
    value = value or town_guided_postcode(outward, inward, areas)
    if value is None:
        return None
    return Candidate(
        field="postcode",
        start=m.start(),
        end=m.end(),
        raw=m.group(0),
        value=value,
        validated=True,
        repaired=True,
        anchored=_in_address(text, m.start(), m.end()),
        certainty=0.95,
        source="pattern:postcode+split",
    )


def _postcode_candidate(text: str, m: re.Match[str]) -> Candidate | None:
    outward, inward = m.group("out"), m.group("in")
    anchored = _in_address(text, m.start(), m.end())
    if not any(c.isalpha() or c in ".$£€" for c in outward):
        return None
    no_digit = not any(c.isdigit() for c in outward + inward[0])
    if no_digit and not _ends_address(text, m):
        return None  # "PLS OFN" at the end of an address is a postcode, "COSTS" is not
    if not any(c.isdigit() for c in m.group(0)) and " " not in m.group(0):
        return None  # a postcode is printed in two parts: "LOUISE" after a comma is a name
    if sum(c.islower() for c in outward + inward) > 1 and not any(c.isdigit() for c in outward):
        return None  # an outward code of small letters and no digit is a word: "Boy 3rd"
    fixed = repair_postcode(outward, inward)
    areas = town_areas(text, m.start())
    off_area = areas and (fixed is None or _area(fixed[0]) not in areas)
    if off_area and (guided := town_guided_postcode(outward, inward, areas)) is not None:
        fixed = (guided, 1 + (fixed[1] if fixed else 1))
    if fixed is None:
        return None
    value, changes = fixed
    if no_digit and areas and _area(value) not in areas:
        return None  # a line of capitals under a town is its postcode only in its area
    if m.start("out") > m.start():
        changes += 1
    # the town the address names vouches for the area, not for the digits after it
    support = POSTCODE_TOWN_SUPPORT if not changes and _area(value) in areas else 0.0
    if changes and m.start("out") == m.start() and _one_reading_repair(outward, inward, value):
        support = POSTCODE_ONE_READING_SUPPORT
    return Candidate(
        field="postcode",
        start=m.start("out"),
        end=m.end(),
        raw=text[m.start("out") : m.end()],
        value=value,
        validated=True,
        repaired=changes > 0,
        anchored=anchored,
        certainty=0.95,
        source="pattern:postcode" + ("+repair" if changes else ""),
        support=support,
    )
