"""Classifier accuracy and calibration on a truth-format corpus, from real OCR or truth text.

    python bench/classify_calibration.py DIR            # classify each truth file's text
    python bench/classify_calibration.py DIR --ocr      # plain Tesseract on each scan first
    python bench/classify_calibration.py DIR --pipeline-ocr   # pipeline.ocr.read_page first
    python bench/classify_calibration.py DIR --damage 0.1

Reports accuracy, Brier score and expected calibration error for doc_type and (over court
orders) order_type, and classify()'s milliseconds per document. Use a corpus generated with
a different seed from the one the model was fitted on. With --ocr it OCRs pages directly
with pytesseract (plain, no preprocessing): a pessimistic stand-in for the pipeline's OCR.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from classifiers import classify
from classifiers.noise import damage
from classifiers.train import calibration
from pipeline.records import DOC_TYPES, ORDER_TYPES

SCANS = (".pdf", ".tif", ".tiff", ".png", ".jpg", ".jpeg")


def ocr_scan(path: Path, pipeline: bool = False) -> str:
    """Tesseract text of every page of a scan: plain, or through pipeline.ocr.read_page."""
    import pytesseract
    from PIL import Image, ImageSequence

    if path.suffix.lower() == ".pdf":
        from pdf2image import convert_from_path

        pages = convert_from_path(str(path), dpi=300)
        dpis = [300.0] * len(pages)
    else:
        with Image.open(path) as img:
            pages = [frame.copy() for frame in ImageSequence.Iterator(img)]
            dpi = float((img.info.get("dpi") or (300, 300))[0])
        dpis = [dpi] * len(pages)
    if not pipeline:
        return "\n".join(pytesseract.image_to_string(p.convert("L")) for p in pages)
    from pipeline.ocr import read_page
    from pipeline.pages import LoadedPage

    texts = []
    for i, (page, dpi) in enumerate(zip(pages, dpis, strict=True)):
        loaded = LoadedPage(index=i, image=np.asarray(page.convert("L")), dpi=dpi)
        texts.append(read_page(loaded).text)
    return "\n".join(texts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--ocr", action="store_true", help="plain Tesseract on each scan")
    parser.add_argument(
        "--pipeline-ocr", action="store_true", help="pipeline.ocr.read_page (with preprocessing)"
    )
    parser.add_argument("--damage", type=float, default=0.0)
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    rng = random.Random(0)
    doc_probs, doc_y, order_probs, order_y = [], [], [], []
    seconds = 0.0
    mistakes = []
    truths = sorted(args.corpus.glob("*.truth.json"))
    if args.limit:
        truths = truths[: args.limit]
    for truth_path in truths:
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        stem = truth_path.name[: -len(".truth.json")]
        if args.ocr or args.pipeline_ocr:
            scans = [p for p in truth_path.parent.glob(stem + ".*") if p.suffix.lower() in SCANS]
            text = ocr_scan(scans[0], pipeline=args.pipeline_ocr)
        else:
            text = truth.get("text") or ""
            if args.damage:
                text = damage(text, args.damage, rng)
        started = time.perf_counter()
        c = classify(text)
        seconds += time.perf_counter() - started
        doc_probs.append([c.probabilities[d] for d in DOC_TYPES])
        doc_y.append(DOC_TYPES.index(truth["doc_type"]))
        wrong = c.doc_type != truth["doc_type"]
        if truth["doc_type"] == "court_order" and truth.get("order_type"):
            from classifiers import _models
            from classifiers.features import evidence

            op = _models()[1].predict_proba(evidence(text).order)
            order_probs.append(op)
            order_y.append(ORDER_TYPES.index(truth["order_type"]))
            wrong = wrong or c.order_type != truth["order_type"]
        if wrong:
            mistakes.append(
                {
                    "name": stem,
                    "truth": [truth["doc_type"], truth.get("order_type")],
                    "predicted": [c.doc_type, c.order_type],
                    "p": [c.doc_type_probability, c.order_type_probability],
                }
            )
    report = {
        "corpus": str(args.corpus),
        "source": "pipeline ocr"
        if args.pipeline_ocr
        else "plain ocr"
        if args.ocr
        else f"truth text, damage {args.damage}",
        "doc_type": calibration(np.array(doc_probs), np.array(doc_y)),
        "order_type": calibration(np.array(order_probs), np.array(order_y)) if order_y else None,
        "classify_ms_per_document": round(1000 * seconds / max(len(truths), 1), 2),
        "mistakes": mistakes,
    }
    print(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
