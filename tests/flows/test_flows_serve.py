"""``caseclerk serve``'s deployments: the sweep on the configured cron, documents on demand."""

from __future__ import annotations

from flows.serve import DOCUMENT_DEPLOYMENT, SWEEP_DEPLOYMENT, deployments
from pipeline.settings import Settings


def test_the_sweep_runs_on_the_configured_cron_and_documents_on_demand(settings) -> None:
    custom = settings.model_copy(update={"sweep_cron": "30 6 * * 1-5"})
    sweep, document = deployments(custom, concurrency=3)
    assert sweep.name == SWEEP_DEPLOYMENT and document.name == DOCUMENT_DEPLOYMENT
    assert [s.schedule.cron for s in sweep.schedules] == ["30 6 * * 1-5"]
    assert sweep.parameters == {"home": str(settings.home.resolve()), "concurrency": 3}
    assert not document.schedules
    assert document.parameters == {"home": str(settings.home.resolve())}


def test_the_default_schedule_is_every_fifteen_minutes(settings) -> None:
    assert Settings().sweep_cron == "*/15 * * * *"
    sweep, _ = deployments(settings, cron=None)
    assert [s.schedule.cron for s in sweep.schedules] == ["*/15 * * * *"]
