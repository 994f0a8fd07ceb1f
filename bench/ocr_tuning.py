"""Measure preprocessing choices: CER and seconds per page on a degraded corpus.

Usage (one worker, OMP_THREAD_LIMIT=1):

    .venv/bin/caseclerk samples generate /tmp/ocrtune --n 24 --seed 11 --also-clean /tmp/ocrclean
    OMP_THREAD_LIMIT=1 .venv/bin/python bench/ocr_tuning.py /tmp/ocrtune --clean /tmp/ocrclean \
        --variant default --variant nobinarise:binarise=False --variant h26:target_text_height=26

Each ``--variant NAME[:field=value,...]`` overrides :class:`PreprocessConfig` (or, with an
``ocr.`` prefix, :class:`OcrConfig`; with ``reread.``, :class:`RereadConfig`) fields.
``--plain`` also runs plain Tesseract
(``image_to_string``) on the degraded pages; ``--clean`` times it on each undegraded copy
next to the degraded page, which is the speed baseline of the target (caseclerk <= 1.3x
plain on clean pages): ``speed_ratio`` in the output.

Measured 2026-11-25 on 2 shared cores (24 documents / 25 pages, seed 11):
default (target text height 22 px, psm auto 4/3, binarised): mean CER 1.9%, max 19.6%
(doc018: fax of a shadowed page, the header is solid black in the scan), 1.23x plain
Tesseract on the clean pages; target 26/27 px: CER 1.6-2.6% but 1.3-1.7x; gray instead of
binary: 6.0%; psm 3 for every page: 9.1%. Plain Tesseract on the degraded scans (first 10
documents, --plain): mean CER 48.6% against 1.0% for the default.
Held out (seed 99, 16 documents): mean 1.8%, max 10.3%, 1.09x.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import statistics
import sys
import time
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("OMP_THREAD_LIMIT", "1")

import numpy as np
import pytesseract
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.ocr import OcrConfig, read_page
from pipeline.pages import LoadedPage
from pipeline.preprocess import PreprocessConfig
from pipeline.reread import RereadConfig
from pipeline.scoring import cer
from pipeline.text import DocumentText

SUFFIXES = (".pdf", ".tif", ".tiff", ".png", ".jpg", ".jpeg")


def corpus(folder: Path) -> list[tuple[Path, dict]]:
    found = []
    for truth in sorted(folder.glob("*.truth.json")):
        stem = truth.name[: -len(".truth.json")]
        for suffix in SUFFIXES:
            scan = folder / f"{stem}{suffix}"
            if scan.exists():
                found.append((scan, json.loads(truth.read_text())))
                break
    return found


def _array(image: Image.Image) -> np.ndarray:
    if image.mode in ("1", "L", "I;16", "I"):
        return np.asarray(image.convert("L"))
    return np.ascontiguousarray(np.asarray(image.convert("RGB"))[:, :, ::-1])


def pages(scan: Path) -> Iterator[LoadedPage]:
    """Pages of a scan; through pipeline.loading when it exists, else a minimal reader."""
    try:
        from pipeline.loading import LoadLimits, iter_pages
        from pipeline.settings import Settings

        yield from iter_pages(scan, LoadLimits.from_settings(Settings()))
        return
    except ImportError:
        pass
    if scan.suffix.lower() == ".pdf":
        from pdf2image import convert_from_path

        for i, image in enumerate(convert_from_path(str(scan), dpi=300)):
            yield LoadedPage(i, _array(image), 300.0)
        return
    with Image.open(scan) as image:
        for i in range(getattr(image, "n_frames", 1)):
            image.seek(i)
            dpi = float(image.info.get("dpi", (300, 300))[0] or 300)
            yield LoadedPage(i, _array(image), dpi)


def make_config(spec: str) -> tuple[str, OcrConfig]:
    name, _, overrides = spec.partition(":")
    pre: dict[str, object] = {}
    ocr: dict[str, object] = {}
    reread: dict[str, object] = {}
    for item in filter(None, overrides.split(",")):
        key, _, raw = item.partition("=")
        value: object = raw
        for cast in (int, float):
            try:
                value = cast(raw)
                break
            except ValueError:
                continue
        if raw in ("True", "False"):
            value = raw == "True"
        if key.startswith("ocr."):
            ocr[key[4:]] = value
        elif key.startswith("reread."):
            reread[key[7:]] = value
        else:
            pre[key] = value
    return name, OcrConfig(
        preprocess=PreprocessConfig(**pre),  # type: ignore[arg-type]
        reread=RereadConfig(**reread),  # type: ignore[arg-type]
        **ocr,  # type: ignore[arg-type]
    )


def run_variant(
    name: str, config: OcrConfig, docs: list[tuple[Path, dict]], clean: Path | None = None
) -> dict:
    """CER and time per page; with ``clean``, plain Tesseract on each undegraded page is
    timed right before the same degraded page, so load from other processes hits both."""
    cers: list[float] = []
    seconds = 0.0
    plain_seconds = 0.0
    n_pages = 0
    worst: list[tuple[float, str]] = []
    for scan, truth in docs:
        texts = []
        clean_pages = list(pages(clean / scan.name)) if clean else []
        for page in pages(scan):
            if page.index < len(clean_pages):
                started = time.perf_counter()
                pytesseract.image_to_string(Image.fromarray(clean_pages[page.index].image))
                plain_seconds += time.perf_counter() - started
            started = time.perf_counter()
            texts.append(read_page(page, config))
            seconds += time.perf_counter() - started
            n_pages += 1
        value = cer(DocumentText(pages=texts).text, truth["text"])
        cers.append(value)
        rot = [p.quality.rotation for p in texts]
        worst.append((value, f"{scan.name} rot={rot} steps={texts[0].quality.steps}"))
    worst.sort(reverse=True)
    return {
        "variant": name,
        "config": dataclasses.asdict(config),
        "mean_cer": statistics.mean(cers),
        "max_cer": max(cers),
        "seconds_per_page": seconds / max(n_pages, 1),
        "plain_clean_seconds_per_page": plain_seconds / max(n_pages, 1) if clean else None,
        "speed_ratio": seconds / plain_seconds if plain_seconds else None,
        "pages": n_pages,
        "worst": [f"{v:.3f} {what}" for v, what in worst[:5]],
        "per_doc": {scan.name: round(c, 4) for (scan, _), c in zip(docs, cers, strict=True)},
    }


def run_plain(docs: list[tuple[Path, dict]]) -> dict:
    cers: list[float] = []
    seconds = 0.0
    n_pages = 0
    for scan, truth in docs:
        texts = []
        for page in pages(scan):
            started = time.perf_counter()
            texts.append(pytesseract.image_to_string(Image.fromarray(page.image)))
            seconds += time.perf_counter() - started
            n_pages += 1
        cers.append(cer("\n".join(texts), truth["text"]))
    return {
        "mean_cer": statistics.mean(cers),
        "max_cer": max(cers),
        "seconds_per_page": seconds / max(n_pages, 1),
        "pages": n_pages,
        "per_doc": {scan.name: round(c, 4) for (scan, _), c in zip(docs, cers, strict=True)},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--clean", type=Path, help="undegraded copies (plain-Tesseract speed)")
    parser.add_argument("--plain", action="store_true", help="plain Tesseract on degraded pages")
    parser.add_argument("--variant", action="append", default=[])
    parser.add_argument("--limit", type=int, default=0, help="only the first N documents")
    args = parser.parse_args()
    docs = corpus(args.corpus)
    if args.limit:
        docs = docs[: args.limit]
    results: dict[str, object] = {"documents": len(docs)}
    if args.plain:
        results["plain_tesseract_degraded"] = run_plain(docs)
        print(json.dumps(results["plain_tesseract_degraded"]), flush=True)
    for spec in args.variant or ["default"]:
        name, config = make_config(spec)
        result = run_variant(name, config, docs, args.clean)
        result.pop("config")
        print(json.dumps(result, indent=1), flush=True)


if __name__ == "__main__":
    main()
