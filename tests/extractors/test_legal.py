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
