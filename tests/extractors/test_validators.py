from datetime import date

import pytest

from extractors.identifiers import format_pnc
from extractors.validators import (
    is_plausible_adult_dob,
    is_plausible_child_dob,
    is_plausible_document_date,
    is_valid_case_number,
    is_valid_cro,
    is_valid_ni_number,
    is_valid_pnc_id,
    is_valid_postcode,
    normalise_postcode,
)


@pytest.mark.parametrize("value", ["LS24C00123", "MA19P04567", "ZW01Z99999"])
def test_case_number_valid(value: str) -> None:
    assert is_valid_case_number(value)


@pytest.mark.parametrize(
    "value", ["LS24C0012", "LS24C001234", "L524C00123", "LS2AC00123", "ls24c00123", "LS24C00000"]
)
def test_case_number_invalid(value: str) -> None:
    assert not is_valid_case_number(value)


def test_pnc_id() -> None:
    good = format_pnc("07", "654321")
    assert is_valid_pnc_id(good)
    assert not is_valid_pnc_id(good[:-1] + ("Z" if good[-1] != "Z" else "A"))
    assert not is_valid_pnc_id(good.replace("/", ""))


@pytest.mark.parametrize(
    "value",
    ["LS1 1UR", "SW1A 2AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "EC1A 1BB", "ls11ur"],
)
def test_postcode_valid(value: str) -> None:
    assert is_valid_postcode(value)


@pytest.mark.parametrize(
    "value",
    [
        "QQ1 1AA",  # no such area
        "LS1 1CA",  # C never appears in the inward code
        "LS1 UR1",
        "1LS 1UR",
        "LSS1 1UR",
        "LS1",
    ],
)
def test_postcode_invalid(value: str) -> None:
    assert not is_valid_postcode(value)


def test_postcode_normalised_to_one_space_upper_case() -> None:
    assert normalise_postcode(" ls1   1ur ") == "LS1 1UR"
    assert normalise_postcode("sw1a2aa") == "SW1A 2AA"


def test_ni_and_cro() -> None:
    assert is_valid_ni_number("AB 12 34 56 C")
    assert not is_valid_ni_number("GB123456A")  # never issued
    assert not is_valid_ni_number("AB123456E")  # suffix only A-D
    assert is_valid_cro("123456/12X")
    assert not is_valid_cro("123456/1X")


def test_date_plausibility() -> None:
    doc = date(2024, 5, 3)
    assert is_plausible_child_dob(date(2019, 3, 12), doc)
    assert not is_plausible_child_dob(date(2025, 1, 1), doc)  # born after the order
    assert not is_plausible_child_dob(date(1990, 1, 1), doc)  # 34 is not a child
    assert is_plausible_adult_dob(date(1990, 1, 1), doc)
    assert not is_plausible_adult_dob(date(2015, 1, 1), doc)  # 9 is not an adult party
    assert not is_plausible_adult_dob(date(1900, 1, 1), doc)
    # The document's date unread: a referral before the birth bounds it only from below
    referral, today = date(2021, 8, 20), date(2024, 6, 1)
    assert not is_plausible_child_dob(date(2021, 9, 23), referral)
    assert is_plausible_child_dob(date(2021, 9, 23), referral, latest=today)
    assert not is_plausible_child_dob(date(1990, 1, 1), referral, latest=today)
    assert is_plausible_adult_dob(date(2006, 1, 1), referral, latest=today)  # 18 by now
    assert not is_plausible_adult_dob(date(2006, 1, 1), referral)
    assert is_plausible_document_date(doc, today=date(2024, 6, 1))
    assert not is_plausible_document_date(date(2030, 1, 1), today=date(2024, 6, 1))
    assert not is_plausible_document_date(date(1985, 1, 1), today=date(2024, 6, 1))


def test_a_district_is_never_two_digits_starting_with_zero() -> None:
    assert not is_valid_postcode("B02 5GF")
    assert is_valid_postcode("CR0 2AB")
    assert is_valid_postcode("LS10 1AB")


def test_lettered_districts_only_in_central_london() -> None:
    assert is_valid_postcode("EC4M 7RF") and is_valid_postcode("W1A 1AA")
    assert is_valid_postcode("WC2N 5DU") and is_valid_postcode("E1W 1AA")
    assert not is_valid_postcode("WF1S 9SU") and not is_valid_postcode("PR1S 5LB")
    assert not is_valid_postcode("WC3A 1AA")


def test_town_areas_gazetteer_uses_real_areas_only() -> None:
    from extractors.validators import POSTCODE_AREAS, TOWN_AREAS

    assert TOWN_AREAS["cardiff"] == ("CF",) and "SW" in TOWN_AREAS["london"]
    assert all(a in POSTCODE_AREAS for areas in TOWN_AREAS.values() for a in areas)
