from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.casepath import case_folder_name, ensure_inside, normalise_case_number
from pipeline.errors import UnsafePathError

HOSTILE = [
    "../../etc",
    "..",
    ".",
    "",
    "/",
    "LS24C00123/../x",
    "LS24C00123/",
    "/LS24C00123",
    "LS24C00123\\..\\x",
    "LS24C00123\x00",
    "\x00LS24C00123",
    "ＬＳ24Ｃ00123",  # full-width letters
    "LS２４C00123",  # full-width digits
    "LS24C٠٠١٢٣",  # Arabic-Indic digits
    "ıs24c00123",  # dotless i upper-cases to I
    "LS24C00123\n",
    "LS24C001234",
    "LS24C0012",
    "L24C00123",
    "LS24000123",
    "con",
    "NUL",
    "_unassigned",
    "LS24C00123" * 50,
    "A" * 10_000,
    "LS24-C00123",
    "LS24CFD00123",  # three letters for the case type
    "LS24..00123",
    "LS24C00123;rm -rf",
    "~/LS24C00123",
]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("LS24C00123", "LS24C00123"),
        ("ls24c00123", "LS24C00123"),
        (" LS 24 C 00123 ", "LS24C00123"),
        ("MA23P01234", "MA23P01234"),
        ("EX21FD00973", "EX21FD00973"),  # two-letter case type (Family Law Act)
    ],
)
def test_valid_case_numbers_are_normalised(raw: str, expected: str) -> None:
    assert normalise_case_number(raw) == expected
    assert case_folder_name(raw) == expected


@pytest.mark.parametrize("raw", HOSTILE)
def test_hostile_values_are_not_case_numbers(raw: str) -> None:
    assert normalise_case_number(raw) is None
    with pytest.raises(UnsafePathError):
        case_folder_name(raw)


def test_no_case_number_is_unassigned() -> None:
    assert case_folder_name(None) == "_unassigned"
    assert normalise_case_number(None) is None


def test_ensure_inside(tmp_path: Path) -> None:
    cases = tmp_path / "cases"
    (cases / "LS24C00123").mkdir(parents=True)
    assert ensure_inside(cases, cases / "LS24C00123" / "x") == (cases / "LS24C00123" / "x")
    for bad in (cases / ".." / "etc", cases, tmp_path / "other"):
        with pytest.raises(UnsafePathError):
            ensure_inside(cases, bad)


def test_ensure_inside_sees_through_symlinks(tmp_path: Path) -> None:
    cases = tmp_path / "cases"
    cases.mkdir()
    outside = tmp_path / "outside"
    outside.mkdir()
    (cases / "LS24C00123").symlink_to(outside)
    with pytest.raises(UnsafePathError):
        ensure_inside(cases, cases / "LS24C00123" / "doc")
