"""A stand-in for pipeline.intake, installed by monkeypatch until (or where) the real one is
not wanted: claim by atomic rename, archive, quarantine with an error file, recover."""

from __future__ import annotations

import json
import types
from pathlib import Path
from typing import Any

from pipeline.settings import Settings


def make_intake() -> types.ModuleType:
    mod = types.ModuleType("pipeline.intake")

    def ensure_layout(settings: Settings) -> None:
        for d in (settings.inbox, settings.work, settings.processed, settings.failed):
            d.mkdir(parents=True, exist_ok=True)

    def claim(path: Path, settings: Settings) -> Path | None:
        target = settings.work / path.name
        try:
            path.rename(target)
        except FileNotFoundError:
            return None
        return target

    def archive(work_path: Path, settings: Settings) -> Path:
        day = settings.processed / "2026-01-01"
        day.mkdir(parents=True, exist_ok=True)
        return work_path.rename(day / work_path.name)

    def quarantine(work_path: Path, settings: Settings, error: BaseException, stage: str) -> Path:
        target = settings.failed / work_path.name
        work_path.rename(target)
        info: dict[str, Any] = {"stage": stage, "error_type": type(error).__name__}
        (settings.failed / f"{work_path.name}.error.json").write_text(json.dumps(info))
        return target

    def recover(settings: Settings) -> list[Path]:
        moved = []
        for p in sorted(settings.work.iterdir()):
            moved.append(p.rename(settings.inbox / p.name))
        return moved

    def list_failed(settings: Settings) -> list[dict[str, Any]]:
        return [
            {"name": p.name.removesuffix(".error.json"), **json.loads(p.read_text())}
            for p in sorted(settings.failed.glob("*.error.json"))
        ]

    def retry(settings: Settings, name: str | None = None) -> list[Path]:
        names = [name] if name else [i["name"] for i in list_failed(settings)]
        moved = []
        for n in names:
            src = settings.failed / n
            if src.exists():
                moved.append(src.rename(settings.inbox / n))
                (settings.failed / f"{n}.error.json").unlink(missing_ok=True)
        return moved

    for fn in (ensure_layout, claim, archive, quarantine, recover, list_failed, retry):
        setattr(mod, fn.__name__, fn)
    return mod
