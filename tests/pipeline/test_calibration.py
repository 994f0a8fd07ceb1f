"""Thresholds from measurements: each value judged like the scorer, each field's cut-off."""

from __future__ import annotations

from pipeline.calibration import (
    Outcome,
    calibrate,
    calibrate_field,
    document_metrics,
    secure_thresholds,
    tune_thresholds,
    value_outcomes,
)
from pipeline.decision import SweepItem, Thresholds, prediction_dict
from pipeline.records import Child, Classification, Extraction, FieldValue, Person


def fv(value: str, confidence: float) -> FieldValue:
    return FieldValue(value=value, confidence=confidence)


def test_values_are_judged_as_the_scorer_judges_them() -> None:
    cls = Classification(
        doc_type="court_order",
        doc_type_probability=0.97,
        order_type="care_order",
        order_type_probability=0.9,
    )
    extraction = Extraction(
        case_number=fv("ls24c00123", 0.8),  # case is folded, as in scoring
        court=fv("Family Court at Leeds", 0.7),
        children=[
            Child(name=fv("Amy Jones", 0.9), date_of_birth=fv("2015-01-02", 0.85)),
            Child(name=fv("Ben Jones", 0.9), date_of_birth=fv("2012-05-06", 0.75)),
            Child(name=fv("Amy Jonse", 0.6), date_of_birth=fv("2016-03-04", 0.8)),
        ],
        postcodes=[fv("LS1 4AB", 0.9), fv("LS1 4AS", 0.4)],
    )
    truth = {
        "doc_type": "court_order",
        "order_type": "interim_care_order",
        "case_number": "LS24C00123",
        "court": "Family Court at Bradford",
        "children": [
            {"name": "Amy Jones", "date_of_birth": "2015-01-02"},
            {"name": "Ben Jones", "date_of_birth": "2012-06-05"},
        ],
        "postcodes": ["LS1 4AB"],
    }
    got = {(o.key, o.confidence): o.right for o in value_outcomes(cls, extraction, truth)}
    assert got == {
        ("doc_type", 0.97): True,
        ("order_type", 0.9): False,
        ("case_number", 0.8): True,
        ("court", 0.7): False,
        ("children", 0.9): True,
        ("children.date_of_birth", 0.85): True,
        ("children.date_of_birth", 0.75): False,  # day and month swapped
        ("children", 0.6): False,  # its date is not judged: the name takes it to review
        ("postcodes", 0.9): True,
        ("postcodes", 0.4): False,
    }


def test_threshold_sits_above_the_wrong_values_with_a_margin() -> None:
    outcomes = [Outcome("court", c / 100, True) for c in range(60, 100, 2)]
    outcomes += [Outcome("court", 0.55, False), Outcome("court", 0.71, False)]
    cal = calibrate_field("court", outcomes, precision=0.995, caught=0.95)
    assert cal.threshold == 0.74  # just above 0.71, plus the 0.02 margin
    assert cal.wrong == 2 and cal.wrong_below == 1.0
    assert cal.precision_above == 1.0


def test_a_field_with_no_wrong_values_gets_the_floor() -> None:
    outcomes = [Outcome("judge", 0.9, True), Outcome("judge", 0.62, True)]
    assert calibrate(outcomes)["judge"].threshold == 0.5


def test_wrong_values_above_every_right_one_leave_the_field_unfileable() -> None:
    outcomes = [Outcome("pnc_ids", 0.6, True), Outcome("pnc_ids", 0.99, False)]
    cal = calibrate(outcomes)["pnc_ids"]
    assert cal.threshold == 1.0
    assert cal.precision_above is None  # nothing at or above 1.0


def _police_item(confidence: float, right: bool) -> SweepItem:
    """A police check whose one PNC ID is right or wrong, read at ``confidence``."""
    pnc = "12/1234567A" if right else "12/7654321B"
    extraction = Extraction(
        case_number=fv("LS24C00123", 0.95),
        pnc_ids=[FieldValue(value=pnc, confidence=confidence, validated=True)],
        people=[Person(name=fv("John Smith", 0.95))],
    )
    truth = {
        "doc_type": "police_check",
        "case_number": "LS24C00123",
        "pnc_ids": ["12/1234567A"],
        "people": [{"name": "John Smith", "date_of_birth": None, "role": "subject"}],
    }
    cls = Classification(doc_type="police_check", doc_type_probability=0.99)
    return SweepItem(classification=cls, extraction=extraction, truth=truth)


def test_tuning_lowers_a_threshold_only_as_far_as_the_filed_fields_stay_right() -> None:
    items = [_police_item(c, True) for c in (0.6, 0.7, 0.8, 0.95)]
    items.append(_police_item(0.64, False))
    start = Thresholds(fields={"pnc_ids": 0.9, "people": 0.5})
    tuned = tune_thresholds(items, start)
    assert tuned.fields["pnc_ids"] == 0.66  # files 0.7 and 0.8; 0.6 would let the wrong in
    assert tuned.fields["people"] == 0.5
    m = document_metrics(
        items, tuned, [prediction_dict(i.classification, i.extraction) for i in items]
    )
    assert m["auto_filed_rate"] == 0.6
    assert m["wrong_fields_caught"] == 1.0


def test_securing_raises_a_threshold_until_a_wrong_value_is_no_longer_filed() -> None:
    items = [_police_item(c, True) for c in (0.6, 0.7, 0.8, 0.95)]
    items.append(_police_item(0.64, False))
    start = Thresholds(fields={"pnc_ids": 0.5, "people": 0.5})  # files the wrong one
    predictions = [prediction_dict(i.classification, i.extraction) for i in items]
    assert document_metrics(items, start, predictions)["auto_filed_field_precision"] < 0.995
    secured = secure_thresholds(items, start)
    assert secured.fields["pnc_ids"] == 0.66  # the first step above the wrong value
    assert secured.fields["people"] == 0.5  # raising it removes no shortfall
    m = document_metrics(items, secured, predictions)
    assert m["auto_filed_field_precision"] == 1.0
    assert m["auto_filed_rate"] == 0.6
