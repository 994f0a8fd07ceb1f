import pytest

from extractors.people_labels import (
    SUBJECT_BLOCK_RE,
    form_label,
    fuzzy_role_word,
    guessed_forename_label,
    repair_name,
)


@pytest.mark.parametrize(
    ("line", "slot", "exact"),
    [
        ("SURNAME : PATEL", "surname", True),
        ("SURNAME ; PATEL", "surname", True),
        ("SURNAME PATEL", "surname", True),
        ("F0RENAME (S) : ANIL", "forename", True),
        ("FIRST NAMES: ANIL KUMAR", "forename", True),
        ("TORE NAMES: ANIL", "forename", False),
        ("Family name: Patel", "surname", True),
    ],
)
def test_form_labels_read_through_ocr_damage(line: str, slot: str, exact: bool) -> None:
    label = form_label(line)
    assert label is not None and (label.slot, label.exact) == (slot, exact)
    assert line[label.value_start :].split()[0] in ("PATEL", "ANIL", "Patel")


@pytest.mark.parametrize(
    "line", ["Surname was not given", "SEX: MALE", "FORCE: KENT POLICE", "NAME: PATEL, ANIL"]
)
def test_other_lines_are_not_form_labels(line: str) -> None:
    assert form_label(line) is None


def test_guessed_forename_label_needs_an_f_and_no_other_field() -> None:
    assert guessed_forename_label("FORehanicic): BEN") == len("FORehanicic): ")
    assert guessed_forename_label("FORCE: AVON") is None
    assert guessed_forename_label("ADDRESS: 4 ELM CLOSE") is None


def test_subject_blocks_with_ocr_digits() -> None:
    assert SUBJECT_BLOCK_RE.match("SUBJECT 2 OF 2")
    assert SUBJECT_BLOCK_RE.match("SUBJECT 1°0F")
    assert not SUBJECT_BLOCK_RE.match("SUBJECT TO THE ORDER")


def test_fuzzy_role_words() -> None:
    assert fuzzy_role_word("Re-sondent") == "respondent"
    assert fuzzy_role_word("Applicamt") == "applicant"
    assert fuzzy_role_word("Respuuccnt") is None
    assert fuzzy_role_word("Respuuccnt", loose=True) == "respondent"
    assert fuzzy_role_word("Mother") is None
    assert fuzzy_role_word("Robertson") is None


def test_repair_name_takes_a_speck_out_after_a_hyphen_in_any_case() -> None:
    assert repair_name("Leo Ellis-(Nowak") == ("Leo Ellis-Nowak", True)
    assert repair_name("LEO ELLIS-|NOWAK") == ("LEO ELLIS-NOWAK", True)
    assert repair_name("Leo Ellis-Nowak") == ("Leo Ellis-Nowak", False)


def test_repair_name_takes_out_a_full_stop_after_small_letters_but_not_an_initials() -> None:
    assert repair_name("Louise Alison. Bibi") == ("Louise Alison Bibi", True)
    assert repair_name("J. Smith") == ("J. Smith", False)
    assert repair_name("Karen Smith.") == ("Karen Smith.", False)  # take_name drops a last stop


def test_repair_name() -> None:
    assert repair_name("lan Wilkins") == ("Ian Wilkins", True)
    assert repair_name("Chery! Dawes") == ("Cheryl Dawes", True)
    assert repair_name("Kar] Dawes") == ("Karl Dawes", True)
    assert repair_name("judith Dawes") == ("Judith Dawes", True)
    assert repair_name("IAN WILKINS") == ("IAN WILKINS", False)
    assert repair_name("ian wilkins") == ("ian wilkins", False)
    assert repair_name("Ian Wilkins") == ("Ian Wilkins", False)


def test_repair_name_splits_words_run_together() -> None:
    assert repair_name("BillyDobson") == ("Billy Dobson", True)
    assert repair_name("Ronan McDonald") == ("Ronan McDonald", False)
    assert repair_name("Sean MacLeod") == ("Sean MacLeod", False)
    assert repair_name("DeShawn Cole") == ("DeShawn Cole", False)


def test_form_labels_with_a_speck_before_the_colon_or_for_it() -> None:
    for line, slot in [("SURNAME. : TAYLOR", "surname"), ("FORENAME(S)° MOLLY", "forename")]:
        label = form_label(line)
        assert label is not None and label.slot == slot, line
        assert line[label.value_start :] in ("TAYLOR", "MOLLY")


def test_repair_name_drops_a_speck_after_a_double_l() -> None:
    assert repair_name("Brandon Howell!") == ("Brandon Howell", True)
    assert repair_name("Kar! Howell") == ("Karl Howell", True)
