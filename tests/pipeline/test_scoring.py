"""Scoring against hand-worked truth pairs: every expected figure is computed by hand."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.scoring import (
    ScoredItem,
    cer,
    field_counts,
    fold,
    fold_name,
    score_documents,
    wer,
    wrong_required_fields,
)


def doc(**over: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "doc_type": "court_order",
        "order_type": "care_order",
        "case_number": "LS24C00123",
        "court": "Family Court at Leeds",
        "document_date": "2024-03-05",
        "judge": "District Judge Sarah Thompson",
        "local_authority": "Leeds City Council",
        "children": [{"name": "Amy Jones", "date_of_birth": "2015-01-02"}],
        "people": [{"name": "Mrs Karen Jones", "date_of_birth": None, "role": "mother"}],
        "pnc_ids": [],
        "postcodes": ["LS1 1UR"],
    }
    base.update(over)
    return base


def test_fold_folds_case_and_white_space_only() -> None:
    assert fold("  Family  Court\nat LEEDS ") == "family court at leeds"
    assert fold(None) == ""
    assert fold("O'Brien") == "o'brien"


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("Mrs Karen Jones", "karen jones"),
        ("MR. JOHN O'BRIEN", "john obrien"),
        ("Dr  Ann-Marie Smith", "annmarie smith"),
        ("Miss Ms Lee", "lee"),
        ("Jane Miss", "jane miss"),  # a title only counts before the name
        ("Mx Sam Patel", "sam patel"),
    ],
)
def test_fold_name_drops_titles_and_punctuation(raw: str, folded: str) -> None:
    assert fold_name(raw) == folded


def test_cer_counts_known_edits() -> None:
    assert cer("care order", "care order") == 0.0
    assert cer("cave order", "care order") == pytest.approx(1 / 10)  # one substitution
    assert cer("careorder", "care order") == pytest.approx(1 / 10)  # one deletion
    assert cer("care   order\n", "care order") == 0.0  # white space folded
    assert cer("Care order", "care order") == pytest.approx(1 / 10)  # case is not folded
    assert cer("", "abcd") == 1.0


def test_cer_and_wer_on_empty_truth() -> None:
    assert cer("", "") == 0.0
    assert cer("anything", "  ") == 1.0
    assert wer("", "") == 0.0
    assert wer("x", "") == 1.0


def test_wer_counts_word_edits() -> None:
    assert wer("the care order", "the care order") == 0.0
    assert wer("the cave order", "the care order") == pytest.approx(1 / 3)
    assert wer("the careorder", "the care order") == pytest.approx(2 / 3)  # sub + del


def test_scalar_right_wrong_missing_extra() -> None:
    truth = doc()
    pred = doc(
        case_number="ls24c00123",  # right after folding case
        court="Family Court at Bradford",  # wrong: fp and fn
        document_date=None,  # missing: fn
        judge="district  judge sarah thompson",  # right
    )
    pred["local_authority"] = "Leeds City Council"
    counts = field_counts(pred, truth)
    assert (counts["case_number"].tp, counts["case_number"].fp, counts["case_number"].fn) == (
        1,
        0,
        0,
    )
    assert (counts["court"].tp, counts["court"].fp, counts["court"].fn) == (0, 1, 1)
    assert (counts["document_date"].tp, counts["document_date"].fp) == (0, 0)
    assert counts["document_date"].fn == 1
    assert counts["judge"].tp == 1
    extra = field_counts(doc(judge="HHJ Brown"), doc(judge=None))
    assert (extra["judge"].tp, extra["judge"].fp, extra["judge"].fn) == (0, 1, 0)


def test_lists_score_as_sets_and_names_fold() -> None:
    truth = doc(
        children=[
            {"name": "Amy Jones", "date_of_birth": "2015-01-02"},
            {"name": "Ben Jones", "date_of_birth": "2017-06-30"},
        ],
        pnc_ids=["12/1234567A"],
        postcodes=["LS1 1UR", "LS2 7EW"],
    )
    pred = doc(
        children=[
            {"name": "AMY  JONES", "date_of_birth": "2015-01-02"},  # match, right dob
            {"name": "Ben Jones", "date_of_birth": "2017-06-03"},  # match, wrong dob
            {"name": "Carl Jones", "date_of_birth": None},  # not in truth
        ],
        people=[{"name": "Karen Jones", "role": "mother"}],  # title dropped: matches
        pnc_ids=["12/1234567a", "12/1234567A"],  # duplicates count once
        postcodes=["LS1 1UR"],
    )
    c = field_counts(pred, truth)
    assert (c["children"].tp, c["children"].fp, c["children"].fn) == (2, 1, 0)
    assert (
        c["children.date_of_birth"].tp,
        c["children.date_of_birth"].fp,
        c["children.date_of_birth"].fn,
    ) == (1, 1, 1)
    assert (c["people"].tp, c["people"].fp, c["people"].fn) == (1, 0, 0)
    assert (c["pnc_ids"].tp, c["pnc_ids"].fp, c["pnc_ids"].fn) == (1, 0, 0)
    assert (c["postcodes"].tp, c["postcodes"].fp, c["postcodes"].fn) == (1, 0, 1)


def test_name_scoring_is_exact_after_folding() -> None:
    c = field_counts(doc(children=[{"name": "Amy Jone"}]), doc())
    assert (c["children"].tp, c["children"].fp, c["children"].fn) == (0, 1, 1)


def test_score_documents_by_hand() -> None:
    right = doc()
    wrong_court = doc(court="Family Court at York")
    la_truth = doc(
        doc_type="la_check",
        order_type=None,
        case_number=None,
        court=None,
        judge=None,
        people=[],
        postcodes=[],
    )
    la_pred = dict(la_truth, doc_type="police_check")
    items = [
        ScoredItem(predicted=right, truth=doc(), auto_filed=True),
        ScoredItem(predicted=wrong_court, truth=doc(), auto_filed=True),
        ScoredItem(predicted=doc(order_type="interim_care_order"), truth=doc(), auto_filed=False),
        ScoredItem(predicted=la_pred, truth=la_truth, auto_filed=False),
    ]
    s = score_documents(items)
    assert s["doc_type_accuracy"] == 0.75
    assert s["order_type_accuracy"] == pytest.approx(2 / 3, abs=1e-4)
    court = s["fields"]["court"]
    assert (court["tp"], court["fp"], court["fn"]) == (2, 1, 1)
    assert court["precision"] == pytest.approx(2 / 3, abs=1e-4)
    assert court["f1"] == pytest.approx(2 / 3, abs=1e-4)
    assert s["fields"]["pnc_ids"]["precision"] is None  # nothing predicted, nothing true
    assert s["auto_filed_rate"] == 0.5
    assert s["auto_filed_rate_casework"] == 0.5  # no "other" documents here

    # Filed docs: right has 9 fields right (5 scalars + child + dob + person + postcode);
    # wrong_court has 8 right and 1 wrong -> 17 / 18.
    assert s["auto_filed_field_precision"] == pytest.approx(17 / 18, abs=1e-4)
    # Wrong required: court (filed, not caught), order_type (caught), doc_type (caught).
    assert s["wrong_required_fields"] == 3
    assert s["wrong_fields_caught"] == pytest.approx(2 / 3, abs=1e-4)
    micro_tp = sum(f["tp"] for f in s["fields"].values())
    micro_fp = sum(f["fp"] for f in s["fields"].values())
    micro_fn = sum(f["fn"] for f in s["fields"].values())
    assert s["field_f1_micro"] == pytest.approx(
        2 * micro_tp / (2 * micro_tp + micro_fp + micro_fn), abs=1e-4
    )


def test_wrong_required_fields_uses_true_doc_type() -> None:
    truth = doc(doc_type="police_check", order_type=None, pnc_ids=["12/1234567A"])
    pred = doc(doc_type="police_check", order_type=None, pnc_ids=[], court="elsewhere")
    # Court is not required for a police check; the missing PNC ID is.
    assert wrong_required_fields(pred, truth) == ["pnc_ids"]


def test_empty_corpus_gives_none_not_flattering_figures() -> None:
    s = score_documents([])
    assert s["doc_type_accuracy"] is None
    assert s["auto_filed_field_precision"] is None
    assert s["wrong_fields_caught"] is None


def test_wrong_required_fields_for_family_law_act_orders() -> None:
    truth = doc(order_type="occupation_order", children=[])
    pred = doc(order_type="occupation_order", children=[], people=[])
    assert wrong_required_fields(pred, truth) == ["people"]


def test_casework_filing_rate_leaves_out_other_documents() -> None:
    other = doc(doc_type="other", order_type=None)
    items = [
        ScoredItem(predicted=doc(), truth=doc(), auto_filed=True),
        ScoredItem(predicted=other, truth=other, auto_filed=False),
    ]
    s = score_documents(items)
    assert s["auto_filed_rate"] == 0.5
    assert s["auto_filed_rate_casework"] == 1.0


def test_withheld_values_count_for_extraction_but_not_for_what_is_filed() -> None:
    truth = doc(postcodes=["LS1 1UR", "LS2 7AB"])
    extracted = doc(postcodes=["LS1 1UR", "LS9 9ZZ"])  # the second postcode is wrong ...
    asserted = doc(postcodes=["LS1 1UR"])  # ... and was withheld from the filed record
    s = score_documents([ScoredItem(extracted, truth, auto_filed=True, filed=asserted)])
    assert s["fields"]["postcodes"]["fp"] == 1  # the extraction still made the mistake
    assert s["auto_filed_field_precision"] == 1.0  # but the filed record did not assert it
    assert (s["withheld_values"], s["withheld_right"]) == (1, 0.0)
    unwithheld = score_documents([ScoredItem(extracted, truth, auto_filed=True)])
    assert unwithheld["auto_filed_field_precision"] < 1.0
