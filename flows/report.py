"""What one run did to each file, and the Prefect artifact that shows it.

The table is what an operator reads in the Prefect UI the morning after a sweep, and
Prefect's database is not a place for personal data: so a row carries only the file
name, the outcome, the case number and the folder, never a child's name or date of birth.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass
from typing import Any

OUTCOMES = ("filed", "needs_review", "duplicate", "failed", "skipped")


@dataclass
class DocumentResult:
    """The outcome of one file. ``skipped`` means another worker claimed it first."""

    file: str
    status: str
    case_number: str | None = None
    folder: str | None = None
    doc_type: str | None = None
    reason: str | None = None
    stage: str | None = None
    pages: int = 0
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DocumentResult:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)


def summary_counts(results: list[DocumentResult]) -> dict[str, int]:
    counts = Counter(r.status for r in results)
    return {name: counts.get(name, 0) for name in OUTCOMES}


def artifact_rows(results: list[DocumentResult]) -> list[dict[str, Any]]:
    """Rows for the run's table artifact: outcome, case number and folder, nothing personal."""
    return [
        {
            "file": r.file,
            "outcome": r.status,
            "case_number": r.case_number or "",
            "folder": r.folder or "",
            "reason": r.reason or "",
        }
        for r in results
        if r.status != "skipped"
    ]


def artifact_description(results: list[DocumentResult]) -> str:
    counts = summary_counts(results)
    return (
        f"**{counts['filed']}** filed, **{counts['needs_review']}** need review, "
        f"**{counts['duplicate']}** already filed, **{counts['failed']}** failed "
        "(see `caseclerk failed`)."
    )
