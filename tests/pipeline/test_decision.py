"""The decision stage: what gets filed, and the reason for everything that does not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.decision import (
    NO_CASE_NUMBER,
    REQUIRED_FIELDS,
    YEAR_GAP,
    SweepItem,
    Thresholds,
    decide,
    prediction_dict,
    settle,
    sweep_thresholds,
    withhold_doubtful,
)
from pipeline.records import (
    Child,
    Classification,
    Extraction,
    FieldValue,
    OcrSummary,
    Person,
    Record,
    Source,
)


def fv(value: str, confidence: float = 0.99, validated: bool | None = None) -> FieldValue:
    return FieldValue(value=value, confidence=confidence, validated=validated)


def order_cls(p: float = 0.99, order_p: float | None = 0.97) -> Classification:
    return Classification(
        doc_type="court_order",
        doc_type_probability=p,
        order_type="care_order" if order_p is not None else None,
        order_type_probability=order_p,
        probabilities={"court_order": p, "la_check": 1 - p, "police_check": 0.0, "other": 0.0},
    )


def good_order() -> Extraction:
    return Extraction(
        case_number=fv("LS24C00123", validated=True),
        court=fv("Family Court at Leeds"),
        document_date=fv("2024-03-05", validated=True),
        children=[Child(name=fv("Amy Jones"), date_of_birth=fv("2015-01-02", validated=True))],
    )


def test_confident_complete_court_order_is_filed() -> None:
    assert decide(order_cls(), good_order()) == ("filed", [])


@pytest.mark.parametrize("name", ["case_number", "court", "document_date"])
def test_missing_required_scalar_goes_to_review(name: str) -> None:
    extraction = good_order()
    setattr(extraction, name, None)
    status, reasons = decide(order_cls(), extraction)
    assert status == "needs_review"
    assert [r.field for r in reasons] == [name]
    assert reasons[0].reason.startswith("no ")


def test_low_case_number_confidence_reason_has_numbers_only() -> None:
    extraction = good_order()
    extraction.case_number = fv("LS24C00123", 0.41, validated=True)
    status, reasons = decide(order_cls(), extraction, Thresholds(fields={"case_number": 0.72}))
    assert status == "needs_review"
    assert [r.reason for r in reasons] == ["case number confidence 0.41 below 0.72"]
    assert "LS24C00123" not in reasons[0].reason


def test_a_name_held_for_an_unread_accent_says_what_to_add() -> None:
    extraction = good_order()
    child = FieldValue(value="Sian Jones", confidence=0.3, source="people:label+unread-accent")
    extraction.children = [Child(name=child, date_of_birth=fv("2015-01-02", validated=True))]
    status, reasons = decide(order_cls(), extraction)
    assert status == "needs_review"
    assert [r.reason for r in reasons] == [
        "child 1 name confidence 0.30 below 0.56: the scan shows an accent the OCR cannot "
        "write; add it"
    ]


def test_a_case_number_and_date_years_apart_say_so_when_held_for_review() -> None:
    extraction = good_order()
    extraction.case_number = fv("LS19C00123", 0.55, validated=True)  # doubted for the gap
    status, reasons = decide(order_cls(), extraction)
    assert status == "needs_review"
    assert [r.reason for r in reasons][-1] == YEAR_GAP
    # the same low confidence with the years in step: only the plain reason
    extraction.case_number = fv("LS24C00123", 0.55, validated=True)
    assert YEAR_GAP not in [r.reason for r in decide(order_cls(), extraction)[1]]
    # years apart, but nothing held: no reason invented
    extraction.case_number = fv("LS19C00123", 0.95, validated=True)
    assert decide(order_cls(), extraction) == ("filed", [])


def test_no_child_and_low_child_name() -> None:
    extraction = good_order()
    extraction.children = []
    assert decide(order_cls(), extraction)[1][0].reason == "no child found"
    extraction.children = [Child(name=fv("Amy Jones", 0.3))]
    status, reasons = decide(order_cls(), extraction)
    assert status == "needs_review"
    assert reasons[0].field == "children[0].name"


def test_order_type_missing_or_unsure() -> None:
    status, reasons = decide(order_cls(order_p=None), good_order())
    assert status == "needs_review" and reasons[0].reason == "no order type found"
    status, reasons = decide(order_cls(order_p=0.6), good_order())
    assert reasons[0].reason == "order type confidence 0.60 below 0.85"


def test_unsure_doc_type_goes_to_review() -> None:
    status, reasons = decide(order_cls(p=0.7), good_order())
    assert status == "needs_review"
    assert reasons[0].field == "doc_type"


def test_failed_validator_on_optional_field_blocks_filing_when_optional_fields_gate() -> None:
    extraction = good_order()
    extraction.postcodes = [fv("LS1 1UR", 0.99, validated=False)]
    status, reasons = decide(order_cls(), extraction, Thresholds(optional="gate"))
    assert status == "needs_review"
    assert reasons[0].field == "postcodes[0]"


def test_doubtful_optional_fields_are_withheld_from_a_filed_record() -> None:
    extraction = good_order()
    extraction.postcodes = [fv("LS1 1UR", 0.99, validated=False), fv("LS2 7AB", 0.98)]
    extraction.judge = fv("District Judge Brown", 0.2)
    extraction.people = [
        Person(name=fv("Jo Bloggs", 0.3), date_of_birth=fv("1990-01-01", 0.2)),
        Person(name=fv("Sam Bloggs", 0.95), date_of_birth=fv("1991-02-03", 0.1)),
    ]
    status, reasons, filed = settle(order_cls(), extraction)
    assert (status, reasons) == ("filed", [])
    truth = prediction_dict(order_cls(), filed)
    assert truth["postcodes"] == ["LS2 7AB"]
    record = Record(
        id="x",
        source=Source(file_name="", sha256="", size_bytes=0, media_type="", pages=0),
        classification=order_cls(),
        fields=filed,
        ocr=OcrSummary(mean_confidence=0.0),
    )
    assert record.to_truth(withheld=True)["postcodes"] == ["LS1 1UR", "LS2 7AB"]
    assert truth["judge"] is None
    assert truth["people"] == [{"name": "Sam Bloggs", "date_of_birth": None, "role": None}]
    assert truth["children"][0]["date_of_birth"] == "2015-01-02"  # required: never withheld
    assert filed.judge is not None and filed.judge.value == "District Judge Brown"  # kept
    assert extraction.judge is not None and not extraction.judge.withheld  # input untouched
    _, count = withhold_doubtful(order_cls(), extraction)
    assert count == 4  # a postcode, the judge, one name, one date of birth (not Jo's)


def test_a_document_in_review_withholds_nothing() -> None:
    extraction = good_order()
    extraction.case_number = fv("LS24C00123", 0.3, validated=True)
    extraction.judge = fv("District Judge Brown", 0.2)
    status, _, fields = settle(order_cls(), extraction)
    assert status == "needs_review"
    assert fields is extraction and not fields.judge.withheld


def test_other_always_goes_to_review() -> None:
    cls = Classification(doc_type="other", doc_type_probability=0.99)
    status, reasons = decide(cls, Extraction())
    assert status == "needs_review"
    assert reasons and reasons[0].field == "doc_type"


CASE = fv("LS24C00123", validated=True)


@pytest.mark.parametrize("doc_type", ["la_check", "police_check"])
def test_a_check_without_a_case_number_goes_to_review(doc_type: str) -> None:
    """Filing would send it to cases/_unassigned and review; the decision says so first,
    so that `caseclerk eval` does not count it as filed."""
    cls = Classification(doc_type=doc_type, doc_type_probability=0.99)
    complete = Extraction(
        case_number=CASE,
        local_authority=fv("Leeds City Council"),
        document_date=fv("2024-01-01", validated=True),
        pnc_ids=[fv("12/1234567A", validated=True)],
        people=[Person(name=fv("John Smith"))],
    )
    assert decide(cls, complete) == ("filed", [])
    status, reasons = decide(cls, complete.model_copy(update={"case_number": None}))
    assert status == "needs_review"
    assert [(r.field, r.reason) for r in reasons] == [("case_number", NO_CASE_NUMBER)]
    unsure = complete.model_copy(update={"case_number": fv("LS24C00123", 0.4, validated=True)})
    assert [r.field for r in decide(cls, unsure)[1]] == ["case_number"]


def test_police_check_needs_pnc_id_and_subject() -> None:
    cls = Classification(doc_type="police_check", doc_type_probability=0.99)
    full = Extraction(
        case_number=CASE,
        pnc_ids=[fv("12/1234567A", validated=True)],
        people=[Person(name=fv("John Smith"))],
    )
    assert decide(cls, full) == ("filed", [])
    no_pnc = full.model_copy(update={"pnc_ids": []})
    assert [r.reason for r in decide(cls, no_pnc)[1]] == ["no PNC ID or no-trace result found"]
    no_person = full.model_copy(update={"people": []})
    assert [r.reason for r in decide(cls, no_person)[1]] == ["no person found"]


def test_police_check_files_when_every_subject_has_an_id_or_no_trace() -> None:
    cls = Classification(doc_type="police_check", doc_type_probability=0.99)
    two = [Person(name=fv("John Smith")), Person(name=fv("Mary Smith"))]
    no_trace = [fv("no trace")]
    nobody_traced = Extraction(case_number=CASE, people=two[:1], no_trace=no_trace)
    assert decide(cls, nobody_traced) == ("filed", [])
    one_each = Extraction(
        case_number=CASE, people=two, pnc_ids=[fv("12/1234567A", validated=True)], no_trace=no_trace
    )
    assert decide(cls, one_each) == ("filed", [])
    lost_an_id = one_each.model_copy(update={"no_trace": []})
    reasons = decide(cls, lost_an_id)[1]
    assert [(r.field, r.reason) for r in reasons] == [
        ("pnc_ids", "2 subjects but 1 PNC IDs or no-trace results found")
    ]


def test_la_check_accepts_child_or_person() -> None:
    cls = Classification(doc_type="la_check", doc_type_probability=0.99)
    base = Extraction(
        case_number=CASE, local_authority=fv("Leeds City Council"), document_date=fv("2024-01-01")
    )
    assert decide(cls, base)[1][0].reason == "no child or person found"
    with_person = base.model_copy(update={"people": [Person(name=fv("Jo Bloggs"))]})
    assert decide(cls, with_person) == ("filed", [])
    assert "children_or_people" in REQUIRED_FIELDS["la_check"]


def test_thresholds_from_json_keeps_defaults(tmp_path: Path) -> None:
    path = tmp_path / "t.json"
    path.write_text(json.dumps({"doc_type": 0.5, "fields": {"case_number": 0.3}}))
    th = Thresholds.from_json(path)
    assert th.doc_type == 0.5 and th.field("case_number") == 0.3
    assert th.field("court") == Thresholds().field("court")
    extraction = good_order()
    extraction.case_number = fv("LS24C00123", 0.41)
    assert decide(order_cls(), extraction, th)[0] == "filed"


def test_sweep_trades_filing_rate_for_precision() -> None:
    truth = prediction_dict(order_cls(), good_order())
    sure = SweepItem(classification=order_cls(), extraction=good_order(), truth=truth)
    shaky_extraction = good_order()
    shaky_extraction.court = fv("Family Court at York", 0.6)  # wrong and unsure
    shaky = SweepItem(classification=order_cls(), extraction=shaky_extraction, truth=truth)
    rows = sweep_thresholds([sure, shaky], candidates=(0.5, 0.9))
    low, high = rows
    assert low["auto_filed_rate"] == 1.0 and low["auto_filed_field_precision"] < 1.0
    assert high["auto_filed_rate"] == 0.5 and high["auto_filed_field_precision"] == 1.0
    assert high["wrong_fields_caught"] == 1.0


def test_family_law_act_order_needs_parties_not_children() -> None:
    cls = order_cls().model_copy(update={"order_type": "non_molestation_order"})
    extraction = good_order()
    extraction.children = []
    status, reasons = decide(cls, extraction)
    assert status == "needs_review"
    assert [r.reason for r in reasons] == ["no person found"]
    extraction.people = [Person(name=fv("Jade Price"), role="applicant")]
    assert decide(cls, extraction) == ("filed", [])


def test_thresholds_from_settings_without_a_file_are_the_defaults(tmp_path: Path) -> None:
    class NoFile:
        pass

    class WithFile:
        thresholds_file = tmp_path / "t.json"

    WithFile.thresholds_file.write_text(json.dumps({"order_type": 0.5}))
    assert Thresholds.from_settings(NoFile()) == Thresholds()
    assert Thresholds.from_settings(WithFile()).order_type == 0.5


def test_uniform_sets_every_field_threshold() -> None:
    th = Thresholds().uniform(0.33)
    assert th.field("case_number") == 0.33 and th.field("anything") == 0.33
    assert th.doc_type == Thresholds().doc_type


def test_sweep_item_from_a_record() -> None:

    record = Record(
        id="r1",
        source=Source(file_name="a.pdf", sha256="0", size_bytes=1, media_type="x", pages=1),
        classification=order_cls(),
        fields=good_order(),
        ocr=OcrSummary(mean_confidence=90.0),
    )
    item = SweepItem.from_record(record, record.to_truth())
    rows = sweep_thresholds([item], candidates=(0.5,))
    assert rows[0]["auto_filed_rate"] == 1.0 and rows[0]["auto_filed_field_precision"] == 1.0


def test_gate_policy_holds_back_doubtful_optional_fields() -> None:
    extraction = good_order()
    extraction.judge = fv("District Judge Brown", 0.2)
    assert decide(order_cls(), extraction)[0] == "filed"  # the default withholds instead
    status, reasons = decide(order_cls(), extraction, Thresholds(optional="gate"))
    assert status == "needs_review"
    assert [r.field for r in reasons] == ["judge"]


def test_a_person_entry_the_finder_could_not_read_sends_the_document_to_review() -> None:
    extraction = good_order()
    extraction.unread_people = [FieldValue(value="respondent", confidence=0.9, raw="Respondent:")]
    status, reasons = decide(order_cls(), extraction)
    assert status == "needs_review"
    assert [(r.field, r.reason) for r in reasons] == [
        ("people", "1 person entry on the page not read")
    ]
    assert "Respondent" not in reasons[0].reason
