from datetime import date

import pytest

from extractors.dates import find_dates
from extractors.people import find_people
from extractors.people_police import combined_name

TODAY = date(2024, 6, 1)


def people(text: str):
    found = find_people(text, find_dates(text, today=TODAY), [], doc_type="police_check")
    return [(p.kind, p.role, p.name, p.dob.value.isoformat() if p.dob else None) for p in found]


def test_combined_label_either_order() -> None:
    line = "SURNAME/FORENAME(S) : BOOTHE/MEGAN JANE"
    fore, sur = combined_name(line)  # type: ignore[misc]
    assert (line[slice(*fore)], line[slice(*sur)]) == ("MEGAN JANE", "BOOTHE")
    line = "FORENAMES / SURNAME ; KYLE/HOLROYDE"
    fore, sur = combined_name(line)  # type: ignore[misc]
    assert (line[slice(*fore)], line[slice(*sur)]) == ("KYLE", "HOLROYDE")


def test_combined_label_needs_both_values_in_capitals() -> None:
    assert combined_name("SURNAME/FORENAME(S) : Booth/megan") is None
    assert combined_name("SURNAME : BOOTH") is None


def test_printout_subjects_with_combined_label() -> None:
    text = (
        "SUBJECT 1\n"
        "SURNAME/FORENAME(S) : NOWACK/OLIVER\n"
        "DATE OF BIRTH : 24MAY1990\n"
        "SUBJECT 2\n"
        "SURNAME /FORENAME(S) : KOWALSKY/FINLEY LEO\n"
        "DATE OF BIRTH : 18OCT1974\n"
    )
    assert people(text) == [
        ("adult", "subject", "OLIVER NOWACK", "1990-05-24"),
        ("adult", "subject", "FINLEY LEO KOWALSKY", "1974-10-18"),
    ]


@pytest.mark.parametrize("label", ["DATE", "OATE", "0ATE"])
def test_a_birth_date_label_whose_d_ocr_read_as_o_still_labels_the_date(label: str) -> None:
    # L416/doc053 filed PAUL CARROLL without the date under "OATE OF BIRTH:"
    text = f"SUBJECT 1 OF 1\nSURNAME : CARROLL\nFIRST NAMES: PAUL\n{label} OF BIRTH: 24/04/1993\n"
    assert people(text) == [("adult", "subject", "PAUL CARROLL", "1993-04-24")]


def test_form_values_on_one_line_and_guessed_forename_label() -> None:
    from extractors.people_police import form_values

    assert [v[0] for v in form_values("Surname: SMYTHE Forename(s): KAREN", {}, 0)] == [
        "surname",
        "forename",
    ]
    pending = {"surname": ((0, 6), 3, "label")}
    assert form_values("FORehanicic): BEN", pending, 4) == [("forename", 14, "guess")]
