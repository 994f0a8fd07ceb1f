"""Training orders of kinds outside the eleven named ones, labelled ``other_order``.

The sample generator's "other" orders are all case management or directions orders, so a
model fitted on it alone has never seen a special guardianship order, a parental
responsibility order, an order for contact with a child in care (s.34), a recovery order
(s.50), a secure accommodation order (s.25), a family assistance order or an adoption
order. Such an order mentions the named orders it follows from ("the interim care order is
discharged", "the child is subject to a care order") while its title names something
else; written here from what these orders say in general, with varied wording and layout,
they teach the order model that the title decides, and that an unfamiliar title is
"other_order" rather than the nearest named kind.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta

from faker import Faker

from classifiers.other_pages import COUNCIL_KINDS, COURT_TOWNS, TOWNS

# (title variants, statute line variants, what the court orders: sentences with {child},
# {person}, {council}, {date} slots). General to each kind of order, not to any template.
Kind = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]
KINDS: dict[str, Kind] = {
    "special_guardianship": (
        (
            "Special Guardianship Order",
            "SPECIAL GUARDIANSHIP ORDER",
            "Order appointing a special guardian",
        ),
        ("Children Act 1989, section 14A", "Section 14A Children Act 1989", "s.14A CA 1989"),
        (
            "{person} is appointed as special guardian for {child}.",
            "{person} and her partner are appointed special guardians of the child.",
            "The interim care order made on {date} is discharged.",
            "The care order in respect of {child} is discharged.",
            "The special guardianship support plan dated {date} is approved.",
            "The child shall spend time with the mother at least six times a year.",
        ),
    ),
    "parental_responsibility": (
        (
            "Parental Responsibility Order",
            "PARENTAL RESPONSIBILITY ORDER",
            "Order for parental responsibility",
        ),
        ("Children Act 1989, section 4(1)(c)", "Section 4A Children Act 1989"),
        (
            "{person} shall have parental responsibility for {child}.",
            "The application for a parental responsibility order is granted.",
            "The step-parent {person} acquires parental responsibility for the child.",
            "There is no order for costs.",
        ),
    ),
    "contact_in_care": (
        (
            "Order for contact with a child in care",
            "CONTACT WITH A CHILD IN CARE",
            "Order under section 34 (contact with a child in care)",
        ),
        ("Children Act 1989, section 34(4)", "Section 34 Children Act 1989"),
        (
            "{council} is authorised to refuse contact between {child} and {person}.",
            "The child is subject to a care order made on {date}.",
            "Contact between the child and {person} shall take place once a month, supervised.",
            "This order lasts until the care order ends or the court makes a further order.",
        ),
    ),
    "recovery": (
        ("Recovery Order", "RECOVERY ORDER", "Recovery order (section 50)"),
        ("Children Act 1989, section 50", "Section 50 Children Act 1989"),
        (
            "Any person who can do so shall produce {child} to an authorised person on request.",
            "A police constable may enter and search the premises at {place}.",
            "The child is in the care of {council} under an interim care order made on {date}.",
            "{person} shall disclose the whereabouts of the child to the officer.",
        ),
    ),
    "secure_accommodation": (
        (
            "Secure Accommodation Order",
            "SECURE ACCOMMODATION ORDER",
            "Interim Secure Accommodation Order",
        ),
        ("Children Act 1989, section 25", "Section 25 Children Act 1989"),
        (
            "{council} is authorised to keep {child} in secure accommodation until {date}.",
            "The maximum period the child may be kept in secure accommodation is three months.",
            "The child is looked after by {council} under a care order.",
            "The child's liberty may be restricted for that period only.",
        ),
    ),
    "family_assistance": (
        ("Family Assistance Order", "FAMILY ASSISTANCE ORDER"),
        ("Children Act 1989, section 16", "Section 16 Children Act 1989"),
        (
            "{council} shall make an officer available to advise, assist and befriend the family.",
            "This order has effect for twelve months from {date}.",
            "{person} consents to the making of this order.",
        ),
    ),
    "adoption": (
        ("Adoption Order", "ADOPTION ORDER"),
        ("Adoption and Children Act 2002, section 46", "Section 46 ACA 2002"),
        (
            "{child} is adopted by {person}.",
            "The placement order made on {date} ceases to have effect.",
            "The Registrar General shall make an entry in the Adopted Children Register.",
        ),
    ),
    "case_management": (
        (
            "Case Management Order",
            "CASE MANAGEMENT ORDER",
            "Order (case management)",
            "ORDER ON DIRECTIONS",
        ),
        ("Family Procedure Rules 2010, Part 12", "Children Act 1989"),
        (
            "The local authority shall file its final evidence and care plan by {date}.",
            "The mother shall file a statement in response by 4pm on {date}.",
            "The application for an interim care order is adjourned to the next hearing.",
            "Permission is given to instruct an independent social worker.",
            "The matter is listed for an issues resolution hearing on {date}.",
        ),
    ),
    "fmpo": (
        (
            "Forced Marriage Protection Order",
            "FORCED MARRIAGE PROTECTION ORDER",
            "FGM Protection Order",
        ),
        ("Family Law Act 1996, Part 4A", "Female Genital Mutilation Act 2003, Schedule 2"),
        (
            "{person} must not take {child} out of England and Wales.",
            "{person} shall surrender the child's passport to the police by {date}.",
            "A power of arrest is attached to paragraph 1 of this order.",
        ),
    ),
}

Writer = Callable[[random.Random, Faker], str]


def _date(rng: random.Random) -> str:
    d = date(2019, 1, 1) + timedelta(days=rng.randrange(2500))
    return rng.choice(
        (d.strftime("%d/%m/%Y"), f"{d.day} {d.strftime('%B %Y')}", d.strftime("%d.%m.%y"))
    )


def _case(rng: random.Random) -> str:
    prefix = "".join(rng.choice("ABCDEFGHKLMNPRSTWY") for _ in range(2))
    return f"{prefix}{rng.randint(18, 25)}{rng.choice(('C', 'P', 'F'))}{rng.randint(0, 99999):05d}"


def other_order(rng: random.Random, fake: Faker, kind: str | None = None) -> str:
    """One order of a kind outside the named eleven, laid out one of a few ways."""
    titles, statutes, orders = KINDS[kind or rng.choice(sorted(KINDS))]
    town = rng.choice(COURT_TOWNS)
    council = f"{rng.choice(TOWNS)} {rng.choice(COUNCIL_KINDS)}"
    child = fake.first_name() + " " + fake.last_name()
    judge = rng.choice(("District Judge", "Her Honour Judge", "His Honour Judge", "Recorder"))
    judge += " " + fake.last_name()
    slots = {"child": child, "person": fake.name(), "council": council, "place": fake.city()}
    heading = rng.choice(
        (
            [f"IN THE FAMILY COURT AT {town.upper()}"],
            ["The Family Court", f"sitting at {town}"],
            [f"In the Family Court at {town}"],
        )
    )
    lines = list(heading)
    case_line = rng.choice(("Case number: ", "Case No. ", "No: ")) + _case(rng)
    title = rng.choice(titles)
    statute = rng.choice(statutes)
    if rng.random() < 0.5:
        lines += [case_line, statute, title]
    else:
        lines += [case_line, title, statute]
    if rng.random() < 0.7:
        lines.append(f"The child: {child}, born {_date(rng)}")
    lines.append(
        rng.choice(
            (
                f"Before {judge} sitting in private on {_date(rng)}",
                f"Order made by {judge} on {_date(rng)}",
                f"Made by {judge}",
            )
        )
    )
    if rng.random() < 0.6:
        lines.append(f"The applicant is {council}. The respondents are the parents.")
    if rng.random() < 0.5:
        lines.append(
            rng.choice(
                (
                    "UPON hearing the advocates for the parties",
                    "Upon reading the application and the evidence filed",
                    "The court has read the guardian's analysis.",
                )
            )
        )
    lines.append(rng.choice(("IT IS ORDERED THAT:", "The court orders that", "ORDER")))
    picked = rng.sample(orders, k=min(len(orders), rng.randint(2, 4)))
    for i, sentence in enumerate(picked, 1):
        filled = sentence.format(date=_date(rng), **slots)
        lines.append(f"{i}. {filled}" if rng.random() < 0.8 else filled)
    if rng.random() < 0.5:
        lines.append(
            rng.choice(
                (
                    "There be no order as to costs.",
                    "Any party may apply to vary or discharge this order.",
                )
            )
        )
    lines.append(f"Dated {_date(rng)}")
    return "\n".join(lines)


def other_orders(n: int, seed: int = 0) -> list[str]:
    """``n`` written orders of other kinds, the kinds in turn, reproducible from ``seed``."""
    rng = random.Random(seed)
    fake = Faker("en_GB")
    fake.seed_instance(seed + 1)
    kinds = sorted(KINDS)
    return [other_order(rng, fake, kinds[i % len(kinds)]) for i in range(n)]
