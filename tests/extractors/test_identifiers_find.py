import pytest

from extractors.identifiers import format_pnc
from extractors.identifiers_find import (
    find_case_numbers,
    find_cro_numbers,
    find_ni_numbers,
    find_pnc_ids,
    find_postcodes,
)


@pytest.mark.parametrize(
    "text,repaired",
    [
        ("Case No: LS24C00123", False),
        ("case number ls24c00123", False),
        ("Case No. LS 24 C 00123", False),
        ("Claim No: LS24COO123", True),
        ("CASE NO L524C0Ol23", True),
    ],
)
def test_case_number_in_several_wordings(text: str, repaired: bool) -> None:
    (found,) = find_case_numbers(text)
    assert found.value == "LS24C00123"
    assert found.repaired is repaired
    assert found.anchored
    assert text[found.start : found.end] == found.raw


@pytest.mark.parametrize(
    "text",
    [
        "Case No. EX21FD00973",
        "IN THE FAMILY COURT AT CHELMSFORD EX21FD00973",
        "Case Number: EX21FDOO973",
    ],
)
def test_two_letter_case_type_is_a_case_number(text: str) -> None:
    (found,) = find_case_numbers(text)
    assert found.value == "EX21FD00973"


def test_case_number_without_label_is_not_anchored_and_words_are_ignored() -> None:
    assert [c.anchored for c in find_case_numbers("see order MA19P04567 of last year")] == [False]
    assert find_case_numbers("The Respondent and the Applicant") == []
    assert find_case_numbers("SOOISOOISO") == []  # no real digits: not a case number


def test_pnc_ids_canonicalised_checked_and_repaired() -> None:
    good = format_pnc("12", "34567")
    serial = good[3:10]
    text = (
        f"PNC ID: {good}\n"
        f"PNC No 2012/{serial}{good[-1]}\n"  # four-digit year form
        f"pnc id {good[:3]}{serial.replace('0', 'O')}{good[-1]}\n"
    )
    found = find_pnc_ids(text)
    assert {c.value for c in found} == {good}
    assert [c.repaired for c in found] == [False, False, "0" in serial]
    assert all(c.validated for c in found)


def test_pnc_with_wrong_check_character_is_kept_but_invalid() -> None:
    good = format_pnc("99", "1234567")
    wrong = good[:-1] + ("A" if good[-1] != "A" else "B")
    (found,) = find_pnc_ids(f"PNC ID: {wrong}")
    assert found.validated is False


def test_dates_and_fractions_are_not_pnc_ids() -> None:
    assert find_pnc_ids("on 12/03/2024 and 1/2 of") == []


def test_cro_and_ni() -> None:
    (cro,) = find_cro_numbers("CRO No: 012345/99K")
    assert cro.value == "012345/99K" and cro.anchored
    (ni,) = find_ni_numbers("NI number: ab 12 34 56 c")
    assert ni.value == "AB123456C" and ni.validated


@pytest.mark.parametrize(
    "text,expected,repaired",
    [
        ("1 Leeds Road, Leeds LS1 1UR", "LS1 1UR", False),
        ("14 high street, york yo1 7hh", "YO1 7HH", False),
        ("Flat 2, London SW1A2AA", "SW1A 2AA", False),
        ("22 Mill Lane, Bradford BD5 OAB", "BD5 0AB", True),
        ("7 Ash Grove, Leeds L56 1UR", "L56 1UR", False),  # a real, valid shape: cannot tell
    ],
)
def test_postcodes(text: str, expected: str, repaired: bool) -> None:
    (found,) = find_postcodes(text)
    assert found.value == expected
    assert found.repaired is repaired
    assert found.anchored


def test_postcode_lookalikes_are_rejected() -> None:
    assert find_postcodes("the end at 10am and 3pm on 1st May, QQ1 1AA") == []
