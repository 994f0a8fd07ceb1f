from datetime import date

from extractors.dates import find_dates
from extractors.people import find_people
from extractors.people_names import take_name
from extractors.people_prose import prose_people, prose_relations
from extractors.people_unread import find_unread

TODAY = date(2024, 6, 1)


def people(text: str, doc_type: str | None = "la_check"):
    found = find_people(text, find_dates(text, today=TODAY), [], doc_type=doc_type)
    return [(p.kind, p.role, p.name, p.dob.value.isoformat() if p.dob else None) for p in found]


LETTER = (
    "| write in response to your request dated 3 March 2024. Our records show that Joanne\n"
    "Pritchard {barn 9/5/91) lives at 14 Elm Road, Luton, LU2 7QP with her partner Marek\n"
    "van Dijk and her children Ellie Pritchard (dob 03/02/2015), Alfie\n"
    "Pritchard, whose date of birth is 21 June 2019,, and Ruby Dijk (born Tuesday 4 May 2021).\n"
)


def test_household_named_in_a_letter_sentence_across_line_breaks() -> None:
    got = people(LETTER)
    assert ("adult", "subject", "Joanne Pritchard", "1991-05-09") in got
    assert ("adult", "partner", "Marek van Dijk", None) in got
    assert ("child", None, "Ellie Pritchard", "2015-02-03") in got
    assert ("child", None, "Alfie Pritchard", "2019-06-21") in got
    assert ("child", None, "Ruby Dijk", "2021-05-04") in got


def test_a_born_label_gives_its_date_to_the_name_before_it_only() -> None:
    text = "On 3 May 2024 records show Gemma Hart lives with her son Owen Hart (born 2/2/2012) at\n"
    hits = prose_people(text, find_dates(text, today=TODAY))
    assert [(text[h.start : h.end], h.child) for h in hits] == [("Owen Hart", True)]


def test_a_seventeen_year_old_is_a_child_only_when_the_sentence_says_so() -> None:
    text = (
        "Dated 1 May 2024. Our records show that Lisa Cole (born 2/2/2007) lives with her\n"
        "children Mia Cole (born 2/2/2007) and Sam Cole (born 3/3/2020).\n"
    )
    hits = prose_people(text, find_dates(text, today=TODAY))
    assert [(text[h.start : h.end], h.child) for h in hits] == [
        ("Lisa Cole", False),
        ("Mia Cole", True),
        ("Sam Cole", True),
    ]


def test_no_born_label_no_prose_person() -> None:
    text = "Our records show that Lisa Cole lives at 2 Hill Rd since 2/2/2007 with nobody else.\n"
    assert prose_people(text, find_dates(text, today=TODAY)) == []


def test_relation_word_bent_by_ocr_still_names_the_partner() -> None:
    rel = prose_relations("lives at 9 Bank St with the tather Imran\nQureshi and her child")
    assert [(r.role, r.name is not None) for r in rel] == [("father", True)]
    assert prose_relations("with the matter of Costs Order") == []  # not a relation word


def test_relation_whose_name_was_not_read_sends_the_letter_to_review() -> None:
    text = "Our records show that Lisa Cole (born 2/2/1990) lives with her partner 8r1an\n"
    dates = find_dates(text, today=TODAY)
    found = find_people(text, dates, [], doc_type="la_check")
    assert [p.name for p in found] == ["Lisa Cole"]
    assert [u.label for u in find_unread(text, found, dates)] == ["partner"]


def test_children_side_by_side_in_a_two_column_box() -> None:
    text = (
        "The full name(s) of the child(ren), Boy or Girl, Date(s) of birth\n"
        "Tyler Reid (Boy) 25 Jul 2020 Noah Reid (Girl) 10 Nov 2022\n"
        "ORDER MADE BY DISTRICT JUDGE KHAN\n"
    )
    got = people(text, "court_order")
    assert ("child", None, "Tyler Reid", "2020-07-25") in got
    assert ("child", None, "Noah Reid", "2022-11-10") in got


def test_second_child_after_a_lost_list_number() -> None:
    text = (
        "SCHEDULE 1 - THE CHILDREN\n"
        "1. Ava Lund, born 01-08-2021. Leo Lund, born 22-07-2023\n"
        "SCHEDULE 2 - THE PARTIES\n"
    )
    got = people(text, "court_order")
    assert ("child", None, "Ava Lund", "2021-08-01") in got
    assert ("child", None, "Leo Lund", "2023-07-22") in got


def test_words_after_a_childs_date_that_are_no_dated_name_are_not_a_child() -> None:
    text = (
        "The full name(s) of the child(ren), Boy or Girl, Date(s) of birth\n"
        "Tyler Reid (Boy) 25 Jul 2020 Family Court Leeds\n"
    )
    got = people(text, "court_order")
    assert [g[2] for g in got if g[0] == "child"] == ["Tyler Reid"]


def test_printed_weekday_before_a_childs_date_keeps_the_row() -> None:
    text = "The child\nName Girl/Boy Date of birth\nMaya Holt Girl Tuesday 14 March 2017\n"
    assert ("child", None, "Maya Holt", "2017-03-14") in people(text, "court_order")


def test_weekday_between_born_label_and_date_of_a_numbered_party() -> None:
    text = (
        "Dated 2 May 2024\nThe parties\n"
        "Party 3 is Owen Price (born Friday 16 October 1964), the children's guardian.\n"
        "Party 1 is Tara Holt, the applicant.\n"
    )
    got = people(text, "court_order")
    assert ("adult", "guardian", "Owen Price", "1964-10-16") in got
    assert ("adult", "applicant", "Tara Holt", None) in got


def test_weekday_in_a_two_column_children_row() -> None:
    text = (
        "The full name(s) of the child(ren), Boy or Girl, Date(s) of birth i\n"
        "Ravi Shah (Boy) Sunday 31 January 2021 Anya Shah (Girl) Saturday 11 November 2023\n"
        "ORDER MADE BY HER HONOUR JUDGE KNOX\n"
    )
    got = people(text, "court_order")
    assert ("child", None, "Ravi Shah", "2021-01-31") in got
    assert ("child", None, "Anya Shah", "2023-11-11") in got


def test_an_emails_subject_header_is_no_person() -> None:
    text = (
        "From: Disclosure Unit - Level 2 Checks <disclosure@west.police.uk>\n"
        "Sent: Monday 3 June 2024 09:12\n"
        "To. Cafcass Safeguarding <safeguarding@cafcass.gov.uk>\n"
        "Subject: Level 2 police checks - LS24C01234\n"
        "Name DOB PNC ID Result\n"
        "Nadia Brook 12/03/1990 19/1234567X NO TRACE\n"
    )
    names = [g[2] for g in people(text, "police_check")]
    assert "Level" not in names
    assert "Nadia Brook" in names


def test_a_check_forms_subject_label_still_names_the_person() -> None:
    text = "PNC CHECK RESULT\nSubject: Nadia Brook\nDate of birth: 12/03/1990\n"
    assert [g[2] for g in people(text, "police_check")] == ["Nadia Brook"]


def test_a_weekday_opening_a_wrapped_date_cell_ends_the_name() -> None:
    line = "Nadia Brook Thursday 14 19/1234567X Trace - see"
    span = take_name(line, 0, len(line))
    assert span is not None and line[span[0] : span[1]] == "Nadia Brook"
    line = "Tuesday Brook 14 May 1990"  # a weekday not before a day number is left alone
    span = take_name(line, 0, len(line))
    assert span is not None and line[span[0] : span[1]] == "Tuesday Brook"


def test_a_bare_date_in_brackets_after_each_name_of_a_list() -> None:
    text = (
        "The children Lily Ward (04/01/2019) and Max Ward (12/03/2016) are not recorded as\n"
        "subjects of any police report.\n"
    )
    found = people(text, "police_check")
    assert [(p[0], p[2], p[3]) for p in found] == [
        ("child", "Lily Ward", "2019-01-04"),
        ("child", "Max Ward", "2016-03-12"),
    ]


def test_a_child_ner_read_first_is_vouched_for_by_the_list_that_names_them() -> None:
    text = (
        "The children Rosie Kowalski (24/03/2018) and Mia Kowalski (23/08/2020) are not\n"
        "recorded as subjects of any police report.\n"
    )
    rosie = text.index("Rosie"), text.index("Rosie") + len("Rosie Kowalski")
    found = find_people(text, find_dates(text, today=TODAY), [rosie], doc_type="police_check")
    assert [(p.name, p.kind, p.how) for p in found] == [
        ("Rosie Kowalski", "child", "list"),
        ("Mia Kowalski", "child", "list"),
    ]
