"""``caseclerk watch``, ``serve``, ``failed`` and ``retry``: the operator's side of the flows.

Mounted on the root app by ``register(app)``; everything heavy (Prefect, watchdog, the
pipeline) is imported inside the commands so that ``caseclerk --help`` stays instant.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

HomeOption = Annotated[
    Path | None,
    typer.Option("--home", help="Data directory (overrides CASECLERK_HOME).", show_default=False),
]


# Prefect waits 20 s for its ephemeral API server to start; on a machine whose cores are
# all reading pages that was seen to run out ("Timed out while attempting to connect to
# ephemeral Prefect API server"), failing a run that would have gone through.
EPHEMERAL_STARTUP_SECONDS = "90"


def _prefect_defaults() -> None:
    """Before Prefect is imported: single-threaded Tesseract per page task, no telemetry
    (case data never leaves the machine, and its failed sends only add noise), and time for
    the ephemeral API server to start on a busy machine."""
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault(
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", EPHEMERAL_STARTUP_SECONDS
    )


def _settings(home: Path | None) -> Any:
    from pipeline.settings import Settings

    return Settings(home=home) if home is not None else Settings()


def watch(
    home: HomeOption = None,
    poll: Annotated[
        float | None,
        typer.Option(
            "--poll",
            help="Poll the folder every SECONDS instead of waiting for file-system events "
            "(needed on network shares).",
            min=0.1,
        ),
    ] = None,
    stable: Annotated[
        float | None,
        typer.Option(
            "--stable",
            help="Take a file once its size and time have not changed for SECONDS "
            "(default: CASECLERK_STABLE_SECONDS, 2).",
            min=0.0,
        ),
    ] = None,
    rescan: Annotated[
        float, typer.Option("--rescan", help="Rescan the whole inbox every SECONDS.", min=0.5)
    ] = 30.0,
    workers: Annotated[int, typer.Option("--workers", help="Documents at once.", min=1)] = 1,
) -> None:
    """Watch the inbox and file each scan once it is completely written.

    On start, files a crash left in work/ go back to the inbox. Bad files go to failed/
    with a reason and the watcher carries on. Ctrl-C or SIGTERM stops taking new files
    and lets the ones in progress finish (a second Ctrl-C puts them back in the inbox).
    """
    import logging

    _prefect_defaults()
    from flows.watch import Watcher, WatchOptions, flow_handler, warm_up_prefect
    from pipeline.errors import WatcherBusyError

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    settings = _settings(home)
    options = WatchOptions(
        stable_seconds=settings.stable_seconds if stable is None else stable,
        poll_seconds=poll,
        rescan_seconds=rescan,
        workers=workers,
    )
    watcher = Watcher(settings, flow_handler(settings), options)
    watcher.install_signal_handlers()
    typer.echo(f"Starting Prefect and watching {settings.inbox} (Ctrl-C to stop)...", err=True)
    warm_up_prefect()
    try:
        stats = watcher.run()
    except WatcherBusyError as exc:
        typer.echo(exc.message, err=True)
        raise typer.Exit(int(exc.exit_code)) from None
    typer.echo(f"Stopped after {len(stats.results)} document(s).", err=True)
    if watcher.released:  # unfinished work went back to the inbox; do not wait for it
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)


def serve(
    home: HomeOption = None,
    cron: Annotated[
        str | None,
        typer.Option("--cron", help="Sweep schedule (default: CASECLERK_SWEEP_CRON)."),
    ] = None,
    concurrency: Annotated[
        int, typer.Option("--concurrency", help="Documents at once per sweep.", min=1)
    ] = 2,
    port: Annotated[
        int,
        typer.Option("--port", help="Port of the local Prefect server (no PREFECT_API_URL)."),
    ] = 4200,
) -> None:
    """Serve the Prefect deployments: the scheduled inbox sweep and on-demand documents.

    Uses the Prefect server named by PREFECT_API_URL; without one, starts a local Prefect
    server on 127.0.0.1:PORT (its scheduler is what turns the cron schedule into runs;
    the UI is there too) and stops it on exit.
    """
    _prefect_defaults()
    from flows.serve import serve_with_scheduler

    serve_with_scheduler(_settings(home), cron=cron, concurrency=concurrency, port=port)


def failed(
    home: HomeOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")] = False,
) -> None:
    """List the files in failed/ with the stage and reason each one failed."""
    from pipeline import intake

    items = [_as_dict(item) for item in intake.list_failed(_settings(home))]
    if as_json:
        typer.echo(json.dumps(items, default=str))
        return
    if not items:
        typer.echo("Nothing has failed.")
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{len(items)} failed file(s)")
    columns = ("name", "stage", "reason", "message", "retryable", "attempts", "last_seen")
    for column in columns:
        table.add_column(column.replace("_", " "), overflow="fold")
    for item in items:
        table.add_row(*(_cell(item.get(c)) for c in columns))
    Console().print(table)


def retry(
    name: Annotated[str | None, typer.Argument(help="A file name in failed/.")] = None,
    all_: Annotated[bool, typer.Option("--all", help="Put every failed file back.")] = False,
    home: HomeOption = None,
) -> None:
    """Put failed files back in the inbox to be processed again."""
    from pipeline import intake
    from pipeline.errors import ExitCode

    if name is None and not all_:
        typer.echo("Name a file from `caseclerk failed`, or pass --all.", err=True)
        raise typer.Exit(ExitCode.bad_args)
    if name is not None and (all_ or Path(name).name != name or name.startswith(".")):
        typer.echo("Give either one plain file name from failed/ or --all.", err=True)
        raise typer.Exit(ExitCode.bad_args)
    moved = intake.retry(_settings(home), name)
    if name is not None and not moved:
        typer.echo(f"No failed file named {name}.", err=True)
        raise typer.Exit(ExitCode.bad_args)
    typer.echo(f"Put {len(moved)} file(s) back in the inbox.")


def register(app: typer.Typer) -> None:
    """Mount the commands on the root app (one line in pipeline/cli.py)."""
    app.command("watch")(watch)
    app.command("serve")(serve)
    app.command("failed")(failed)
    app.command("retry")(retry)


def _as_dict(item: Any) -> dict[str, Any]:
    if isinstance(item, dict):
        return dict(item)
    if hasattr(item, "model_dump"):
        return item.model_dump(mode="json")
    if hasattr(item, "__dataclass_fields__"):
        from dataclasses import asdict

        return asdict(item)
    return dict(vars(item))


def _cell(value: Any) -> str:
    if value is None:
        return ""
    return str(value)
