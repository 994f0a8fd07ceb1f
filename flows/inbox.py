"""The ``process_inbox`` flow: sweep inbox/ once, a few documents at a time.

Files are claimed lazily, one as each slot frees up, rather than all at the start: that
way two sweeps running on two workers share one inbox instead of the first taking
everything, and the atomic rename in ``intake.claim`` decides who gets each file.
"""

from __future__ import annotations

import contextvars
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from prefect import flow

from flows.candidates import settled_files
from flows.document import process_document
from flows.report import DocumentResult, artifact_description, artifact_rows, summary_counts
from flows.runtime import in_process_child_runs, settings_for

# A sweep stops looking for late arrivals after this many passes over the inbox.
MAX_PASSES = 5


@flow(name="process-inbox", log_prints=False)
def process_inbox(
    home: str | None = None, concurrency: int = 2, limit: int | None = None
) -> dict[str, Any]:
    """Process every settled file in the inbox; publish a table of what became of each.

    ``concurrency`` documents run at once (each may also read its pages in parallel);
    ``limit`` caps how many files this sweep takes (None: all).
    """
    from pipeline import intake

    settings = settings_for(home)
    intake.ensure_layout(settings)
    tried: set[str] = set()
    results: list[DocumentResult] = []
    with ThreadPoolExecutor(max_workers=max(1, concurrency)) as pool:
        for _ in range(MAX_PASSES):
            batch = settled_files(settings.inbox, settings.stable_seconds)
            batch = [p for p in batch if p.name not in tried]
            if limit is not None:
                batch = batch[: max(0, limit - len(tried))]
            if not batch:
                break
            tried.update(p.name for p in batch)
            futures = [
                # Each subflow gets its own copy of the run context, so it is recorded as
                # a child of this sweep even though it runs on a pool thread.
                pool.submit(contextvars.copy_context().run, _one, p, home)
                for p in batch
            ]
            results += [f.result() for f in futures]
    publish(results)
    return {"counts": summary_counts(results), "documents": [r.as_dict() for r in results]}


def _one(path: Path, home: str | None) -> DocumentResult:
    try:
        with in_process_child_runs():
            return DocumentResult.from_dict(process_document(str(path), home))
    except Exception as error:  # a bug in one document must not end the sweep
        return DocumentResult(
            file=path.name, status="failed", reason=f"internal error: {type(error).__name__}"
        )


def publish(results: list[DocumentResult]) -> None:
    """The run's artifact: filed / needs review / failed, case numbers and folders only."""
    from prefect.artifacts import create_table_artifact

    rows = artifact_rows(results)
    if rows:
        create_table_artifact(
            table=rows, key="caseclerk-sweep", description=artifact_description(results)
        )
