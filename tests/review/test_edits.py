"""Applying a review form to a record: what changes, what is refused, what is kept."""

from __future__ import annotations

from datetime import UTC, datetime

from review_fixtures import make_record

from review.edits import apply_review, approve, parse_date, reject


def test_unchanged_form_changes_nothing() -> None:
    record = make_record("abc123def456")
    form = {"judge": "District Judge Sarah Thomsen", "court": " Family  Court at Leeds "}
    outcome = apply_review(record, form)
    assert outcome.errors == {} and outcome.changes == []
    assert outcome.record.fields.judge.source == "pattern"


def test_edited_field_is_reviewed_with_full_confidence_and_keeps_its_box() -> None:
    record = make_record("abc123def456")
    outcome = apply_review(record, {"judge": "HHJ Wright", "document_date": "05/04/2024"})
    judge = outcome.record.fields.judge
    assert (judge.value, judge.confidence, judge.source) == ("HHJ Wright", 1.0, "review")
    assert judge.box == record.fields.judge.box
    assert outcome.record.fields.document_date.value == "2024-04-05"
    assert {c.field for c in outcome.changes} == {"judge", "document_date"}
    assert record.fields.judge.value == "District Judge Sarah Thomsen"  # input untouched


def test_invalid_values_are_form_errors_and_change_nothing() -> None:
    record = make_record("abc123def456")
    outcome = apply_review(
        record,
        {
            "case_number": "../../etc",
            "document_date": "31/02/2024",
            "postcodes[0]": "NOT A POSTCODE",
            "pnc_ids[0]": "12/1234567Q",
            "doc_type": "letter",
            "judge": "Fine",
        },
    )
    assert set(outcome.errors) == {
        "case_number",
        "document_date",
        "postcodes[0]",
        "pnc_ids[0]",
        "doc_type",
    }
    assert outcome.changes == [] and outcome.record is record


def test_case_number_is_normalised_by_casepath() -> None:
    outcome = apply_review(make_record("abc123def456"), {"case_number": " ls24c 00999 "})
    assert outcome.errors == {}
    assert outcome.record.fields.case_number.value == "LS24C00999"


def test_children_and_people_added_edited_and_removed() -> None:
    record = make_record("abc123def456")
    outcome = apply_review(
        record,
        {
            "children[0].name": "Amy Smyth",
            "children[1].name": "Ben Smith",
            "children[1].date_of_birth": "2021-07-04",
            "children[2].name": "",  # an added row left empty
            "people[0].name": "Jane Smith",
            "people[0].remove": "on",
            "people[1].name": "John Smith",
            "people[1].role": "father",
        },
    )
    assert outcome.errors == {}
    f = outcome.record.fields
    assert [c.name.value for c in f.children] == ["Amy Smyth", "Ben Smith"]
    assert f.children[1].date_of_birth.value == "2021-07-04"
    assert [(p.name.value, p.role) for p in f.people] == [("John Smith", "father")]
    fields = {c.field for c in outcome.changes}
    assert fields == {
        "children[0].name",
        "children[1].name",
        "children[1].date_of_birth",
        "people[0]",
        "people[0].name",
        "people[0].role",
    }


def test_emptying_a_childs_name_asks_for_remove_instead() -> None:
    outcome = apply_review(make_record("abc123def456"), {"children[0].name": ""})
    assert "children[0].name" in outcome.errors


def test_order_type_only_for_court_orders() -> None:
    record = make_record("abc123def456")
    outcome = apply_review(record, {"doc_type": "police_check", "order_type": "care_order"})
    cls = outcome.record.classification
    assert (cls.doc_type, cls.order_type, cls.doc_type_probability) == ("police_check", None, 1.0)
    assert [c.field for c in outcome.changes] == ["doc_type", "order_type"]


def test_list_values_added_and_removed() -> None:
    record = make_record("abc123def456")
    outcome = apply_review(
        record,
        {"postcodes[0].remove": "on", "postcodes[0]": "LS1 1UR", "pnc_ids[0]": "12/1234567C"},
    )
    assert outcome.errors == {}, outcome.errors
    assert outcome.record.fields.postcodes == []
    assert [p.value for p in outcome.record.fields.pnc_ids] == ["12/1234567C"]


def test_approve_and_reject_record_history() -> None:
    record = make_record("abc123def456")
    outcome = apply_review(record, {"judge": "HHJ Wright"})
    at = datetime(2025, 5, 1, tzinfo=UTC)
    done = approve(outcome.record, outcome.changes, "alice", at)
    assert done.status == "reviewed" and done.review_reasons == []
    assert [(h.action, h.field, h.actor) for h in done.history] == [
        ("edited", "judge", "alice"),
        ("approved", "status", "alice"),
    ]
    assert done.history[0].old == "District Judge Sarah Thomsen"
    gone = reject(record, "illegible", "bob", at)
    assert gone.status == "rejected" and gone.history[-1].note == "illegible"


def test_parse_date_accepts_iso_and_uk_and_refuses_nonsense() -> None:
    assert parse_date("2024-02-29") == "2024-02-29"
    assert parse_date("29/02/2024") == "2024-02-29"
    assert parse_date("29/02/2023") is None
    assert parse_date("1066-10-14") is None
    assert parse_date("yesterday") is None
