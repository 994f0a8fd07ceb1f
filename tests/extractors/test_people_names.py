from extractors.people_names import clean_name, looks_like_name, odd_case, take_name


def _name(text: str) -> str | None:
    span = take_name(text, 0, len(text))
    return text[span[0] : span[1]] if span else None


def test_take_name_stops_at_gender_column_and_date() -> None:
    assert _name("Chloe Jaggar Girl 25.08.19") == "Chloe Jaggar"
    assert _name("Mrs Karen SMITH, the mother") == "Karen SMITH"
    assert _name("Amelia Smyth (born 12/03/2019)") == "Amelia Smyth"


def test_looks_like_name_and_odd_case() -> None:
    assert looks_like_name("Bradley lain Ellis", "Bradley lain Ellis DOB")
    assert not looks_like_name("further order", "Some further order here")
    assert odd_case("wooD") and not odd_case("McDonald") and not odd_case("O'Brien-Smith")
    assert clean_name("Karen\n  Smith") == "Karen Smith"


def test_take_name_stops_at_a_birth_label_ocr_bent_or_specked() -> None:
    # a speck glued to the label, and the label's B read as L
    assert _name("lain O'Sullivan DOB’ 26th Seprsriber 1978") == "lain O'Sullivan"
    assert _name("Hayley Gillian Evans DOL 3 2th December 1969") == "Hayley Gillian Evans"
    assert _name("Dolan Evans DOB: 12/01/1980") == "Dolan Evans"  # a name may start "Do"


def test_take_name_stops_at_a_month_that_lost_its_middle_letter() -> None:
    assert _name("Melanie Jenkins Fb 1990 Mother") == "Melanie Jenkins"
    assert _name("Wei Ma 1990 Father") == "Wei Ma"  # a surname, not "Mar"
    assert _name("Anna Fb Jones") == "Anna Fb Jones"  # no year after it: no date
