from extractors.people_names import clean_name, looks_like_name, odd_case, take_name


def _name(text: str) -> str | None:
    span = take_name(text, 0, len(text))
    return text[span[0] : span[1]] if span else None


def test_take_name_stops_at_gender_column_and_date() -> None:
    assert _name("Chloe Jaggar Girl 25.08.19") == "Chloe Jaggar"
    assert _name("Mrs Karen SMITH, the mother") == "Karen SMITH"
    assert _name("Amelia Smyth (born 12/03/2019)") == "Amelia Smyth"


def test_a_speck_read_as_a_full_stop_inside_a_table_rows_name_does_not_end_it() -> None:
    assert _name("Louise Alison. Bibi 18th December 1985 Mother") == "Louise Alison. Bibi"
    assert _name("Louise Alison. Bibi 4/05/1985") == "Louise Alison. Bibi"
    # a sentence's end stays one: no day follows the next word, or the next word is no name
    assert _name("Louise Alison. Bibi is the mother") == "Louise Alison"
    assert _name("Louise Alison. The 18 children") == "Louise Alison"


def test_looks_like_name_and_odd_case() -> None:
    assert looks_like_name("Bradley lain Ellis", "Bradley lain Ellis DOB")
    assert not looks_like_name("further order", "Some further order here")
    assert odd_case("wooD") and not odd_case("McDonald") and not odd_case("O'Brien-Smith")
    assert not odd_case("Zoë") and not odd_case("Élodie")
    assert odd_case("éLodie") and odd_case("Jo3n")
    assert clean_name("Karen\n  Smith") == "Karen Smith"


def test_take_name_stops_at_a_birth_label_ocr_bent_or_specked() -> None:
    # a speck glued to the label, and the label's B read as L
    assert _name("lain O'Sullivan DOB’ 26th Seprsriber 1978") == "lain O'Sullivan"
    assert _name("Hayley Gillian Evans DOL 3 2th December 1969") == "Hayley Gillian Evans"
    assert _name("Dolan Evans DOB: 12/01/1980") == "Dolan Evans"  # a name may start "Do"
    # whatever OCR made of "Date", the word before "of birth" is the label's
    assert _name("Ben Lawson Oate of birth: 23.11.14") == "Ben Lawson"
    assert _name("Ben Lawson Dale. of birth: 23.11.14") == "Ben Lawson"
    # the label glued to the name by a full stop
    assert _name("Declan Joshua Cox.D.O.B, 18.01.05") == "Declan Joshua Cox"


def test_take_name_stops_at_a_month_that_lost_its_middle_letter() -> None:
    assert _name("Melanie Jenkins Fb 1990 Mother") == "Melanie Jenkins"
    assert _name("Wei Ma 1990 Father") == "Wei Ma"  # a surname, not "Mar"
    assert _name("Anna Fb Jones") == "Anna Fb Jones"  # no year after it: no date


def test_take_row_name_reads_through_specks_and_a_lost_capital() -> None:
    from extractors.people_names import take_row_name

    for line, name in [
        ("Melissa. Turner 6 Jan 2013 Child", "Melissa Turner"),
        ("Sandra:Hughes 17.09.83 Mother", "Sandra Hughes"),
        ('"Deborah, walker T14 February 2019', "Deborah walker"),  # "T1": a speck on the day
        ("julie Carter Date of birth: 3 August 2020", "julie Carter"),
    ]:
        row = take_row_name(line, 0, len(line))
        assert row is not None and row.name == name, line
    assert take_row_name("Melissa 6 Jan 2013", 0, 18) is None  # one word is no row name


def test_row_name_vouched_by_the_census_lists_or_the_page() -> None:
    from extractors.people_names import row_name_vouched, take_row_name

    def vouched(line: str, page: str = "") -> bool:
        row = take_row_name(line, 0, len(line))
        return row is not None and row_name_vouched(row, line + "\n" + page)

    assert vouched("julie Carter 3 August 2020")
    assert vouched("Deborah, walker 14 February 2019")  # a small surname, a listed one
    assert not vouched("lolly King 14.09.88")  # "Holly" cropped: no forename
    assert not vouched("than Moore 14 Mar 1989")  # a surname, but standing as a forename
    assert not vouched("Charle. Fotc 23 Jun 2022")
    assert not vouched("lain Carter 02/02/2005")
    assert vouched("lain Carter 02/02/2005", "Janet Carter and lain Carter shall live")
