"""``caseclerk serve``: this process serves the deployments and runs what they schedule.

The inbox sweep runs on a cron schedule (``settings.sweep_cron``, every 15 minutes by
default) and ``process_document`` is there for on-demand runs
(``prefect deployment run process-document/on-demand -p path=...``). To run them on a
work pool instead, deploy with ``prefect deploy`` and prefect.yaml (docs/operations.md).
"""

from __future__ import annotations

from typing import Any

from pipeline.settings import Settings

SWEEP_DEPLOYMENT = "inbox-sweep"
DOCUMENT_DEPLOYMENT = "on-demand"


def deployments(settings: Settings, cron: str | None = None, concurrency: int = 2) -> list[Any]:
    """The two deployments, bound to this data directory."""
    from flows.document import process_document
    from flows.inbox import process_inbox

    home = str(settings.home.resolve())
    return [
        process_inbox.to_deployment(
            name=SWEEP_DEPLOYMENT,
            cron=cron or settings.sweep_cron,
            parameters={"home": home, "concurrency": concurrency},
            description="Sweep the inbox: claim, read, file or quarantine every settled scan.",
            tags=["caseclerk"],
        ),
        process_document.to_deployment(
            name=DOCUMENT_DEPLOYMENT,
            parameters={"home": home},
            description="Process one scan named by path (inside inbox/ or work/).",
            tags=["caseclerk"],
        ),
    ]


def serve_deployments(settings: Settings, cron: str | None = None, concurrency: int = 2) -> None:
    """Block, serving both deployments, until interrupted."""
    from prefect import serve

    serve(*deployments(settings, cron, concurrency))
