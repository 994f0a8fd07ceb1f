"""Subjects of police printouts that put both names under one label.

PNC printouts and force disclosure forms often print "SURNAME/FORENAME(S) : BOOTH/MEGAN" (or
the forenames first): one label, the two values split by the same slash. Read as a plain
"Surname:" label it would give "BOOTH" as the whole name, so the pair is recognised first.
"""

from __future__ import annotations

import re

_LABEL = (
    r"(?P<first>SURNAME|FORENAMES?(?:\s?\(S\))?)\s*/\s*(?P<second>SURNAME|FORENAMES?(?:\s?\(S\))?)"
)
COMBINED_NAME_RE = re.compile(
    rf"^[\W_]{{0,3}}{_LABEL}\s*[:;>.]*\s*"
    r"(?P<a>[A-Z][A-Z'\-]*(?:\s[A-Z][A-Z'\-]*)*?)\s*/\s*(?P<b>[A-Z][A-Z'\-]*(?:\s[A-Z][A-Z'\-]*)*)"
    r"\s*$"
)


def combined_name(line: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(forename span, surname span) within ``line`` for a "SURNAME/FORENAME(S) : X/Y" line.

    Values must be in capitals, as these printouts print them: a mixed-case value here is
    more likely a misread than a name, and is left to the other readers.
    """
    m = COMBINED_NAME_RE.match(line)
    if m is None or m.group("first")[0] == m.group("second")[0]:
        return None
    a, b = m.span("a"), m.span("b")
    return (b, a) if m.group("first").startswith("SURNAME") else (a, b)
