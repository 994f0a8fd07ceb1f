"""Real Tesseract reads a clean generated page as its truth text: the truth is what is drawn."""

from __future__ import annotations

import os

import pytest
from rapidfuzz.distance import Levenshtein

from samples.generate import Planned, build_document, compose, plan_run
from samples.render import Table

pytesseract = pytest.importorskip("pytesseract")
pytestmark = pytest.mark.integration


def _cer(found: str, truth: str) -> float:
    a, b = " ".join(found.split()), " ".join(truth.split())
    return Levenshtein.distance(a, b) / max(1, len(b))


def _without_ruled_tables(kind: str) -> Planned:
    """The first seed whose document has no ruled table: boxes are the OCR stage's problem."""
    for seed in range(1, 60):
        plan = plan_run(1, seed, kinds=[kind])[0]
        if not any(isinstance(b, Table) and b.ruled for b in compose(plan).blocks):
            return plan
    raise AssertionError("no document without ruled tables in 60 seeds")


@pytest.mark.parametrize("kind", ["court_order", "la_check", "police_check"])
def test_clean_first_page_ocrs_to_its_truth_text(kind: str) -> None:
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    built = build_document(_without_ruled_tables(kind), degrade_=False)
    found = pytesseract.image_to_string(built.clean_pages[0], config="--psm 4")
    assert built.truth["text"].startswith(built.page_texts[0])
    assert _cer(found, built.page_texts[0]) < 0.03
