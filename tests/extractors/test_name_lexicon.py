"""A name word one typical Tesseract slip from a real name is doubted; real names are not."""

from __future__ import annotations

from datetime import date

import pytest
from doctext import doc_from_text  # tests/extractors/doctext.py

from extractors.assemble import assemble_people
from extractors.confidence import combine
from extractors.legal import find_judges
from extractors.name_lexicon import (
    HEADING,
    STRONG,
    WEAK,
    english_words,
    lexicon,
    misread_likelihood,
    read_name,
    word_correction,
    word_doubt,
)
from extractors.people import find_people
from pipeline.decision import DEFAULT_FIELD_THRESHOLDS

THRESHOLD = 0.52  # pipeline.decision's threshold for a person's or child's name


@pytest.mark.parametrize(
    "name",
    [
        "Phillip Danny Sinith",  # m read as "in"
        "Roy Ricky Chandier",  # l read as i
        "Ashteigh Lydia Dunn",  # l read as t
        "Geoftrey Walker",  # f read as t
        "Fmily Natalie Sims",  # capital E read as F
        "Tony Philhps",  # "li" run together into h
        "Matthew Scott Tumer",  # "rn" run together into m
        "Katherine Ieanne Moss",  # capital L read as I
        "DOMINIC OUFFY",  # capital D read as O
        "RACHEL EMTLY BUCKLEY",  # I read as T in a name printed in capitals
        "Dawn Hudson Femiaie",  # the Sex cell ("Female") read into the name
        "Wayne Howe1l",  # a digit inside a name
        "Matihew Gregory",  # the second of a double t read as i
    ],
)
def test_a_word_one_ocr_slip_from_a_real_name_is_doubted(name: str) -> None:
    assert misread_likelihood(name) >= STRONG


@pytest.mark.parametrize(
    "name",
    [
        "Phillip Danny Smith",
        "Ashleigh Lydia Dunn",
        "Mandy Marshal",  # one letter from Marshall, but a listed surname itself
        "Oluwaseun Adeyemi",  # rare here, and no near name: left alone
        "Liam Singh",  # not listed; one slip from the surname Ham, but not a forename
        "Sian Jones",  # not listed; i for a lone t is not a slip Tesseract was seen making
        "Siobhan O'Brien",  # apostrophe
        "Mary-Jane Smith-Jones",  # hyphens
        "Al Ng",  # too short to judge
        "",
    ],
)
def test_real_and_rare_names_are_left_alone(name: str) -> None:
    assert misread_likelihood(name) == 0.0


def test_only_a_surname_counts_a_weak_neighbour() -> None:
    # "Fitegerald" is one plain edit from Fitzgerald: doubted as a surname, and less
    # than a typical slip; as a forename it would not count, since the census forename
    # list lacks too many British names (Jemma is one edit from Emma).
    assert 0.0 < word_doubt("Fitegerald") < STRONG
    assert word_doubt("Fitegerald", forename=True) == 0.0
    assert misread_likelihood("Jemma Clarke") == 0.0


def test_the_lexicon_is_loaded_once_and_most_frequent_first() -> None:
    assert lexicon() is lexicon()
    lex = lexicon()
    assert lex.surnames["smith"] == 0
    assert lex.forenames["james"] < lex.forenames["ashleigh"]
    assert "sinith" not in lex.known


def test_misread_takes_its_share_off_the_ocr_confidence() -> None:
    sure = combine(0.95, 0.95, anchored=True, repaired=False, validated=None)
    doubted = combine(0.95, 0.95, anchored=True, repaired=False, validated=None, misread=STRONG)
    assert doubted < THRESHOLD < sure
    assert combine(0.95, 0.95, anchored=True, repaired=False, validated=None, misread=0.0) == sure


def test_a_misread_name_is_less_confident_than_a_known_one_through_assembly() -> None:
    # "Wemer" is one slip from Werner and from Weiner, both common: no sure correction
    text = "Mother: Karen Wemer\nFather: Paul Smith\n"
    doc = doc_from_text(text)
    found = find_people(text, [], [])
    _, people = assemble_people(doc, found, [], date(2024, 1, 9))
    conf = {p.name.value: p.name.confidence for p in people}
    assert conf["Paul Smith"] >= THRESHOLD > conf["Karen Wemer"]


def test_a_judge_whose_name_is_an_ambiguous_slip_is_doubted() -> None:
    (wemer,) = find_judges("Before Her Honour Judge Eleanor Wemer\n")
    (werner,) = find_judges("Before Her Honour Judge Eleanor Werner\n")
    assert wemer.misread >= STRONG and werner.misread == 0.0
    assert wemer.value.endswith("Wemer") and not wemer.repaired


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("Phillip Danny Sinith", "Phillip Danny Smith"),  # m read as "in"
        ("Roy Ricky Chandier", "Roy Ricky Chandler"),  # l read as i
        ("ASHTEIGH LYDIA DUNN", "ASHLEIGH LYDIA DUNN"),  # l read as t, in capitals
        ("Fmily Natalie Sims", "Emily Natalie Sims"),  # capital E read as F
        ("Tony Philhps", "Tony Phillips"),  # "li" run together into h
        ("KATHERINE IEANNE MOSS", "KATHERINE LEANNE MOSS"),  # capital L read as I
        ("RACHEL EMTLY BUCKLEY", "RACHEL EMILY BUCKLEY"),  # capitals stay capitals
        ("DOMINIC OUFFY", "DOMINIC DUFFY"),
        ("IOBY WALSH", "TOBY WALSH"),  # a capital T read as I, as the first letter
        ("PATRiclA Evans", "PATRICIA Evans"),  # mostly capitals: printed in capitals
        ("Ronald McDonaid", "Ronald McDonald"),  # letter for letter: the inner capital stays
        ("Matthew Scott Tumer", "Matthew Scott Turner"),  # Turner is common, Tuner rare
        ("TONY RAYMOND WIUSON", "TONY RAYMOND WILSON"),  # Wilson is common, Winson rare
    ],
)
def test_a_slip_with_one_known_name_reading_is_corrected(read: str, meant: str) -> None:
    reading = read_name(read)
    assert reading.value == meant
    assert reading.corrected and reading.misread == 0.0


@pytest.mark.parametrize(
    "name",
    [
        "Matthew Scott Wemer",  # Werner or Weiner: two common readings
        # a forename in small letters: a small-letter slip from a listed forename is as
        # likely a forename the census list lacks (Inaya, Alfie are not Maya, Allie)
        "Inaya Kaur",
        "Alfie Murphy",
        "Ashteigh Lydia Dunn",
        "Owain Price",  # a capital O read as D? No: names start "Ow" (Owen); Owain is Welsh
        "Feticia Jones",  # Felicia or Leticia
        "SIAN HUGHES",  # an inner capital I is not undone into T (STAN)
        "Dawn Hudson Femiaie",  # may be the Sex cell's "Female"
        "Wayne Howe1l",  # a digit: doubted, not guessed at
        "Rita Joc",  # three letters are too few to correct
        "Fitegerald Jones",  # a weak neighbour only, and in a forename position
        "Liam Singh",  # Ham is a surname, not a forename
        "Paul Fitegerald",  # a weak neighbour only
    ],
)
def test_a_name_with_no_sure_correction_keeps_its_words_and_doubt(name: str) -> None:
    reading = read_name(name)
    assert reading.value == name and not reading.corrected
    assert reading.misread == misread_likelihood(name)


def test_a_forename_position_is_corrected_only_to_a_forename() -> None:
    # "Sinith" is one slip from the surname Smith, which nobody has for a first name
    assert word_correction("Sinith") == "Smith"
    assert word_correction("Sinith", forename=True) is None


def test_a_corrected_name_is_filed_with_a_repair_discount_and_its_raw_reading() -> None:
    text = "Mother: Karen Sinith\nFather: Paul Smith\n"
    doc = doc_from_text(text)
    found = find_people(text, [], [])
    _, people = assemble_people(doc, found, [], date(2024, 1, 9))
    by_value = {p.name.value: p.name for p in people}
    karen, paul = by_value["Karen Smith"], by_value["Paul Smith"]
    assert karen.raw == "Karen Sinith" and "lexicon" in karen.source
    assert DEFAULT_FIELD_THRESHOLDS["people"] <= karen.confidence < paul.confidence


def test_a_corrected_name_the_page_prints_again_is_confirmed_and_merged() -> None:
    text = "Mother: Karen Sinith\nFather: Paul Smith\n\nThe mother Karen Smith attended.\n"
    doc = doc_from_text(text)
    found = find_people(text, [], [])
    _, people = assemble_people(doc, found, [], date(2024, 1, 9))
    karens = [p.name for p in people if p.name.value.startswith("Karen")]
    assert len(karens) == 1 and karens[0].value == "Karen Smith"
    alone = combine(0.95, 0.95, anchored=True, repaired=True, validated=None)
    assert karens[0].confidence > alone  # no repair discount: the page confirms it


def test_a_judge_whose_name_is_a_sure_slip_is_corrected_and_marked_repaired() -> None:
    (barmes,) = find_judges("Before Her Honour Judge Eleanor Barmes\n")
    assert barmes.value == "Her Honour Judge Eleanor Barnes"
    assert "Barmes" in barmes.raw and barmes.repaired and barmes.misread == 0.0


@pytest.mark.parametrize(
    "name",
    [
        "IMPORTANT NOTICE",  # a heading taken for an applicant
        "Placement Order",
        "arrangements order",  # an inflected word counts: arrangements is the noun arrangement
        "CHILD ARRANGEMENTS ORDER",  # Child is a listed surname, but a role word
        "Family Court",
    ],
)
def test_a_name_made_only_of_english_words_is_a_heading(name: str) -> None:
    assert misread_likelihood(name) >= HEADING


@pytest.mark.parametrize(
    "name",
    [
        "Connor O'Sullivan Guardian",  # the role column glued on
        "Mei McAllister Guardian",
        "KAREN WALSH MOTHER",
        "Teresa Crees",  # an English word (the Cree), no listed name
        "Kyle Evans Child",  # Child is a listed surname, but a role word at the end
        "Emily Jones Council",
        "Samuel Rhys Wright Thechild",  # the "The child" heading below, run into one word
        "Ann Lee Theparties",
    ],
)
def test_a_last_word_that_is_an_english_or_role_word_is_doubted(name: str) -> None:
    assert misread_likelihood(name) >= STRONG


@pytest.mark.parametrize("name", ["Harry Theo", "Jane Thewlis", "Mark Theodore", "Anna Thea"])
def test_a_name_that_starts_with_the_is_no_run_on_heading(name: str) -> None:
    assert misread_likelihood(name) < STRONG


@pytest.mark.parametrize(
    "name",
    [
        "Melanie Jenkins Fb",  # 1-2 letters, no name
        "Gerard Ce",
        "Hayley Gillian Evans DOL",  # in capitals after a name that is not
        "Ca Dehetson SSS",  # no vowel
    ],
)
def test_a_short_junk_token_after_a_name_is_doubted(name: str) -> None:
    assert misread_likelihood(name) >= STRONG


def test_a_three_letter_surname_the_list_lacks_is_only_weakly_doubted() -> None:
    # Eze, Obi are real surnames the census list lacks: printed like the rest of the name
    assert misread_likelihood("Chidi Eze") == WEAK
    assert misread_likelihood("CHIDI EZE") == WEAK
    combined = combine(0.95, 0.95, anchored=True, repaired=False, validated=None, misread=WEAK)
    assert combined >= THRESHOLD


@pytest.mark.parametrize(
    "name",
    [
        "Grace Rose Baker",  # English words, but listed names
        "John Smith",
        "Hope Summer Brook",
        "Paul Wood",
        "Sian Hill",
        "Clive Moss",  # Clive is a WordNet noun and not in the census forename list
        "Poppy Freya Hughes",  # forenames that are words: only the last word is judged so
        "Rhys Llewellyn",
        "Ngozi Okafor",
        "Priya Sharma",
        "Siobhan Ni Bhriain",
        "Mei Ng",  # short listed surnames
        "Thi Le",
        "John Smith Jnr",  # a suffix (and a WordNet noun)
        "Da Silva",
    ],
)
def test_real_names_that_are_words_are_not_doubted(name: str) -> None:
    assert misread_likelihood(name) == 0.0


def test_only_a_last_word_is_doubted_as_a_misread_sex_cell() -> None:
    """The Sex cell follows a name: a forename two edits from Female is a forename."""
    assert word_doubt("Kemal", forename=True) == 0.0
    assert misread_likelihood("Kemal Haile") == 0.0
    assert word_doubt("Femile") == STRONG and misread_likelihood("Jasmine Femile") == STRONG


def test_english_words_come_from_the_loaded_model_once() -> None:
    words = english_words()
    assert words is english_words()
    assert "notice" in words and "guardians" in words and "important" in words
    assert "oluwaseun" not in words


def test_a_glued_english_word_takes_a_labelled_name_below_the_threshold() -> None:
    # a status cell the readers know ("Guardian") is cut off the name; another English word
    # glued on is left in, and the lexicon takes the name below the threshold
    text = "Guardian: Connor O'Sullivan Lodger\nFather: Paul Smith\nCarer: Ann Lee Guardian\n"
    doc = doc_from_text(text)
    found = find_people(text, [], [])
    _, people = assemble_people(doc, found, [], date(2024, 1, 9))
    conf = {p.name.value: p.name.confidence for p in people}
    assert conf["Paul Smith"] >= THRESHOLD
    assert conf["Connor O'Sullivan Lodger"] < THRESHOLD
    assert "Ann Lee" in conf
