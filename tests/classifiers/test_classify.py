"""classify() on wordings the generator does not use, clean and OCR-damaged."""

from __future__ import annotations

import random

import classifier_texts as texts
import pytest

from classifiers import classify
from classifiers.noise import damage
from pipeline.records import DOC_TYPES

CASES = [
    (texts.INTERIM_CARE, "court_order", "interim_care_order"),
    (texts.CARE, "court_order", "care_order"),
    (texts.SUPERVISION, "court_order", "supervision_order"),
    (texts.INTERIM_SUPERVISION, "court_order", "interim_supervision_order"),
    (texts.CHILD_ARRANGEMENTS, "court_order", "child_arrangements_order"),
    (texts.NON_MOLESTATION, "court_order", "non_molestation_order"),
    (texts.PLACEMENT, "court_order", "placement_order"),
    (texts.LA_CHECK, "la_check", None),
    (texts.POLICE_CHECK, "police_check", None),
    (texts.BILL, "other", None),
    (texts.COUNCIL_OTHER, "other", None),
    (texts.HOUSING, "other", None),
    (texts.SCHOOL, "other", None),
    (texts.NHS, "other", None),
    (texts.COUNCIL_TAX, "other", None),
    (texts.BANK, "other", None),
    (texts.SOLICITOR_COVER, "other", None),
]


@pytest.mark.parametrize(("text", "doc_type", "order_type"), CASES)
def test_unseen_wordings(text: str, doc_type: str, order_type: str | None) -> None:
    c = classify(text)
    assert c.doc_type == doc_type
    assert c.order_type == order_type
    assert c.doc_type_probability > 0.6
    if order_type is not None:
        assert c.order_type_probability is not None and c.order_type_probability > 0.5


@pytest.mark.parametrize(("text", "doc_type", "order_type"), CASES)
def test_light_ocr_damage_keeps_the_answer(
    text: str, doc_type: str, order_type: str | None
) -> None:
    """Most lightly damaged copies still classify right (damage is random: allow a miss)."""
    rng = random.Random(1234)
    results = [classify(damage(text, 0.04, rng)) for _ in range(5)]
    assert sum(r.doc_type == doc_type for r in results) >= 4
    if order_type is not None:
        assert sum(r.order_type == order_type for r in results) >= 3


@pytest.mark.parametrize(
    "broken",
    [
        "IN THE FAMlLY C0URT AT LEEDS\nINTERIMCARE ORDER\nChi1dren Act 1989 s38\n"
        "The court orders that the child is placed in the interim care of the council.",
        "IN THE FAMILY COURT AT LEEDS\nlNTERlM CARE 0RDER\nChildren Act 1989 section 38\n"
        "The court orders that the child is placed in the care of the council.",
    ],
)
def test_confused_characters_and_merged_words(broken: str) -> None:
    c = classify(broken)
    assert c.doc_type == "court_order"
    assert c.order_type == "interim_care_order"


def test_recital_does_not_beat_the_title() -> None:
    """An interim order's recital mentions the final order applied for; the title wins."""
    assert "application of Wakefield Council for a care order" in texts.INTERIM_CARE.replace(
        "\n", " "
    )
    assert classify(texts.INTERIM_CARE).order_type == "interim_care_order"
    assert "interim care order made" in texts.CARE
    assert classify(texts.CARE).order_type == "care_order"
    assert classify(texts.SUPERVISION).order_type == "supervision_order"
    assert classify(texts.INTERIM_SUPERVISION).order_type == "interim_supervision_order"


@pytest.mark.parametrize("text", [text for text, _, _ in CASES] + ["", "x"])
def test_probabilities_are_a_distribution(text: str) -> None:
    c = classify(text)
    assert set(c.probabilities) == set(DOC_TYPES)
    assert all(0.0 <= p <= 1.0 for p in c.probabilities.values())
    assert sum(c.probabilities.values()) == pytest.approx(1.0, abs=1e-3)
    assert c.probabilities[c.doc_type] == c.doc_type_probability
    if c.doc_type != "court_order":
        assert c.order_type is None and c.order_type_probability is None


@pytest.mark.parametrize(
    "text",
    ["", "   \n  ", "~~ .. |l ;; 1i !", "qwe rty uio pas dfg\nzxc vbn", "Page 3 of 7"],
)
def test_nonsense_is_other_or_unsure(text: str) -> None:
    c = classify(text)
    assert c.doc_type == "other" or c.doc_type_probability < 0.6


def test_explain_names_evidence_not_content() -> None:
    from classifiers import explain

    fired = explain(texts.INTERIM_CARE)
    assert fired["title:interim_care_order"] == 1.0
    assert "title:care_order" not in fired  # longest phrase wins: not also a care order
    assert fired["any:care_order"] > 0  # the recital's "application for a care order"
    assert not any("Poppy" in name or "Wakefield" in name for name in fired)


def test_a_notice_of_hearing_is_never_a_confident_order() -> None:
    """Court heading and case number, but nothing ordered: "other", or at least not sure."""
    c = classify(texts.NOTICE_OF_HEARING)
    assert c.doc_type == "other" or (c.doc_type == "court_order" and c.doc_type_probability < 0.9)


@pytest.mark.parametrize("text", [texts.HOUSING, texts.SCHOOL, texts.SOLICITOR_COVER])
def test_a_letter_without_a_records_answer_is_not_a_confident_check(text: str) -> None:
    """A letter is a check only when it says what the records show; damage that leaves a
    stray "records" may make it doubt, never sure enough to file (threshold 0.90)."""
    assert classify(text).doc_type == "other"
    rng = random.Random(99)
    for damaged in [damage(text, 0.06, rng) for _ in range(6)]:
        assert classify(damaged).probabilities["la_check"] < 0.9


def test_a_check_answer_alone_still_reads_as_a_check() -> None:
    """A terse check to a solicitor: no service names, only what the records show."""
    letter = (
        "Our ref: MASH/1182\nHale & Co Solicitors\n10 Bridge St, Derby DE1 1AA\n"
        "Dear Sirs\nRe: Amy Carr born 2 May 2016\nI write in reply to your request.\n"
        "The family is known to this authority.\nYours faithfully\nBusiness Support"
    )
    assert classify(letter).doc_type == "la_check"


@pytest.mark.parametrize("text", ["", "  \n ", "Page 2 of 4", "~~ ;; 1i |l .", "12/03/2024 14:07"])
def test_no_evidence_gets_the_fixed_unsure_answer(text: str) -> None:
    """Blank pages and OCR failures read the same: no confident answer either way."""
    from classifiers.features import NO_EVIDENCE

    c = classify(text)
    assert c.doc_type == "other"
    assert [c.probabilities[d] for d in DOC_TYPES] == pytest.approx(list(NO_EVIDENCE))


@pytest.mark.parametrize(
    ("text", "not_type"),
    [
        (texts.NOTICE_FORM, "court_order"),
        (texts.INVITATION, "la_check"),
        (texts.INVOICE, "court_order"),
    ],
)
def test_paper_that_neither_orders_nor_answers_is_other(text: str, not_type: str) -> None:
    """A listing notice names the statute and the children, an invitation comes from
    children's services about named children: without anything ordered or any records
    answer each is "other", and damage never makes the look-alike type sure enough to file."""
    assert classify(text).doc_type == "other"
    rng = random.Random(7)
    for damaged in [damage(text, 0.06, rng) for _ in range(6)]:
        assert classify(damaged).probabilities[not_type] < 0.9


def test_notice_and_invitation_evidence_is_structural() -> None:
    from classifiers.features import evidence

    notice = evidence(texts.NOTICE_FORM).fired
    assert notice.get("notice_no_order") == 1.0
    assert "notice_no_order" not in evidence(texts.CARE + "\nPENAL NOTICE").fired
    assert evidence(texts.INVITATION).fired.get("invite_no_answer") == 1.0
    assert "invite_no_answer" not in evidence(texts.LA_CHECK).fired


@pytest.mark.parametrize(
    "text", [texts.SPECIAL_GUARDIANSHIP, texts.SECURE_ACCOMMODATION, texts.CONTACT_IN_CARE]
)
def test_an_order_of_another_kind_is_other_order_not_the_order_it_mentions(text: str) -> None:
    """Each mentions an interim care or care order it follows from; its own title decides."""
    c = classify(text)
    assert c.doc_type == "court_order"
    assert c.order_type == "other_order"
    rng = random.Random(11)
    for damaged in [damage(text, 0.05, rng) for _ in range(5)]:
        d = classify(damaged)
        if d.order_type not in (None, "other_order"):
            assert d.order_type_probability is not None and d.order_type_probability < 0.85


def test_a_bare_order_heading_is_no_title_of_its_own() -> None:
    """'ORDER' heads orders of every kind: it must not pass for other_order's title."""
    from classifiers.features import evidence

    page = "IN THE FAMILY COURT AT LEEDS\nORDER\nThe child shall live with the mother."
    fired = evidence(page).fired
    assert "first_title:other_order" not in fired
    assert fired.get("generic_title") == 1.0
    assert evidence(texts.SPECIAL_GUARDIANSHIP).fired.get("first_title:other_order") == 1.0
