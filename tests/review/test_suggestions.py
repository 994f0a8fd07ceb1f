"""The document page suggests the filed case naming the same child when a check has none."""

from __future__ import annotations

from review_fixtures import make_record, write_document

ORDER_ID, CHECK_ID = "0rder0000001", "check0000001"


def file_order(settings, store, case_number: str = "LS24C00123", doc_id: str = ORDER_ID) -> None:
    order = make_record(doc_id, case_number=case_number)
    order.status = "filed"  # the child Amy Smith, born 2019-02-01
    write_document(settings, store, order)


def add_check(settings, store, dob: str = "2019-02-01", case_number: str | None = None) -> str:
    check = make_record(CHECK_ID, case_number=case_number, doc_type="la_check")
    child = check.fields.children[0]
    assert child.date_of_birth is not None
    child.name.value, child.date_of_birth.value = "AMY SMITH", dob
    write_document(settings, store, check)
    return f"/documents/{CHECK_ID}"


def test_a_check_without_a_case_number_is_offered_the_case_of_its_child(
    client, settings, store
) -> None:
    file_order(settings, store)
    page = client.get(add_check(settings, store)).text
    assert 'class="suggestions"' in page
    assert 'data-case="LS24C00123"' in page
    assert f'href="/documents/{ORDER_ID}"' in page


def test_no_suggestion_for_another_birth_date(client, settings, store) -> None:
    file_order(settings, store)
    other_day = client.get(add_check(settings, store, dob="2019-02-02")).text
    assert 'class="suggestions"' not in other_day


def test_a_check_that_has_its_case_number_needs_no_suggestion(client, settings, store) -> None:
    file_order(settings, store)
    page = client.get(add_check(settings, store, case_number="LS24C00999")).text
    assert "LS24C00999" in page and 'class="suggestions"' not in page


def test_an_order_still_in_review_is_not_suggested(client, settings, store) -> None:
    write_document(settings, store, make_record(ORDER_ID))  # needs_review
    page = client.get(add_check(settings, store)).text
    assert 'class="suggestions"' not in page
