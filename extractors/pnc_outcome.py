"""Find where a police check says a subject has no record: "NO TRACE ON PNC", "NO RECORD FOUND".

A PNC print gives each subject either a PNC ID or a no-trace line. Without this, a check
on somebody with no record looks exactly like one whose PNC ID OCR failed to read, and
every such check would wait for a person. With it, the decision can require that each
subject is accounted for by one or the other.
"""

from __future__ import annotations

import re

from extractors.candidates import Candidate

# The letters OCR most often swaps in these words on monospace prints: O/0, I/1/l, E/3.
_O = "[O0o]"
_E = "[E3]"
# What prints and disclosure letters say for a subject the police hold nothing on. "NFA" (no
# further action) is a disposal of a recorded matter, not the absence of a record, so it is
# no such statement; nor is "no offences disclosed" inside a record's local information.
NO_TRACE_RE = re.compile(
    rf"\bN{_O}\s*TRAC{_E}S?\b"
    rf"|\bN{_O}\s+(?:PNC\s+|CRIMINAL\s+|TRAC{_E}ABL{_E}\s+)?REC{_O}RDS?\s+"
    rf"(?:F{_O}UND|H{_E}LD|TRAC{_E}D|{_O}N\s+(?:THE\s+)?(?:PNC|P{_O}LIC{_E}\s+NATI{_O}NAL))\b"
    rf"|\bN{_O}\s+PNC\s+REC{_O}RDS?\b"
    rf"|\bN{_O}T\s+KN{_O}WN\s+T{_O}\s+(?:THE\s+)?(?:PNC|P{_O}LIC{_E})\b"
    rf"|\bN{_O}THING\s+TRAC{_E}D\b"
    rf"|\bNIL\s+TRAC{_E}S?\b",
    re.IGNORECASE,
)


# "If no trace is found, ...", "where there is no record held": a condition in a request or
# a print's legend, not a result for anybody.
_CONDITIONAL_RE = re.compile(r"\b(?:if|where|when|whether|unless|otherwise)\b[^.\n]*$", re.I)


def _is_result(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return not _CONDITIONAL_RE.search(text[line_start:start])


def find_no_trace(text: str) -> list[Candidate]:
    """Every no-trace statement, one candidate each (a print may list several subjects).

    Each statement is numbered in page order ("no trace 2") so that list assembly, which
    keeps one entry per distinct value, keeps one per statement: the decision counts them
    against the subjects, and three subjects with no record print three such lines.
    """
    return [
        Candidate(
            field="no_trace",
            start=m.start(),
            end=m.end(),
            raw=m.group(0),
            value=f"no trace {n}",
            validated=None,
            anchored=True,
            certainty=0.95,
            source="pattern:no_trace",
        )
        for n, m in enumerate(
            (m for m in NO_TRACE_RE.finditer(text) if _is_result(text, m.start())), start=1
        )
    ]
