from datetime import date

from extractors.dates import find_dates
from extractors.people import find_people, take_name

TODAY = date(2024, 6, 1)


def people(text: str, doc_type: str | None = None, ner: list[tuple[int, int]] | None = None):
    found = find_people(text, find_dates(text, today=TODAY), ner or [], doc_type=doc_type)
    return [(p.kind, p.role, p.name, p.dob.value.isoformat() if p.dob else None) for p in found]


def test_court_order_parties_with_labels_and_inline_roles() -> None:
    text = (
        "IN THE FAMILY COURT SITTING AT LEEDS\n"
        "Applicant: Leeds City Council\n"
        "First Respondent: Karen Smith (mother)\n"
        "Second Respondent: John Smith (father), born 4 July 1986\n"
        "Before District Judge Sarah Thompson\n"
        "The children\n"
        "Amelia Jane Smith (a girl) born 12 March 2019\n"
        "Oliver Smith DOB: 01/02/2021\n"
        "Signed Jane Officer, Social Worker"
    )
    assert people(text) == [
        ("adult", "mother", "Karen Smith", None),
        ("adult", "father", "John Smith", "1986-07-04"),
        ("child", None, "Amelia Jane Smith", "2019-03-12"),
        ("child", None, "Oliver Smith", "2021-02-01"),
    ]


def test_table_rows_without_colons() -> None:
    text = (
        "PARTIES\n"
        "Applicant Leeds City Council\n"
        "First Respondent KAREN SMITH (mother)\n"
        "Children\n"
        "Name Gender Date of birth\n"
        "Lily Brown Female 02/05/2018\n"
        "Sam Brown Male 03.06.16\n"
    )
    assert people(text) == [
        ("adult", "mother", "KAREN SMITH", None),
        ("child", None, "Lily Brown", "2018-05-02"),
        ("child", None, "Sam Brown", "2016-06-03"),
    ]


def test_child_list_on_one_line_lower_case_and_missing_punctuation() -> None:
    text = (
        "the children: amelia smith (born 12/03/2019) and oliver smith dob 01.02.21\n"
        "mother: karen smith dob 3.4.1990"
    )
    assert people(text) == [
        ("child", None, "amelia smith", "2019-03-12"),
        ("child", None, "oliver smith", "2021-02-01"),
        ("adult", "mother", "karen smith", "1990-04-03"),
    ]


def test_pnc_printout_forename_surname_form() -> None:
    text = (
        "POLICE NATIONAL COMPUTER\n"
        "Surname: SMITH\n"
        "Forename(s): KAREN ANN\n"
        "Date of birth: 03/04/1990\n"
        "Checked by: PC 1234 Jones"
    )
    assert people(text, doc_type="police_check") == [
        ("adult", "subject", "KAREN ANN SMITH", "1990-04-03")
    ]


def test_name_broken_over_two_lines() -> None:
    text = "Child's name: Oliver\nBrown\nDate of birth: 2 May 2020"
    assert people(text) == [("child", None, "Oliver Brown", "2020-05-02")]


def test_la_check_subject_section_and_date_below_the_name() -> None:
    text = (
        "Safeguarding check\n"
        "Subject details\n"
        "Name: Mark Anthony Brown\n"
        "D.O.B.: 01/01/1980\n"
        "Address: 4 Elm Close, Wakefield WF1 2AB\n"
        "Outcome\n"
        "No trace. Jane Officer, Team Manager"
    )
    assert people(text, doc_type="la_check") == [
        ("adult", "subject", "Mark Anthony Brown", "1980-01-01")
    ]


def test_role_phrase_needs_ner_and_a_role_word() -> None:
    text = "The court heard from the mother, Karen Smith, and from Mr Patel of counsel."
    start = text.index("Karen")
    patel = text.index("Patel")
    found = people(text, ner=[(start, start + len("Karen Smith")), (patel, patel + 5)])
    assert found == [("adult", "mother", "Karen Smith", None)]


def test_judges_and_officers_are_not_parties() -> None:
    text = "Before District Judge Sarah Thompson\nSigned: Jane Officer\nDated 3 May 2024"
    assert people(text) == []


def test_take_name_stops_at_punctuation_dates_and_labels() -> None:
    text = "Mrs Karen Ann Smith (mother) born 1/2/1990"
    span = take_name(text, 0, len(text))
    assert span is not None and text[span[0] : span[1]] == "Karen Ann Smith"


def test_police_surname_first_names() -> None:
    text = (
        "SUBJECT 1 OF 2\nNAME: OKAFOR, JAMES CHUKWUEMEKA\nDOB: 12AUG1979 SEX: M\nRESULT: NO TRACE"
    )
    assert people(text, doc_type="police_check") == [
        ("adult", "subject", "JAMES CHUKWUEMEKA OKAFOR", "1979-08-12")
    ]


def test_re_list_of_a_family_in_a_letter() -> None:
    text = (
        "Dear Sir/Madam\n"
        "Re: Ruby Carter born 21st November 2017\n"
        "Daniel Carter born 3rd May 1988\n"
        "Of 4 Elm Close, Leeds LS6 2AB\n"
        "Thank you for your request for checks on the above named family."
    )
    assert people(text, doc_type="la_check") == [
        ("adult", "subject", "Ruby Carter", "2017-11-21"),  # a child by age once assembled
        ("adult", "subject", "Daniel Carter", "1988-05-03"),
    ]


def test_trailing_relationship_column() -> None:
    text = (
        "Subjects of the check\n"
        "Name Date of birth Relationship\n"
        "Katy Brooks 14 Jun 1986 Mother\n"
        "Elliot Brooks 10 Oct 2014 Child\n"
    )
    assert people(text, doc_type="la_check") == [
        ("adult", "mother", "Katy Brooks", "1986-06-14"),
        ("child", None, "Elliot Brooks", "2014-10-10"),
    ]


def test_sentences_after_a_heading_are_not_people() -> None:
    text = (
        "The relevant child(ren)\n"
        "Gillian Nicholson D.O.B.: 27 November 2019\n"
        "The court records that:\n"
        "The hearing took place in private and was attended remotely by video link.\n"
        "IMPORTANT NOTICE TO THE RESPONDENT: If without reasonable excuse you do anything"
    )
    assert people(text) == [("child", None, "Gillian Nicholson", "2019-11-27")]


def test_police_form_with_ocr_bent_labels_and_a_block_per_subject() -> None:
    text = (
        "SUBJECT 1 OF 2\n"
        "SURNAME BAXTER\n"  # no colon at all
        "F0RENAME (S) : JOANNE\n"  # O read as 0, a space before (S)
        "DOB: 02/03/1981\n"
        "SUBJECT 2 0F 2\n"
        "SURNAME ; OKONJO\n"  # colon read as a semicolon
        "TORE NAMES: DARREN LEE\n"  # F read as T
        "BORN: 14/07/1990\n"
    )
    assert people(text, doc_type="police_check") == [
        ("adult", "subject", "JOANNE BAXTER", "1981-03-02"),
        ("adult", "subject", "DARREN LEE OKONJO", "1990-07-14"),
    ]


def test_forename_never_pairs_with_the_next_subjects_surname() -> None:
    text = (
        "SUBJECT 1 OF 2\n"
        "SURN@ME:: ??\n"
        "FORENAMES: PAULINE\n"
        "SUBJECT 2 OF 2\n"
        "SURNAME: HARGREAVES\n"
        "FORENAMES: GARY\n"
    )
    found = people(text, doc_type="police_check")
    assert [p[2] for p in found] == ["GARY HARGREAVES"]


def test_unreadable_forename_label_after_a_surname_is_a_guess() -> None:
    text = "SURNAME: COLLINS\nFORehanicic): TREVOR\nSEX: MALE\n"
    found = find_people(text, [], [], doc_type="police_check")
    assert [(p.name, p.how) for p in found] == [("TREVOR COLLINS", "label-guess")]
    # another field's label in that place is not taken for a forename
    assert find_people("SURNAME: COLLINS\nFORCE: KENT POLICE\n", [], [], "police_check") == []


def test_lower_case_debris_in_a_capitals_form_is_doubted() -> None:
    text = "SURNAME : es PARKEN TR aot\nFORENAME : DEAN\n"
    found = find_people(text, [], [], doc_type="police_check")
    assert len(found) == 1 and found[0].how.endswith(("+doubt", "+repair"))


def test_party_rows_with_damaged_or_split_labels() -> None:
    text = (
        "PARTIES\n"
        "Applicant Kirklees Council\n"
        "First Respondent | Denise Carol Hartley (mother)\n"  # a table rule read as |
        "Seconsa Resnuident: Martin Oakes (father)\n"
        "Third Grace Lindley (grandmother)\n"  # "Respondent" fell to the next line
        "Respondent\n"
        "The child\n"
        "Ruby Hartley DOB: 03.04.2017\n"
    )
    assert people(text) == [
        ("adult", "mother", "Denise Carol Hartley", None),
        ("adult", "father", "Martin Oakes", None),
        ("adult", "grandmother", "Grace Lindley", None),
        ("child", None, "Ruby Hartley", "2017-04-03"),
    ]


def test_surname_that_lost_its_capital_before_a_role() -> None:
    text = "Second Respondent Frederick barnett (father)\n"
    found = find_people(text, [], [])
    assert [(p.name, p.role) for p in found] == [("Frederick Barnett", "father")]
    assert found[0].how.endswith("+repair")


def test_re_list_survives_ocr_slips_and_unreadable_dates() -> None:
    text = (
        "Re: Tyler Quinn D.O.B. 25 Apr 2016\n"
        "judith Quinn D.O.B. 28 Oct 2007\n"  # J read as j
        "Aaron Quinn born Sth August 2012\n"  # day unreadable, year kept
        "lan Burrows D.O.B. 4 Feb 1985\n"  # I read as l
        "Kar] Webb DOB: 03.01.90\n"  # l read as ]
        "Of 4 Elm Close, Leicester\n"
        "Dated 1 March 2022\n"
    )
    found = find_people(text, find_dates(text, today=TODAY), [], doc_type="la_check")
    assert [(p.name, p.kind) for p in found] == [
        ("Tyler Quinn", "adult"),  # a child once assembled by age
        ("Judith Quinn", "adult"),
        ("Aaron Quinn", "child"),  # no readable date: its year says child
        ("Ian Burrows", "adult"),
        ("Karl Webb", "adult"),
    ]
    assert [p.how for p in found] == ["list", "list+repair", "list", "list+repair", "list+repair"]


def test_row_whose_date_is_unreadable_is_not_a_table_header() -> None:
    text = (
        "The child\n"
        "Mathew Kerr Date of birth: 1 yan 9013\n"
        "Stephanie Kerr Date of birth: 31 Oct 2006\n"
    )
    assert [p[2] for p in people(text)] == ["Mathew Kerr", "Stephanie Kerr"]


def test_ampersand_before_a_date_is_not_a_firm() -> None:
    text = (
        "Subjects of the check\n"
        "Name Date of birth Relationship\n"
        "Lynn Archer | &th May 1993 Mother\n"
    )
    assert [p[2] for p in people(text, doc_type="la_check")] == ["Lynn Archer"]
    assert people("Re: Evans & Morgan Solicitors 1 May 2020\n", doc_type="la_check") == []


def test_a_misread_day_before_a_month_ends_the_name() -> None:
    text = "Household members\nNicola Jane Prior Ath January Mother\nApril Prior May 2019 Child\n"
    found = people(text, doc_type="la_check")
    assert [(p[0], p[1], p[2]) for p in found] == [
        ("adult", "mother", "Nicola Jane Prior"),
        ("child", None, "April Prior"),  # a month can still be a name
    ]


def test_running_text_echo_of_a_labelled_party_is_dropped() -> None:
    text = (
        "Applicant: Amelia Garner\n"
        "Respondent: Kenneth Carter\n"
        "1. The respondent must not contact the applicant Amelia\n"
        "the applicant, Ametia Garner, at any time.\n"
    )
    echo = text.index("Ametia")
    found = people(text, ner=[(echo, echo + len("Ametia Garner"))])
    assert [p[2] for p in found] == ["Amelia Garner", "Kenneth Carter"]


def test_hyphen_then_small_letter_is_a_doubtful_name() -> None:
    found = find_people("First Respondent: He-aiher Kimberley Storey (mother)\n", [], [])
    assert found[0].how == "label+doubt"
    ok = find_people("First Respondent: Anne-Marie O'Brien-Smith McDonald (mother)\n", [], [])
    assert ok[0].how == "label"


def test_an_accented_name_is_not_odd_case() -> None:
    """An ASCII-only test of title case doubted every accented name as OCR debris."""
    for name in ("Renée St Clair", "Zoë Kowalski", "Inês Hughes", "Seán Ó Briain"):
        found = find_people(f"First Respondent: {name} (mother)\n", [], [])
        assert [(p.name, p.how) for p in found] == [(name, "label")]
    odd = find_people("First Respondent: RenéE St Clair (mother)\n", [], [])
    assert odd[0].how == "label+doubt"


def test_children_act_is_not_a_child_label() -> None:
    text = "the welfare checklist in section 1(3) of the Children-Act 1989.\nChild - Amy Cole\n"
    assert [p[2] for p in people(text)] == ["Amy Cole"]


def test_section_row_behind_a_stray_quote_mark() -> None:
    text = "Subjects of the check\n“Aimee Fiona Dale loli February 1991 Mother\n"
    assert [(p[1], p[2]) for p in people(text, doc_type="la_check")] == [
        ("mother", "Aimee Fiona Dale")
    ]


def test_someone_born_after_every_event_in_a_letter_is_a_child() -> None:
    # the letter's own date was lost to OCR; the only other date is an older referral
    text = (
        "Dated: 5 June 2O1)\n"
        "Re: Brooke Lane Date of birth: 27 August 2017\n"
        "‘Karen Lane Date of birth: 10 November 1987\n"
        "A referral was received on 17 October 2015 from the police.\n"
    )
    found = people(text, doc_type="la_check")
    assert [(p[0], p[2]) for p in found] == [("child", "Brooke Lane"), ("adult", "Karen Lane")]


def test_a_children_heading_with_a_thin_letter_misread_is_still_the_childrens() -> None:
    text = "The chitd\nName Gender Date of birth\nAbdul Clark Male 47 Nov 2012\nRECITALS\n"
    assert people(text) == [("child", None, "Abdul Clark", None)]


def test_a_row_whose_first_capital_i_was_read_as_a_small_l_is_a_name() -> None:
    text = "The child\nHollie Ingram D.O.B.: 27 March 2017\nlain Ingram D.O.B.: 15 August 2012\n"
    assert people(text)[1] == ("child", None, "Iain Ingram", "2012-08-15")
    # a small word that no capital I begins is no name
    assert people("The child\nlater Ingram D.O.B.: 15 August 2012\n") == []


def test_a_birth_label_and_date_glued_by_a_speck_still_give_the_date() -> None:
    text = "Persons checked\nEmily Valerie Sims born.13/09/1996.\nLiam Sims D.O.B, 02.03.94\n"
    assert [p[3] for p in people(text, "la_check")] == ["1996-09-13", "1994-03-02"]


def test_specks_around_a_listed_name_are_not_its_end() -> None:
    # a full stop between forename and surname, then the birth label
    text = (
        "Re: Denise Hooper Date of birth: 13 January 2006\n"
        "Mary. Hooper Date of birth: 6 March 1996\n"
    )
    assert [p[2] for p in people(text, "la_check")] == ["Denise Hooper", "Mary Hooper"]
    # a quote's speck before a form's value
    text = "SUBJECT 1 OF 1\nSURNAME : “THOMPSON\nFORENAME(S) JANE\nDATE OF BIRTH: 16/10/1996\n"
    assert people(text, "police_check") == [("adult", "subject", "JANE THOMPSON", "1996-10-16")]


def test_a_bent_party_label_with_its_colon_is_still_a_label_guess() -> None:
    text = "The parties\nAppticant: Elizabeth Davis (mother)\nThe child\n"
    found = find_people(text, find_dates(text, today=TODAY), [])
    assert [(p.name, p.role, p.how) for p in found] == [
        ("Elizabeth Davis", "mother", "label-guess")
    ]


def test_party_row_with_its_label_two_lines_down() -> None:
    text = "PARTIES\nSecond Jamie Michael Burke (father)\n\nRespondent\n\nThe children\n"
    assert people(text) == [("adult", "father", "Jamie Michael Burke", None)]


def test_a_label_that_only_wrapped_in_its_cell_is_as_sure_as_one_on_a_line() -> None:
    def how(text: str) -> list[str]:
        return [p.how for p in find_people(text, find_dates(text, today=TODAY), [])]

    # the table cell wrapped "Second Respondent", every word read exactly
    assert how("PARTIES\nSecond Karl Harrison (father)\nRespondent\nThe children\n") == ["label"]
    # the same row with its label bent by OCR is still found, as a guess
    assert how("PARTIES\nSecomd Karl Harrison (father)\nRespomdent\nThe children\n") == [
        "label-guess"
    ]


def test_a_name_cut_short_is_doubted() -> None:
    def hows(text: str) -> list[tuple[str, str]]:
        return [(p.name, p.how) for p in find_people(text, find_dates(text, today=TODAY), [])]

    # the surname's B read as 2: the name stops short of it
    (cut,) = hows("Applicant Bruce Payne (father)\nRespondent Georgina Amy 2ennett (mother)\n")[1:]
    assert cut == ("Georgina Amy", "label+doubt")
    # a date after the name is no cut surname
    assert hows("Respondent: Jane Smith 12th March 1990 (mother)\n")[0][1] == "label"
    assert hows("Respondent: Jane Smith D0B 12.03.90 (mother)\n")[0][1] == "label"
    # stopped inside a word, at junk glued to it
    assert hows("First Respondent: Suzanne Ta'=>t (mother)\n")[0][1] == "label+doubt"
    assert hows("First Respondent: Suzanne Talbot, (mother)\n")[0][1] == "label"


def test_surname_first_name_behind_a_semicolon_label() -> None:
    text = "SUBJECT 2 OF 2\n‘NAME; DUNN, KIMBERLEY REBECCA\nDOB: 06/09/1981 SEX: F\n"
    assert people(text, doc_type="police_check") == [
        ("adult", "subject", "KIMBERLEY REBECCA DUNN", "1981-09-06")
    ]


def test_form_value_runs_past_a_stray_mark() -> None:
    text = "SURNAME: PATEL\nFORENAME (S) : JUSTIN: BERNARD\nBORN: 08/11/2000\n"
    assert [p[2] for p in people(text, doc_type="police_check")] == ["JUSTIN BERNARD PATEL"]


def test_single_letters_are_not_names() -> None:
    assert people("PARTIES\nApplicant C\n") == []


def test_headings_and_headers_with_ocr_specks() -> None:
    text = (
        "The children .\n"
        "Name oO Gender Date of birth\n"
        "Tony Craig Male 14.06.23 :\n"
        "‘BillyCraig 1 October 2017. | Child\n"
    )
    found = people(text)
    assert [(p[0], p[2], p[3]) for p in found] == [
        ("child", "Tony Craig", "2023-06-14"),
        ("child", "Billy Craig", "2017-10-01"),
    ]


def test_middle_name_with_a_small_l_for_its_capital_i() -> None:
    text = "Children\nBradley lain Ellis DOB: 18th January 2014\nThe court records that:\n"
    found = find_people(text, find_dates(text, today=TODAY), [])
    assert [(p.name, p.how) for p in found] == [("Bradley Iain Ellis", "section+repair")]
    # an ordinary lower-case word still ends a name
    assert [p[2] for p in people("Children\nAmy Cole lives with her mother 1 May 2015\n")] == [
        "Amy Cole"
    ]


def test_a_name_cut_by_a_speck_is_not_taken() -> None:
    text = "The children\nVictoria Dav.cs Date of fir 1 92/05/26\nDale Cole 27/6/2014\n"
    assert [p[2] for p in people(text)] == ["Dale Cole"]


def test_letter_lines_opening_with_name_and_birth_date() -> None:
    text = (
        "Date: 3 June 2024\n"
        "I have searched our records for the people listed below.\n"
        "Tilly Marsh-Oakes (born 04/05/2017): Known. Child Protection Plan from 2019.\n"
        "Dean Oakes (born 16/11/1988): No record held\n"
        "A referral (born of concern) was received on 2 May 2021.\n"
    )
    assert people(text, doc_type="la_check") == [
        ("child", None, "Tilly Marsh-Oakes", "2017-05-04"),
        ("adult", "subject", "Dean Oakes", "1988-11-16"),
    ]


def test_table_header_whose_date_of_birth_cell_wraps() -> None:
    text = (
        "Name Date of Relationship Result\n"
        "birth\n"
        "i Corey Haldane 10/04/2016 = Child Not known\n"
        "Lena Haldane 29/12/1985 Mother Known\n"
        "Craig Pell 30/08/1981 Mother's Known\n"
        "partner\n"
    )
    assert people(text, doc_type="la_check") == [
        ("child", None, "Corey Haldane", "2016-04-10"),
        ("adult", "mother", "Lena Haldane", "1985-12-29"),
        ("adult", "subject", "Craig Pell", "1981-08-30"),
    ]


def test_email_subject_line_is_no_person() -> None:
    text = "Subject: RE: Safeguarding checks - your ref CAF-1234\nRe: enquiry\n"
    assert people(text, doc_type="la_check") == []


def test_boy_or_girl_cell_misread_into_the_name_is_cut_and_marked() -> None:
    text = (
        "The full name(s) of the child(ren) Boy or Girl Date(s) of birth\n"
        "Tess Harlow Girt - 30th November 2018\n"
        "Amelia Rose Gill Girl 2nd May 2019\n"
        "Made by: District Judge Omar Hale\n"
    )
    found = find_people(text, find_dates(text, today=TODAY), [])
    assert [(p.name, p.how) for p in found] == [
        ("Tess Harlow", "section+repair"),
        ("Amelia Rose Gill", "section"),
    ]


def test_table_name_cell_wrapped_onto_next_line_only_when_the_family_name_vouches() -> None:
    text = (
        "Name Date of birth Relationship Result\n"
        "Ivy Marta 07/12/2018 Child No record held\n"
        "Kaminska\n"
        "Leon Kaminska 14/04/2020 Child Not known to Children's Social\n"
        "Care\n"
        "Rhea Osei 02/02/2016 Child Known. Early Help\n"
        "Hart-Osei (2021).\n"
    )
    assert [p[2] for p in people(text, doc_type="la_check")] == [
        "Ivy Marta Kaminska",
        "Leon Kaminska",
        "Rhea Osei Hart-Osei",
    ]


def test_people_table_with_glued_header_and_rows_without_a_readable_birth_date() -> None:
    text = (
        "Name ____Dateof birth 'Relationship (Result\n"
        '| "Tara Quinn | 26/12/2014 Child No record held |\n'
        "Misa Quinn 23/8O18 chi Norecordheld\n"
        "Emeka Harrison 15/04/1975 Mother's partner Not known to Children's Social Care\n"
        "Smith-Kowalski\n"
    )
    found = find_people(text, find_dates(text, today=TODAY), [], doc_type="la_check")
    assert [(p.name, p.how) for p in found] == [
        ("Tara Quinn", "section"),
        ("Misa Quinn", "section+doubt"),
        ("Emeka Harrison Smith-Kowalski", "section"),
    ]


def test_children_concerned_name_that_lost_its_capital_is_repaired() -> None:
    text = "Children concerned: isla Barker 08/03/2016\nSubject 1: Ruth Barker\n"
    found = find_people(text, find_dates(text, today=TODAY), [], doc_type="police_check")
    assert (found[0].name, found[0].kind, found[0].how) == ("Isla Barker", "child", "label+repair")


def test_a_wrapped_lower_case_cell_does_not_end_a_people_table() -> None:
    text = (
        "Name Date of birth Relationship Result\n"
        "Ada Brook 20th May 1992 Mother Known. Single assessment 2018, no\n"
        "further action.\n"
        "Tom Brook 2nd August Father No record held\n"
        "1990\n"
    )
    assert [(p[2], p[3]) for p in people(text, doc_type="la_check")] == [
        ("Ada Brook", "1992-05-20"),
        ("Tom Brook", "1990-08-02"),
    ]


def test_born_read_as_bor_and_a_double_barrelled_wrap_before_another_cell() -> None:
    text = (
        "Date: 4 May 2024\n"
        "Rory Van der Berg (bor 15 March 2012): Not known\n"
        "Name Date of birth Relationship Result\n"
        "Poppy Anne 18/01/2010 Child Known. Single assessment 2017,\n"
        "Singh-Lowe no further action.\n"
        "Lily Lowe 13/09/2011 Child Known\n"
    )
    assert [(p[2], p[3]) for p in people(text, doc_type="la_check")] == [
        ("Rory Van der Berg", "2012-03-15"),
        ("Poppy Anne Singh-Lowe", "2010-01-18"),
        ("Lily Lowe", "2011-09-13"),
    ]


def test_male_female_cell_misread_into_the_name_is_cut_and_marked() -> None:
    text = (
        "The children\n"
        "Name Gender Date of birth\n"
        "Megan Akhtar Female 05.03.10\n"
        "Jasmine Akhtar Femile 02.11.20\n"
        "Dawn Hudson Femiaie 14th August 2014\n"
        "Ryan Lee Hale Male 01.02.15\n"
        "Bruce Donald Clark Mele: 14 August 2021\n"  # a speck between the cell and the date
    )
    found = find_people(text, find_dates(text, today=TODAY), [])
    assert [(p.name, p.how) for p in found] == [
        ("Megan Akhtar", "section"),
        ("Jasmine Akhtar", "section+repair"),
        ("Dawn Hudson", "section+repair"),
        ("Ryan Lee Hale", "section"),  # Hale is a surname: the cell was read after it
        ("Bruce Donald Clark", "section+repair"),
    ]


def test_a_surname_like_male_is_not_cut_without_a_sex_column() -> None:
    text = "The children\nName Date of birth\nRyan Lee Maie 01.02.15\n"
    found = find_people(text, find_dates(text, today=TODAY), [])
    assert [(p.name, p.how) for p in found] == [("Ryan Lee Maie", "section")]


def test_a_name_ends_at_a_table_column_rule() -> None:
    text = (
        "The child\n"
        "Name Gender | Date of birth\n"
        "Danielle Hudson | Farnate | 30th August 2014\n"
        "Conor Whitehead | Male 01.03.10\n"
    )
    found = find_people(text, find_dates(text, today=TODAY), [])
    assert [p.name for p in found] == ["Danielle Hudson", "Conor Whitehead"]


def test_row_whose_sex_cell_is_lost_or_read_into_the_name_is_doubted() -> None:
    text = (
        "The child\n"
        "Name Gender Date of birth\n"
        "William Powell Male 19.02.06\n"
        "Kevin Abdul Powell Tae 04.10.15\n"
        "Amy Jo Powell Female 04.10.17\n"
    )
    found = find_people(text, find_dates(text, today=TODAY), [])
    assert [(p.name, p.how) for p in found] == [
        ("William Powell", "section"),
        ("Kevin Abdul Powell Tae", "section+doubt"),
        ("Amy Jo Powell", "section"),
    ]


def test_party_row_whose_label_ocr_bent_past_reading_ends_at_its_comma() -> None:
    text = (
        "PARTIES\n"
        "Applicant Liverpool City Council\n"
        "Secorid Reyrunders, Kenneth Martin (father)\n"
        "Second Reyrunders Kenneth Martin\n"  # no comma, no role: nothing to go on
    )
    assert people(text)[0] == ("adult", "father", "Kenneth Martin", None)


def test_child_label_inside_a_sentence_names_nobody() -> None:
    text = (
        "WARNING: Where a child:arrangements order is in force, no person may cause\n"
        "Child: Amelia Smith\n"
    )
    assert people(text) == [("child", None, "Amelia Smith", None)]


def test_birth_date_whose_year_runs_on_past_the_date_read_is_marked_cut() -> None:
    text = (
        "Dated: 2 October 2020\n"
        "Re: Tracy Tomlinson DOB: 1 July 1989\n"
        "James Clarke DOB: 13 November 19:38\n"
    )
    found = find_people(text, find_dates(text, today=TODAY), [])
    assert [(p.name, p.how) for p in found] == [
        ("Tracy Tomlinson", "list"),
        ("James Clarke", "list+cut"),
    ]


def _found(text: str, doc_type: str | None = None) -> list[tuple[str, str, str, str | None]]:
    found = find_people(text, find_dates(text, today=TODAY), [], doc_type=doc_type)
    return [(p.kind, p.name, p.how, p.dob.value.isoformat() if p.dob else None) for p in found]


def test_table_rows_with_specks_glued_to_the_name_are_read_and_marked_repaired() -> None:
    text = (
        "Subjects of the check\n"
        "Name DOB Relationship\n"
        "Karen Turner 16 Feb 1983 Mother\n"
        "Melissa. Turner 6 Jan 2013 Child\n"
        "| Sandra:Hughes 17.09.83 Mother\n"
        '"Deborah, walker T14 February 2019 __ | child\n'
    )
    assert _found(text, "la_check") == [
        ("adult", "Karen Turner", "section", "1983-02-16"),
        ("child", "Melissa Turner", "section+repair", "2013-01-06"),
        ("adult", "Sandra Hughes", "section+repair", "1983-09-17"),
        ("child", "Deborah Walker", "section+repair", None),  # its date is OCR's to mend
    ]


def test_a_child_list_row_that_lost_its_first_capital_is_read_and_marked_repaired() -> None:
    text = (
        "The relevant child(ren)\n"
        "Janet Carter Date of birth: 23 March 2014\n"
        "julie Carter Date of birth: 3 August 2020\n"
        "lain Carter DOB: 02/02/2005\n"
        "\n"
        "ORDER\n"
        "1. Janet Carter, julie Carter and lain Carter shall live with the mother.\n"
    )
    assert _found(text) == [
        ("child", "Janet Carter", "section", "2014-03-23"),
        ("child", "Julie Carter", "section+repair", "2020-08-03"),
        ("child", "Iain Carter", "section+repair", "2005-02-02"),  # vouched for by the body
    ]


def test_rows_cropped_at_the_page_edge_are_not_read_as_names() -> None:
    # "Holly King", "Jonathan Moore", "Charles Fotc" with their first letters cropped or
    # garbled: no listed name, printed nowhere else, so they stay unread
    text = (
        "Persons checked\n"
        "Name Date of birth Relationship\n"
        "lolly King 14.09.88 Mother\n"
        "than Moore D.O.B. 14 Mar 1989\n"
        "Charle. Fotc: Date uf birth: 23 Jun 2022\n"
    )
    assert _found(text, "la_check") == []


def test_party_labels_with_a_speck_or_a_printed_dash() -> None:
    text = "The parties\nApplicant:-Karen Turner (mother)\nRespondent. Shane Jake Walker (father)\n"
    assert _found(text) == [
        ("adult", "Karen Turner", "label", None),
        ("adult", "Shane Jake Walker", "label", None),
    ]


def test_police_form_labels_with_specks_glued_on() -> None:
    text = (
        "SUBJECT 1 OF 2\n"
        "SURNAME. : TAYLOR\n"
        "FIRST NAMES: JEMMA AMBER\n"
        "BORN: 10/08/1988\n"
        "SUBJECT 2 OF 2\n"
        "SURNAME HUGHES\n"
        "FORENAME(S)° MOLLY KAYLEIGH\n"
    )
    assert [(p.name, p.how) for p in find_people(text, [], [], "police_check")] == [
        ("JEMMA AMBER TAYLOR", "label"),
        ("MOLLY KAYLEIGH HUGHES", "label"),
    ]


def test_form_furniture_is_not_a_person() -> None:
    text = (
        "AND UPON Leeds City Council being the applicant:\n"
        "IMPORTANT NOTICE - Confidentiality warning: names must not be published.\n"
        "\n"
        "Care Order (05.20) Page 1 of 2\n"
    )
    assert people(text, "court_order") == []


def test_notice_addressed_to_a_person_at_home() -> None:
    text = (
        "NOTICE OF HEARING\n"
        "To: Dana Shaw, Flat 2, 14 Mill Lane, Leeds, LS1 4AB\n"
        "To: Legal Services\n"
    )
    assert people(text, "other") == [("adult", None, "Dana Shaw", None)]


def test_a_capitals_name_read_small_in_letters_shaped_alike_is_no_slip() -> None:
    """'SURNAME : cox': c, o and x look the same in capitals; only the case was unclear."""
    for surname, read in (("cox", "COX"), ("wooD", "WOOD")):
        text = f"SUBJECT 1 OF 1\nSURNAME : {surname}\nFORENAMES: MARC\nDOB: 27/03/2002\n"
        found = find_people(text, find_dates(text), [], doc_type="police_check")
        assert [(p.name, p.how) for p in found] == [(f"MARC {read}", "label")]
    text = "SUBJECT 1 OF 1\nSURNAME : cax\nFORENAMES: MARC\nDOB: 27/03/2002\n"
    (found,) = find_people(text, find_dates(text), [], doc_type="police_check")
    assert found.how != "label"  # a small a is a slip, not a case OCR could not see
