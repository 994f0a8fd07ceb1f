"""A name word one typical Tesseract slip from a real name is doubted; real names are not."""

from __future__ import annotations

from datetime import date

import pytest
from doctext import doc_from_text  # tests/extractors/doctext.py

from extractors.assemble import assemble_people
from extractors.confidence import combine
from extractors.legal import find_judges
from extractors.name_lexicon import STRONG, lexicon, misread_likelihood, word_doubt
from extractors.people import find_people

THRESHOLD = 0.52  # pipeline.decision's threshold for a person's or child's name


@pytest.mark.parametrize(
    "name",
    [
        "Phillip Danny Sinith",  # m read as "in"
        "Roy Ricky Chandier",  # l read as i
        "Ashteigh Lydia Dunn",  # l read as t
        "Fmily Natalie Sims",  # capital E read as F
        "Tony Philhps",  # "li" run together into h
        "Matthew Scott Tumer",  # "rn" run together into m
        "Katherine Ieanne Moss",  # capital L read as I
        "DOMINIC OUFFY",  # capital D read as O
        "RACHEL EMTLY BUCKLEY",  # I read as T in a name printed in capitals
        "Dawn Hudson Femiaie",  # the Sex cell ("Female") read into the name
        "Wayne Howe1l",  # a digit inside a name
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
        "Sian Jones",  # not listed; i for t is not a slip Tesseract was seen making
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
    text = "Mother: Karen Sinith\nFather: Paul Smith\n"
    doc = doc_from_text(text)
    found = find_people(text, [], [])
    _, people = assemble_people(doc, found, [], date(2024, 1, 9))
    conf = {p.name.value: p.name.confidence for p in people}
    assert conf["Paul Smith"] >= THRESHOLD > conf["Karen Sinith"]


def test_a_judge_whose_name_is_a_slip_is_doubted() -> None:
    (barmes,) = find_judges("Before Her Honour Judge Eleanor Barmes\n")
    (barnes,) = find_judges("Before Her Honour Judge Eleanor Barnes\n")
    assert barmes.misread >= STRONG and barnes.misread == 0.0
