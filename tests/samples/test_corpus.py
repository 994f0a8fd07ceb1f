"""The committed sample set matches its truth files and stays small and varied."""

from __future__ import annotations

import json
from pathlib import Path

from samples.degrade import DEGRADATIONS
from samples.truthcheck import problems

CORPUS = Path(__file__).resolve().parents[2] / "samples" / "corpus"
SCAN_SUFFIXES = {".pdf", ".tif", ".png", ".jpg"}


def _truths() -> dict[str, dict]:
    return {
        p.name[: -len(".truth.json")]: json.loads(p.read_text(encoding="utf-8"))
        for p in sorted(CORPUS.glob("*.truth.json"))
    }


def test_twelve_scans_each_with_a_valid_truth_file() -> None:
    truths = _truths()
    scans = sorted(p for p in CORPUS.iterdir() if p.suffix in SCAN_SUFFIXES)
    assert len(truths) == 12
    assert [p.stem for p in scans] == sorted(truths)
    for scan in scans:
        truth = truths[scan.stem]
        assert problems(truth) == [], scan.name
        assert scan.suffix == f".{truth['_format']}", scan.name


def test_under_ten_megabytes() -> None:
    assert sum(p.stat().st_size for p in CORPUS.iterdir() if p.is_file()) < 10 * 1024 * 1024


def test_kinds_formats_and_degradations_are_all_represented() -> None:
    truths = list(_truths().values())
    assert {t["doc_type"] for t in truths} == {"court_order", "la_check", "police_check", "other"}
    assert len({t["order_type"] for t in truths if t["order_type"]}) >= 4
    assert {t["_format"] for t in truths} == {"pdf", "tif", "png", "jpg"}
    shown = {d["name"] for t in truths for d in t["_degradations"]}
    assert shown == set(DEGRADATIONS)
    assert any(t["_pages"] > 1 for t in truths)
    assert len({t["_dpi"] for t in truths}) >= 3
