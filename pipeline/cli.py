"""The ``caseclerk`` command line (Typer): thin wrappers that parse, call a stage, print."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="caseclerk",
    help="Turn scanned court orders, safeguarding checks and PNC results into filed, "
    "confidence-scored case records.",
    no_args_is_help=True,
)


@app.command()
def version() -> None:
    """Print caseclerk's version and the versions of the engines it drives."""
    from importlib.metadata import version as dist_version

    typer.echo(f"caseclerk {dist_version('caseclerk')}")
