"""``--linked`` corpora: case bundles whose truths say which case each document is about.

Case matching (suggesting the case of a check that prints no case number) is measured on
these, so a check's family must really be its order's family; and the default corpora,
which held-out evaluation depends on, must not move by a byte.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from samples.generate import LINK_WINDOW_DAYS, build_document, plan_run
from samples.truthcheck import problems

CORPUS = Path(__file__).resolve().parents[2] / "samples" / "corpus"
CHECKS = ("la_check", "police_check")
# sha256 of the seed-47 truths (n 12, no degradation, sorted-key JSON) made by the
# generator before --linked existed.
SEED_47_TRUTHS = "8a716a4c371ec34046f6db09b02f3a9b7d4dcad7c029b89675e985864425eec6"


def _hash(truths: list[dict[str, Any]]) -> str:
    text = json.dumps(truths, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_default_mode_still_writes_the_committed_corpus_truths() -> None:
    """`make samples` (--n 12 --seed 7) must give exactly the committed truth files."""
    for plan in plan_run(12, 7):
        built = build_document(plan)
        committed = json.loads((CORPUS / f"{built.name}.truth.json").read_text("utf-8"))
        assert built.truth == committed, built.name


def test_default_mode_truths_for_seed_47_are_unchanged() -> None:
    plans = plan_run(12, 47, degrade_=False, linked=False)
    assert plans == plan_run(12, 47, degrade_=False)
    truths = [build_document(p, degrade_=False).truth for p in plans]
    assert _hash(truths) == SEED_47_TRUTHS
    assert all("_case" not in t for t in truths)


def _linked(n: int, seed: int) -> list[dict[str, Any]]:
    return [build_document(p, degrade_=False).truth for p in plan_run(n, seed, linked=True)]


@pytest.fixture(scope="module", params=[(24, 5), (12, 47)], ids=["seed5", "seed47"])
def truths(request: pytest.FixtureRequest) -> list[dict[str, Any]]:
    n, seed = request.param
    return _linked(n, seed)


def _orders(truths: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    orders = [t for t in truths if t["doc_type"] == "court_order"]
    by_case = {t["case_number"]: t for t in orders}
    assert len(by_case) == len(orders), "two bundles share a case number"
    return by_case


def _named(people: list[dict[str, Any]]) -> dict[str, str | None]:
    return {p["name"]: p["date_of_birth"] for p in people}


def test_linked_truths_are_valid_and_say_their_case(truths: list[dict[str, Any]]) -> None:
    orders = _orders(truths)
    for truth in truths:
        assert problems(truth) == []
        if truth["doc_type"] == "other":
            assert truth["_case"] is None
        elif truth["doc_type"] == "court_order":
            assert truth["_case"] == truth["case_number"]
        else:
            assert truth["_case"] in orders
            assert truth["case_number"] in (None, truth["_case"])
            if truth["case_number"]:
                assert truth["case_number"] in truth["text"]


def test_an_la_check_is_about_its_orders_children_and_parents(
    truths: list[dict[str, Any]],
) -> None:
    orders = _orders(truths)
    for check in (t for t in truths if t["doc_type"] == "la_check"):
        order = orders[check["_case"]]
        assert _named(check["children"]) == _named(order["children"])
        adults = _named(check["people"])
        assert set(adults) == set(_named(order["people"]))
        for name, dob in _named(order["people"]).items():
            assert dob in (None, adults[name])
        if check["court"]:
            assert check["court"] == order["court"]
        for child in check["children"]:
            assert child["name"] in check["text"]


def test_a_police_check_is_about_its_orders_parents(truths: list[dict[str, Any]]) -> None:
    orders = _orders(truths)
    la_adults = {t["_case"]: _named(t["people"]) for t in truths if t["doc_type"] == "la_check"}
    for check in (t for t in truths if t["doc_type"] == "police_check"):
        order_people = _named(orders[check["_case"]]["people"])
        for subject in check["people"]:
            name, dob = subject["name"], subject["date_of_birth"]
            assert subject["role"] == "subject"
            assert name in order_people
            assert dob is not None
            assert order_people[name] in (None, dob)
            if check["_case"] in la_adults:
                assert la_adults[check["_case"]][name] == dob
            assert name.split()[-1].upper() in check["text"]


def test_dates_are_plausible_across_a_bundle(truths: list[dict[str, Any]]) -> None:
    """Checks fall within weeks of the order; children are born and adults are adults."""
    bundles: dict[str, list[dict[str, Any]]] = {}
    for truth in truths:
        if truth["_case"]:
            bundles.setdefault(truth["_case"], []).append(truth)
    for case, docs in bundles.items():
        made = date.fromisoformat(_orders(truths)[case]["document_date"])
        dated = [date.fromisoformat(t["document_date"]) for t in docs]
        assert all(abs((d - made).days) <= LINK_WINDOW_DAYS for d in dated), case
        for truth in docs:
            for child in truth["children"]:
                assert date.fromisoformat(child["date_of_birth"]) < min(dated), case
            for person in truth["people"]:
                if person["date_of_birth"]:
                    born = date.fromisoformat(person["date_of_birth"])
                    assert born + timedelta(days=18 * 365) < min(dated), case


def test_linked_kind_mix_and_order_before_its_checks() -> None:
    plans = plan_run(12, 5, linked=True)
    assert Counter(p.doc_type for p in plans) == {
        "court_order": 5,
        "la_check": 3,
        "police_check": 3,
        "other": 1,
    }
    order_index = {p.case.number: p.index for p in plans if p.doc_type == "court_order"}
    for plan in plans:
        if plan.doc_type in CHECKS:
            assert plan.case is not None
            assert order_index[plan.case.number] < plan.index


def test_a_linked_document_does_not_depend_on_how_many_are_generated() -> None:
    assert plan_run(13, 9, linked=True) == plan_run(40, 9, linked=True)[:13]


def test_linked_needs_court_orders() -> None:
    with pytest.raises(ValueError, match="court_order"):
        plan_run(4, 1, kinds=["la_check", "police_check"], linked=True)
    plans = plan_run(6, 1, kinds=["court_order", "police_check"], linked=True)
    assert {p.doc_type for p in plans} == {"court_order", "police_check"}


def test_cli_linked_writes_case_in_the_truth(tmp_path: Path) -> None:
    args = [
        "samples",
        "generate",
        str(tmp_path),
        "--n",
        "2",
        "--seed",
        "5",
        "--linked",
        "--no-degrade",
    ]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    truths = [json.loads(p.read_text("utf-8")) for p in sorted(tmp_path.glob("*.truth.json"))]
    assert len(truths) == 2
    assert all("_case" in t for t in truths)
