"""Matching a document without a case number to the filed cases naming the same people."""

from __future__ import annotations

from filing_fixtures import fv, make_record

from pipeline.case_links import birth_dates, identities, linkable, suggest_cases
from pipeline.records import Child, Person, Record


def with_people(record: Record, children=(), people=()) -> Record:
    record.fields.children = [Child(name=fv(n), date_of_birth=fv(d)) for n, d in children]
    record.fields.people = [
        Person(name=fv(n), date_of_birth=fv(d), role="mother") for n, d in people
    ]
    return record


def check(children=(), people=(), sha: str = "c1") -> Record:
    record = make_record(sha, case_number=None, status="needs_review", doc_type="la_check")
    return with_people(record, children, people)


def order(case: str, children=(), people=(), sha: str = "o1", status: str = "filed") -> Record:
    return with_people(make_record(sha, case_number=case, status=status), children, people)


def test_identities_need_a_name_and_a_birth_date() -> None:
    record = check(children=[("Ava Smith", "2019-03-02")])
    record.fields.people = [Person(name=fv("Jane Smith"), role="mother")]  # no date of birth
    assert [(i.name, i.date_of_birth) for i in identities(record)] == [("ava smith", "2019-03-02")]
    assert birth_dates(record) == {"2019-03-02"}


def test_withheld_values_are_not_evidence() -> None:
    record = order("LS24C00123", children=[("Ava Smith", "2019-03-02")])
    assert record.fields.children[0].date_of_birth is not None
    record.fields.children[0].date_of_birth.withheld = True
    assert identities(record) == []


def test_a_check_is_matched_to_the_order_naming_its_child() -> None:
    filed = order("LS24C00123", children=[("Ava Grace Smith", "2019-03-02")])
    found = suggest_cases(check(children=[("AVA SMITH", "2019-03-02")]), [filed])
    assert [s.case_number for s in found] == ["LS24C00123"]
    match = found[0].matches[0]
    assert (match.name, match.other_name, match.doc_id) == (
        "AVA SMITH",
        "Ava Grace Smith",
        filed.id,
    )


def test_one_ocr_slip_in_a_name_still_matches() -> None:
    filed = order("LS24C00123", people=[("Jennifer Oakley", "1990-07-14")])
    assert suggest_cases(check(people=[("Jennifer 0akley", "1990-07-14")]), [filed])


def test_a_sibling_or_another_birth_date_does_not_match() -> None:
    filed = order("LS24C00123", children=[("Ava Smith", "2019-03-02")])
    assert suggest_cases(check(children=[("Eve Smith", "2019-03-02")]), [filed]) == []
    assert suggest_cases(check(children=[("Ava Smith", "2019-03-03")]), [filed]) == []


def test_only_settled_case_documents_are_suggested() -> None:
    child = [("Ava Smith", "2019-03-02")]
    waiting = order("LS24C00123", children=child, status="needs_review")
    rejected = order("LS24C00124", children=child, sha="o2", status="rejected")
    no_case = with_people(make_record("o3", case_number=None), child)
    assert not linkable(waiting) and not linkable(rejected) and not linkable(no_case)
    assert suggest_cases(check(children=child), [waiting, rejected, no_case]) == []
    reviewed = order("LS24C00125", children=child, sha="o4", status="reviewed")
    assert [s.case_number for s in suggest_cases(check(children=child), [reviewed])] == [
        "LS24C00125"
    ]


def test_a_document_is_not_suggested_its_own_case() -> None:
    record = order("LS24C00123", children=[("Ava Smith", "2019-03-02")])
    assert suggest_cases(record, [record]) == []


def test_the_case_naming_more_of_the_people_comes_first() -> None:
    ava, ben = ("Ava Smith", "2019-03-02"), ("Ben Smith", "2021-01-09")
    one = order("LS24C00999", children=[ava], sha="o1")
    both = order("LS24C00123", children=[ava, ben], sha="o2")
    again = order("LS24C00999", children=[ava], sha="o3")  # two documents, still one person
    found = suggest_cases(check(children=[ava, ben]), [one, again, both])
    assert [s.case_number for s in found] == ["LS24C00123", "LS24C00999"]
    assert len(found[1].matches) == 2


def test_a_one_word_name_is_too_weak_to_link() -> None:
    filed = order("LS24C00123", children=[("Ava Smith", "2019-03-02")])
    assert suggest_cases(check(children=[("Ava", "2019-03-02")]), [filed]) == []
