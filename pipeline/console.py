"""Rich progress bars and summary tables for the command line; no pipeline logic here."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from pipeline.runner import RunRow
from pipeline.settings import Settings

console = Console(stderr=True)
out = Console()

STATUS_STYLE = {
    "filed": "green",
    "needs_review": "yellow",
    "duplicate": "cyan",
    "failed": "red",
}


def _progress(quiet: bool) -> Progress:
    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=console,
        disable=quiet or not console.is_terminal,
        transient=True,
    )


def run_with_progress(paths: list[Path], settings: Settings, *, quiet: bool) -> list[RunRow]:
    from pipeline.runner import collect_inputs, run_files
    from pipeline.store import open_store

    files = collect_inputs(paths)
    if not files and not quiet:
        console.print("[yellow]No scans found[/] (looked for .pdf .tif .tiff .png .jpg .jpeg).")
    store = open_store(settings)
    with _progress(quiet) as progress:
        documents = progress.add_task("documents", total=len(files))
        pages = progress.add_task("pages of this document", total=None)

        def on_start(path: Path) -> None:
            progress.update(pages, completed=0, total=None, description=f"pages of {path.name}")

        def on_page(done: int, total: int) -> None:
            progress.update(pages, completed=done, total=total)

        def on_done(row: RunRow) -> None:
            progress.advance(documents)

        return run_files(
            files, settings, store, on_start=on_start, on_page=on_page, on_done=on_done
        )


def print_run_summary(rows: list[RunRow], settings: Settings) -> None:
    table = Table(title="caseclerk run")
    numeric = ("min conf", "pages", "s")
    for column in ("file", "type", "case", "status", *numeric):
        # Values are short; wrapping "needs_review" over two lines helps nobody.
        table.add_column(column, justify="right" if column in numeric else "left", no_wrap=True)
    for row in rows:
        style = STATUS_STYLE.get(row.status, "")
        table.add_row(
            row.file,
            row.doc_type or "-",
            row.case_number or "-",
            f"[{style}]{row.status}[/]" + (f" ({row.reason})" if row.reason else ""),
            f"{row.lowest_confidence:.2f}" if row.lowest_confidence is not None else "-",
            str(row.pages or "-"),
            f"{row.seconds:.0f}" if row.seconds else "-",
        )
    out.print(table)
    counts: dict[str, int] = {}
    for row in rows:
        counts[row.status] = counts.get(row.status, 0) + 1
    out.print(
        ", ".join(f"{n} {status}" for status, n in sorted(counts.items())) or "nothing processed",
        f"— case folders in {settings.cases}",
    )
    if counts.get("failed"):
        out.print(
            f"Reasons are in {settings.failed}/NAME.error.json; `caseclerk failed` lists them."
        )


def eval_with_progress(
    folder: Path, settings: Settings, *, workers: int, quiet: bool, records: Path | None = None
) -> dict[str, Any]:
    from pipeline.evaluate import find_corpus, run_corpus, summarise, write_records

    total = len(find_corpus(folder))
    with _progress(quiet) as progress:
        task = progress.add_task(f"evaluating {folder.name}", total=total)
        results, wall = run_corpus(
            folder,
            settings,
            workers=workers,
            on_document=lambda _r: progress.advance(task),
            keep_words=records is not None,
        )
    if records is not None:
        write_records(results, records)
    return summarise(results, wall, workers)


def print_eval_summary(summary: dict[str, Any], *, details: bool) -> None:
    table = Table(title="caseclerk eval", show_header=True)
    table.add_column("measure")
    table.add_column("value", justify="right")
    for key, value in summary.items():
        if key in ("fields", "documents_detail"):
            continue
        table.add_row(key, _fmt(value))
    out.print(table)
    fields = summary.get("fields") or {}
    if fields:
        ftable = Table(title="fields")
        for column in ("field", "precision", "recall", "f1"):
            ftable.add_column(column, justify="left" if column == "field" else "right")
        for name, scores in fields.items():
            ftable.add_row(
                name,
                _fmt(scores.get("precision")),
                _fmt(scores.get("recall")),
                _fmt(scores.get("f1")),
            )
        out.print(ftable)
    if details:
        dtable = Table(title="documents")
        for column in ("name", "pages", "cer", "wer", "s", "auto-filed", "error"):
            dtable.add_column(column)
        for doc in summary.get("documents_detail", []):
            dtable.add_row(
                doc["name"],
                str(doc["pages"]),
                _fmt(doc["cer"]),
                _fmt(doc["wer"]),
                _fmt(doc["seconds"]),
                "yes" if doc["auto_filed"] else "no",
                doc["error"] or "",
            )
        out.print(dtable)


def _fmt(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.4f}"
    return str(value)
