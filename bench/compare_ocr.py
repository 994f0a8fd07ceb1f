"""Raw Tesseract vs OCRmyPDF vs caseclerk on one generated, degraded corpus.

Run by ``bench/run.sh`` (``make bench``). Every tool reads the same scans and is scored
with the same CER function ``caseclerk eval`` uses. Times are wall-clock seconds with one
worker and ``OMP_THREAD_LIMIT=1``; peak memory is the largest resident set of any process
the tool ran (``ru_maxrss`` of the waited-for children).

The speed target compares caseclerk's seconds per page on the degraded scans with plain
Tesseract's on the *undegraded* copies of the same pages (``--clean``).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image

from pipeline.evaluate import find_corpus
from pipeline.scoring import cer

ENV = {**os.environ, "OMP_THREAD_LIMIT": "1"}


def page_images(scan: Path, work: Path) -> list[Path]:
    """The scan's pages as PNG files, the way a person would feed them to tesseract."""
    work.mkdir(parents=True, exist_ok=True)
    if scan.suffix.lower() == ".pdf":
        subprocess.run(
            ["pdftoppm", "-r", "300", "-png", str(scan), str(work / "p")], check=True, env=ENV
        )
        return sorted(work.glob("p*.png"))
    with Image.open(scan) as image:
        frames = getattr(image, "n_frames", 1)
        if frames == 1 and scan.suffix.lower() in (".png", ".jpg", ".jpeg"):
            return [scan]
        paths = []
        for i in range(frames):
            image.seek(i)
            path = work / f"p-{i:03d}.png"
            image.save(path, dpi=image.info.get("dpi", (300, 300)))
            paths.append(path)
        return paths


def run_tesseract(scan: Path, work: Path) -> tuple[str, float, int]:
    """Plain `tesseract page.png -` per page; only tesseract's own time is counted."""
    pages = page_images(scan, work)
    texts, seconds = [], 0.0
    for page in pages:
        started = time.perf_counter()
        done = subprocess.run(
            ["tesseract", str(page), "-"], capture_output=True, text=True, env=ENV, check=False
        )
        seconds += time.perf_counter() - started
        texts.append(done.stdout)
    return "\n".join(texts), seconds, len(pages)


def run_ocrmypdf(scan: Path, work: Path) -> tuple[str, float]:
    work.mkdir(parents=True, exist_ok=True)
    sidecar = work / "sidecar.txt"
    cmd = [
        "ocrmypdf",
        "-j",
        "1",
        "--deskew",
        "--clean",
        "--rotate-pages",
        "--force-ocr",
        "--sidecar",
        str(sidecar),
        "--output-type",
        "pdf",
        "-q",
    ]
    if scan.suffix.lower() != ".pdf":
        with Image.open(scan) as image:
            if "dpi" not in image.info:
                cmd += ["--image-dpi", "300"]
    cmd += [str(scan), str(work / "out.pdf")]
    started = time.perf_counter()
    subprocess.run(cmd, capture_output=True, env=ENV, check=False)
    seconds = time.perf_counter() - started
    text = sidecar.read_text(errors="replace") if sidecar.exists() else ""
    return text.replace("\f", "\n"), seconds


def run_caseclerk(corpus: Path) -> dict:
    """`caseclerk eval --json --details`: the production path, scored by itself."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "eval", str(corpus), "--json", "--details"],
        capture_output=True,
        text=True,
        env=ENV,
        check=True,
    )
    summary = json.loads(done.stdout)
    summary["bench_wall_seconds"] = time.perf_counter() - started
    return summary


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def summary_row(name: str, cers: dict[str, float], seconds: float, pages: int, mem: float) -> dict:
    worst = max(cers, key=cers.get)
    return {
        "tool": name,
        "cer_mean": statistics.fmean(cers.values()),
        "cer_median": statistics.median(cers.values()),
        "worst_document": worst,
        "worst_cer": cers[worst],
        "docs_over_10pct": sum(1 for c in cers.values() if c > 0.10),
        "seconds_per_page": seconds / pages,
        "peak_mb": mem,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", type=Path, help="degraded truth-format corpus")
    parser.add_argument("--clean", type=Path, help="undegraded copies, same names", required=True)
    parser.add_argument("--out", type=Path, default=Path("bench/out/compare_ocr.json"))
    parser.add_argument("--skip-ocrmypdf", action="store_true")
    args = parser.parse_args()

    pairs = find_corpus(args.corpus)
    truths = {scan.name: json.loads(truth.read_text())["text"] for scan, truth in pairs}
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        # 1. plain tesseract on the undegraded copies: the speed baseline
        clean_seconds, clean_pages = 0.0, 0
        for scan, _ in find_corpus(args.clean):
            _, s, n = run_tesseract(scan, tmpdir / "clean" / scan.stem)
            clean_seconds, clean_pages = clean_seconds + s, clean_pages + n
        baseline = clean_seconds / clean_pages
        # 2. plain tesseract on the degraded scans
        cers, seconds, pages = {}, 0.0, 0
        for scan, _ in pairs:
            text, s, n = run_tesseract(scan, tmpdir / "tess" / scan.stem)
            cers[scan.name] = cer(text, truths[scan.name])
            seconds, pages = seconds + s, pages + n
        rows.append(summary_row("tesseract (plain)", cers, seconds, pages, peak_mb()))
        # 3. OCRmyPDF
        if not args.skip_ocrmypdf:
            cers, seconds = {}, 0.0
            for scan, _ in pairs:
                text, s = run_ocrmypdf(scan, tmpdir / "ocrmypdf" / scan.stem)
                cers[scan.name] = cer(text, truths[scan.name])
                seconds += s
            rows.append(
                summary_row(
                    "ocrmypdf --deskew --clean --rotate-pages", cers, seconds, pages, peak_mb()
                )
            )
    # 4. caseclerk, through eval
    summary = run_caseclerk(args.corpus)
    cers = {d["name"]: d["cer"] for d in summary["documents_detail"]}
    total = sum(d["seconds"] for d in summary["documents_detail"])
    rows.append(summary_row("caseclerk", cers, total, summary["pages"], peak_mb()))

    result = {
        "corpus": str(args.corpus),
        "documents": len(pairs),
        "pages": pages,
        "tesseract_clean_seconds_per_page": baseline,
        "rows": rows,
        "caseclerk_speed_ratio": rows[-1]["seconds_per_page"] / baseline,
        "caseclerk_eval": {k: v for k, v in summary.items() if k != "documents_detail"},
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2))
    print(f"plain tesseract on undegraded pages: {baseline:.2f} s/page")
    print("| tool | CER mean | CER median | worst document (CER) | docs > 10% | s/page | peak MB |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for r in rows:
        print(
            f"| {r['tool']} | {r['cer_mean']:.2%} | {r['cer_median']:.2%} | "
            f"{r['worst_document']} ({r['worst_cer']:.1%}) | {r['docs_over_10pct']} | "
            f"{r['seconds_per_page']:.2f} | {r['peak_mb']:.0f} |"
        )
    print(
        f"caseclerk s/page ÷ plain tesseract on undegraded pages: "
        f"{result['caseclerk_speed_ratio']:.2f}"
    )


if __name__ == "__main__":
    main()
