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

from extractors.candidates import Candidate
from extractors.dates import DateMatch
from extractors.validators import is_plausible_document_date

# A label that starts its line ("Dated:", "Date order made", "DATE PRINTED:") or says the
# order was made then ("Order made by DJ Smith on") names the document's own date.
LINE_DATE_LABEL_RE = re.compile(
    r"^\W*(?:dated|(?:issue|print|bill|letter|invoice|statement|report|check|search|request)\s+"
    r"date|date(?:\s+of\s+(?:the\s+|this\s+)?(?:order|letter|check|issue|request|search"
    r"|response|report|print|hearing))?|printed|issued|sent|created|date\s+(?:order\s+|of\s+order\s+)?(?:was\s+)?(?:made|"
    r"issued|printed|sent)|(?:order\s+)?made\s+on|issued\s+on|printed\s+on|sent\s+on|"
    r"date\s*/\s*time)\s*[:\-]?"
    # specks a scan leaves between a label and its value: "DATE PRINTED:.. - - 9, 12DEC2023"
    r"[\s:\-.,'\"“”‘’|]*(?:\b\w\b[\s:\-.,]*)?(?:this\W+|the\s+)*$",
    re.IGNORECASE,
)
MADE_ON_RE = re.compile(
    r"(?:\border\s+(?:was\s+)?made(?:\s+by\b[^\n]{0,80}?)?\s+on|\bdate\s+order\s+made|"
    r"\bdated\s+this)[\s:\-.,]*(?:the\s+)?$",
    re.IGNORECASE,
)
# "the application dated ...", "the care plan dated ...": some other paper's date.
OTHER_PAPER_DATED_RE = re.compile(r"\b[a-z]{3,}\s+dated\s*(?:the\s+)?$", re.IGNORECASE)
DOB_NEAR_RE = re.compile(r"(?:birth|d\.?\s?o\.?\s?b|born|\bb\.)\W*$", re.IGNORECASE)


def date_candidates(text: str, dates: list[DateMatch], taken: set[int]) -> list[Candidate]:
    """Dates that could be the document's own date: labelled ones first, DOBs left out."""
    out: list[Candidate] = []
    for d in dates:
        if d.start in taken:
            continue
        line_start = text.rfind("\n", 0, d.start) + 1
        before = text[max(line_start, d.start - 60) : d.start]
        if DOB_NEAR_RE.search(before.rstrip(" ([:")):
            continue
        line_before = text[line_start : d.start]
        made_on = bool(MADE_ON_RE.search(text[max(0, d.start - 120) : d.start]))
        previous_line = text[max(0, line_start - 2) : line_start].strip()
        wrapped = bool(previous_line) and (previous_line[-1].islower() or previous_line[-1] == ",")
        label = LINE_DATE_LABEL_RE.search(line_before)
        # "...the agreed document\ndated 1 May" is a sentence wrapped onto a new line
        wrapped = wrapped and label is not None and label.group(0).strip().lower() == "dated"
        anchored = made_on or (label is not None and not wrapped)
        other_paper = not anchored and bool(OTHER_PAPER_DATED_RE.search(before))
        line_end = text.find("\n", d.end)
        after = text[d.end : line_end if line_end >= 0 else None]
        # alone on its line, or stamped with a time as printouts are ("28/01/2024 07:40")
        alone = not before.strip() and (
            not after.strip(" .") or bool(re.match(r"\s*\d{1,2}[:.]\d{2}\b", after))
        )
        certainty = (
            0.97 if made_on else 0.95 if anchored else 0.8 if alone else 0.4 if other_paper else 0.6
        )
        out.append(
            Candidate(
                field="document_date",
                start=d.start,
                end=d.end,
                raw=d.raw,
                value=d.value.isoformat(),
                validated=is_plausible_document_date(d.value),
                # "{1.10.24": a day with a smudge glued to it may have lost a digit
                repaired=d.repaired or (d.start > 0 and text[d.start - 1] in "{}[]()|!\\/"),
                anchored=anchored,
                certainty=certainty,
                source="pattern:date" + ("+repair" if d.repaired else ""),
            )
        )
    return out
