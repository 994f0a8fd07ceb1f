"""``caseclerk run``: process files and folders end to end, in this process, without Prefect.

Inputs named on the command line are left where they are (they are not the inbox's to
move): each is filed by copy, and a failure leaves a copy and ``NAME.error.json`` in
``failed/`` so that ``caseclerk retry`` can put it through again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from pipeline.consume import consume
from pipeline.errors import CaseclerkError
from pipeline.settings import Settings
from pipeline.sniff import SCAN_SUFFIXES
from pipeline.store import Store


@dataclass
class RunRow:
    """One line of the summary table: no names, no dates, nothing read off the page but ids."""

    file: str
    status: str  # filed, needs_review, duplicate, failed
    doc_type: str | None = None
    case_number: str | None = None
    lowest_confidence: float | None = None
    folder: str | None = None
    reason: str | None = None
    pages: int = 0
    seconds: float = 0.0


def collect_inputs(paths: Iterable[Path]) -> list[Path]:
    """Files named directly, plus the scans (by extension) inside folders, sorted."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(
                p
                for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in SCAN_SUFFIXES and not p.name.startswith(".")
            )
        else:
            found.append(path)
    return found


def run_files(
    files: list[Path],
    settings: Settings,
    store: Store,
    *,
    on_start: Callable[[Path], None] | None = None,
    on_page: Callable[[int, int], None] | None = None,
    on_done: Callable[[RunRow], None] | None = None,
) -> list[RunRow]:
    """Consume each file in turn; one bad file never stops the run."""
    from pipeline.intake import ensure_layout, record_failure

    ensure_layout(settings)
    rows: list[RunRow] = []
    for path in files:
        if on_start:
            on_start(path)
        try:
            outcome = consume(path, settings, store, on_page=on_page)
            row = RunRow(
                file=path.name,
                status=outcome.status,
                doc_type=outcome.doc_type,
                case_number=outcome.case_number,
                lowest_confidence=outcome.lowest_confidence,
                folder=outcome.folder,
                pages=outcome.pages,
                seconds=outcome.seconds,
            )
        except CaseclerkError as error:
            record_failure(path, settings, error, stage=error.stage or "process")
            row = RunRow(file=path.name, status="failed", reason=error.message)
        except FileNotFoundError:
            row = RunRow(file=path.name, status="failed", reason="file not found")
        except Exception as error:  # a bug must not stop the batch; it is recorded, not hidden
            record_failure(path, settings, error, stage="process")
            row = RunRow(
                file=path.name, status="failed", reason=f"internal error: {type(error).__name__}"
            )
        rows.append(row)
        if on_done:
            on_done(row)
    return rows
