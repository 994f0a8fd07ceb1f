"""Page tasks on prefect-dask's DaskTaskRunner: a real LocalCluster reads a real two-page scan."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from flows_support import CORPUS, prefect_env

pytestmark = [pytest.mark.integration, pytest.mark.slow]

SCRIPT = """
import json, sys
from flows.document import process_document
print(json.dumps(process_document(sys.argv[1], home=sys.argv[2])))
"""


def test_a_two_page_scan_is_read_on_a_dask_local_cluster(tmp_path: Path) -> None:
    scan = CORPUS / "doc011.pdf"
    assert json.loads((CORPUS / "doc011.truth.json").read_text())["_pages"] == 2
    home = tmp_path / "data"
    inbox = home / "inbox"
    inbox.mkdir(parents=True)
    dropped = inbox / scan.name
    shutil.copyfile(scan, dropped)
    past = time.time() - 600
    os.utime(dropped, (past, past))

    env = {**prefect_env(tmp_path), "CASECLERK_PAGE_RUNNER": "dask", "CASECLERK_PAGE_WORKERS": "2"}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(dropped), str(home)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["status"] in ("filed", "needs_review"), result
    (record_path,) = (home / "cases").glob("*/*/record.json")
    record = json.loads(record_path.read_text())
    assert [p["page"] for p in record["ocr"]["pages"]] == [1, 2]
    assert not dropped.exists()  # archived after filing
    assert len(list((home / "processed").rglob(scan.name))) == 1
