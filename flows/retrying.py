"""Which failures are worth a retry, and how long to wait between tries.

The decision is the error's own (``CaseclerkError.retryable``), made once in
pipeline.errors, so that the watcher, the flows and ``caseclerk run`` agree: a Tesseract
timeout or a file still locked by the scanner may well succeed a few seconds later; a
corrupt or encrypted file never will, and retrying it only delays the operator's fix.
"""

from __future__ import annotations

from typing import Any

from pipeline.errors import CaseclerkError

# Tries after the first, and the base of the exponential wait between them.
RETRIES = 2
BACKOFF_BASE_SECONDS = 2.0


def is_transient(error: BaseException | None) -> bool:
    """True for errors a retry can cure: our transient types and a task's own timeout."""
    if error is None:
        return False
    if isinstance(error, CaseclerkError):
        return error.retryable
    # Prefect's TaskRunTimeoutError subclasses TimeoutError; a hung page is worth one more go.
    return isinstance(error, TimeoutError)


def retry_if_transient(task: Any, task_run: Any, state: Any) -> bool:
    """Prefect ``retry_condition_fn(task, task_run, state)``: retry transient failures only."""
    try:
        error = state.result(raise_on_failure=False)
    except BaseException as exc:  # a state whose result cannot be read still holds the error
        error = exc
    return is_transient(error if isinstance(error, BaseException) else None)


def backoff_delays(retries: int = RETRIES, base: float = BACKOFF_BASE_SECONDS) -> list[float]:
    """Waits before each retry: base, 2*base, 4*base, ... (what Prefect's task option takes)."""
    return [base * (2**attempt) for attempt in range(retries)]
