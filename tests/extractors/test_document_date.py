"""Which date is the document's own: labels, letter layouts, printouts, and what is not."""

from __future__ import annotations

import pytest

from extractors.assemble import pick_document_date
from extractors.dates import find_dates
from extractors.document_date import case_year_gap, date_candidates, years_disagree
from pipeline.records import FieldValue
from tests.extractors.doctext import doc_from_text


def _pick(text: str, confidence: float = 0.95) -> FieldValue | None:
    doc = doc_from_text(text, confidence=confidence)
    return pick_document_date(doc, date_candidates(text, find_dates(text), set()))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dots between a label's words, a smudge before the date
        ("The order lasts until 3 June 2025.\nDate. order. made: 24th June 2024", "2024-06-24"),
        ("Dear Sir\nDate: OO 23 August 2021\nRe: the children", "2021-08-23"),
        # a weekday after the label
        ("Our ref: SG/2023/11\nDate: Friday 30 June 2023\nPlease ask for: J Bloggs", "2023-06-30"),
        # "Date:" in the second column of a letter's heading
        ("Cafcass Date: 20/10/2022\nBristol Team Our ref: DU/81993", "2022-10-20"),
        ("84 Chapel Street Date: 3 March 2023\nM40 7QF", "2023-03-03"),
        # a printout's label with an arrow between it and the date
        ("DATE OF CHECK > 19/07/2021 TIME: 15:29\nDATE OF BIRTH : 16/01/1993", "2021-07-19"),
    ],
)
def test_labels_as_scans_print_them(text: str, expected: str) -> None:
    fv = _pick(text)
    assert fv is not None and fv.value == expected
    assert fv.confidence >= 0.75


def test_response_date_beats_the_request_it_answers() -> None:
    text = "Date of request: 7 July 2024\nDate of response: 15 July 2024\nLA reference: SG/1"
    fv = _pick(text)
    assert fv is not None and fv.value == "2024-07-15"
    assert fv.confidence >= 0.75


def test_request_date_alone_is_not_trusted() -> None:
    fv = _pick("Thank you for your request dated 12.08.21. We have checked our records.")
    assert fv is None or fv.confidence < 0.5


def test_hearing_date_label_is_not_the_document_date() -> None:
    fv = _pick("Listing: Hearing date: 4 May 2024\nBefore DJ Smith")
    assert fv is not None and fv.confidence < 0.55


def test_capitalised_dated_after_a_paragraph_is_the_order_date() -> None:
    text = "2. This order lasts until 11 June 2025 or further order\nDated 14 May 2024"
    fv = _pick(text)
    assert fv is not None and fv.value == "2024-05-14"
    assert fv.confidence >= 0.8


def test_sentence_running_onto_a_date_line_is_not_a_letter_date() -> None:
    text = (
        "The children were subject to a Child Protection Plan from 15.07.23 to\n"
        "09.08.24.\nYours faithfully"
    )
    fv = _pick(text)
    assert fv is None or fv.confidence < 0.55


def test_a_date_in_a_column_of_birth_dates_is_not_alone() -> None:
    text = "Re: Amy Cole D.O.B. 28 Jul 2012\nD.O.B. 15 Apr 1979\n2 May 1990\nDear Sir"
    fv = _pick(text)
    assert fv is None or fv.confidence < 0.55


def test_letter_date_under_an_address_line_is_alone() -> None:
    fv = _pick("Civic Centre\nCanterbury\n23 August 2021\n\nDear Sir or Madam")
    assert fv is not None and fv.value == "2021-08-23"
    assert 0.6 <= fv.confidence < 0.9


def test_damaged_label_is_a_guess() -> None:
    clean = _pick("Our ref: AB/1\nDate: 3 July 2022\nDear Sir")
    damaged = _pick("Our ref: AB/1\nDaic: 3 July 2022\nDear Sir")
    assert clean is not None and damaged is not None and damaged.value == "2022-07-03"
    assert damaged.confidence < clean.confidence - 0.15


def test_lookalike_in_a_printout_date_costs_less_than_a_guess() -> None:
    lookalike = _pick("DATE PRINTED: O7SEP2022 14:25\nSUBJECT")
    guess = _pick("DATE PRINTED: 07SEP2922 14:25\nSUBJECT")  # a future year mended
    clean = _pick("DATE PRINTED: 07SEP2022 14:25\nSUBJECT")
    assert lookalike is not None and guess is not None and clean is not None
    assert lookalike.value == guess.value == clean.value == "2022-09-07"
    assert guess.confidence < lookalike.confidence < clean.confidence


def test_smudge_glued_to_a_date_marks_it_repaired() -> None:
    fv = _pick("DATE PRINTED: Q@2MAR2022 12:01")
    assert fv is not None and fv.confidence < 0.6


def test_two_labels_agreeing_vouch_for_the_date() -> None:
    text = "Made on: 3 May 2024\nThe court orders\nDated 3 May 2024"
    cands = date_candidates(text, find_dates(text), set())
    assert [c.support for c in cands] == [0.5, 0.5]
    other = "Made on: 3 May 2024\nThe court orders\nDated 4 May 2024"
    assert all(c.support == 0.0 for c in date_candidates(other, find_dates(other), set()))


def test_unlabelled_repeats_are_no_agreement() -> None:
    text = "Leeds\n3 May 2024\nThe hearing on 3 May 2024 was adjourned."
    assert all(c.support == 0.0 for c in date_candidates(text, find_dates(text), set()))


@pytest.mark.parametrize(
    "text",
    [
        "Sealed: 12 March 2024\nThe court orders",
        "DATE CHECKED: 12/03/2024\nSUBJECT 1",
        "ENQUIRY DATE : 12-Mar-2024\nSUBJECT 1",
        "Dated this 12th day of March 2024",
    ],
)
def test_labels_real_orders_and_printouts_use(text: str) -> None:
    fv = _pick(text)
    assert fv is not None and fv.value == "2024-03-12" and fv.confidence >= 0.8


def test_date_under_a_hearing_heading_is_the_hearings_not_the_notices() -> None:
    text = (
        "NOTICE OF HEARING\nTake notice that the court will hear the case.\n"
        "Hearing: Case Management Hearing\nDate: Tuesday 9 Apri1 2024\nTime: 10:30am\n"
        "Place: Court 2, Family Hearing Centre\n\nIssued on 14th March 2024\n"
    )
    fv = _pick(text)
    assert fv is not None and fv.value == "2024-03-14"


def test_date_label_under_a_reference_line_is_still_the_letters() -> None:
    text = "Our ref: CS/2024/118\nDate: 9 April 2024\nDear Sir,\nA hearing: see below."
    fv = _pick(text)
    assert fv is not None and fv.value == "2024-04-09" and fv.confidence >= 0.75


def test_day_of_look_alikes_under_a_date_label_is_the_document_date_as_a_guess() -> None:
    text = "To Cafcass\nDate Sth April 2019\nOur ref MASH/480482\n"
    (cand,) = date_candidates(text, find_dates(text), set())
    assert cand.value == "2019-04-05" and cand.anchored and cand.repaired
    # not a birth date, and not a date no label names
    for other in ("Date of birth: Sth May 2020\n", "We met on Sth May 2020 at home\n"):
        assert date_candidates(other, find_dates(other), set()) == []
    # Tesseract's A for a 4
    text = "Court case no. DE22P00955\nDate: Ath May 2022\nGibbs & Booth Solicitors\n"
    (cand,) = date_candidates(text, find_dates(text), set())
    assert cand.value == "2022-05-04" and cand.anchored and cand.repaired


@pytest.mark.parametrize(
    "text",
    [
        "To Court at Birmingham\nDate 20tn sunuen 2024\nOur ref SC/498619\n"
        "A referral was received on 3rd December 2021 from the police.\n",
        "REQ REF: PNC/669148\nDATE PRINTED: VAR EN IOCLA UTI29\n"
        "16/12/2019 CARDIFF MC THEFT - SHOPLIFTING - CONDITIONAL DISCHARGE\n",
    ],
)
def test_a_date_label_read_as_garble_leaves_no_document_date_rather_than_another_day(
    text: str,
) -> None:
    assert date_candidates(text, find_dates(text), set()) == []


def test_a_page_with_no_date_label_or_a_read_one_keeps_its_dates() -> None:
    # a table heading with no digits is no date label
    table = "DATE COURT OFFENCE DISPOSAL\n16/12/2019 CARDIFF MC THEFT\n"
    assert [c.value for c in date_candidates(table, find_dates(table), set())] == ["2019-12-16"]
    # "Date of hearing" names another day; the referral date stays a (weak) candidate
    other = "Date of hearing 2\nA referral was received on 3rd December 2021.\n"
    assert date_candidates(other, find_dates(other), set()) != []
    read = "Date 20th January 2024\nA referral was received on 3rd December 2021.\n"
    (made, *_) = [c for c in date_candidates(read, find_dates(read), set()) if c.anchored]
    assert made.value == "2024-01-20"


def test_reference_date_for_ages_is_the_pages_latest_when_no_document_date_is_given() -> None:
    from datetime import date

    from extractors.document_date import reference_date

    text = "Date 20tn sunuen 2024\nA referral was received on 3rd December 2021.\n"
    assert reference_date(text, find_dates(text), set()) == date(2021, 12, 3)
    assert reference_date("no dates here\n", [], set()) is None


def test_a_date_whose_second_separator_was_lost_is_taken_under_a_label_as_a_guess() -> None:
    text = "The court read the application dated 04.12.21.\nDATED this 07.02 22\n"
    cands = date_candidates(text, find_dates(text), set())
    (made,) = [c for c in cands if c.anchored]
    assert made.value == "2022-02-07" and made.repaired
    # without a label it is no candidate at all
    bare = "The parties met on 07.02 22 at court.\n"
    assert date_candidates(bare, find_dates(bare), set()) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Our ref: CS-589852\nDated: —«-21/09/2023\nDear Sir", "2023-09-21"),
        ("Order made by Mr Justice Sykes-on-21.05.24 |\nPage 1 of 1", "2024-05-21"),
    ],
)
def test_dashes_and_specks_between_a_label_and_its_date(text: str, expected: str) -> None:
    fv = _pick(text)
    assert fv is not None and fv.value == expected and fv.source.endswith(":label")


_FAXED_LETTER = (
    "09/04/2024 18:53 FROM: 01354471381 P.001\nFAX\nFACSIMILE TRANSMISSION\n"
    "To: Court office\nFax: 01142 458933\nFrom: Disclosure Unit\nDate: 09/04/2024\n"
    "Pages: 2 (including this cover)\n\f09/04/2024 18:53 FROM: 01354471381 P.002\n"
    "Cafcass Our ref: DU/49646\n100 Park View Date: 08.04.24\nDear Colleague,"
)


def test_a_fax_cover_and_its_stamps_are_the_day_of_sending_not_the_letters() -> None:
    fv = _pick(_FAXED_LETTER)
    assert fv is not None and fv.value == "2024-04-08"


def test_a_fax_alone_does_not_pass_its_sending_day_off_as_the_documents() -> None:
    text = _FAXED_LETTER.replace("100 Park View Date: 08.04.24", "Ordered on pets Li} ly 023")
    fv = _pick(text)
    assert fv is None or fv.confidence < 0.5


def test_a_letter_headings_fax_number_does_not_make_it_a_fax_cover() -> None:
    text = "Tel: 01142 458000\nFax: 01142 458933\nDate: 3 May 2024\nDear Colleague,"
    fv = _pick(text)
    assert fv is not None and fv.value == "2024-05-03" and fv.confidence >= 0.75


def test_ordered_on_names_the_orders_own_date_over_the_next_hearing() -> None:
    text = (
        "The matter is listed for further hearing on 24/11/2023 at 10.00am at the Family Court\n"
        "Ordered on 17/9/23\nNotice: you must obey this order."
    )
    fv = _pick(text)
    assert fv is not None and fv.value == "2023-09-17" and fv.confidence >= 0.75


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Dated Monday i9-February 2024 18 February 2024", "2024-02-18"),
        ("Date: 08-12-2923 6 December 2023", "2023-12-06"),
        ("Date: 64-07-2023 7 July 2023", "2023-07-07"),
    ],
)
def test_a_clean_second_reading_after_a_label_beats_a_mended_or_unread_first(
    line: str, expected: str
) -> None:
    text = f"2. The applicant shall serve this order.\n{line}\nCourt office open 10am to 4pm"
    fv = _pick(text)
    assert fv is not None and fv.value == expected


def test_two_clean_dates_after_a_label_keep_the_first() -> None:
    fv = _pick("Dated 3 May 2024 4 May 2024\nNotice")
    assert fv is not None and fv.value == "2024-05-03"


def test_a_case_number_year_and_a_document_date_years_apart_disagree() -> None:
    assert case_year_gap("CF20P01234", "2026-05-31") == 6
    assert case_year_gap("BD24FD00835", "2023-12-01") == -1
    assert case_year_gap("??20P01234", "2026-05-31") == 6
    assert case_year_gap("CFxxP01234", "2026-05-31") is None
    assert case_year_gap("LV99C00123", "2000-02-01") == 1  # the century turned
    assert not years_disagree("CF20P01234", "2022-01-01")  # a long case runs on
    assert years_disagree("CF20P01234", "2023-01-01")
    assert years_disagree("CF20P01234", "2018-12-31")
