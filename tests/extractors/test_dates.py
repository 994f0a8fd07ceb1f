from datetime import date

import pytest

from extractors.dates import find_dates, month_number, resolve_year

TODAY = date(2024, 6, 1)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("made on 12 March 2024.", "2024-03-12"),
        ("the 12th March 2024", "2024-03-12"),
        ("on the 1st of June 2023", "2023-06-01"),
        ("12 Mar 2024", "2024-03-12"),
        ("3 Sept 2023", "2023-09-03"),
        ("12/03/2024", "2024-03-12"),
        ("12.03.24", "2024-03-12"),
        ("12-03-2024", "2024-03-12"),
        ("1/2/2021", "2021-02-01"),
        ("March 12, 2024", "2024-03-12"),
        ("12 MARCH 2024", "2024-03-12"),
        ("12March2024", "2024-03-12"),
        ("born 01.02.85", "1985-02-01"),
    ],
)
def test_common_uk_forms(text: str, expected: str) -> None:
    found = find_dates(text, today=TODAY)
    assert [d.value.isoformat() for d in found] == [expected]
    assert not found[0].repaired


def test_ocr_noise_is_repaired_and_flagged() -> None:
    (found,) = find_dates("Dated l2 Marcn 2O24", today=TODAY)
    assert found.value == date(2024, 3, 12)
    assert found.repaired
    assert found.raw == "l2 Marcn 2O24"


@pytest.mark.parametrize(
    "text", ["born in 2019", "at 10.30 on", "section 1(3)", "31/02/2024", "12/13/2024", "may 2024"]
)
def test_non_dates(text: str) -> None:
    assert find_dates(text, today=TODAY) == []


def test_two_digit_years_resolve_around_today() -> None:
    assert resolve_year("24", TODAY) == 2024
    assert resolve_year("25", TODAY) == 2025  # next year is still this century
    assert resolve_year("26", TODAY) == 1926
    assert resolve_year("85", TODAY) == 1985


def test_offsets_point_at_the_date() -> None:
    text = "Dated: 3 May 2024 and born 01/02/2019"
    found = find_dates(text, today=TODAY)
    assert [text[d.start : d.end] for d in found] == ["3 May 2024", "01/02/2019"]


def test_month_names_tolerate_ocr() -> None:
    assert month_number("Febuary") == 2
    assert month_number("Septernber") == 9
    assert month_number("Dec") == 12
    assert month_number("Monday") is None


def test_year_wrapped_onto_the_next_line_of_a_table_cell() -> None:
    text = "Joan Smith 17 November Mother\n1974\nmeeting on 3 May at 10am\n2024 was busy"
    found = find_dates(text, today=TODAY)
    assert [(d.value, d.repaired) for d in found] == [(date(1974, 11, 17), True)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("DOB: 120CT2004 SEX: F", "2004-10-12"),  # O read as 0 in the month
        ("PRINTED: O1INOV2020 14:25", "2020-11-01"),  # a stray I before NOV
        ("PRINTED: 13NO0V2019 16:08", "2019-11-13"),
        ("DATE/TIME: O43AN2022 11:14", "2022-01-04"),  # J read as 3
        ("DATE/TIME: 22IUN2021 18:20", "2021-06-22"),  # J read as I
        ("DATE PRINTED: 12DEC2@23 08:49", "2023-12-12"),  # 0 read as @
        ("DOB: 130€T1992", "1992-10-13"),  # C read as €
        ("DATE/TIME: OSMAY2021 17:43", "2021-05-05"),  # 05 read as OS
        ("DOB: 96SEP1981 SEX: F", "1981-09-06"),  # 0 read as 9, not a day 9 and "6SEP"
        ("DOB: 92AUG1982", "1982-08-02"),
    ],
)
def test_run_together_printout_dates_with_ocr_slips(text: str, expected: str) -> None:
    (found,) = find_dates(text, today=TODAY)
    assert found.value.isoformat() == expected
    assert found.repaired


def test_clean_run_together_date_is_not_a_repair() -> None:
    (found,) = find_dates("DATE/TIME: 26SEP2023 09:12", today=TODAY)
    assert found.value == date(2023, 9, 26) and not found.repaired


@pytest.mark.parametrize("text", ["REF DP633374", "LS21G02265", "12345A2020", "ID 0000A2020"])
def test_identifiers_are_not_run_together_dates(text: str) -> None:
    assert find_dates(text, today=TODAY) == []


@pytest.mark.parametrize(
    "text,expected",
    [
        ("DATE PRINTED: 14/07/2920 18:51", "2020-07-14"),  # 0 read as 9
        ("DATE/TIME : 23SEP2922 13:18", "2022-09-23"),
        ("Date: 5 February 2049", "2019-02-05"),  # 1 read as 4; 2040 would still be future
        ("DATE/TIME: 04/62/2021", "2021-02-04"),  # a month of 62 is 02 with 0 read as 6
    ],
)
def test_impossible_digits_mended_only_to_one_plausible_reading(text: str, expected: str) -> None:
    (found,) = find_dates(text, today=TODAY)
    assert found.value.isoformat() == expected
    assert found.repaired


def test_future_year_with_no_single_plausible_reading_is_dropped() -> None:
    assert find_dates("12 March 2555", today=TODAY) == []


def test_misread_month_abbreviation_in_capitals() -> None:
    (found,) = find_dates("PRINTED 19 BEC 2022", today=TODAY)
    assert found.value == date(2022, 12, 19) and found.repaired
    assert find_dates("on 3 MAX 2020", today=TODAY) == []  # MAR or MAY: cannot tell


@pytest.mark.parametrize(
    ("text", "guessed"),
    [
        ("O7SEP2022", False),  # O in the day: a look-alike, not a choice
        ("140CT2022", False),  # 0 in the month
        ("l2/03/2O24", False),
        ("O1INOV2020", True),  # a stray I dropped
        ("23SEP2922", True),  # an impossible year mended
        ("12DEC2@23", True),  # a degraded glyph
        ("12 Marcn 2024", True),  # the month is the nearest name
        ("04/62/2021", True),  # an impossible month mended
    ],
)
def test_repairs_that_choose_are_guesses(text: str, guessed: bool) -> None:
    (found,) = find_dates(text, today=date(2025, 1, 1))
    assert found.repaired and found.guessed is guessed


@pytest.mark.parametrize(
    ("text", "expected"), [("Dated: LO Aug 2024", "2024-08-10"), ("Il June 2023.", "2023-06-11")]
)
def test_day_read_wholly_as_letters_is_a_guess(text: str, expected: str) -> None:
    (found,) = find_dates(text, today=date(2025, 1, 1))
    assert found.value.isoformat() == expected and found.guessed


@pytest.mark.parametrize("text", ["I May 2024", "to Aug 2024", "IO Maz 2024", "lo May 24"])
def test_letters_before_a_month_are_no_day_without_a_plain_date_around_them(text: str) -> None:
    assert find_dates(text, today=date(2025, 1, 1)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dated this 12th day of March 2024", "2024-03-12"),
        ("the 1st day of June, 2023", "2023-06-01"),
        ("PRINTED 12-Mar-2024 10:02", "2024-03-12"),
        ("Closed 12.Mar.2024", "2024-03-12"),
        ("Report run 2024-03-12 09:15", "2024-03-12"),
    ],
)
def test_formal_and_system_printed_forms(text: str, expected: str) -> None:
    (found,) = find_dates(text, today=date(2025, 1, 1))
    assert found.value.isoformat() == expected and not found.repaired


@pytest.mark.parametrize("text", ["ref 2024-13-01", "CS-2024-03-12X", "SG/2024/97159"])
def test_references_with_years_are_no_iso_dates(text: str) -> None:
    assert find_dates(text, today=date(2025, 1, 1)) == []


def test_day_month_and_year_each_wrapped_onto_their_own_line_in_a_narrow_cell() -> None:
    text = "Eli Brook 30th Child Known. Child in Need plan\nNovember 2020-2021, closed.\n2012\n"
    found = find_dates(text, today=date(2025, 1, 1))
    assert [(d.raw, d.value, d.guessed) for d in found] == [("30th", date(2012, 11, 30), True)]
    prose = "Report of the 4th floor meeting\nMarch was busy\n2012\n"
    assert find_dates(prose, today=date(2025, 1, 1)) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Order made on Ist June 2021.", date(2021, 6, 1)),  # a stroke before "st" is a 1
        ("born lst November 2018", date(2018, 11, 1)),
        ("Znd March 2020", date(2020, 3, 2)),
        ("IIth May 2022", date(2022, 5, 11)),
    ],
)
def test_day_of_look_alikes_that_its_suffix_pins_to_one_digit(text: str, value: date) -> None:
    (found,) = find_dates(text)
    assert found.value == value and found.repaired


@pytest.mark.parametrize("text", ["Sth January 2007", "Ith October 2021", "Sst June 2021"])
def test_day_of_look_alikes_with_several_readings_or_the_wrong_suffix_is_no_date(
    text: str,
) -> None:
    assert find_dates(text) == []


def test_a_th_that_lost_its_ascender_is_a_lookalike_repair() -> None:
    (found,) = find_dates("Date 20tn January 2024", today=TODAY)
    assert found.value == date(2024, 1, 20)
    assert found.repaired and not found.guessed
    # upper case is a postcode's inward code before a line break, not a day
    assert find_dates("Cardiff CF4 4TN\nMay 2024", today=TODAY) == []


def test_a_month_word_garbled_nearer_another_month_stays_unread() -> None:
    # "sunuen" was January on a dev scan, but is nearest June: no reading beats a wrong one
    assert month_number("sunuen") is None
    assert find_dates("Date 20tn sunuen 2024", today=TODAY) == []


def test_a_month_word_as_near_two_months_stays_unread() -> None:
    assert month_number("Jule") is None  # June or July
    assert month_number("Julv") == 7
    assert month_number("Decernber") == 12


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        ("Dated: —«-21/09/2023", "21/09/2023"),
        ("Order made by Mr Justice Sykes-on-21.05.24 |", "21.05.24"),
    ],
)
def test_a_dash_glued_before_a_numeric_date(text: str, raw: str) -> None:
    (found,) = find_dates(text, today=TODAY)
    assert found.raw == raw and not found.repaired


def test_a_dash_after_a_digit_makes_no_date_of_a_longer_number() -> None:
    assert find_dates("ref 2023-21/09/2023", today=TODAY) == []
    # nor does a full stop; after a word, though, it is a speck for the space
    assert find_dates("ref 1.13/09/1996", today=TODAY) == []
    (found,) = find_dates("Emily Sims born.13/09/1996.", today=TODAY)
    assert found.value == date(1996, 9, 13)


def test_a_day_the_suffix_pins_is_a_lookalike_not_a_guess() -> None:
    (found,) = find_dates("Jonathan Nicholls Male Ist May 2019", today=TODAY)
    assert found.value == date(2019, 5, 1)
    assert found.repaired and not found.guessed


def test_a_lost_second_separator_is_read_only_as_a_guess() -> None:
    from extractors.dates import lost_separator_dates

    (found,) = lost_separator_dates("DATED this 07.02 22", today=TODAY)
    assert found.value == date(2022, 2, 7) and found.guessed
    # not a date of birth on its own (find_dates), nor a time, nor a short number
    assert find_dates("BORN: 24.02 98", today=TODAY) == []
    for text in ("listed on 15.08 10:00", "at 10.30 20 minutes", "rule 12.3 2010"):
        assert lost_separator_dates(text, today=TODAY) == []
