from extractors.repair import coerce, real_digits


def test_letters_in_digit_positions_become_digits() -> None:
    fixed = coerce("LS24COOl23", "LLDDLDDDDD")
    assert fixed is not None
    assert fixed.value == "LS24C00123"
    assert fixed.changes == 3


def test_digits_in_letter_positions_become_letters() -> None:
    fixed = coerce("L524C00123", "LLDDLDDDDD")
    assert fixed is not None and fixed.value == "LS24C00123" and fixed.changes == 1


def test_lower_case_is_normalisation_not_repair() -> None:
    fixed = coerce("ls24c00123", "LLDDLDDDDD")
    assert fixed is not None and fixed.value == "LS24C00123" and fixed.changes == 0


def test_unfixable_characters_and_wrong_lengths_give_none() -> None:
    assert coerce("LS24CX0123", "LLDDLDDDDD") is None  # X is not confusable with a digit
    assert coerce("LS24C0012", "LLDDLDDDDD") is None
    assert coerce("12/34", "DD-DD") is None  # literal mismatch


def test_spaces_are_ignored_and_real_digits_counted() -> None:
    assert coerce("LS 24 C 00123", "LLDDLDDDDD") is not None
    assert real_digits("LS24COOl23") == 4


def test_two_characters_read_for_one_letter() -> None:
    # "I." for L (a small foot read as a full stop), "xX" for one X read twice
    assert coerce("PI.4", "LLD") == ("PL4", 1)
    assert coerce("4xXD", "DLL") == ("4XD", 1)
    assert coerce("0OEU", "DLL") == ("0EU", 1)


def test_symbols_tesseract_reads_for_letters_and_digits() -> None:
    assert coerce("$25", "LDD") == ("S25", 1)
    assert coerce("6D)", "DLL") == ("6DJ", 1)
    assert coerce("M2@", "LDD") == ("M20", 1)
    assert coerce("PL20€01822", "LLDDLDDDDD") == ("PL20C01822", 1)


def test_fewest_swaps_wins_when_readings_differ() -> None:
    fixed = coerce("1.1", "LD")
    assert fixed == ("L1", 1)
    assert coerce("I.I.", "LD") is None  # no reading fits the shape
