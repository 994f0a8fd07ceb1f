"""Typed errors, one per reason a document can fail, each with an exit code.

Modelled on OCRmyPDF's typed exit codes: an operator reading ``failed/NAME.error.json``
or a script reading the exit status must be able to tell "this file is broken, do not
retry" from "something transient went wrong, retry later" without parsing messages.
Messages are written for an operator and never contain document text.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Process exit statuses of the ``caseclerk`` command (stable: scripts depend on them)."""

    ok = 0
    bad_args = 2
    input_file = 3  # the input cannot be read as a document
    missing_dependency = 4  # tesseract/poppler not installed
    invalid_output = 5
    file_access = 6
    encrypted = 7
    too_large = 8
    transient = 9  # timeout, locked file: worth retrying
    some_failed = 10  # a batch ran, some documents failed
    other = 15


class CaseclerkError(Exception):
    """Base of every error caseclerk reports on purpose.

    ``retryable`` tells the orchestrator whether a retry can help; ``stage`` is filled in
    by whoever catches the error so that the error file says where it happened.
    """

    exit_code: ExitCode = ExitCode.other
    retryable: bool = False
    reason: str = "error"  # short machine-readable slug written to error.json

    def __init__(self, message: str, *, stage: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.stage = stage

    def to_dict(self) -> dict[str, object]:
        return {
            "error_type": type(self).__name__,
            "reason": self.reason,
            "message": self.message,
            "stage": self.stage,
            "retryable": self.retryable,
            "exit_code": int(self.exit_code),
        }


class InputError(CaseclerkError):
    """The file itself is the problem; retrying the same bytes cannot help."""

    exit_code = ExitCode.input_file
    reason = "bad_input"


class EmptyInputError(InputError):
    reason = "empty"


class UnsupportedInputError(InputError):
    reason = "unsupported_type"


class CorruptInputError(InputError):
    reason = "corrupt"


class TruncatedInputError(CorruptInputError):
    reason = "truncated"


class EncryptedInputError(InputError):
    exit_code = ExitCode.encrypted
    reason = "encrypted"


class TooLargeInputError(InputError):
    exit_code = ExitCode.too_large
    reason = "too_large"


class BlankDocumentError(InputError):
    reason = "blank"


class DarkScanError(InputError):
    """Every page came out (almost) black: a failed scan of a page that may hold text.

    Not ``blank``: a blank page has nothing to file, a black one had something that was
    lost, and the operator has to scan it again rather than discard it.
    """

    reason = "too_dark"


class MissingDependencyError(CaseclerkError):
    exit_code = ExitCode.missing_dependency
    reason = "missing_dependency"


class TransientError(CaseclerkError):
    """Worth retrying with backoff: the same input may succeed next time."""

    exit_code = ExitCode.transient
    retryable = True
    reason = "transient"


class OcrTimeoutError(TransientError):
    reason = "ocr_timeout"


class FileBusyError(TransientError):
    reason = "file_busy"


class UnsafePathError(CaseclerkError):
    """A value read off a page would have escaped the data directory if used as a path."""

    exit_code = ExitCode.invalid_output
    reason = "unsafe_path"


class WatcherBusyError(CaseclerkError):
    """Another ``caseclerk watch`` already owns this data directory."""

    exit_code = ExitCode.file_access
    reason = "watcher_busy"
