"""Police results written as forces answer are police_check; an LA naming the police is not.

Here only the written pages themselves are tested; classification tests on hand-written
police letters go with a retrained model.
"""

from __future__ import annotations

from classifiers.police_letters import LA_KINDS, POLICE_KINDS, police_letters


def test_letters_are_reproducible_and_labelled() -> None:
    pages = police_letters(30, seed=2)
    assert pages == police_letters(30, seed=2)
    assert pages != police_letters(30, seed=3)
    kinds = {d for _, d in pages}
    assert kinds == {"police_check", "la_check"}


def test_every_kind_varies() -> None:
    import random

    from faker import Faker

    rng, fake = random.Random(0), Faker("en_GB")
    fake.seed_instance(0)
    for kind in (*POLICE_KINDS, *LA_KINDS):
        assert len({kind(rng, fake) for _ in range(6)}) >= 5, kind.__name__
