from datetime import date

from extractors.dates import find_dates
from extractors.people import find_people
from extractors.people_household import row_relation, table_header

TODAY = date(2024, 6, 1)


def people(text: str, doc_type: str | None = None):
    found = find_people(text, find_dates(text, today=TODAY), [], doc_type=doc_type)
    return [(p.kind, p.role, p.name, p.dob.value.isoformat() if p.dob else None) for p in found]


def test_table_header_kinds() -> None:
    assert table_header("Name Date of birth /|Relationship Known?") == "adults"
    assert table_header("Name DOB PNC ID Result") == "adults"
    assert table_header("The full name(s) of the child(ren) Boy or Girl Date(s) of birth |") == (
        "children"
    )
    assert table_header("Karen Smith 12/03/1985 Mother") is None
    assert table_header("Thank you for your request about the name and date of birth") is None


def test_row_relation() -> None:
    assert row_relation(" 25/11/2010 Child No") == "child"
    assert row_relation(" 19/10/1992 Mother No") == "mother"
    assert row_relation(" 07/12/1972 Lodger Wo") is None


def test_household_table_without_a_heading() -> None:
    text = (
        "has been completed for the following household members:\n"
        "\n"
        "Name Date of birth /|Relationship Known?\n"
        "Oliver Ramsbotham 20/07/2008 Child Yes\n"
        "Jasmin Ramsbotham 24/04/1984 Mother No\n"
        "Mason Gareth Jagga 18/12/1987 Father Yes\n"
        "\n"
        "Oliver Ramsbotham was known to the service between 2017 and 2018.\n"
    )
    assert people(text, "la_check") == [
        ("child", None, "Oliver Ramsbotham", "2008-07-20"),
        ("adult", "mother", "Jasmin Ramsbotham", "1984-04-24"),
        ("adult", "father", "Mason Gareth Jagga", "1987-12-18"),
    ]


def test_court_form_children_box_drops_gender_column_and_stops_at_title() -> None:
    text = (
        "The full name(s) of the child(ren) Boy or Girl Date(s) of birth\n"
        "Chloe Jaggar Girl 25.08.19\n"
        "Jack Jaggar Boy 04.09.20\n"
        "\n"
        "Case Management Order\n"
        "ORDER MADE BY HIS HONOUR JUDGE SIMON CARVER ON 17 MAY 2022 SITTING IN PRIVATE\n"
    )
    assert people(text) == [
        ("child", None, "Chloe Jaggar", "2019-08-25"),
        ("child", None, "Jack Jaggar", "2020-09-04"),
    ]


def test_police_table_row_wrapped_onto_next_line() -> None:
    text = (
        "Name DOB PNC ID Result\n"
        "Marcus Tyrone MENSA 22/01/1982 02/0010336P Record held - see\n"
        "attached\n"
        "Jordan BOOTHE 10/06/1991 - No trace\n"
    )
    names = [p[2] for p in people(text, "police_check")]
    assert names == ["Marcus Tyrone MENSA", "Jordan BOOTHE"]


def test_misread_gender_between_name_and_date() -> None:
    text = 'Children\nName | Cender Date of birth\nJune Smyth | "emele 19/09/2013\n'
    assert people(text) == [("child", None, "June Smyth", "2013-09-19")]


def test_row_whose_date_ocr_spoilt_is_still_a_row() -> None:
    text = (
        "Name Date of birth Relationship\n"
        "Robin Dobsen Sth February Child\n"
        "Chelsea Dobsen 12/04/1969 Mother\n"
        "Case Management Order\n"
    )
    assert [p[2] for p in people(text, "la_check")] == ["Robin Dobsen", "Chelsea Dobsen"]


def test_wrapped_sentence_under_children_is_not_a_child() -> None:
    text = (
        "Children:\n"
        "Name Sex Date of birth\n"
        "Shanon McCarthey F 10 May 2023\n"
        "Terms of the order\n"
        "1. The children are placed under supervision until 23 April 2025 or\n"
        "further order.\n"
    )
    assert [p[2] for p in people(text)] == ["Shanon McCarthey"]


def test_re_list_continues_over_a_blank_line() -> None:
    text = (
        "Re: Aimee Moor DOB: 8 November 2020\n"
        "Elaine Christine Moor DOB: 5 November 1978\n"
        "\n"
        "Ryan Lawrance DOB: 10 May 2000\n"
        "Of 201 School Gardens, Derby\n"
    )
    assert [p[2] for p in people(text, "la_check")] == [
        "Aimee Moor",
        "Elaine Christine Moor",
        "Ryan Lawrance",
    ]


def test_row_of_specks_keeps_the_table_open_and_is_reported() -> None:
    from extractors.people_unread import find_unread

    text = (
        "The full name(s) of the child(ren) Boy or Girl Date(s) of birth |\n"
        "[Ryan Wayne Hargreeves == = = =~ ~~ *(Boy.~~—~—~*~é<C~*«~BH My_QOIB~—~C:~C:*C*Y\n"
        "Kirsty Hargreeves Girl 6th June 2015 |\n"
        "Tyler Hargreeves Boy 3rd April 2018 |\n"
    )
    dates = find_dates(text, today=TODAY)
    found = find_people(text, dates, [])
    assert [p.name for p in found] == ["Kirsty Hargreeves", "Tyler Hargreeves"]
    assert [u.label for u in find_unread(text, found, dates)] == ["child"]


def test_children_table_headed_by_the_word_child() -> None:
    assert table_header("Child Date of birth") == "children"
    assert table_header("| Child Date of birth") == "children"
    text = (
        "NOTICE OF HEARING\n"
        "The court will hear the application about the child named below.\n"
        "\n"
        "Child Date of birth\n"
        "Poppy Marsh 14 March 2015\n"
        "\n"
        "If you do not attend the hearing, the court may make an order in your absence.\n"
    )
    assert people(text, "other") == [("child", None, "Poppy Marsh", "2015-03-14")]


def test_parties_table_status_cell_is_not_part_of_the_name() -> None:
    text = (
        "SCHEDULE 2 - THE PARTIES\n"
        "\n"
        "Party Name Status Date of birth\n"
        "Respondent 1 Dana Shaw Mother 28 December 1990\n"
        "Respondent 2 Kelly Marsh Guardian 8 May 1970\n"
    )
    assert [p[2] for p in people(text, "court_order")] == ["Dana Shaw", "Kelly Marsh"]


def test_parties_table_rows_opened_by_a_party_number() -> None:
    text = (
        "SCHEDULE 2 - THE PARTIES\n"
        "\n"
        "Party Name Status Date of birth\n"
        "Party | Dana Shaw Applicant 9 Jan 2001\n"
        "Party 2 Owen Pryce Respondent 17 May 1998\n"
    )
    assert people(text, "court_order") == [
        ("adult", "applicant", "Dana Shaw", "2001-01-09"),
        ("adult", "respondent", "Owen Pryce", "1998-05-17"),
    ]


def test_table_rows_whose_date_cell_wrapped_below_the_name() -> None:
    text = (
        "Checks have been completed for the following people.\n"
        "\n"
        "Name DOB PNC ID Result\n"
        "Nadia Kerr Thursday 14 20/1728769A Trace - see\n"
        "April 1983 below\n"
        "Owen Pryce Monday 21 May - NO TRACE\n"
        "1984\n"
    )
    found = people(text, "police_check")
    assert [p[2] for p in found] == ["Nadia Kerr", "Owen Pryce"]
