"""What the document page shows about each field, built from a record alone."""

from __future__ import annotations

from review_fixtures import make_record

from review.views import document_view


def test_a_withheld_value_is_shown_as_withheld_and_others_are_not() -> None:
    record = make_record("abc123", confidence=0.3)
    assert record.fields.judge is not None
    record.fields.judge.withheld = True
    view = document_view(record)
    rows = {row.path: row for row in view.scalars}
    assert rows["judge"].withheld is True
    assert rows["court"].withheld is False
    assert all(not row.withheld for _, rows_ in view.lists.values() for row in rows_)
