"""``caseclerk review`` and ``caseclerk users add``: serve the review pages, create logins.

Mounted on the root command by :func:`register`; everything heavy (FastAPI, uvicorn,
SQLAlchemy, argon2) is imported inside the commands so ``caseclerk --help`` stays fast.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from pipeline.errors import ExitCode

LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}

users_app = typer.Typer(help="Logins for the review pages.", no_args_is_help=True)

HomeOption = Annotated[
    Path | None,
    typer.Option("--home", help="Data directory (overrides CASECLERK_HOME).", show_default=False),
]


def _settings(home: Path | None):  # -> Settings
    from pipeline.settings import Settings

    return Settings(home=home) if home is not None else Settings()


def review(
    host: Annotated[
        str | None, typer.Option(help="Address to listen on [default: CASECLERK_REVIEW_HOST].")
    ] = None,
    port: Annotated[
        int | None, typer.Option(help="Port [default: CASECLERK_REVIEW_PORT, 8765].")
    ] = None,
    home: HomeOption = None,
) -> None:
    """Serve the analyst's review pages (queue, document review, audit) on 127.0.0.1:8765.

    Create a login first with `caseclerk users add NAME`.
    """
    import uvicorn

    from review.app import create_app

    settings = _settings(home)
    host = host or settings.review_host
    port = port or settings.review_port
    if host not in LOCAL_HOSTS:
        typer.secho(
            f"WARNING: listening on {host}, not only on this machine. The review pages show "
            "children's names and dates of birth: serve them to other machines only over "
            "HTTPS (a reverse proxy) on a trusted network.",
            err=True,
            fg=typer.colors.RED,
            bold=True,
        )
    app = create_app(settings)
    if not app.state.db.user_names():
        typer.echo("No logins yet: create one with `caseclerk users add NAME`.", err=True)
    typer.echo(f"Review pages on http://{host}:{port}/queue")
    # The access log would print URLs (case numbers in filters): left off on purpose.
    uvicorn.run(app, host=host, port=port, access_log=False, log_level="info")


@users_app.command("add")
def users_add(
    name: Annotated[str, typer.Argument(help="Login name (letters, digits, . _ -).")],
    role: Annotated[str, typer.Option(help="analyst or admin.")] = "analyst",
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the password from standard input.")
    ] = False,
    home: HomeOption = None,
) -> None:
    """Create a login for the review pages; the password is asked for twice, hidden."""
    import re

    from review.auth import MIN_PASSWORD, hash_password
    from review.db import ROLES, ReviewDB

    if not re.fullmatch(r"[A-Za-z0-9._-]{1,64}", name):
        typer.echo("A login name is 1-64 letters, digits, dots, underscores or dashes.", err=True)
        raise typer.Exit(ExitCode.bad_args)
    if role not in ROLES:
        typer.echo(f"--role must be one of: {', '.join(ROLES)}", err=True)
        raise typer.Exit(ExitCode.bad_args)
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    if len(password) < MIN_PASSWORD:
        typer.echo(f"A password needs at least {MIN_PASSWORD} characters.", err=True)
        raise typer.Exit(ExitCode.bad_args)
    from pipeline.store import Store

    settings = _settings(home)
    settings.home.mkdir(parents=True, exist_ok=True, mode=0o700)
    db = ReviewDB(Store(settings.db_url).engine)
    if db.get_user(name) is not None:
        typer.echo(f"There is already a login called {name}.", err=True)
        raise typer.Exit(ExitCode.bad_args)
    db.add_user(name, hash_password(password), role)
    typer.echo(f"Added {role} {name}.")


def register(app: typer.Typer) -> None:
    """Mount ``review`` and ``users`` on the root ``caseclerk`` command."""
    app.command("review")(review)
    app.add_typer(users_app, name="users")
