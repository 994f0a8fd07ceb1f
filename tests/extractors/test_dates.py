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
