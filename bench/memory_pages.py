"""Peak memory of one worker on a long PDF: the 600 MB target for a 100-page document.

Builds an N-page image-only PDF by repeating one generated court-order page (pdfunite),
then runs ``process_file`` on it in a fresh process, which reports its own peak resident
set and the largest of the tesseract/poppler processes it ran.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = """
import sys
from pathlib import Path
from pipeline.document import process_file
from pipeline.settings import Settings
import resource
done = process_file(Path(sys.argv[1]), Settings())
own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
helpers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(len(done.text.pages), own, helpers)
"""


def build_pdf(pages: int, work: Path) -> Path:
    from PIL import Image

    from pipeline.loading import LoadLimits, iter_pages
    from pipeline.settings import Settings

    corpus = work / "one"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pipeline.cli",
            "samples",
            "generate",
            str(corpus),
            "--n",
            "1",
            "--seed",
            "5",
            "--kinds",
            "court_order",
        ],
        check=True,
        capture_output=True,
    )
    scan = next(p for p in corpus.iterdir() if not p.name.endswith(".json"))
    page = next(iter_pages(scan, LoadLimits.from_settings(Settings())))
    single = work / "page.pdf"
    Image.fromarray(page.image[..., ::-1] if page.image.ndim == 3 else page.image).save(
        single, resolution=page.dpi
    )
    out = work / f"long-{pages}.pdf"
    subprocess.run(["pdfunite", *([str(single)] * pages), str(out)], check=True)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        pdf = build_pdf(args.pages, Path(tmp))
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", CHILD, str(pdf)], capture_output=True, text=True, check=True
        )
        seconds = time.perf_counter() - started
    pages, own, helpers = done.stdout.strip().splitlines()[-1].split()
    n = int(pages)
    print(
        "| pages | worker peak RSS (MB) | largest tesseract/poppler RSS (MB) | seconds | s/page |"
    )
    print("| --- | --- | --- | --- | --- |")
    print(f"| {n} | {float(own):.0f} | {float(helpers):.0f} | {seconds:.0f} | {seconds / n:.2f} |")


if __name__ == "__main__":
    main()
