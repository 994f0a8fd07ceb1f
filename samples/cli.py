"""``caseclerk samples``: write synthetic scans with truth files (the shared truth format)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    help="Synthetic scans of court orders, LA checks and PNC checks, with truth files.",
    no_args_is_help=True,
)


@app.command()
def generate(
    out: Annotated[Path, typer.Argument(help="Folder to write NAME.<scan> + NAME.truth.json.")],
    n: Annotated[int, typer.Option("--n", min=1, help="How many documents.")] = 12,
    seed: Annotated[int, typer.Option("--seed", help="Same seed, same documents.")] = 7,
    clean: Annotated[
        bool, typer.Option("--clean", help="First remove scans and truth files already in OUT.")
    ] = False,
    kinds: Annotated[
        str | None,
        typer.Option(
            "--kinds", help="Comma-separated: court_order,la_check,police_check,other (all)."
        ),
    ] = None,
    degrade: Annotated[
        bool, typer.Option("--degrade/--no-degrade", help="Apply scan degradations.")
    ] = True,
    also_clean: Annotated[
        Path | None,
        typer.Option("--also-clean", help="Also write undegraded copies here, same names."),
    ] = None,
    linked: Annotated[
        bool,
        typer.Option(
            "--linked",
            help="Case bundles: each order with LA/PNC checks about its family; truths gain _case.",
        ),
    ] = False,
    accents: Annotated[
        bool,
        typer.Option(
            "--accents",
            help="Draw ~3% of forenames and surnames with accents (Siân, Seán, Fernández, "
            "Müller): names the OCR model cannot always write. Off, a seed's corpus is unchanged.",
        ),
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Write N synthetic scans (PDF/TIFF/PNG/JPEG) and their truth files to OUT."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    from samples.generate import generate as run

    wanted = [k.strip() for k in kinds.split(",") if k.strip()] if kinds else None
    with Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        disable=as_json,
        transient=as_json,
    ) as progress:
        task = progress.add_task("Generating samples", total=n)
        try:
            rows = run(
                out,
                n,
                seed,
                kinds=wanted,
                degrade_=degrade,
                clean=clean,
                also_clean=also_clean,
                linked=linked,
                accents=accents,
                on_document=lambda done, _total: progress.update(task, completed=done),
            )
        except ValueError as exc:
            typer.echo(str(exc), err=True)
            raise typer.Exit(2) from exc
    if as_json:
        typer.echo(json.dumps({"out": str(out), "seed": seed, "documents": rows}))
        return
    kinds_count: dict[str, int] = {}
    for row in rows:
        kinds_count[row["doc_type"]] = kinds_count.get(row["doc_type"], 0) + 1
    summary = ", ".join(f"{count} {kind}" for kind, count in sorted(kinds_count.items()))
    typer.echo(f"Wrote {len(rows)} documents to {out} ({summary}).")
