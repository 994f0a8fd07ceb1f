import pytest

from extractors.legal import (
    find_courts,
    find_judges,
    find_local_authorities,
    find_order_phrases,
    local_authorities,
)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("IN THE FAMILY COURT SITTING AT LEEDS\nCase No: LS24C00123", "Family Court at Leeds"),
        ("In the Family Court at Kingston upon Hull", "Family Court at Kingston upon Hull"),
        ("in the family court sitting at stoke on trent", "Family Court at Stoke On Trent"),
        ("IN THE FARNILY COURT AT BRISTOL", "Family Court at Bristol"),
        ("In the Central Family Court", "Central Family Court"),
        ("IN THE HIGH COURT OF JUSTICE\nFAMILY DIVISION", "High Court of Justice Family Division"),
    ],
)
def test_courts(text: str, expected: str) -> None:
    found = find_courts(text)
    assert found[0].value.lower() == expected.lower()


@pytest.mark.parametrize(
    "text,expected,anchored",
    [
        (
            "Before District Judge Sarah Thompson sitting in private",
            "District Judge Sarah Thompson",
            True,
        ),
        ("BEFORE: Her Honour Judge Amanda Jones", "Her Honour Judge Amanda Jones", True),
        (
            "Order made by Deputy District Judge Ravi Patel on 3 May",
            "Deputy District Judge Ravi Patel",
            True,
        ),
        ("Mr Justice Cobb", "Mr Justice Cobb", True),
        ("the matter was listed before Recorder Alan Price in June", "Recorder Alan Price", True),
        ("as Distr1ct Judqe Owen Hughes noted", "District Judge Owen Hughes", False),
    ],
)
def test_judges(text: str, expected: str, anchored: bool) -> None:
    (found,) = find_judges(text)
    assert found.value == expected
    assert found.anchored is anchored


def test_gazetteer_is_complete_enough() -> None:
    lookup, _ = local_authorities()
    canonical = set(lookup.values())
    assert len(canonical) >= 170
    expected = (
        "Leeds City Council",
        "Kent County Council",
        "London Borough of Camden",
        "Cardiff Council",
        "Isle of Anglesey County Council",
        "Cornwall Council",
    )
    assert set(expected) <= canonical


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Applicant: Leeds City Counci1", "Leeds City Council"),
        (
            "CHILDREN'S SERVICES\nBradford Metropolitan District Council",
            "Bradford Metropolitan District Council",
        ),
        ("london borough of camden, 5 Pancras Square", "London Borough of Camden"),
        ("North Somerset Council", "North Somerset Council"),
        ("Bath and North East Somerset Council", "Bath and North East Somerset Council"),
        ("Cyngor Gwynedd Council", "Gwynedd Council"),
        # both styles on one page: the council's legal name, which a labeller copies
        (
            "Bradford Metropolitan District Council\n...\nCity of Bradford Metropolitan "
            "District Council",
            "City of Bradford Metropolitan District Council",
        ),
    ],
)
def test_local_authorities_tolerate_ocr(text: str, expected: str) -> None:
    found = find_local_authorities(text)
    assert found and found[0].value == expected


def test_no_council_without_a_council_name() -> None:
    assert find_local_authorities("The council will consider the matter.") == []


def test_order_phrases_prefer_the_longer_phrase() -> None:
    kinds = [c.value for c in find_order_phrases("an Interim Care Order and a care order")]
    assert kinds == ["interim_care_order", "care_order"]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a table rule between "sitting" and the place, "at" pushed onto a later line
        ("The Family Court sitting | Nottingham\n\nat\nCase No NG23C00412", "Nottingham"),
        ("The Family Court sitting at) | Derby", "Derby"),
        # fuzzy "sitting" and a place split in two by a speck
        ("The Family Court sitang at She ffieid", "Sheffield"),
        ("The Family Count sitting at Liverpool", "Liverpool"),
        ("The § amily Court sitting at Leicester", "Leicester"),
        ("whe Fauii!y Court sitting | Swindon\n| ac", "Swindon"),
        # the place continued on the next line
        (
            "IN THE FAMILY COURT SITTING AT NEWCASTLE UPON\nTYNE\nCase No NE24C00001",
            "Newcastle upon Tyne",
        ),
        ("IN THE FAMILY COURT SITTING AT\nKINGSTON UPON HULL", "Kingston upon Hull"),
        # letters misread in the place
        ("To Family Court at Caraiff", "Cardiff"),
        ("Family Court at, Dery”", "Derby"),
        ("To family Court at J iverpool\n| Date 29th", "Liverpool"),
        # noise after the place is not part of it; a case number ends it
        ("The Family Court sitting at Bradford anne a", "Bradford"),
        ("IN THE FAMILY COURT SITTING AT LEEDS LS21G02265.", "Leeds"),
    ],
)
def test_courts_on_noisy_ocr_match_the_gazetteer(text: str, expected: str) -> None:
    (found,) = find_courts(text)
    assert found.value.lower() == f"family court at {expected}".lower()
    assert found.validated is True


def test_misread_court_place_counts_as_repaired() -> None:
    (exact,) = find_courts("In the Family Court sitting at Cardiff")
    (mended,) = find_courts("In the Family Court sitting at Caraiff")
    assert not exact.repaired and mended.repaired


def test_a_place_cut_short_by_a_smudge_is_the_longer_place_it_begins_as_a_repair() -> None:
    (cut,) = find_courts("IN THE FAMILY COURT SITTING AT NEWCASTLE UPO®Q4B¥Nib. NC24C01572")
    assert (cut.value, cut.repaired) == ("Family Court at Newcastle upon Tyne", True)
    (short,) = find_courts("IN THE FAMILY COURT AT BURY\nCase No. MA24C01234")
    assert (short.value, short.repaired) == ("Family Court at Bury", False)
    (whole,) = find_courts("In the Family Court at Newcastle upon Tyne")
    assert not whole.repaired


def test_court_heading_read_exactly_is_vouched_for_by_the_gazetteer() -> None:
    (exact,) = find_courts("The Family Court sitting at Leicester")
    (worn,) = find_courts("The Fainily Court sitting at Plymouth")  # "Family" mended
    (mended,) = find_courts("The Family Court sitting | Birminyham")  # place mended
    assert exact.validated and exact.support > 0
    assert worn.validated and worn.support == 0.0
    assert mended.validated and mended.support == 0.0


def test_place_outside_gazetteer_is_kept_but_not_vouched_for() -> None:
    (found,) = find_courts("In the Family Court at Barchester\nCase No BA24C00001")
    (known,) = find_courts("In the Family Court at Winchester\nCase No WI24C00001")
    assert found.value == "Family Court at Barchester"
    assert found.validated is None and known.validated is True
    assert found.certainty < known.certainty
    assert found.support == 0.0


def test_order_form_heading_with_sitting_at_on_the_line_below() -> None:
    # the order form prints "IN THE FAMILY COURT" over "sitting at <place>": one heading,
    # read as cleanly as when it is on one line, not a court inferred from "sitting at"
    found = find_courts("IN THE FAMILY COURT\nsitting at Reading\nChildren Act 1989")
    split = max(found, key=lambda c: c.certainty)
    (one_line,) = find_courts("IN THE FAMILY COURT sitting at Reading")
    assert split.value == one_line.value == "Family Court at Reading"
    assert not split.repaired and split.certainty == one_line.certainty
    # a line below that starts with another word before "at" is no part of the heading
    assert find_courts("IN THE FAMILY COURT\nlooking at Reading") == []


def test_smudged_family_court_with_sitting_at_a_known_place() -> None:
    (found,) = find_courts("ie Sai AR sittn tg at Cardiff\nOrder made by DJ Smith")
    assert found.value == "Family Court at Cardiff"
    assert found.certainty < 0.95
    # without a known place, a stray "sitting at" names no court
    assert find_courts("the judge was sitting at home") == []


@pytest.mark.parametrize(
    "text",
    [
        "The High Court sitting at Leeds",
        "The County Court at Bristol",
        "the court at Derby was told",
        "The Family Court has considered the welfare checklist",
    ],
)
def test_other_courts_and_prose_are_not_family_court(text: str) -> None:
    assert all(c.value.startswith("High Court") for c in find_courts(text))


@pytest.mark.parametrize(
    "text,expected",
    [
        ("BEFORE: His Honour hudge Glenn Wilson\n", "His Honour Judge Glenn Wilson"),
        ("Before District Juuge Carol Howe sitting in private", "District Judge Carol Howe"),
        ("Order made by “Mr Justiée Davies\nMade on 17.08.20", "Mr Justice Davies"),
        # a surname that is also a word the name search stops at
        ("Order made by District Judge Stuart Read\nMade on", "District Judge Stuart Read"),
        ("Before HHJ Amy Heard on 3 May 2023", "HHJ Amy Heard"),
    ],
)
def test_judges_through_ocr_slips(text: str, expected: str) -> None:
    (found,) = find_judges(text)
    assert found.value == expected


def test_judge_surname_wrapped_onto_the_next_line_is_joined_with_less_certainty() -> None:
    (wrapped,) = find_judges("| Order made by Deputy District Judge Oliver\nJackson\nCase No 1")
    (whole,) = find_judges("Order made by Deputy District Judge Oliver Jackson\nCase No 1")
    assert wrapped.value == whole.value == "Deputy District Judge Oliver Jackson"
    assert wrapped.certainty < whole.certainty


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Before District Judge Smith\nParties\nApplicant", "District Judge Smith"),
        ("Before District Judge Smith\nLeeds City Council", "District Judge Smith"),
        ("Before District Judge Smith\nthe court read", "District Judge Smith"),
    ],
)
def test_next_line_that_is_not_a_surname_is_left_alone(text: str, expected: str) -> None:
    (found,) = find_judges(text)
    assert found.value == expected


def test_heading_under_a_bare_title_is_not_a_name() -> None:
    assert find_judges("Before District Judge\nParties\nApplicant Leeds City Council") == []


def test_city_council_alone_on_a_line_names_no_council() -> None:
    text = "placing the child in the care of Birmingham\nCity Council\n"
    assert all("hull" not in c.value.lower() for c in find_local_authorities(text))


def test_council_with_a_badly_read_place_is_only_a_guess() -> None:
    (clean,) = find_local_authorities("REQUESTING AGENCY: DERBY CITY COUNCIL")
    guesses = find_local_authorities("REQUESTING AGENCY: CcRBY CITY COUNCIc")
    assert all(g.certainty < clean.certainty * 0.6 for g in guesses)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("BEFORE DISTRICT JUDGE (MC) ALAN PRICE\nsitting", "DISTRICT JUDGE (MC) ALAN PRICE"),
        ("Before District Judge (M.C.) Ruth Okoro", "District Judge (MC) Ruth Okoro"),
        ("Before Mrs Justies ‘Khan wo\nThe court", "Mrs Justice Khan"),
        ("Order made by Mr sustice McAllister\nMade on", "Mr Justice McAllister"),
        ("Order made by Deputy Distnct Judge Bernard Cole", "Deputy District Judge Bernard Cole"),
    ],
)
def test_judge_titles_as_they_are_written_and_misread(text: str, expected: str) -> None:
    (found,) = find_judges(text)
    assert found.value == expected
    assert found.anchored


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Order made by | Dist at Judge Howard Green\nCase No", "District Judge Howard Green"),
        ("Order made by | wactrict Judge Joanne Jones\n", "District Judge Joanne Jones"),
        ("Order made by Deputy Dist at Judge Ann Smith\n", "Deputy District Judge Ann Smith"),
        ("Before His Honour J udge Christian Thomas\nParties", "His Honour Judge Christian Thomas"),
    ],
)
def test_title_bent_past_its_pattern_is_read_as_the_nearest_title(text: str, expected: str) -> None:
    (found,) = find_judges(text)
    assert found.value == expected and found.anchored
    (clean,) = find_judges("Before District Judge Howard Green\n")
    assert found.certainty < clean.certainty


@pytest.mark.parametrize(
    "text",
    [
        "Before the Judge today",
        "Before Designated Family Judge Ann Smith\n",
        "High Court Judge Mary Bell\n",
        "for reasons the Judge Ann gave\n",
    ],
)
def test_ordinary_words_before_judge_are_no_bent_title(text: str) -> None:
    assert find_judges(text) == []


def test_unexplained_words_before_a_district_judge_may_be_a_lost_deputy() -> None:
    (lost,) = find_judges("Order made by | Aw auty District Judge Henry Perry\n")
    (clean,) = find_judges("Order made by | District Judge Henry Perry\n")
    assert lost.value == clean.value == "District Judge Henry Perry"
    assert lost.certainty < 0.85 * clean.certainty
    # a title no "Deputy" can open is not doubted for what stands before it
    (recorder,) = find_judges("Order made by | Aw auty Recorder Henry Perry\n")
    assert recorder.certainty == clean.certainty


def test_title_slip_costs_less_than_a_name_repair() -> None:
    (slip,) = find_judges("Before District Juuge Carol Howe\n")
    (clean,) = find_judges("Before District Judge Carol Howe\n")
    assert not slip.repaired and 0.85 <= slip.certainty < clean.certainty


def test_last_letter_read_as_bang_is_mended_and_marked() -> None:
    (found,) = find_judges("Before Recorder Anna Mitchel!\nSitting in private")
    assert found.value == "Recorder Anna Mitchell"
    assert found.repaired


def test_surname_alone_is_a_name_a_single_letter_is_not() -> None:
    (surname,) = find_judges("BEFORE HER HONOUR JUDGE REDFERN\n")
    (letter,) = find_judges("Order made by Recorder I.uke White\n")
    assert surname.certainty >= 0.85
    assert letter.certainty <= 0.5
    # a forename that is no surname: the judge's surname was lost, not left off
    (forename,) = find_judges("Before Her Honour Judge Harriet\n")
    (both,) = find_judges("Before His Honour Judge Scott\n")  # Scott is a surname too
    assert forename.certainty <= 0.6 and both.certainty >= 0.85


def test_label_through_ocr_specks_anchors_the_judge() -> None:
    (found,) = find_judges("“Order-made hy Mr Justice Griffin\nMade on 1 May 2024")
    assert found.anchored
    (specks,) = find_judges("Order made by oo District Judge Adrian Kirby\n")
    assert specks.anchored


def test_council_name_wrapped_after_its_place() -> None:
    text = "1. The court makes a care order placing Amy Cole in the care of Sheffield\nCity Council"
    (found,) = find_local_authorities(text)
    assert found.value == "Sheffield City Council"
    assert text[found.start : found.end] == "Sheffield\nCity Council"
    (whole,) = find_local_authorities("in the care of Sheffield City Council")
    assert found.certainty < whole.certainty


def test_wrapped_council_needs_a_known_place_above() -> None:
    assert find_local_authorities("Yours sincerely\nCity Council") == []


def test_misread_footer_does_not_rival_a_clear_letterhead() -> None:
    text = "Sheffield City Council - Children's Services\nDear Sir\nShelheld City Counci1 62 Road"
    found = find_local_authorities(text)
    assert [c.value for c in found] == ["Sheffield City Council"]


def test_misread_council_alone_is_kept_as_a_guess_of_the_nearest_place() -> None:
    (found,) = find_local_authorities("Shelheld City Council 62 Victoria Road")
    assert found.value == "Sheffield City Council"
    assert found.certainty < 0.5


def test_misread_court_keyword_costs_less_than_a_misread_place() -> None:
    (keyword,) = find_courts("1 te SAmily Court sitting at Plymouth\n")
    (place,) = find_courts("The Family Court sitting at Plyrnouth\n")
    (clean,) = find_courts("The Family Court sitting at Plymouth\n")
    assert keyword.value == place.value == clean.value == "Family Court at Plymouth"
    assert not keyword.repaired and place.repaired
    # a repair costs a quarter of the confidence; a mended keyword only a twentieth
    assert 0.75 * clean.certainty < keyword.certainty < clean.certainty


def test_sitting_without_its_first_letters_before_at() -> None:
    (found,) = find_courts("1 te Family Court ating at Plymouth\nCase No")
    assert found.value == "Family Court at Plymouth"


@pytest.mark.parametrize(
    "text", ["The Family Court sitti i R 2020\n", "The Family Court sitting at | Eradfi-¢\n"]
)
def test_smudge_read_as_a_place_is_barely_a_candidate(text: str) -> None:
    for found in find_courts(text):
        assert found.validated is not True and found.certainty <= 0.3


def test_court_inferred_from_sitting_at_alone_is_a_repair() -> None:
    (found,) = find_courts("ie Sai AR sittn tg at Cardiff\n")
    assert found.value == "Family Court at Cardiff" and found.repaired


def test_a_name_read_the_same_twice_is_supported() -> None:
    text = "Before District Judge Ann Lowe\n1. The order is made.\nDistrict Judge Ann Lowe\n"
    assert [c.support for c in find_judges(text)] == [0.5, 0.5]
    assert all(c.support == 0.0 for c in find_judges("Before District Judge Ann Lowe\n"))


def test_two_different_readings_are_no_agreement() -> None:
    text = "Before District Judge Ann Lowe\nDistrict Judge Ann Lome\n"
    assert all(c.support == 0.0 for c in find_judges(text))


def test_letterhead_and_footer_agree_on_the_council() -> None:
    text = "Leeds City Council\nDear Sir\nLeeds City Council, Civic Hall, Leeds LS1 1UR"
    found = find_local_authorities(text)
    assert len(found) == 2 and all(c.support == 0.5 for c in found)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("DJ list: District Judge (Magistrates' Courts) Al Price", "District Judge (MC) Al Price"),
        ("Before Deputy District Judge (MC) Ann Lee\n", "Deputy District Judge (MC) Ann Lee"),
        ("Before Mrs Justice Knowles DBE\n", "Mrs Justice Knowles"),
    ],
)
def test_real_title_forms_and_post_nominals(text: str, expected: str) -> None:
    (found,) = find_judges(text)
    assert found.value == expected


def test_welsh_name_on_a_bilingual_letterhead_is_the_same_council() -> None:
    found = find_local_authorities("Cyngor Sir Penfro\nPembrokeshire County Council\nDear Sir")
    assert [c.value for c in found] == ["Pembrokeshire County Council"] * 2


def test_court_heading_with_its_place_on_the_line_below_a_case_number_column() -> None:
    text = "The Family Court      Case No. EX23P 19776\nat Exeter   The Children Act 1989\n"
    (court,) = find_courts(text)
    assert court.value == "Family Court at Exeter" and court.validated
    # "at" starting the next line but naming no court place is not a court
    assert find_courts("The Family Court  Case No. EX23P 19776\nat the hearing on 3 May\n") == []


def test_council_that_styles_itself_with_an_ampersand_keeps_it() -> None:
    (la,) = find_local_authorities("BRIGHTON & HOVE CITY COUNCIL\nFamilies and Learning\n")
    assert la.value == "Brighton & Hove City Council"


def test_one_council_written_two_ways_is_one_value_not_two_rivals() -> None:
    text = (
        "I have searched the records of Kingston upon\nHull City Counci1 for the people.\n"
        "Kerry Ellis\nTeam Manager, Kingston upon Hull City Council\n"
    )
    values = {c.value for c in find_local_authorities(text)}
    assert values == {"Kingston upon Hull City Council"}
    (alone,) = find_local_authorities("Hull City Council\nGuildhall, Alfred Gelder Street\n")
    assert alone.value == "Hull City Council"


def test_court_from_address_when_heading_is_smudged() -> None:
    """A heading whose place is lost: the "Court address:" line names the court, as a repair."""
    text = (
        "The Family Court siting Cy\n\nNo\n\nORDER\n"
        "Court address: Wakefieid Combined Court Centre, 21 Westfield Place, Wakefield, WF1"
    )
    found = [c for c in find_courts(text) if c.validated]
    assert [c.value for c in found] == ["Family Court at Wakefield"]
    assert found[0].repaired and not found[0].repair_confirmed
    assert found[0].certainty * 0.75 < 0.64  # can never be filed on this reading alone


def test_court_address_is_not_used_beside_a_readable_heading() -> None:
    text = (
        "The Family Court sitting at Leeds\n"
        "Court address: Bradford Combined Court Centre, 5 Exchange Square, Bradford"
    )
    assert [c.value for c in find_courts(text)] == ["Family Court at Leeds"]


def test_court_address_street_is_no_court() -> None:
    """A place that is a street's name, not the court building's, is not taken."""
    text = "Order\nCourt address: Leeds Road, Bradford, BD1 1AA"
    assert find_courts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("IN THE FAMILY COURT SITTING AT NEWCASTLE UPON TYNECase No. NC23P00305", "Newcastle"),
        ("IN THE FAMILY COURT SITTING AT MANCHESTEBse No. MA23P02370", "Manchester"),
        ("IN THE FAMILY COURT SITTING AT LEICESTEWase No. LE23C01234", "Leicester"),
    ],
)
def test_place_with_the_case_label_glued_on_is_still_the_place(text: str, expected: str) -> None:
    (found,) = find_courts(text)
    assert found.value.casefold().startswith(f"family court at {expected}".casefold())
    assert "upon tyne" in found.value.casefold() or expected != "Newcastle"


def test_court_named_without_at_on_a_printouts_request_line() -> None:
    (found,) = find_courts("REQUESTED FOR: FAMILY COURT LEICESTER REF: LE23P07453")
    assert found.value == "Family Court at Leicester"
    assert found.repaired and found.certainty < 0.9


def test_misread_at_before_a_known_place() -> None:
    (found,) = find_courts("In the Family Cuurt ot Bristol Case Number: BS23P09353")
    assert found.value == "Family Court at Bristol" and found.repaired


def test_no_court_from_an_address_or_an_unknown_word_after_family_court() -> None:
    assert find_courts("Of 183 Mill Court, Newcastle upon Tyne, NE18 6EJ") == []
    assert find_courts("the Family Court may make an order requiring you to pay") == []
