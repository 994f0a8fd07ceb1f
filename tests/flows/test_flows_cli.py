"""``caseclerk failed`` and ``caseclerk retry`` on a data directory with quarantined files."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from pipeline import errors
from pipeline.cli import app
from pipeline.settings import Settings

runner = CliRunner()


def quarantine(settings: Settings, intake, name: str, error: errors.CaseclerkError) -> None:
    path = settings.work / name
    path.write_bytes(b"broken " + name.encode())
    intake.quarantine(path, settings, error, "load")


def test_failed_lists_reasons_and_retry_puts_files_back(settings, intake) -> None:
    quarantine(settings, intake, "a.pdf", errors.CorruptInputError("Not a readable PDF."))
    quarantine(settings, intake, "b.tif", errors.EncryptedInputError("Password protected."))
    home = ["--home", str(settings.home)]

    listed = runner.invoke(app, ["failed", "--json", *home])
    assert listed.exit_code == 0, listed.output
    items = {i["name"]: i for i in json.loads(listed.output)}
    assert items["a.pdf"]["reason"] == "corrupt" and items["a.pdf"]["stage"] == "load"
    assert items["b.tif"]["reason"] == "encrypted"

    table = runner.invoke(app, ["failed", *home])
    assert "corrupt" in table.output and "b.tif" in table.output

    one = runner.invoke(app, ["retry", "a.pdf", *home])
    assert one.exit_code == 0, one.output
    assert (settings.inbox / "a.pdf").exists()
    assert not (settings.failed / "a.pdf").exists()

    rest = runner.invoke(app, ["retry", "--all", *home])
    assert rest.exit_code == 0
    assert sorted(p.name for p in settings.inbox.iterdir()) == ["a.pdf", "b.tif"]
    assert "Nothing has failed" in runner.invoke(app, ["failed", *home]).output


def test_retry_needs_a_name_or_all_and_refuses_paths(settings, intake) -> None:
    home = ["--home", str(settings.home)]
    assert runner.invoke(app, ["retry", *home]).exit_code == errors.ExitCode.bad_args
    assert runner.invoke(app, ["retry", "../x.pdf", *home]).exit_code == errors.ExitCode.bad_args
    assert runner.invoke(app, ["retry", "none.pdf", *home]).exit_code == errors.ExitCode.bad_args
