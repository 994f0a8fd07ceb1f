"""The truth-format checker catches what the shared format forbids."""

from __future__ import annotations

from samples.templates.common import empty_truth
from samples.truthcheck import problems


def test_an_empty_record_of_each_kind_is_valid() -> None:
    for kind in ("la_check", "police_check", "other"):
        assert problems(empty_truth(kind)) == []


def test_missing_keys_and_bad_values_are_reported() -> None:
    assert problems({"doc_type": "other"})[0].startswith("missing keys")
    truth = empty_truth("court_order")
    truth.update(
        order_type="divorce",
        case_number="LS 24 C 123",
        pnc_ids=["12/1234567Z"],
        postcodes=["ls1 1ur"],
        document_date="12/03/2024",
    )
    found = " | ".join(problems(truth))
    for fragment in ("order_type", "case_number", "PNC ID", "postcode", "document_date"):
        assert fragment in found
