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
