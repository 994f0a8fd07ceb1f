"""The ``process_document`` flow: one scan from claim to case folder, as Prefect tasks.

The tasks wrap the same stage functions ``caseclerk run`` calls (pipeline.document,
pipeline.consume, pipeline.intake), so a result never depends on which way a scan came
in. Pages are separate tasks so that the task runner reads them in parallel and a page
that times out is retried alone. Transient failures are retried with backoff; permanent
ones are not, and the original goes to ``failed/`` with its error file.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.futures import wait

from flows.pagerunner import page_runner
from flows.report import DocumentResult
from flows.retrying import RETRIES, backoff_delays, retry_if_transient
from flows.runtime import STOPPING, quiet_thread_timeout_notices, settings_for, store_for
from pipeline.document import analyse, ocr_one_page
from pipeline.errors import CaseclerkError, UnsafePathError
from pipeline.intake import sha256_file
from pipeline.settings import Settings

if TYPE_CHECKING:
    from pipeline.store import Store

# Ceilings for the tasks that do not call Tesseract (whose own timeout is a setting).
ANALYSE_TIMEOUT_SECONDS = 300.0
FILE_TIMEOUT_SECONDS = 600.0

quiet_thread_timeout_notices()

_retrying: dict[str, Any] = {
    "retries": RETRIES,
    "retry_delay_seconds": backoff_delays(),
    "retry_condition_fn": retry_if_transient,
    "cache_policy": NO_CACHE,  # inputs are large and results must never be reused across files
}


class StageError(Exception):
    """Carries the stage a failure happened in up to the one place that quarantines."""

    def __init__(self, stage: str, error: BaseException) -> None:
        super().__init__(stage)
        self.stage = stage
        self.error = error


@task(name="inspect", timeout_seconds=120, **_retrying)
def inspect_task(path: Path, settings: Settings) -> tuple[str, Any]:
    """Hash and sniff the file: cheap checks that reject a broken file before any OCR."""
    return sha256_file(path), inspect_file(path, settings)


@task(name="ocr-page", task_run_name="ocr-page-{index}", **_retrying)
def ocr_page_task(path: Path, index: int, settings: Settings) -> Any:
    return ocr_one_page(path, index, settings)


@task(name="analyse", timeout_seconds=ANALYSE_TIMEOUT_SECONDS, **_retrying)
def analyse_task(info: Any, text: Any, sha256: str, file_name: str, settings: Settings) -> Any:
    return analyse(info, text, sha256=sha256, file_name=file_name, settings=settings)


@task(name="file", timeout_seconds=FILE_TIMEOUT_SECONDS, **_retrying)
def file_task(path: Path, done: Any, settings: Settings, store: Store) -> Any:
    """Write the case folder and index row (idempotent by sha256, so a retry is safe)."""
    return file_processed(path, done, settings, store)


def inspect_file(path: Path, settings: Settings) -> Any:
    """pipeline.loading.inspect with the settings' limits: page count, type, size."""
    from pipeline.loading import LoadLimits, inspect

    return inspect(path, LoadLimits.from_settings(settings))


def file_processed(path: Path, done: Any, settings: Settings, store: Store) -> Any:
    """pipeline.consume.file_processed: the very function ``caseclerk run`` files with."""
    from pipeline.consume import file_processed as file_it

    return file_it(path, done, settings, store)


def resolve_input(path: Path, settings: Settings) -> tuple[Path, bool]:
    """Where the scan is to be read from, and whether it still has to be claimed.

    A run may be asked for any path (a deployment parameter is outside input), so only
    files directly inside inbox/ or work/ are accepted: anything else could move or read
    files the data directory does not own.
    """
    resolved = path.resolve()
    if resolved.name != path.name or resolved.name.startswith("."):
        raise UnsafePathError("Only files directly inside the inbox or work folder are processed.")
    if resolved.parent == settings.work.resolve():
        return resolved, False
    if resolved.parent == settings.inbox.resolve():
        return resolved, True
    raise UnsafePathError("Only files directly inside the inbox or work folder are processed.")


def read_and_file(work_path: Path, settings: Settings, store: Store) -> DocumentResult:
    """The body of one document's run: inspect, OCR pages in parallel, analyse, file."""
    from pipeline.document import ProcessedDocument
    from pipeline.text import DocumentText

    started = time.perf_counter()
    try:
        sha, info = inspect_task(work_path, settings)
    except Exception as error:
        raise StageError("load", error) from error
    try:
        existing = store.get_by_sha(sha)
    except Exception as error:
        raise StageError("index", error) from error
    if existing is not None:
        return DocumentResult(
            file=work_path.name,
            status="duplicate",
            case_number=existing.case_number,
            folder=existing.folder,
            doc_type=existing.doc_type,
        )
    ocr = ocr_page_task.with_options(timeout_seconds=settings.ocr_timeout_seconds * 2 + 30)
    futures = [ocr.submit(work_path, i, settings) for i in range(info.page_count)]
    wait(futures)
    try:
        pages = [f.result() for f in futures]
    except Exception as error:
        raise StageError("ocr", error) from error
    text = DocumentText(pages=pages)
    ocr_seconds = time.perf_counter() - started
    try:
        record = analyse_task(info, text, sha, work_path.name, settings)
    except Exception as error:
        raise StageError("analyse", error) from error
    done = ProcessedDocument(record=record, text=text, info=info, ocr_seconds=ocr_seconds)
    try:
        outcome = file_task(work_path, done, settings, store)
    except Exception as error:
        raise StageError("file", error) from error
    return DocumentResult(
        file=work_path.name,
        status=outcome.status,
        case_number=outcome.case_number,
        folder=outcome.folder,
        doc_type=outcome.doc_type,
        pages=outcome.pages,
        seconds=time.perf_counter() - started,
    )


def settle(work_path: Path, settings: Settings, store: Store, logger: Any) -> DocumentResult:
    """Process a claimed file, then archive it, or quarantine it with the reason.

    The original moves only after its record is written, so a crash at any point leaves
    it in work/ for ``intake.recover`` and the sha256 check stops a second filing.
    """
    from pipeline import intake

    try:
        result = read_and_file(work_path, settings, store)
    except StageError as failure:
        error = failure.error
        if STOPPING.is_set() and not isinstance(error, CaseclerkError):
            # Most likely the orchestration going away under us, not a bad scan: leave it
            # in work/ for the watcher to release or for recover() on the next start.
            raise error from None
        intake.quarantine(work_path, settings, error, failure.stage)
        if isinstance(error, CaseclerkError):
            reason = error.reason
        elif isinstance(error, TimeoutError):
            reason = "timeout"
        else:
            reason = f"internal error: {type(error).__name__}"
        logger.warning(
            "%s failed at %s (%s); moved to failed/", work_path.name, failure.stage, reason
        )
        return DocumentResult(
            file=work_path.name, status="failed", reason=reason, stage=failure.stage
        )
    intake.archive(work_path, settings)
    # File names can carry a child's name (operators name scans after families): DEBUG only.
    logger.debug("%s: %s", work_path.name, result.status)
    return result


@flow(name="process-document", log_prints=False, task_runner=page_runner())
def process_document(path: str, home: str | None = None) -> dict[str, Any]:
    """Claim (if still in the inbox), read, file and archive one scan.

    ``path`` must name a file directly inside the data directory's inbox/ or work/.
    Returns the run's row (file, status, case number, folder, reason) as a dict.
    """
    settings = settings_for(home)
    store = store_for(settings)
    return process_path(Path(path), settings, store).as_dict()


def process_path(path: Path, settings: Settings, store: Store) -> DocumentResult:
    """Everything ``process_document`` does, callable from another flow's thread."""
    from pipeline import intake

    logger = _logger()
    work_path, must_claim = resolve_input(path, settings)
    if must_claim:
        claimed = intake.claim(work_path, settings)
        if claimed is None:  # another worker renamed it first
            return DocumentResult(file=path.name, status="skipped")
        work_path = claimed
    return settle(work_path, settings, store, logger)


def _logger() -> Any:
    try:
        return get_run_logger()
    except Exception:  # outside a run (tests, plain calls)
        return logging.getLogger("caseclerk.flows")
