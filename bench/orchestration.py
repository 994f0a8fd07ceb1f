"""How much Prefect adds: the same scans through ``caseclerk run`` and ``process_inbox``.

Each mode runs in a fresh process on its own data directory, so neither benefits from
the other's warm caches. ``run`` is pipeline.runner.run_files (what ``caseclerk run``
calls); ``flow`` is the process_inbox flow with one document at a time and one page
worker (like for like), then with two documents at a time. Prefect's local API start is
timed apart: the watcher pays it once per process, a one-off sweep pays it every time.

    .venv/bin/python bench/orchestration.py --n 50
    .venv/bin/python bench/orchestration.py --corpus samples/corpus --n 12
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SUFFIXES = {".pdf", ".tif", ".tiff", ".png", ".jpg", ".jpeg"}


def scans_in(folder: Path, n: int) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in SUFFIXES)[:n]


def measure(mode: str, files: list[Path], home: Path, concurrency: int) -> dict[str, float]:
    """Runs inside the child process."""
    from pipeline.settings import Settings

    settings = Settings(home=home)
    if mode == "run":
        from pipeline.runner import run_files
        from pipeline.store import Store

        store = Store(settings.db_url)
        started = time.perf_counter()
        rows = run_files(files, settings, store)
        total = time.perf_counter() - started
        return {
            "seconds": total,
            "startup": 0.0,
            "documents": len(rows),
            "failed": sum(r.status == "failed" for r in rows),
            "pages": sum(r.pages for r in rows),
        }
    from flows.inbox import process_inbox
    from flows.watch import warm_up_prefect
    from pipeline import intake

    intake.ensure_layout(settings)
    for path in files:
        shutil.copyfile(path, settings.inbox / path.name)
        os.utime(settings.inbox / path.name, (0, 0))
    started = time.perf_counter()
    warm_up_prefect()
    ready = time.perf_counter()
    out = process_inbox(home=str(home), concurrency=concurrency)
    done = time.perf_counter()
    docs = out["documents"]
    return {
        "seconds": done - ready,
        "startup": ready - started,
        "documents": len(docs),
        "failed": sum(d["status"] == "failed" for d in docs),
        "pages": sum(d["pages"] for d in docs),
    }


def child(mode: str, files: list[Path], concurrency: int, page_workers: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix=f"bench-{mode}-") as tmp:
        env = dict(
            os.environ,
            OMP_THREAD_LIMIT="1",
            PREFECT_HOME=f"{tmp}/prefect",
            PREFECT_SERVER_ANALYTICS_ENABLED="false",
            PREFECT_LOGGING_LEVEL="WARNING",
            CASECLERK_PAGE_WORKERS=str(page_workers),
        )
        env.pop("PREFECT_API_URL", None)
        args = [
            sys.executable,
            __file__,
            "--child",
            mode,
            "--home",
            f"{tmp}/data",
            "--concurrency",
            str(concurrency),
            *map(str, files),
        ]
        done = subprocess.run(args, env=env, capture_output=True, text=True, check=True)
        return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=50)
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--child", choices=["run", "flow"])
    parser.add_argument("--home", type=Path)
    parser.add_argument("--concurrency", type=int, default=1)
    parser.add_argument("files", nargs="*", type=Path)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.child, args.files, args.home, args.concurrency)))
        return
    corpus = args.corpus or REPO / "bench" / "out" / f"orchestration-{args.n}"
    if not corpus.is_dir() or len(scans_in(corpus, args.n)) < args.n:
        subprocess.run(
            [
                str(Path(sys.executable).with_name("caseclerk")),
                "samples",
                "generate",
                str(corpus),
                "--n",
                str(args.n),
                "--seed",
                "3",
            ],
            check=True,
        )
    files = scans_in(corpus, args.n)
    run = child("run", files, 1, 1)
    flow = child("flow", files, 1, 1)
    flow2 = child("flow", files, 2, 2)
    overhead = (flow["seconds"] - run["seconds"]) / run["seconds"]
    print("| mode | documents | pages | failed | seconds | Prefect API start |")
    print("| --- | --- | --- | --- | --- | --- |")
    for name, r in (
        ("caseclerk run", run),
        ("process_inbox, 1 at a time", flow),
        ("process_inbox, 2 at a time", flow2),
    ):
        print(
            f"| {name} | {r['documents']} | {r['pages']} | {r['failed']} | "
            f"{r['seconds']:.1f} | {r['startup']:.1f} |"
        )
    print(
        f"\noverhead of process_inbox (1 at a time) over caseclerk run: {overhead:+.1%} "
        f"({(flow['seconds'] - run['seconds']) / max(1, run['documents']):+.2f} s/document), "
        f"{(flow['seconds'] + flow['startup'] - run['seconds']) / run['seconds']:+.1%} "
        "counting the Prefect API start"
    )
    print(
        f"two at a time: {run['seconds'] / flow2['seconds']:.2f}x the pages per minute of "
        "caseclerk run"
    )


if __name__ == "__main__":
    main()
