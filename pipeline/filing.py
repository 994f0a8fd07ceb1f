"""Filing: the case folder a record lives in, and the index row that points at it.

cases/<CASE or _unassigned>/<document date>_<doc_type>_<id>/ holds record.json (the
record of truth), a copy of the original scan, text.txt and searchable.pdf. Every file is
written atomically and record.json last, so a folder with a record.json is complete; the
index row is written after that, so the database never points at a half-written folder
and can always be rebuilt from the folders (``reindex``). The case number comes off the
page, so it reaches a path only through pipeline.casepath, and the final folder is
checked to be inside cases/.
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from pipeline.atomic import (
    copy_atomic,
    ensure_dir,
    fsync_dir,
    write_json_atomic,
    write_text_atomic,
)
from pipeline.casepath import case_folder_name, ensure_inside, normalise_case_number
from pipeline.decision import NO_CASE_NUMBER
from pipeline.errors import UnsafePathError
from pipeline.pages import LoadedPage
from pipeline.records import DOC_TYPES, HistoryEntry, Record, ReviewReason
from pipeline.settings import Settings
from pipeline.store import Store
from pipeline.text import DocumentText, PageText

log = logging.getLogger(__name__)

RECORD = "record.json"
TEXT = "text.txt"
PDF = "searchable.pdf"
RESERVED = frozenset({RECORD, TEXT, PDF})
ACTOR = "caseclerk"
_RECORD_ID = re.compile(r"[A-Za-z0-9]{1,64}")
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._ ()+-]")

PdfPages = Iterable[tuple[LoadedPage, PageText]]


def case_number_of(record: Record) -> str | None:
    """The record's case number if it is a valid one, else None (-> cases/_unassigned)."""
    field = record.fields.case_number
    if field is None or field.value is None:
        return None
    return normalise_case_number(field.value)


def _folder_date(record: Record) -> str:
    field = record.fields.document_date
    if field is not None and field.value:
        try:
            return date.fromisoformat(field.value).isoformat()
        except ValueError:
            pass
    return record.source.received_at.date().isoformat()


def folder_for(record: Record, settings: Settings) -> Path:
    """Where ``record`` belongs: every component validated, the result inside cases/."""
    if not _RECORD_ID.fullmatch(record.id):
        raise UnsafePathError("The record id is not a plain identifier.")
    doc_type = record.classification.doc_type
    doc_type = doc_type if doc_type in DOC_TYPES else "other"
    case_dir = settings.cases / case_folder_name(case_number_of(record))
    folder = case_dir / f"{_folder_date(record)}_{doc_type}_{record.id}"
    ensure_dir(settings.cases)
    ensure_inside(settings.cases, folder)
    return folder


def original_name(file_name: str) -> str:
    """A safe name for the copy of the scan: its own name when that is plain, else original.EXT.

    The name came from the inbox (or a caller), not the page, but it still must not
    escape the folder or collide with the files filing writes.
    """
    name = Path(file_name.replace("\\", "/")).name
    suffix = Path(name).suffix.lower()
    suffix = suffix if re.fullmatch(r"\.[a-z0-9]{1,5}", suffix) else ""
    if (
        not name
        or name in RESERVED
        or name.startswith(".")
        or len(name) > 200
        or _SAFE_NAME.search(name)
    ):
        return f"original{suffix}"
    return name


def _guard_status(record: Record) -> None:
    """A record cannot be 'filed' without a case folder to file it in; send it to review."""
    if record.status == "filed" and case_number_of(record) is None:
        record.status = "needs_review"
        if not any(r.field == "case_number" for r in record.review_reasons):
            record.review_reasons.append(ReviewReason(field="case_number", reason=NO_CASE_NUMBER))


def relative(folder: Path, settings: Settings) -> str:
    return folder.relative_to(settings.home).as_posix()


def file_document(
    record: Record,
    original: Path,
    text: DocumentText,
    settings: Settings,
    store: Store,
    *,
    pdf_pages: PdfPages | None = None,
) -> Path:
    """File ``record`` and its scan; returns the case folder.

    Idempotent by sha256: if the index already has this scan and its folder is complete,
    that folder is returned and nothing is written. ``record`` is updated in place
    (folder, history, and status when 'filed' has no case number) so the caller reports
    what was filed. ``original`` is only read. ``pdf_pages`` (None: no PDF) is consumed
    once, one page at a time.
    """
    existing = store.get_by_sha(record.source.sha256)
    if existing is not None and existing.folder:
        folder = settings.home / existing.folder
        if (folder / RECORD).is_file():
            return folder

    _guard_status(record)
    folder = folder_for(record, settings)
    ensure_dir(folder)
    copy_atomic(Path(original), folder / original_name(record.source.file_name))
    write_text_atomic(folder / TEXT, text.text)
    if pdf_pages is not None:
        _write_pdf(pdf_pages, folder / PDF, record)

    record.folder = relative(folder, settings)
    record.history.append(HistoryEntry(actor=ACTOR, action=record.status, new=record.folder))
    write_record(folder, record)
    store.upsert(record, record.folder)
    log.info("filed %s as %s", record.id, record.status)
    return folder


def _write_pdf(pages: PdfPages, out: Path, record: Record) -> None:
    """The searchable PDF is a convenience: a failure is noted, the document still files."""
    from pipeline.searchable_pdf import write_searchable_pdf

    try:
        write_searchable_pdf(pages, out)
    except Exception as error:  # a rendering problem must not lose the record
        log.warning("searchable PDF for %s not written: %s", record.id, type(error).__name__)
        record.history.append(
            HistoryEntry(actor=ACTOR, action="pdf_failed", note=type(error).__name__)
        )


def write_record(folder: Path, record: Record) -> Path:
    """record.json, atomically."""
    return write_json_atomic(folder / RECORD, record.model_dump(mode="json"))


def load_record(folder: Path) -> Record:
    """The record of truth in a case folder."""
    return Record.model_validate_json((Path(folder) / RECORD).read_text(encoding="utf-8"))


def refile(record: Record, settings: Settings, store: Store) -> Path:
    """Save an edited record: rewrite record.json and, if its case number, date or type
    changed, move the folder to its new place (one atomic rename within cases/)."""
    _guard_status(record)
    new = folder_for(record, settings)
    old = _current_folder(record, settings)
    if old is not None and old.resolve() != new.resolve():
        if new.exists():
            raise FileExistsError(f"case folder {relative(new, settings)} already exists")
        ensure_dir(new.parent)
        old.rename(new)
        fsync_dir(new.parent)
        fsync_dir(old.parent)
        _remove_if_empty(old.parent, settings)
        record.history.append(
            HistoryEntry(
                actor=ACTOR,
                action="moved",
                old=relative(old, settings),
                new=relative(new, settings),
            )
        )
    ensure_dir(new)
    record.folder = relative(new, settings)
    write_record(new, record)
    store.upsert(record, record.folder)
    return new


def _current_folder(record: Record, settings: Settings) -> Path | None:
    if not record.folder:
        return None
    folder = settings.home / record.folder
    ensure_inside(settings.cases, folder)  # record.folder is data: check it too
    return folder if folder.is_dir() else None


def _remove_if_empty(case_dir: Path, settings: Settings) -> None:
    if case_dir.resolve() == settings.cases.resolve():
        return
    with contextlib.suppress(OSError):  # not empty: other documents of the case remain
        case_dir.rmdir()


def iter_record_folders(settings: Settings) -> list[Path]:
    """Every complete case folder (one with a record.json), in a stable order."""
    if not settings.cases.is_dir():
        return []
    return sorted(
        p.parent
        for p in settings.cases.glob(f"*/*/{RECORD}")
        if p.is_file() and not p.parent.is_symlink()
    )


def reindex(settings: Settings, store: Store) -> int:
    """Rebuild the documents index from cases/*/*/record.json; returns how many were indexed.

    The folder each record is found in wins over the folder it names (a crash between a
    move and the record rewrite leaves the old name inside). A record that cannot be read
    is skipped with a warning; of two folders with the same scan, the first is kept.
    """
    pairs: list[tuple[Record, str]] = []
    seen: set[str] = set()  # sha256s and ids already taken
    for folder in iter_record_folders(settings):
        try:
            record = load_record(folder)
        except (OSError, ValueError) as error:
            log.warning("skipped %s: %s", relative(folder, settings), type(error).__name__)
            continue
        if record.source.sha256 in seen or record.id in seen:
            log.warning("skipped duplicate of %s", record.id)
            continue
        seen.update((record.source.sha256, record.id))
        pairs.append((record, relative(folder, settings)))
    store.replace_all(pairs)
    return len(pairs)


def write_schema(path: Path) -> Path:
    """docs/record.schema.json: the published JSON Schema of record.json."""
    text = json.dumps(Record.model_json_schema(), indent=2) + "\n"
    return write_text_atomic(Path(path), text, mode=0o644)
