"""Generate a truth-format corpus: compose, draw, degrade, then write scan + truth.

``build_document`` is pure (seed in, pages and truth out); only ``write_document`` and
``generate`` touch the file system. Every document has its own seed derived from the run's
seed and its index, so document 7 is the same whether 8 or 800 are generated.
"""

from __future__ import annotations

import io
import json
import random
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from pipeline.records import DOC_TYPES, ORDER_TYPES
from pipeline.sniff import SCAN_SUFFIXES
from samples import degrade
from samples.render import render
from samples.templates import court_order, la_check, other, police_check
from samples.templates.common import Case, Composed, Ctx

# One cycle of kinds; n=12 gives 5 court orders, 3 LA checks, 3 PNC checks and 1 other.
KIND_CYCLE = (
    "court_order", "la_check", "police_check", "court_order", "la_check", "police_check",
    "court_order", "other", "court_order", "la_check", "police_check", "court_order",
)  # fmt: skip
# --linked: one cycle of case bundles, an order first and then checks about its family;
# 12 documents with the same mix as KIND_CYCLE. ``other`` belongs to no case.
LINKED_CYCLE: tuple[tuple[str, ...], ...] = (
    ("court_order", "la_check", "police_check"),
    ("court_order", "la_check"),
    ("court_order", "police_check"),
    ("other",),
    ("court_order", "la_check"),
    ("court_order", "police_check"),
)
LINK_WINDOW_DAYS = 42  # a check is dated up to six weeks before or after its order
FORMATS = ("pdf", "tif", "png", "jpg")
DPIS = (150, 200, 240, 300)
_FIXED_TIME = time.gmtime(1_704_067_200)  # 2024-01-01: PDFs carry no wall-clock date


@dataclass
class Planned:
    """What document ``index`` of a run will be, decided before anything is drawn."""

    index: int
    seed: int
    doc_type: str
    order_type: str | None
    primary: str | None  # the degradation this document is sure to show
    fmt: str
    linked: bool = False  # part of a --linked run: the truth gains ``_case``
    case: Case | None = None  # the bundle's case (linked runs; None for ``other``)
    doc_date: date | None = None  # set for linked documents, drawn by the template otherwise
    accents: bool = False  # --accents: some names drawn with accents (samples.people)


@dataclass
class Built:
    """A finished document: degraded pages, clean pages, truth and how to save it."""

    name: str
    pages: list[np.ndarray]
    clean_pages: list[np.ndarray]
    dpi: int
    fmt: str
    truth: dict[str, Any]
    page_texts: list[str]  # the truth text page by page


def document_seed(seed: int, index: int) -> int:
    return (seed * 1_000_003 + index * 7919) % (2**31)


def plan_run(
    n: int,
    seed: int,
    kinds: Iterable[str] | None = None,
    degrade_: bool = True,
    linked: bool = False,
    accents: bool = False,
):
    """The documents of a run: kinds cycled, order types and degradations dealt in turn.

    Dealing from seeded permutations (rather than drawing independently) is what makes a
    small run cover the ground: 12 documents show every degradation, and every order type
    comes up within the first 12 court orders. ``linked`` lays the kinds out as case
    bundles instead (``_linked_layout``) and gives each document its case; order types,
    degradations and formats are dealt the same way. ``accents`` draws some names with
    accents; without it a seed gives the corpus it always gave.
    """
    wanted = tuple(kinds) if kinds else DOC_TYPES
    unknown = set(wanted) - set(DOC_TYPES)
    if unknown:
        raise ValueError(f"unknown document kinds: {', '.join(sorted(unknown))}")
    if linked and "court_order" not in wanted:
        raise ValueError("--linked needs court_order among the kinds: a case is its order")
    rng = random.Random(seed)
    orders = list(ORDER_TYPES)
    rng.shuffle(orders)
    primaries = list(degrade.DEGRADATIONS)
    rng.shuffle(primaries)
    formats = list(FORMATS)
    rng.shuffle(formats)
    if linked:
        layout = _linked_layout(n, seed, wanted)
    else:
        cycle = [k for k in KIND_CYCLE if k in wanted] or list(wanted)
        layout = [(cycle[index % len(cycle)], None, 0) for index in range(n)]
    planned: list[Planned] = []
    court_count = 0
    dealt = [primaries[index % len(primaries)] if degrade_ else None for index in range(n)]
    for index in range(n - 1):
        # A turned page is only a test of orientation detection when it has text on it.
        if layout[index][0] == "other" and dealt[index] == "rotate":
            dealt[index], dealt[index + 1] = dealt[index + 1], dealt[index]
    cases: dict[int, Case] = {}
    for index, (doc_type, owner, offset) in enumerate(layout):
        order_type = None
        if doc_type == "court_order":
            order_type = orders[court_count % len(orders)]
            court_count += 1
            if linked:
                cases[index] = _draw_case(seed, index, order_type, accents)
        primary = dealt[index]
        fmt = formats[index % len(formats)]
        plan = Planned(index, document_seed(seed, index), doc_type, order_type, primary, fmt)
        plan.accents = accents
        if linked:
            plan.linked = True
            if owner is not None:
                plan.case = cases[owner]
                plan.doc_date = plan.case.order_date + timedelta(days=offset)
        planned.append(plan)
    return planned


def _linked_layout(n: int, seed: int, wanted: tuple[str, ...]) -> list[tuple[str, int | None, int]]:
    """(kind, index of its bundle's order or None, days from the order) per document.

    Each cycle of LINKED_CYCLE is interleaved at random, keeping every order ahead of its
    checks: a check's order is then in the corpus however ``n`` cuts it (and is already
    filed, as in casework). Each cycle has its own rng, so document *i* still depends only
    on the seed and *i*.
    """
    bundles = [b for b in (tuple(k for k in b if k in wanted) for b in LINKED_CYCLE) if b]
    slots: list[tuple[str, int | None, int]] = []
    cycle = 0
    while len(slots) < n:
        rng = random.Random(f"caseclerk-linked:{seed}:{cycle}")
        turns = [number for number, bundle in enumerate(bundles) for _ in bundle]
        rng.shuffle(turns)
        taken = [0] * len(bundles)
        order_at: dict[int, int] = {}
        for number in turns:
            kind = bundles[number][taken[number]]
            taken[number] += 1
            if kind == "court_order":
                order_at[number] = len(slots)
            offset = 0
            if kind in ("la_check", "police_check"):
                offset = rng.randint(-LINK_WINDOW_DAYS, LINK_WINDOW_DAYS)
            slots.append((kind, order_at.get(number), offset))
        cycle += 1
    return slots[:n]


def _draw_case(seed: int, index: int, order_type: str, accents: bool = False) -> Case:
    """The case of the bundle whose order is document ``index``, from its own seed."""
    case_seed = document_seed(seed, index) ^ 0xCA5E
    ctx = Ctx(random.Random(case_seed), case_seed, accents=accents)
    return court_order.draw_case(ctx, order_type, LINK_WINDOW_DAYS)


def compose(plan: Planned) -> Composed:
    rng = random.Random(plan.seed)
    ctx = Ctx(rng, plan.seed, plan.doc_date, plan.case, plan.accents)
    if plan.doc_type == "court_order":
        composed = court_order.compose(ctx, plan.order_type or "other_order")
    elif plan.doc_type == "la_check":
        composed = la_check.compose(ctx)
    elif plan.doc_type == "police_check":
        composed = police_check.compose(ctx)
    else:
        composed = other.compose(ctx)
    composed.postcodes = ctx.postcodes
    return composed


def build_document(plan: Planned, degrade_: bool = True) -> Built:
    """Compose, draw and (optionally) degrade one planned document, in memory."""
    composed = compose(plan)
    rng = random.Random(plan.seed ^ 0x5EED)
    dpi = rng.choice(DPIS)
    drawn = render(composed.blocks, composed.style, dpi)
    text = drawn.text
    truth = dict(composed.truth)
    truth["text"] = text
    # Postcodes are those actually printed, in reading order, each once. A line may wrap
    # between a postcode's halves ("Cardiff, CF15" / "3ET"): printed all the same.
    flat = " ".join(text.split())
    seen: list[str] = []
    for code in composed.postcodes:
        if code in flat and code not in seen:
            seen.append(code)
    seen.sort(key=flat.index)
    truth["postcodes"] = seen
    steps: list[degrade.Step] = []
    if degrade_:
        height, width = drawn.pages[0].shape[:2]
        steps = degrade.plan(
            rng,
            dpi,
            (width, height),
            date_of(truth),
            truth.get("local_authority"),
            primary=plan.primary,
        )
    pages = [degrade.apply(page, steps, i + 1, plan.seed) for i, page in enumerate(drawn.pages)]
    fmt = _format_for(plan.fmt, len(pages), steps)
    names = {step.name for step in steps}
    if "jpeg" in names and fmt == "png":
        fmt = "jpg"
    truth.update(
        {
            "_generator": "caseclerk samples generate",
            "_seed": plan.seed,
            "_template": composed.template,
            "_font": composed.style.font,
            "_size_pt": composed.style.size_pt,
            "_dpi": dpi,
            "_format": fmt,
            "_pages": len(pages),
            "_jpeg_quality": rng.randint(55, 80) if fmt in ("pdf", "jpg") else None,
            "_degradations": [step.record() for step in steps],
        }
    )
    if plan.linked:
        # Which case the document belongs to, printed or not: what case matching is scored on.
        truth["_case"] = plan.case.number if plan.case else None
    page_texts = ["\n".join(lines) for lines in drawn.page_lines]
    return Built(f"doc{plan.index:03d}", pages, drawn.pages, dpi, fmt, truth, page_texts)


def date_of(truth: dict[str, Any]) -> date:
    raw = truth.get("document_date")
    return date.fromisoformat(raw) if raw else date(2024, 1, 1)


def _format_for(preferred: str, pages: int, steps: list[degrade.Step]) -> str:
    names = {step.name for step in steps}
    if "fax" in names:
        return "tif"  # fax output is a 1-bit CCITT G4 TIFF
    if pages > 1 and preferred in ("png", "jpg"):
        return "pdf" if preferred == "png" else "tif"
    return preferred


def encode(
    pages: list[np.ndarray], fmt: str, dpi: int, binary: bool = False, quality: int = 75
) -> bytes:
    """The bytes of a scan file holding ``pages`` at ``dpi`` (written into the file)."""
    images = [Image.fromarray(page) for page in pages]
    if binary:
        images = [
            image.convert("L").point(lambda v: 255 if v >= 128 else 0).convert("1")
            for image in images
        ]
    buffer = io.BytesIO()
    first, rest = images[0], images[1:]
    if fmt == "pdf":
        if binary:
            images = [image.convert("L") for image in images]
            first, rest = images[0], images[1:]
        first.save(
            buffer,
            "PDF",
            save_all=True,
            append_images=rest,
            resolution=float(dpi),
            quality=quality,
            creationDate=_FIXED_TIME,
            modDate=_FIXED_TIME,  # same seed, same bytes
        )
    elif fmt == "tif":
        compression = "group4" if binary else "tiff_adobe_deflate"
        first.save(
            buffer,
            "TIFF",
            save_all=True,
            append_images=rest,
            dpi=(dpi, dpi),
            compression=compression,
        )
    elif fmt == "png":
        if len(images) != 1:
            raise ValueError("PNG holds one page")
        first.save(buffer, "PNG", dpi=(dpi, dpi), compress_level=6)
    elif fmt == "jpg":
        if len(images) != 1:
            raise ValueError("JPEG holds one page")
        first.convert("RGB" if first.mode == "RGB" else "L").save(
            buffer, "JPEG", dpi=(dpi, dpi), quality=quality
        )
    else:
        raise ValueError(f"unknown format {fmt!r}")
    return buffer.getvalue()


def write_document(built: Built, out: Path, clean_out: Path | None = None) -> Path:
    """Write NAME.<fmt> and NAME.truth.json (and the clean copy, same name, when asked)."""
    binary = any(step["name"] == "fax" for step in built.truth["_degradations"])
    scan = out / f"{built.name}.{built.fmt}"
    quality = built.truth.get("_jpeg_quality") or 75
    scan.write_bytes(encode(built.pages, built.fmt, built.dpi, binary=binary, quality=quality))
    truth_text = json.dumps(built.truth, indent=2, ensure_ascii=False) + "\n"
    (out / f"{built.name}.truth.json").write_text(truth_text, encoding="utf-8")
    if clean_out is not None:
        clean_truth = dict(built.truth, _degradations=[], _jpeg_quality=None)
        (clean_out / f"{built.name}.{built.fmt}").write_bytes(
            encode(built.clean_pages, built.fmt, built.dpi, quality=90)
        )
        (clean_out / f"{built.name}.truth.json").write_text(
            json.dumps(clean_truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    return scan


def clear_corpus(folder: Path) -> int:
    """Remove scans and truth files (only those) from the top level of ``folder``."""
    removed = 0
    for path in folder.iterdir():
        if path.is_file() and (
            path.name.endswith(".truth.json") or path.suffix.lower() in SCAN_SUFFIXES
        ):
            path.unlink()
            removed += 1
    return removed


def generate(
    out: Path,
    n: int,
    seed: int,
    *,
    kinds: Iterable[str] | None = None,
    degrade_: bool = True,
    clean: bool = False,
    also_clean: Path | None = None,
    on_document: Callable[[int, int], None] | None = None,
    linked: bool = False,
    accents: bool = False,
) -> list[dict[str, Any]]:
    """Write ``n`` documents to ``out``; returns one summary row per document.

    ``linked`` writes case bundles (see ``plan_run``) whose truths say their ``_case``;
    ``accents`` draws some names with accents.
    """
    plans = plan_run(n, seed, kinds, degrade_, linked, accents)
    for folder in (out, also_clean):
        if folder is None:
            continue
        folder.mkdir(parents=True, exist_ok=True)
        if clean:
            clear_corpus(folder)
    rows = []
    for done, plan in enumerate(plans, start=1):
        built = build_document(plan, degrade_)
        scan = write_document(built, out, also_clean)
        rows.append(
            {
                "file": scan.name,
                "doc_type": built.truth["doc_type"],
                "order_type": built.truth["order_type"],
                "pages": built.truth["_pages"],
                "dpi": built.dpi,
                "degradations": [d["name"] for d in built.truth["_degradations"]],
            }
        )
        if on_document:
            on_document(done, len(plans))
    return rows
