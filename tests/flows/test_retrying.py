"""Only transient failures are retried; a broken file fails at once."""

from __future__ import annotations

import pytest

from flows.retrying import backoff_delays, is_transient, retry_if_transient
from pipeline import errors


@pytest.mark.parametrize(
    "error",
    [errors.OcrTimeoutError("slow"), errors.FileBusyError("locked"), TimeoutError("task")],
)
def test_transient_errors_are_retried(error: BaseException) -> None:
    assert is_transient(error)


@pytest.mark.parametrize(
    "error",
    [
        errors.CorruptInputError("bad"),
        errors.EncryptedInputError("locked pdf"),
        errors.EmptyInputError("empty"),
        errors.BlankDocumentError("blank"),
        errors.UnsafePathError("../"),
        ValueError("bug"),
        None,
    ],
)
def test_permanent_errors_and_bugs_are_not(error: BaseException | None) -> None:
    assert not is_transient(error)


class FailedState:
    """What Prefect hands retry_condition_fn: a state whose result is the exception."""

    def __init__(self, error: BaseException) -> None:
        self.error = error

    def result(self, raise_on_failure: bool = True) -> BaseException:
        if raise_on_failure:
            raise self.error
        return self.error


def test_the_prefect_condition_reads_the_error_from_the_state() -> None:
    assert retry_if_transient(None, None, FailedState(errors.OcrTimeoutError("slow")))
    assert not retry_if_transient(None, None, FailedState(errors.CorruptInputError("bad")))


def test_backoff_doubles() -> None:
    assert backoff_delays(3, 2.0) == [2.0, 4.0, 8.0]
