"""Field assembly without spaCy: candidates in, FieldValues with confidence out."""

from dataclasses import replace
from datetime import date

import pytest
from doctext import doc_from_text  # tests/extractors/doctext.py

from extractors.assemble import (
    _date_candidates,
    assemble_people,
    extract,
    pick_document_date,
    pick_list,
    pick_scalar,
)
from extractors.confidence import SUGGESTED_THRESHOLD
from extractors.dates import find_dates
from extractors.identifiers_find import find_case_numbers, find_postcodes
from extractors.people import find_people


def test_case_number_next_to_its_label_wins_and_is_confident() -> None:
    doc = doc_from_text("Previous proceedings MA19P04567 were closed.\nCase No: LS24C00123")
    fv = pick_scalar(doc, find_case_numbers(doc.text))
    assert fv is not None
    assert fv.value == "LS24C00123"
    assert fv.raw == "LS24C00123"
    assert fv.page == 1 and fv.box is not None and fv.box.top == 30
    assert fv.validated is True
    assert fv.confidence >= SUGGESTED_THRESHOLD * 0.85  # a rival lowers it a little


def test_two_labelled_case_numbers_are_ambiguous() -> None:
    one = doc_from_text("Case No: LS24C00123")
    two = doc_from_text("Case No: LS24C00123\nCase No: LS24C00999")
    single = pick_scalar(one, find_case_numbers(one.text))
    double = pick_scalar(two, find_case_numbers(two.text))
    assert single is not None and double is not None
    assert single.confidence >= SUGGESTED_THRESHOLD
    assert double.confidence < SUGGESTED_THRESHOLD


def test_repaired_case_number_is_below_the_threshold() -> None:
    doc = doc_from_text("Case No: LS24COOl23")
    fv = pick_scalar(doc, find_case_numbers(doc.text))
    assert fv is not None and fv.value == "LS24C00123"
    assert fv.raw == "LS24COOl23" and "repair" in fv.source
    assert fv.confidence < SUGGESTED_THRESHOLD


def test_low_ocr_confidence_sends_a_value_to_review() -> None:
    doc = doc_from_text("Case No: LS24C00123", low={"LS24C00123": 0.35})
    fv = pick_scalar(doc, find_case_numbers(doc.text))
    assert fv is not None and fv.confidence < SUGGESTED_THRESHOLD


def test_postcodes_are_deduplicated_and_normalised() -> None:
    doc = doc_from_text(
        "1 Leeds Road, Leeds LS1 1UR\n2 Park Lane, Leeds ls11ur\n3 Mill Lane, York YO1 7HH"
    )
    values = [fv.value for fv in pick_list(doc, find_postcodes(doc.text))]
    assert values == ["LS1 1UR", "YO1 7HH"]


def test_document_date_prefers_a_label_over_other_dates() -> None:
    text = (
        "The application dated is noted. Hearing 1 April 2024\n"
        "Amelia Smith born 12 March 2019\n"
        "Order made on 3 May 2024"
    )
    doc = doc_from_text(text)
    dates = find_dates(text)
    fv = pick_document_date(doc, _date_candidates(text, dates, set()))
    assert fv is not None and fv.value == "2024-05-03" and fv.confidence >= SUGGESTED_THRESHOLD


def test_document_date_never_a_birth_date() -> None:
    text = "Name: Karen Smith\nDate of birth: 03/04/1990"
    doc = doc_from_text(text)
    assert pick_document_date(doc, _date_candidates(text, find_dates(text), set())) is None


def test_unlabelled_date_alone_on_its_line_is_the_letter_date() -> None:
    text = "Leeds City Council\n12 March 2024\nDear Sir\nWe checked on 1 March 2024."
    doc = doc_from_text(text)
    fv = pick_document_date(doc, _date_candidates(text, find_dates(text), set()))
    assert fv is not None and fv.value == "2024-03-12"
    assert fv.confidence < 0.9


def test_implausible_birth_dates_are_flagged() -> None:
    text = "The children\nAmelia Smith born 12 March 1970\nOliver Smith born 01/02/2021"
    doc = doc_from_text(text)
    found = find_people(text, find_dates(text), [])
    children, people = assemble_people(doc, found, [], date(2024, 5, 3))
    assert [c.name.value for c in children] == ["Amelia Smith", "Oliver Smith"]
    assert people == []
    bad, good = (c.date_of_birth for c in children)
    assert bad is not None and bad.validated is False and bad.confidence < 0.5
    assert good is not None and good.validated is True and good.confidence >= SUGGESTED_THRESHOLD


def test_duplicate_mentions_of_a_person_merge() -> None:
    text = "Mother: Karen Smith\nName: Karen Smith\nDOB: 03/04/1990"
    doc = doc_from_text(text)
    found = find_people(text, find_dates(text), [])
    children, people = assemble_people(doc, found, [], date(2024, 5, 3))
    assert children == []
    assert len(people) == 1
    assert people[0].role == "mother"
    assert people[0].date_of_birth is not None
    assert people[0].date_of_birth.value == "1990-04-03"


def test_dob_column_of_a_table_labels_its_dates() -> None:
    text = "Children\nName Sex Date of birth\nLily Brown F 02/05/2018\nSam Brown M 03.06.16"
    doc = doc_from_text(text)
    found = find_people(text, find_dates(text), [])
    assert all(p.dob_labelled for p in found)
    children, _ = assemble_people(doc, found, [], date(2024, 5, 3))
    for child in children:
        assert child.date_of_birth is not None
        assert child.date_of_birth.confidence >= SUGGESTED_THRESHOLD


def test_row_date_without_a_header_is_less_certain() -> None:
    text = "Children\nLily Brown F 02/05/2018"
    doc = doc_from_text(text)
    children, _ = assemble_people(
        doc, find_people(text, find_dates(text), []), [], date(2024, 5, 3)
    )
    assert children[0].date_of_birth is not None
    assert children[0].date_of_birth.confidence < SUGGESTED_THRESHOLD


def test_date_labels_in_letters_and_printouts() -> None:
    cases = {
        "To Legal Services\nDate 13 Mar 2023\nOur ref 1234": "2023-03-13",
        "ENQUIRY REF: 12\nPRINTED: 29/11/2020 14:28": "2020-11-29",
        "REQUEST REF:\nDATE PRINTED:\n\n28/01/2024 07:40\nIn 2019 on 1 May 2019 x": "2024-01-28",
        "the agreed document\ndated 06.08.19.\nDate order made: 28.09.19": "2019-09-28",
    }
    for text, expected in cases.items():
        doc = doc_from_text(text)
        fv = pick_document_date(doc, _date_candidates(text, find_dates(text), set()))
        assert fv is not None and fv.value == expected, text


def test_a_subject_whose_birth_date_makes_them_a_child_is_a_child() -> None:
    text = "Re: Ruby Carter born 21st November 2017\nDaniel Carter born 3rd May 1988"
    doc = doc_from_text(text)
    found = find_people(text, find_dates(text), [], doc_type="la_check")
    children, people = assemble_people(doc, found, [], date(2024, 1, 9))
    assert [c.name.value for c in children] == ["Ruby Carter"]
    assert [(p.name.value, p.role) for p in people] == [("Daniel Carter", "subject")]


def test_a_subject_of_sixteen_or_seventeen_is_still_a_child_and_eighteen_is_not() -> None:
    # Children Act 1989: a child is under 18; a letter about a family years into its case
    # names children who have turned 16 since
    text = (
        "Re: Dominic Bond DOB: 08/02/2005\nDiana Bond DOB: 25/06/2008\n"
        "Colin Bond DOB: 25/08/1971\nJason Bond DOB: 01/03/2003"
    )
    doc = doc_from_text(text)
    found = find_people(text, find_dates(text), [], doc_type="la_check")
    children, people = assemble_people(doc, found, [], date(2021, 4, 2))
    assert sorted(c.name.value for c in children) == ["Diana Bond", "Dominic Bond"]
    assert sorted(p.name.value for p in people) == ["Colin Bond", "Jason Bond"]


def test_a_police_check_subject_stays_a_person_whatever_the_birth_date() -> None:
    text = "NAME: CARTER, RUBY\nDOB: 21/11/2019\n"  # a misread year of birth
    doc = doc_from_text(text)
    found = find_people(text, find_dates(text), [], doc_type="police_check")
    children, people = assemble_people(doc, found, [], date(2024, 1, 9), "police_check")
    assert children == []
    assert [p.name.value.title() for p in people] == ["Ruby Carter"]


def test_repaired_and_doubtful_names_are_less_confident() -> None:
    text = "Mother: Karen Smith\n"
    doc = doc_from_text(text)
    (person,) = find_people(text, [], [])
    plain = assemble_people(doc, [person], [], date(2024, 1, 9))[1][0].name.confidence
    for mark in ("+repair", "+doubt"):
        marked = replace(person, how=person.how + mark)
        _, people = assemble_people(doc, [marked], [], date(2024, 1, 9))
        assert people[0].name.confidence < min(plain, SUGGESTED_THRESHOLD), mark


@pytest.mark.parametrize(
    "text,expected",
    [
        # printout labels with the scanner's specks between label and value
        ("DATE/TIME: 04/02/2021 18:57\nDOB: 15/02/1971\n3/4/2019 FINE", "2021-02-04"),
        ("DATE PRINTED:.. - - 9, 12DEC2023 08:49\nCAUTION 09/01/2018", "2023-12-12"),
        ("The hearing is on 12 Oct 2021.\nDATED this. 15 Jul 2021.", "2021-07-15"),
    ],
)
def test_labelled_document_date_through_specks(text: str, expected: str) -> None:
    doc = doc_from_text(text)
    fv = pick_document_date(doc, _date_candidates(text, find_dates(text), set()))
    assert fv is not None and fv.value == expected
    assert fv.source.endswith(":label")


def test_date_with_a_smudge_glued_to_it_is_doubtful() -> None:
    text = "Dated: 11.10.24\n"
    smudged = "Dated: {1.10.24\n"
    clean = pick_document_date(doc_from_text(text), _date_candidates(text, find_dates(text), set()))
    doubt = pick_document_date(
        doc_from_text(smudged), _date_candidates(smudged, find_dates(smudged), set())
    )
    assert clean is not None and doubt is not None
    assert doubt.confidence < clean.confidence


def test_unread_entry_keeps_the_label_and_where_never_the_words() -> None:
    from extractors.assemble import _unread_value
    from extractors.people_unread import UnreadEntry

    doc = doc_from_text("Parties\nSecond Respondent: M#ch@l Spe~cer (father)")
    start = doc.text.index("Second")
    fv = _unread_value(doc, UnreadEntry(start, len(doc.text), "respondent"))
    assert fv.value == "respondent" and fv.raw == "respondent"
    assert fv.page == 1 and fv.box is not None
    assert fv.source == "people:unread"


def test_name_printed_twice_alike_is_surer_than_once() -> None:
    once = doc_from_text("First Respondent: Karen Smyth (mother)\nThe child lives with her.")
    twice = doc_from_text(
        "First Respondent: Karen Smyth (mother)\nThe child lives with Karen Smyth."
    )
    confidences = []
    for doc in (once, twice):
        found = find_people(doc.text, find_dates(doc.text, today=date(2024, 6, 1)), [])
        _, people = assemble_people(doc, found, [], date(2024, 6, 1))
        confidences.append(people[0].name.confidence)
    assert confidences[1] > confidences[0]


def test_a_mended_name_printed_again_as_it_was_read_is_not_a_disagreement() -> None:
    # "lain" mended to Iain in the table; the body prints "lain" too: the same slip twice
    text = (
        "The child\nName Gender Date of birth\nBernard lain Brown Male 28/10/2006\n"
        "1. Bernard lain Brown shall be placed under the supervision of the council.\n"
    )
    lone = text.replace("1. Bernard lain Brown shall", "1. The child shall")
    today = date(2024, 6, 1)
    values = []
    for t in (text, lone):
        doc = doc_from_text(t)
        found = find_people(doc.text, find_dates(doc.text, today=today), [])
        children, _ = assemble_people(doc, found, [], today)
        values.append(children[0].name)
    assert values[0].value == values[1].value == "Bernard Iain Brown"
    assert values[0].confidence >= values[1].confidence


def test_a_name_whose_accent_went_unread_goes_to_a_person_wherever_it_is_printed() -> None:
    """The page showed an accent over "Sian" once; every reading of it drops the accent
    alike, so a second, unmarked reading does not vouch for the name."""
    text = "First Respondent: Sian Fernandez (mother)\nThe child lives with Sian Fernandez."
    today = date(2024, 6, 1)
    plain = doc_from_text(text)
    marked = doc_from_text(text)
    words = [w.text for w in marked.pages[0].words]
    marked.pages[0].unread_marks.append(len(words) - 2)  # the body's "Sian", not the table's
    names = []
    for doc in (plain, marked):
        found = find_people(doc.text, find_dates(doc.text, today=today), [])
        _, people = assemble_people(doc, found, [], today)
        names.append(people[0].name)
    assert names[0].confidence > 0.64 and "unread-accent" not in names[0].source
    assert names[1].value == "Sian Fernandez" and names[1].confidence <= 0.35
    assert names[1].source.endswith("+unread-accent")


def test_namesakes_with_their_own_birth_dates_stay_two_people() -> None:
    text = (
        "Dated: 9th February 2020\n"
        "Re: Oliver Edwards D.O.B. 22nd December 2007\n"
        "Leah Edwards D.O.B. 16th June 2004\n"
        "Leah Edwards D.O.B. 10th April 1998\n"
    )
    doc = doc_from_text(text)
    found = find_people(text, find_dates(text), [])
    children, people = assemble_people(doc, found, [], date(2020, 2, 9))
    assert [(c.name.value, c.date_of_birth and c.date_of_birth.value) for c in children] == [
        ("Oliver Edwards", "2007-12-22"),
        ("Leah Edwards", "2004-06-16"),
    ]
    assert [p.name.value for p in people] == ["Leah Edwards"]


def test_a_father_and_the_son_named_after_him_stay_two_people() -> None:
    text = (
        "Parties\n"
        "Second Respondent Bryan Cunningham (father)\n"
        "The child\n"
        "Name Gender Date of birth\n"
        "Bryan Cunningham Male 14/10/2005\n"
        "\n"
        "1. The children Bryan Cunningham and Ann Cunningham are placed in care.\n"
    )
    doc = doc_from_text(text)
    found = find_people(text, find_dates(text), [])
    children, people = assemble_people(doc, found, [], date(2020, 10, 31))
    assert [c.name.value for c in children] == ["Bryan Cunningham"]
    assert [(p.name.value, p.role) for p in people] == [("Bryan Cunningham", "father")]


def test_a_confirmed_repair_is_scored_as_a_clean_read_and_an_unconfirmed_one_is_not() -> None:
    doc = doc_from_text("IN THE FAMILY COURT AT PLYMOUTH PL20€01822\n")
    fv = pick_scalar(doc, find_case_numbers(doc.text))
    assert fv is not None and fv.value == "PL20C01822" and "repair" in fv.source
    assert fv.confidence > 0.8
    doc = doc_from_text("Case No: P022P01113\n")
    fv = pick_scalar(doc, find_case_numbers(doc.text))
    assert fv is not None and fv.value == "PO22P01113" and fv.confidence < 0.8


def test_a_birth_date_with_a_lookalike_undone_costs_less_than_a_guessed_one() -> None:
    # a printout's "O9NOV1997" (a letter O for a 0) against "96SEP1981" (a day mended by a
    # guess), both in words Tesseract scored 0.46 for their odd characters
    text = "SURNAME CLARKE\nFORENAMES MOHAMMAD\nDOB: O9NOV1997\n"
    guessed = "SURNAME DUNN\nFORENAMES KIMBERLEY\nDOB: 96SEP1981\n"
    values = []
    for page, word in ((text, "O9NOV1997"), (guessed, "96SEP1981")):
        doc = doc_from_text(page, low={word: 0.46})
        found = find_people(page, find_dates(page), [], doc_type="police_check")
        _, people = assemble_people(doc, found, [], date(2024, 5, 3), "police_check")
        (person,) = people
        assert person.date_of_birth is not None and person.date_of_birth.validated
        values.append(person.date_of_birth.confidence)
    lookalike, guess = values
    assert lookalike >= 0.5 > guess


def test_a_birth_after_the_latest_date_on_an_undated_letter_is_plausible() -> None:
    """No document date read: the referral is the page's latest date, yet the letter is later."""
    doc = doc_from_text(
        "Cardiff Council\nDate 15 Apri cont\nRe: Jacob Holland born 23 September 2021\n"
        "A referral was received on 20 August 2021 from the police."
    )
    out = extract(doc, "la_check")
    assert out.document_date is None or out.document_date.value != "2021-08-20"
    assert [c.date_of_birth.value for c in out.children if c.date_of_birth] == ["2021-09-23"]
    assert out.children[0].date_of_birth.validated


def test_a_mark_glued_to_a_birth_date_does_not_score_its_digits() -> None:
    """Tesseract scores '12Nov2012.' by its worst character: 0 for the full stop."""
    text = "The child\nLeo Hussain Boy 12Nov2012.\n"
    dates = find_dates(text)
    found = find_people(text, dates, [])
    glued = assemble_people(
        doc_from_text(text, low={"12Nov2012.": 0.0}), found, [], date(2024, 5, 3)
    )
    cut = text.replace("12Nov2012.", "12Nov2012")
    found_cut = find_people(cut, find_dates(cut), [])
    lost = assemble_people(
        doc_from_text(cut, low={"12Nov2012": 0.0}), found_cut, [], date(2024, 5, 3)
    )
    (child,), (same,) = glued[0], lost[0]
    assert child.date_of_birth.value == same.date_of_birth.value == "2012-11-12"
    assert child.date_of_birth.confidence > same.date_of_birth.confidence


def test_a_mark_before_a_one_digit_day_may_be_its_lost_digit() -> None:
    """'{1.10.19' may be 11.10.19: its mark counts against it as the word's score says."""

    def dob_confidence(token: str) -> float:
        text = f"The child\nLeo Hussain Boy {token}\n"
        found = find_people(text, find_dates(text), [])
        doc = doc_from_text(text, low={token: 0.0})
        (child,), _ = assemble_people(doc, found, [], date(2024, 5, 3))
        return child.date_of_birth.confidence

    assert dob_confidence("{1.10.19") == dob_confidence("1.10.19")
    assert dob_confidence("{11.10.19") > dob_confidence("11.10.19")


@pytest.mark.parametrize(("dated", "doubted"), [("2020", False), ("2021", False), ("2026", True)])
def test_a_document_dated_years_from_its_case_numbers_year_doubts_both(
    dated: str, doubted: bool
) -> None:
    """'31 May 2026' beside CF20P01234: the year of one of them was misread."""
    text = f"Cardiff Council\nDate: 31 May {dated}\nCase Number: CF20P01234\nDear Sir\n"
    out = extract(doc_from_text(text), "la_check")
    calm = extract(doc_from_text(text.replace(dated, "2020")), "la_check")
    assert out.case_number is not None and out.document_date is not None
    assert calm.case_number is not None and calm.document_date is not None
    assert out.document_date.value == f"{dated}-05-31"
    assert (out.case_number.confidence < calm.case_number.confidence) is doubted
    assert (out.document_date.confidence < SUGGESTED_THRESHOLD) is doubted


def test_a_list_naming_a_child_found_by_birth_date_reports_its_lost_sibling() -> None:
    """The children's heading was spoilt ("Tee cate"), so Alison's row reads as one more of
    the parties; her birth date makes her a child, and the order's list that names her with
    Julie (whose row a smudge spoilt) then says a child was not read."""
    text = (
        "The Family Court sitting at Exeter\n"
        "Case No EX20C00331\n"
        "Made on 05/02/2020\n"
        "Parties\n"
        "Applicant Devon County Council\n"
        "First Respondent Carol Nicholls (mother)\n"
        "Cc\nTee cate\n\n"
        "sunie Nicholls (a girl) born 18/0! 2017\n"
        "Alison Nicholls (a girl) born 31/05/2006\n\n"
        "1. Devon County Council is authorised to place Julie Nicholls and Alison Nicholls "
        "for adoption.\n"
    )
    out = extract(doc_from_text(text), "court_order")
    assert [c.name.value for c in out.children] == ["Alison Nicholls"]
    assert [u.value for u in out.unread_people] == ["named child"]
