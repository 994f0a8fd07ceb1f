from datetime import date

import pytest

from extractors.dates import find_dates
from extractors.people import find_people
from extractors.people_unread import find_unread

TODAY = date(2024, 6, 1)


def unread(text: str, excluded: list[tuple[int, int]] | None = None) -> list[str]:
    dates = find_dates(text, today=TODAY)
    found = find_people(text, dates, [], excluded=excluded)
    return [u.label for u in find_unread(text, found, dates, excluded)]


def test_every_party_read_reports_nothing() -> None:
    text = (
        "PARTIES\n"
        "Applicant: Leeds City Council\n"
        "First Respondent: Karen Smith (mother)\n"
        "Second Respondent: John Smith (father)\n"
        "The children\n"
        "Amelia Jane Smith (a girl) born 12 March 2019\n"
        "\n"
        "1. The applicant shall file a statement by 4pm on 12.12.24.\n"
        "2. The respondent Karen Smith must not remove the child.\n"
    )
    assert unread(text) == []


def test_party_row_whose_name_ocr_spoilt() -> None:
    text = (
        "The parties\n"
        "Applicant: Donna Payne (mother)\n"
        "Secon hes julicnt Mi;h@l on ile 5eencer (father) LY\n"
        "The child\n"
        "Mark Payne DOB: 20/11/2019\n"
    )
    assert unread(text) == ["father"]


def test_party_label_with_garbage_after_it() -> None:
    text = "PARTIES\nApplicant Cameron Tienr.s “hit: ft) e)\nRespondent: Jacqueline Hancock\n"
    assert unread(text) == ["applicant"]


def test_council_applicant_and_unknown_father_are_not_people() -> None:
    text = "Applicant: Kent County Council\nMother: Karen Smith\nFather: Not known\n"
    assert unread(text) == []


def test_label_alone_with_name_on_the_line_above() -> None:
    text = (
        "Parties\n"
        "Second Jamie Michael Burke (father)\n"
        "\n"
        "Respondent\n"
        "First Respondent Kate Amy James (mother)\n"
    )
    assert unread(text) == []


def test_table_row_without_a_readable_name() -> None:
    text = (
        "Subjects of the check\n"
        "lame Date of birth Retationship\n"
        "lolly King 14.09.88 Mother\n"
        "Edward Wayne Chadwick 14.11.82 Father\n"
    )
    assert unread(text) == ["table row"]


def test_table_header_without_name_column_still_marks_rows() -> None:
    text = "Child Arrangements Order\n\nGender Date of birth\nMale 23.12.09\nFemale 05.09.09\n"
    assert unread(text) == ["table row", "table row"]


def test_year_split_onto_its_own_line_is_not_a_row() -> None:
    text = (
        "Household members\n"
        "Name Date of birth Relationship\n"
        "Karen Smith 12 March Mother\n"
        "1989\n"
        "John Smith 4 July 1986 Father\n"
    )
    assert "table row" not in unread(text)


def test_child_row_in_children_section_with_damaged_name() -> None:
    text = (
        "The children\n"
        "Victoria Dav.cs Date of fir 1 92/05/26\n"
        "Dale Martyn Davies DOB: 27/06/2014\n"
        "Recitals\n"
    )
    assert unread(text) == ["child"]


def test_sentence_under_children_heading_is_not_a_child() -> None:
    text = (
        "Children\n"
        "Brett Giles Male 19 July 2019\n"
        "The court read the application dated 4 October 2021 and the documents filed.\n"
    )
    assert unread(text) == []


def test_police_form_subject_heading_without_a_name() -> None:
    text = (
        "SUBJECT 1 OF 2\n"
        "SURNAME : PRICE\n"
        "FORENAME(S) : KIM\n"
        "\n"
        "SUBJECT 2 OF 2\n"
        "#@ ~~ ;\n"
        "DATE OF BIRTH : 21/10/1978\n"
    )
    labels = unread(text)
    assert "subject 2" in labels and "date of birth" in labels
    assert "subject 1" not in labels


@pytest.mark.parametrize("tail", ["2019", "UPy", "CN ge"])
def test_subject_heading_with_a_stamp_read_after_its_count_is_still_a_heading(tail: str) -> None:
    read = f"SUBJECT 1 OF 1 {tail}\nNAME: FLEMING, VICTOR HUGH\nDOB: 18MAR2000 SEX: M\n"
    assert unread(read) == []
    missed = f"SUBJECT 1 OF 1 {tail}\n#@ ~~ ;\nPNC ID: 22/0902036H\n"
    assert unread(missed) == ["subject 1"]


def test_form_surname_line_not_read() -> None:
    text = "SUBJECT 1\nSURNAME : 8#0~~ |\nDATE OF BIRTH 25NOV1984\n"
    assert unread(text) != []


def test_dob_label_on_line_below_found_person_is_owned() -> None:
    text = "Name: Karen SMITH\nDate of birth: 12/03/1985\n"
    assert unread(text) == []


def test_bent_dob_label_with_no_person() -> None:
    text = "Dear Sir\nS EAGED: QBN D.®.B. 13 August 1965\n"
    assert unread(text) == ["date of birth"]


def test_re_heading_whose_birth_date_was_lost() -> None:
    text = "Dear Sir/Madam\nRe: Dennis Conor Foster Date\n\nYou asked us to check our records.\n"
    assert unread(text) == ["re"]


def test_name_cut_short_is_reported() -> None:
    text = "First Respondent: Joseph ne Jennings «mother)\n"
    assert unread(text) == ["respondent"]


def test_ordinal_with_label_cut_short() -> None:
    text = "Parties\nFirst Respon EOE Coun\n"
    assert unread(text) == ["respondent"]


def test_row_of_a_wrapped_header_table_whose_name_is_cut_is_reported() -> None:
    text = (
        "Name Date of Relationship Result\n"
        "birth\n"
        "Corey Haldane 10/04/2016 Child Not known\n"
        "Tomasz 21/08/1989 Mother's Known. Single assessment 2023,\n"
        "Wrobel partner no further action.\n"
    )
    assert unread(text) == ["table row"]


def test_wrapped_result_cell_and_order_details_after_a_children_box_are_no_rows() -> None:
    text = (
        "Name Date of birth Relationship Result\n"
        "Corey Haldane 10/04/2016 Child Known. Child Protection Plan\n"
        "from 2019, ended 2020.\n"
        "\n"
        "The full name(s) of the child(ren) Boy or Girl Date(s) of birth\n"
        "Ava Marlow Girl 25 Sep 2016\n"
        "Made by: District Judge Tariq Lomax\n"
        "Date of order: 12 Nov 2023\n"
    )
    assert unread(text) == []


def test_name_with_birth_label_whose_date_ocr_spoilt_is_reported() -> None:
    text = (
        "Date: 2 March 2024\n"
        "Rory Dale (born 28/10/2009): No record held\n"
        "Nina Jane Dale (born 05. 1O/2O22): Known. Single assessment\n"
    )
    assert unread(text) == ["born"]


def test_email_subject_and_wrapped_year_cells_are_no_missing_people() -> None:
    text = (
        "Subject: RE: Safeguarding checks - Dale - your ref CAF-1234\n"
        "Name Date of birth Relationship Result\n"
        "Rory Dale 28/10/2009 Child Known. Child in Need plan\n"
        "2020-2021, closed.\n"
        "Nina Dale 30/11/1990 Mother Known\n"
    )
    assert unread(text) == []


def test_numbered_row_whose_date_is_spoilt_is_still_reported() -> None:
    text = "The children\n1. Rory Dale 28/10/2009\n2. ~~ ^^ Girl\n"
    assert unread(text) == ["child"]


def test_re_line_whose_year_ocr_cut_is_reported_not_taken_for_a_header() -> None:
    text = (
        "Dated: 10 August 2022\n"
        "Re: Abbie Hopkins born 30 June 202\n"
        "Georgia Hopkins born 8 December 1999\n"
        "You asked us to check our records in respect of the persons named above.\n"
    )
    assert unread(text) == ["re"]


def test_re_list_rows_whose_labels_and_dates_ocr_spoilt_are_reported() -> None:
    # the later rows carry no "Re:" of their own; one read row must not vouch for the rest
    text = (
        "Dated: 1 Mar 2021\n"
        "Re: Nora Cates FOB: 24 N.uv 2911\n"
        "Ivy Cates BOs: 19 Oct 2912\n"
        "Wendy Ann Cates DOB: 23 M a 1975\n"
        "Colin Mark Brown DOB: 9 Aug 1985\n"
        "Of Flat 12, 155 Moor Drive, Sheffield, S5 7FX\n"
        "\n"
        "You asked us to check our records in respect of the persons named above.\n"
    )
    assert unread(text) == ["re", "re", "re"]


def test_re_list_whose_first_name_ocr_spoilt_after_one_word_is_reported() -> None:
    # the label says a name follows: one capitalised word of it starts the list, so the
    # rows below, whose "born" OCR also spoilt, are entries too
    text = (
        "Dated: 4 May 2024\n"
        "Re: Jemma ? 6::t5 Lorn 0 Dec 2023\n"
        "Maria Jones porn 12 Feb 2012\n"
        "Hilary Jones born 9 Dec 1994\n"
        "\n"
        "You asked us to check our records in respect of the persons named above.\n"
    )
    assert unread(text) == ["re", "re"]


def test_a_re_subject_line_with_no_birth_date_is_no_person() -> None:
    text = "Dated: 4 May 2024\nRe: Safeguarding Enquiry\nMaria Jones porn 12 Feb 2012\n"
    assert unread(text) == []


def test_re_list_read_whole_and_its_address_line_report_nothing() -> None:
    text = (
        "Dated: 1 Mar 2021\n"
        "Re: Nora Cates DOB: 24 Nov 2011\n"
        "\n"
        "Colin Mark Brown DOB: 9 Aug 1985\n"
        "Of Flat 12, 155 Moor Drive, Sheffield, S5 7FX\n"
        "You asked us to check our records in respect of the persons named above.\n"
    )
    assert unread(text) == []


def test_header_row_of_a_birth_date_table_is_still_no_row() -> None:
    text = "Children\nName | Date of birth\nRory Dale 28/10/2009\n"
    assert unread(text) == []


def test_birth_date_cut_inside_its_year_is_reported() -> None:
    text = (
        "Dated: 2 October 2020\n"
        "Re: Tracy Tomlinson DOB: 1 July 1989\n"
        "James Clarke DOB: 13 November 19:38\n"
        "Amy Clarke DOB: 13.11.19.\n"  # a full stop after a whole date cuts nothing
    )
    assert unread(text) == ["date of birth"]


ORDER_WITH_A_CHILD_LOST = (
    "The relevant child(ren)\n"
    "Ian Vincent Nicholls DOB: 04.04.08\n"
    "Frances Nicholls DOB: 21.08.18\n"
    "\n"
    "EWE\n"
    "ORDER\n"
    "1. The court makes an interim care order placing Ian Vincent Nicholls, Frances Nicholls"
    " and Charlene Marion\n"
    "\n"
    "Nicholls in the care of Derby City Council.\n"
)


def test_a_child_the_order_names_but_no_row_gave_is_reported() -> None:
    # the third child's row was lost under a stamp; the order's sentence still names her
    assert unread(ORDER_WITH_A_CHILD_LOST) == ["named child"]


SCHOOL_ORDER = (
    "The child\n"
    "Helen Paula Davies (a girl) born 19 April 2019\n"
    "\n"
    "ORDER\n"
    "1. Helen Paula Davies, Terry Davies and Leonard Davies shall attend Park View School.\n"
)


def test_a_list_with_a_found_child_in_it_names_the_children_whose_rows_were_lost() -> None:
    # no "placing" or "in respect of": the list is known by the found child in it
    assert unread(SCHOOL_ORDER) == ["named child"]
    # every one of them read: nothing to report
    rows = "Terry Davies (a boy) born 19 July 2016\nLeonard Davies (a boy) born 24 July 2014\n"
    assert unread(SCHOOL_ORDER.replace("\n\nORDER", "\n" + rows + "\nORDER")) == []
    # ... a middle name the rows leave off is the same child
    named = SCHOOL_ORDER.replace("Terry Davies and", "Terry James Davies and")
    assert unread(named.replace("\n\nORDER", "\n" + rows + "\nORDER")) == []
    # a list with no found child in it is not the children's ("Leo" is no "Andrei Theo")
    text = (
        "The child\nLeo Davies (a boy) born 3 May 2019\n\n"
        "Notice was given to Bethan Davies and Andrei Theo Davies.\n"
    )
    assert unread(text) == []


def test_children_the_order_names_and_the_rows_gave_report_nothing() -> None:
    text = ORDER_WITH_A_CHILD_LOST.replace("EWE\n", "Charlene Marion Nicholls DOB: 23.09.07\n")
    assert unread(text) == []
    # a name of no found family (the council, a social worker) is not the order's child
    text = (
        "The child\nAmy Clarke DOB: 13.11.19\n\n"
        "1. The court makes a care order in respect of Amy Clarke and concerning Jane Doe.\n"
    )
    assert unread(text) == []


def test_child_found_whose_labelled_birth_date_ocr_spoilt_is_reported() -> None:
    # a stamp over the month: the child is read, the date is not, and the record said nothing
    text = (
        "The relevant child(ren)\n"
        "Susan Wilson DOB: 30th Ség@tember 2018\n"
        "Recitals\n"
        "The court read the application dated 13th October 2024.\n"
    )
    assert unread(text) == ["date of birth"]
    assert unread(text.replace("Ség@tember", "September")) == []


def test_a_table_row_whose_bare_birth_date_ocr_spoilt_is_reported() -> None:
    # "17" read "47": no date parses, and the table's rows carry no label of their own
    text = (
        "The chitd\n"
        "Name Gender Date of birth\n"
        "Abdul Clark Male 47 Nov 2012\n"
        "Jacob Clark Male 15 Feb 2021\n"
        "RECITALS\n"
    )
    assert unread(text) == ["date of birth"]
    assert unread(text.replace("47 Nov", "17 Nov")) == []


def test_a_birth_date_after_someone_else_on_the_row_is_not_the_first_persons_lost_one() -> None:
    text = "Mother: Karen Smith   Father: John Smith DOB: 12/03/1985\n"
    assert unread(text) == []
