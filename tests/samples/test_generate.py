"""The generator writes valid, self-consistent truth-format corpora, the same for a seed."""

from __future__ import annotations

import json
import random
import re
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from pipeline.records import ORDER_TYPES
from samples.degrade import DEGRADATIONS
from samples.generate import build_document, generate, plan_run
from samples.people import Person
from samples.templates.common import Ctx
from samples.templates.police_check import _offence_rows
from samples.truthcheck import problems

SCAN_SUFFIXES = {".pdf", ".tif", ".png", ".jpg"}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    generate(out, 12, seed=11)
    return out


def _truths(folder: Path) -> dict[str, dict]:
    return {
        p.name[: -len(".truth.json")]: json.loads(p.read_text(encoding="utf-8"))
        for p in folder.glob("*.truth.json")
    }


def test_every_document_has_a_scan_and_a_valid_truth_file(corpus: Path) -> None:
    truths = _truths(corpus)
    scans = [p for p in corpus.iterdir() if p.suffix in SCAN_SUFFIXES]
    assert len(truths) == 12
    assert sorted(p.stem for p in scans) == sorted(truths)
    for name, truth in truths.items():
        assert problems(truth) == [], name
        assert truth["text"].strip(), name


def test_the_truth_names_only_what_is_printed(corpus: Path) -> None:
    for name, truth in _truths(corpus).items():
        text = truth["text"]
        for value in truth["pnc_ids"]:
            assert value in text, (name, value)
        for value in truth["postcodes"]:  # a line may wrap between its halves
            assert value in " ".join(text.split()), (name, value)
        if truth["case_number"]:
            assert truth["case_number"] in text, name
        for child in truth["children"]:
            assert child["name"] in text, name
        if truth["judge"]:
            assert truth["judge"] in text, name
        if truth["doc_type"] == "police_check":
            for person in truth["people"]:
                assert person["name"].split()[-1].upper() in text, name
        else:
            for person in truth["people"]:
                assert person["name"] in text, name


def test_scans_open_with_the_recorded_page_count_and_dpi(corpus: Path) -> None:
    for name, truth in _truths(corpus).items():
        scan = corpus / f"{name}.{truth['_format']}"
        if scan.suffix == ".pdf":
            pages = re.findall(rb"/Type\s*/Page\b(?!s)", scan.read_bytes())
            assert len(pages) == truth["_pages"], name
            continue
        with Image.open(scan) as image:
            assert getattr(image, "n_frames", 1) == truth["_pages"]
            assert round(image.info["dpi"][0]) == truth["_dpi"]


def test_fax_pages_are_one_bit_g4_tiffs(corpus: Path) -> None:
    for name, truth in _truths(corpus).items():
        if any(d["name"] == "fax" for d in truth["_degradations"]):
            with Image.open(corpus / f"{name}.tif") as image:
                assert image.mode == "1"
                assert image.info.get("compression") == "group4"


def test_same_seed_same_document_different_seed_different_document() -> None:
    first = plan_run(3, seed=5)[2]
    again = plan_run(3, seed=5)[2]
    other = plan_run(3, seed=6)[2]
    a, b, c = build_document(first), build_document(again), build_document(other)
    assert a.truth == b.truth
    assert all(np.array_equal(x, y) for x, y in zip(a.pages, b.pages, strict=True))
    assert a.truth["text"] != c.truth["text"]


def test_a_document_does_not_depend_on_how_many_are_generated() -> None:
    assert plan_run(4, seed=9)[3] == plan_run(40, seed=9)[3]


def test_twelve_court_orders_cover_every_order_type() -> None:
    plans = plan_run(12, seed=3, kinds=["court_order"])
    assert {p.order_type for p in plans} == set(ORDER_TYPES)


@pytest.mark.parametrize("order_type", ORDER_TYPES)
def test_every_order_type_can_be_drawn(order_type: str) -> None:
    plan = plan_run(1, seed=21, kinds=["court_order"])[0]
    plan.order_type = order_type
    built = build_document(plan, degrade_=False)
    assert built.truth["order_type"] == order_type
    assert problems(built.truth) == []
    assert 1 <= built.truth["_pages"] <= 4


def test_eleven_documents_show_every_degradation() -> None:
    plans = plan_run(11, seed=123)
    assert {p.primary for p in plans} == set(DEGRADATIONS)
    shown = set()
    for plan in plans:
        shown |= {d["name"] for d in build_document(plan).truth["_degradations"]}
    assert shown == set(DEGRADATIONS)


def test_no_degrade_draws_clean_pages() -> None:
    built = build_document(plan_run(1, seed=4)[0], degrade_=False)
    assert built.truth["_degradations"] == []
    assert all(np.array_equal(a, b) for a, b in zip(built.pages, built.clean_pages, strict=True))


def test_kinds_filter_and_unknown_kind() -> None:
    assert {p.doc_type for p in plan_run(8, 1, kinds=["la_check", "other"])} == {
        "la_check",
        "other",
    }
    with pytest.raises(ValueError, match="unknown"):
        plan_run(2, 1, kinds=["recipe"])


def test_also_clean_writes_the_same_names_without_degradations(tmp_path: Path) -> None:
    degraded, clean = tmp_path / "d", tmp_path / "c"
    generate(degraded, 2, seed=8, also_clean=clean)
    assert sorted(p.name for p in degraded.iterdir()) == sorted(p.name for p in clean.iterdir())
    for truth in _truths(clean).values():
        assert truth["_degradations"] == []
    assert {k: v["text"] for k, v in _truths(clean).items()} == {
        k: v["text"] for k, v in _truths(degraded).items()
    }


def test_clean_removes_only_scans_and_truth_files(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("keep me")
    (tmp_path / "old.png").write_bytes(b"x")
    generate(tmp_path, 1, seed=2, clean=True)
    assert (tmp_path / "notes.md").exists()
    assert not (tmp_path / "old.png").exists()


def test_a_subject_checked_just_after_turning_18_still_gets_conviction_dates() -> None:
    """Convictions are drawn from adulthood to a month before the check: a subject who
    turned 18 a week ago has no such month, and the draw used to crash the generator."""
    ctx = Ctx(random.Random(1), 1, doc_date=date(2024, 6, 1))
    subject = Person("Jo", "Bloggs", date(2024, 6, 1) - timedelta(days=18 * 365 + 5))
    rows = _offence_rows(ctx, subject, ctx.ids.place(), 2)
    assert len(rows) == 2


def test_accents_put_names_the_ocr_model_cannot_write_into_valid_truths() -> None:
    plans = plan_run(40, 5, degrade_=False, accents=True)
    truths = [build_document(p, degrade_=False).truth for p in plans]
    names = [
        entry["name"] for t in truths for key in ("children", "people") for entry in t.get(key, [])
    ]
    accented = [n for n in names if not n.isascii()]
    assert accented and len(accented) < len(names) / 4  # some, not most
    assert all(not problems(t) for t in truths)
    # without the flag the same seed draws the same names as ever, accents aside
    plain = [build_document(p, degrade_=False).truth for p in plan_run(40, 5, degrade_=False)]
    assert [t["case_number"] for t in plain] == [t["case_number"] for t in truths]
