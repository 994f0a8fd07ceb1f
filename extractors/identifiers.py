"""Check-character arithmetic for UK identifiers, shared by the extractor and the generator.

Kept dependency-free and separate from the spaCy components so that the sample generator
can mint valid identifiers with exactly the rule the extractor validates against.
"""

from __future__ import annotations

import re

# The PNC ID check character: (YY followed by the 7-digit serial) mod 23, indexed into this
# alphabet, which leaves out I, O and S so that the character cannot be misread as a digit.
PNC_CHECK_ALPHABET = "ZABCDEFGHJKLMNPQRTUVWXY"
PNC_RE = re.compile(r"^(\d{2})/(\d{1,7})([A-Z])$")


def pnc_check_character(year: str, serial: str) -> str:
    """The check character of PNC ID ``year/serial``; serial is zero-padded to 7 digits."""
    if not (year.isdigit() and len(year) == 2 and serial.isdigit() and 1 <= len(serial) <= 7):
        raise ValueError("PNC year must be 2 digits and serial 1-7 digits")
    return PNC_CHECK_ALPHABET[int(year + serial.zfill(7)) % 23]


def format_pnc(year: str, serial: str) -> str:
    """A PNC ID in its canonical printed form, e.g. ``12/1234567A``."""
    return f"{year}/{serial.zfill(7)}{pnc_check_character(year, serial)}"


def is_valid_pnc(value: str) -> bool:
    """True when ``value`` is a PNC ID in canonical form whose check character is right."""
    match = PNC_RE.match(value)
    if not match:
        return False
    year, serial, check = match.groups()
    return pnc_check_character(year, serial) == check
