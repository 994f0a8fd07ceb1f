"""Subjects of police printouts: surname and forename(s) labels, one per line or both under one.

PNC printouts and force disclosure forms often print "SURNAME/FORENAME(S) : BOOTH/MEGAN" (or
the forenames first): one label, the two values split by the same slash. Read as a plain
"Surname:" label it would give "BOOTH" as the whole name, so the pair is recognised first.
"""

from __future__ import annotations

import re

from extractors.people_labels import form_label, guessed_forename_label
from extractors.people_names import clean_name

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


SURNAME_RE = re.compile(
    r"(?<![A-Za-z])(?:surname|family\s+name|last\s+name)\s*[:;\-–]\s*(?=\S)", re.IGNORECASE
)


FORENAME_RE = re.compile(
    r"(?<![A-Za-z])(?:fore\s?names?(?:\s?\(s\))?|first\s+names?(?:\s?\(s\))?|given\s+names?)"
    r"\s*[:;\-–]\s*(?=\S)",
    re.IGNORECASE,
)


_STRAY_PUNCT_RE = re.compile(r"[:;.,'’`]\s*(?:[A-Z][A-Z'’\-]+\s*)+")


def capitals_to_line_end(text: str, span: tuple[int, int], le: int) -> tuple[int, int]:
    """'FORENAME (S) : JUSTIN: BERNARD': a form value in capitals that OCR dotted with a stray
    mark runs on to the end of the line."""
    value = text[span[0] : span[1]]
    rest = text[span[1] : le].rstrip()
    if value.isupper() and _STRAY_PUNCT_RE.fullmatch(rest):
        return span[0], span[1] + len(rest)
    return span


def form_name(text: str, span: tuple[int, int]) -> str:
    """The words of a form value, without the stray marks capitals_to_line_end stepped over."""
    value = clean_name(text[span[0] : span[1]])
    if value.isupper():
        return " ".join(w for w in (w.strip(":;.,'’`") for w in value.split()) if w)
    return value


FORM_LINES = 4  # a forename more than this many lines from its surname is another person's


def form_values(
    line: str, pending: dict[str, tuple[tuple[int, int], int, str]], number: int
) -> list[tuple[str, int, str]]:
    """(slot, offset of the value in the line, "label"/"guess") for the form labels on a line.

    "Surname: SMITH Forename(s): KAREN" may share a line; a police printout puts one label
    at the start of each line, often bent by OCR, and a forename label too damaged to read
    is still taken on the line right after a surname.
    """
    out: list[tuple[str, int, str]] = []
    for regex, slot in ((SURNAME_RE, "surname"), (FORENAME_RE, "forename")):
        m = regex.search(line)
        if m:
            out.append((slot, m.end(), "label"))
    if out:
        return out
    label = form_label(line)
    if label is not None:
        return [(label.slot, label.value_start, "label" if label.exact else "guess")]
    surname = pending.get("surname")
    if surname and "forename" not in pending and surname[1] == number - 1:
        value_start = guessed_forename_label(line)
        if value_start is not None:
            return [("forename", value_start, "guess")]
    return []
