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
NO_TRACE_RE = re.compile(
    rf"\bN{_O}\s*TRAC[E3]\b"
    rf"|\bN{_O}\s+REC{_O}RDS?\s+(?:F{_O}UND|HELD|TRACED)\b"
    rf"|\bN{_O}T\s+KN{_O}WN\s+T{_O}\s+(?:THE\s+)?PNC\b"
    rf"|\bN{_O}\s+TRACE\s+{_O}N\s+PNC\b",
    re.IGNORECASE,
)


def find_no_trace(text: str) -> list[Candidate]:
    """Every no-trace statement, one candidate each (a print may list several subjects)."""
    return [
        Candidate(
            field="no_trace",
            start=m.start(),
            end=m.end(),
            raw=m.group(0),
            value="no trace",
            validated=None,
            anchored=True,
            certainty=0.95,
            source="pattern:no_trace",
        )
        for m in NO_TRACE_RE.finditer(text)
    ]
