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
from extractors.repair import DIGITISH, TO_LETTER, coerce, real_digits
from extractors.validators import (
    is_valid_case_number,
    is_valid_cro,
    is_valid_ni_number,
    is_valid_postcode,
    normalise_postcode,
)

_D = f"[{DIGITISH}]"
_A = f"[A-Za-z{''.join(TO_LETTER)}]"
_B = r"(?<![A-Za-z0-9/])"
_E = r"(?![A-Za-z0-9])"

CASE_NUMBER_RE = re.compile(rf"{_B}({_A}{_A}) ?({_D}{_D}) ?({_A}{{1,2}}) ?({_D}{{5}}){_E}")
CASE_LABEL_RE = re.compile(
    r"(case|claim|court|file|our|your)\s*(no|number|num|ref|reference)\b\.?\s*[:.]?|"
    r"\bref(erence)?\s*[:.]",
    re.IGNORECASE,
)
PNC_RE = re.compile(
    rf"{_B}(?P<year>{_D}{{2}}|{_D}{{4}}) ?/ ?(?P<serial>{_D}{{1,7}}) ?(?P<check>[A-Za-z0-9])"
    rf"{_E}"
)
PNC_LABEL_RE = re.compile(r"\bpnc\s*(id|no|number|ref)?\b|\bpnc\s*id\s*[:.]", re.IGNORECASE)
CRO_RE = re.compile(rf"{_B}(?P<serial>{_D}{{1,6}}) ?/ ?(?P<year>{_D}{{2}})(?P<check>[A-Za-z]){_E}")
NI_RE = re.compile(rf"{_B}([A-Za-z]{{2}}) ?({_D}{{2}}) ?({_D}{{2}}) ?({_D}{{2}}) ?([A-Da-d]){_E}")
POSTCODE_RE = re.compile(rf"{_B}([A-Za-z0-9]{{2,4}}) ?({_D}[A-Za-z0-9]{{2}}){_E}")
POSTCODE_OUTWARD_SHAPES = {2: ("LD",), 3: ("LDD", "LLD", "LDL"), 4: ("LLDD", "LLDL")}


def _labelled(text: str, start: int, label_re: re.Pattern[str], window: int = 40) -> bool:
    """Is there a label for this field just before ``start`` on the same or previous line?"""
    before = text[max(0, start - window) : start]
    return bool(label_re.search(before))


def find_case_numbers(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for m in CASE_NUMBER_RE.finditer(text):
        raw = m.group(0)
        if real_digits(raw) < 4:  # an ordinary word is not a case number
            continue
        kind = m.group(3)  # one letter (C, P) or two (FD)
        fixed = coerce(raw, "LLDD" + "L" * len(kind) + "DDDDD")
        if fixed is None or not is_valid_case_number(fixed.value):
            continue
        out.append(
            Candidate(
                field="case_number",
                start=m.start(),
                end=m.end(),
                raw=raw,
                value=fixed.value,
                validated=True,
                repaired=fixed.changes > 0,
                anchored=_labelled(text, m.start(), CASE_LABEL_RE),
                certainty=0.95,
                source="pattern:case_number" + ("+repair" if fixed.changes else ""),
            )
        )
    return out


def _pnc_value(year: str, serial: str, check: str) -> tuple[str, bool] | None:
    """Canonical PNC ID and whether its check character is right."""
    if len(year) == 4:
        year = year[2:]
    value = f"{year}/{serial.zfill(7)}{check}"
    return value, pnc_check_character(year, serial) == check


def find_pnc_ids(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for m in PNC_RE.finditer(text):
        raw = m.group(0)
        year_raw, serial_raw, check_raw = m.group("year", "serial", "check")
        if real_digits(serial_raw) < max(1, len(serial_raw) - 2) or len(serial_raw) < 4:
            continue
        year = coerce(year_raw, "D" * len(year_raw))
        serial = coerce(serial_raw, "D" * len(serial_raw))
        check = coerce(check_raw, "L")
        if year is None or serial is None or check is None:
            continue
        changes = year.changes + serial.changes + check.changes
        result = _pnc_value(year.value, serial.value, check.value)
        if result is None:
            continue
        value, valid = result
        anchored = _labelled(text, m.start(), PNC_LABEL_RE)
        if not valid and check.value not in PNC_CHECK_ALPHABET and not anchored:
            continue
        if not valid and not anchored and len(serial_raw) != 7:
            continue
        out.append(
            Candidate(
                field="pnc_id",
                start=m.start(),
                end=m.end(),
                raw=raw,
                value=value,
                validated=valid,
                repaired=changes > 0,
                anchored=anchored,
                certainty=0.95 if len(serial_raw) == 7 else 0.85,
                source="pattern:pnc_id" + ("+repair" if changes else ""),
            )
        )
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
    best: tuple[str, int] | None = None
    inward_fixed = coerce(inward, "DLL")
    if inward_fixed is None:
        return None
    for shape in POSTCODE_OUTWARD_SHAPES.get(len(outward), ()):
        fixed = coerce(outward, shape)
        if fixed is None:
            continue
        value = normalise_postcode(fixed.value + inward_fixed.value)
        changes = fixed.changes + inward_fixed.changes
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


def find_postcodes(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for m in POSTCODE_RE.finditer(text):
        outward, inward = m.group(1), m.group(2)
        if not any(c.isdigit() for c in outward + inward[0]):
            continue
        if not any(c.isalpha() for c in outward):
            continue
        fixed = repair_postcode(outward, inward)
        if fixed is None:
            continue
        value, changes = fixed
        out.append(
            Candidate(
                field="postcode",
                start=m.start(),
                end=m.end(),
                raw=m.group(0),
                value=value,
                validated=True,
                repaired=changes > 0,
                anchored=_in_address(text, m.start(), m.end()),
                certainty=0.95,
                source="pattern:postcode" + ("+repair" if changes else ""),
            )
        )
    return out
