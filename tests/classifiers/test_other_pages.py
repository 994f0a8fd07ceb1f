"""The written "other" training pages: varied, reproducible, and not casework."""

from __future__ import annotations

import random

from faker import Faker

from classifiers.features import evidence
from classifiers.other_pages import EXTRA_KINDS, KINDS, other_pages


def test_pages_are_reproducible_from_the_seed() -> None:
    assert other_pages(12, seed=4) == other_pages(12, seed=4)
    assert other_pages(12, seed=4) != other_pages(12, seed=5)


def test_every_kind_is_written_and_varies() -> None:
    rng, fake = random.Random(0), Faker("en_GB")
    fake.seed_instance(0)
    for kind in (*KINDS, *EXTRA_KINDS):
        pages = {kind(rng, fake) for _ in range(6)}
        assert len(pages) >= 4, kind.__name__  # random wording and names, not one template


def test_pages_carry_no_casework_answer() -> None:
    """No page says what records show or that the court orders anything: they are "other"."""
    for page in other_pages(60, seed=1):
        fired = evidence(page).fired
        assert "check_answer" not in fired
        assert "order_made" not in fired
        assert "pnc_pattern" not in fired
