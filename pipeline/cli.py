"""The ``caseclerk`` command line (Typer): thin wrappers that parse, call a stage, print.

Heavy imports (OpenCV, spaCy, Prefect) stay inside the commands so that ``--help`` and
shell completion answer at once.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from flows.cli import register as register_flow_commands
from pipeline.errors import ExitCode
from review.cli import register as register_review_commands
from samples.cli import app as samples_app

app = typer.Typer(
    name="caseclerk",
    help="Turn scanned court orders, local-authority safeguarding checks and PNC results "
    "into confidence-scored records filed in case folders; what is uncertain goes to review. "
    "The data directory is CASECLERK_HOME (default ./caseclerk-data).",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,  # locals may hold document text
)

HomeOption = Annotated[
    Path | None,
    typer.Option("--home", help="Data directory (overrides CASECLERK_HOME).", show_default=False),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print one JSON object for scripts.")]


def _settings(home: Path | None):  # -> Settings, imported lazily
    from pipeline.settings import Settings

    return Settings(home=home) if home is not None else Settings()


@app.command()
def version(as_json: JsonOption = False) -> None:
    """Print caseclerk's version and the versions of the engines it drives."""
    from pipeline.document import engine_versions

    versions = engine_versions()
    if as_json:
        typer.echo(json.dumps(versions))
    else:
        for name, value in versions.items():
            typer.echo(f"{name} {value}")


@app.command()
def run(
    paths: Annotated[list[Path], typer.Argument(help="Scans, or folders to search for scans.")],
    home: HomeOption = None,
    as_json: JsonOption = False,
) -> None:
    """Process scans end to end now, in this process: OCR, classify, extract, file.

    Files named here are left in place; each is filed by copy into the case folders of the
    data directory, or, when it cannot be read, copied to failed/ with NAME.error.json.
    Exit status 0 when every file was filed or queued for review, 10 when some failed.
    """
    from pipeline.console import print_run_summary, run_with_progress

    settings = _settings(home)
    rows = run_with_progress(paths, settings, quiet=as_json)
    if as_json:
        typer.echo(json.dumps([row.__dict__ for row in rows], default=str))
    else:
        print_run_summary(rows, settings)
    if any(row.status == "failed" for row in rows):
        raise typer.Exit(ExitCode.some_failed)


@app.command("eval")
def evaluate(
    folder: Annotated[Path, typer.Argument(help="A truth-format corpus: scans + NAME.truth.json.")],
    as_json: JsonOption = False,
    workers: Annotated[int, typer.Option(min=1, help="Documents processed in parallel.")] = 1,
    details: Annotated[
        bool, typer.Option("--details", help="Also list every document's CER and result.")
    ] = False,
    records: Annotated[
        Path | None,
        typer.Option(
            help="Also write each document's record here (for bench/threshold_sweep.py).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Measure accuracy and speed on a corpus, through the production code path.

    Reports OCR CER/WER, seconds per page, classification accuracy, per-field
    precision/recall/F1 and how well the review queue catches wrong fields. Files nothing.
    """
    from pipeline.console import eval_with_progress, print_eval_summary
    from pipeline.evaluate import find_corpus

    if not folder.is_dir() or not find_corpus(folder):
        typer.echo(
            f"No truth-format corpus in {folder}: expected scans with NAME.truth.json beside "
            "them (see docs/truth-format.md). Generate one with: caseclerk samples generate DIR",
            err=True,
        )
        raise typer.Exit(ExitCode.bad_args)
    summary = eval_with_progress(
        folder, _settings(None), workers=workers, quiet=as_json, records=records
    )
    if as_json:
        if not details:
            summary.pop("documents_detail", None)
        typer.echo(json.dumps(summary))
    else:
        print_eval_summary(summary, details=details)


@app.command()
def reindex(home: HomeOption = None, as_json: JsonOption = False) -> None:
    """Rebuild the state database's document index from the case folders' record.json."""
    from pipeline.filing import reindex as rebuild
    from pipeline.store import open_store

    settings = _settings(home)
    count = rebuild(settings, open_store(settings))
    typer.echo(json.dumps({"documents": count}) if as_json else f"Indexed {count} documents.")


@app.command()
def status(home: HomeOption = None, as_json: JsonOption = False) -> None:
    """How many documents are filed, waiting for review, reviewed, rejected and failed."""
    from pipeline.intake import list_failed
    from pipeline.store import Store

    settings = _settings(home)
    counts = Store(settings.db_url).counts_by_status()
    counts["failed"] = len(list_failed(settings))
    if as_json:
        typer.echo(json.dumps(counts))
        return
    for name in ("filed", "needs_review", "reviewed", "rejected", "failed"):
        typer.echo(f"{name:>13}: {counts.get(name, 0)}")


@app.command()
def schema(
    out: Annotated[Path | None, typer.Argument(help="Write here instead of stdout.")] = None,
) -> None:
    """Print (or write) the JSON Schema of record.json."""
    from pipeline.records import Record

    text = json.dumps(Record.model_json_schema(), indent=2) + "\n"
    if out is None:
        sys.stdout.write(text)
    else:
        out.write_text(text, encoding="utf-8")


# The other packages' commands: each module imports only typer at the top, so mounting
# them here keeps `caseclerk --help` fast.
register_review_commands(app)
register_flow_commands(app)
app.add_typer(samples_app, name="samples")

if __name__ == "__main__":
    app()
