"""The written orders of other kinds: varied, reproducible, and read as other_order."""

from __future__ import annotations

import random

from faker import Faker

from classifiers.features import evidence
from classifiers.other_orders import KINDS, other_order, other_orders


def test_orders_are_reproducible_from_the_seed() -> None:
    assert other_orders(9, seed=2) == other_orders(9, seed=2)
    assert other_orders(9, seed=2) != other_orders(9, seed=3)


def test_every_kind_is_written_and_varies() -> None:
    rng, fake = random.Random(0), Faker("en_GB")
    fake.seed_instance(0)
    for kind in KINDS:
        pages = {other_order(rng, fake, kind) for _ in range(5)}
        assert len(pages) >= 4, kind


def test_each_order_is_made_and_titled_outside_the_named_kinds() -> None:
    """Every written order says the court made it; its title is never one of the named
    eleven, and is read as other_order's own unless it is a bare "Order (...)" heading."""
    named = 0
    for page in other_orders(40, seed=1):
        fired = evidence(page).fired
        assert "order_made" in fired or "judiciary" in fired
        titles = [k for k in fired if k.startswith("first_title:")]
        assert titles in ([], ["first_title:other_order"]), titles
        named += bool(titles)
    assert named >= 36
