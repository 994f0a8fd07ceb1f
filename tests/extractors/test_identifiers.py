import pytest

from extractors.identifiers import format_pnc, is_valid_pnc, pnc_check_character


def test_known_check_character() -> None:
    # 12 + 0001234 = 120001234; 120001234 % 23 = 22 -> "Y" (the last letter)
    assert 120001234 % 23 == 22
    assert pnc_check_character("12", "1234") == "Y"
    assert format_pnc("12", "1234") == "12/0001234Y"


def test_validation_rejects_wrong_check_character() -> None:
    good = format_pnc("98", "7654321")
    assert is_valid_pnc(good)
    wrong = good[:-1] + ("A" if good[-1] != "A" else "B")
    assert not is_valid_pnc(wrong)
    assert not is_valid_pnc("98/765432")  # no check character
    assert not is_valid_pnc("")


@pytest.mark.parametrize("year,serial", [("1", "1"), ("12", ""), ("12", "12345678"), ("ab", "1")])
def test_bad_parts_raise(year: str, serial: str) -> None:
    with pytest.raises(ValueError):
        pnc_check_character(year, serial)
