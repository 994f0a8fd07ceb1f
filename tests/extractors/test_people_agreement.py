from extractors.people_agreement import AGREEMENT_SUPPORT, DISAGREEMENT, name_agreement


def _at(text: str, name: str) -> list[tuple[int, int]]:
    start = text.index(name)
    return [(start, start + len(name))]


def test_name_read_again_word_for_word_is_supported() -> None:
    text = "First Respondent: Karen SMITH (mother)\n1. The child shall live with Karen Smith."
    assert name_agreement(text, "Karen SMITH", _at(text, "Karen SMITH")) == (AGREEMENT_SUPPORT, 1.0)


def test_near_copy_elsewhere_means_one_reading_slipped() -> None:
    text = "Second Respondent: Roy Ricky Chandier (father)\nRoy Ricky Chandler shall not remove"
    spans = _at(text, "Roy Ricky Chandier")
    assert name_agreement(text, "Roy Ricky Chandier", spans) == (0.0, DISAGREEMENT)


def test_name_read_once_is_neutral() -> None:
    text = "Applicant: Donna Payne (mother)\nThe court orders that the child lives with her."
    assert name_agreement(text, "Donna Payne", _at(text, "Donna Payne")) == (0.0, 1.0)


def test_one_word_name_gets_nothing() -> None:
    text = "Respondent: Joseph\nJoseph shall attend."
    assert name_agreement(text, "Joseph", _at(text, "Joseph")) == (0.0, 1.0)


def test_a_surname_printed_nowhere_else_with_a_near_copy_means_one_reading_slipped() -> None:
    text = "Applicant: James Crawford (father)\nThe children\nThomas Ben Crasvford Male 27.01.12\n"
    spans = _at(text, "Thomas Ben Crasvford")
    assert name_agreement(text, "Thomas Ben Crasvford", spans) == (0.0, DISAGREEMENT)
    # the family's surname printed again as read: no doubt from a namesake's near spelling
    text = text.replace("James Crawford", "James Crasvford")
    assert name_agreement(text, "Thomas Ben Crasvford", spans) == (0.0, 1.0)
    # short surnames are near each other by chance
    text = "Applicant: James Ross (father)\nThe children\nThomas Ben Rose Male 27.01.12\n"
    assert name_agreement(text, "Thomas Ben Rose", _at(text, "Thomas Ben Rose")) == (0.0, 1.0)
