"""Local-authority safeguarding check letters: letterhead, Re: lines, outcome, signature."""

from __future__ import annotations

from datetime import timedelta

from samples.people import Person
from samples.render import Block, Pair, Para, Rule, Space, Table
from samples.templates.common import (
    Composed,
    Ctx,
    child_truth,
    copy_person,
    empty_truth,
    person_truth,
    place_court,
)

SERVICES = (
    "Children's Services",
    "Children and Families Service",
    "Children's Social Care",
    "Integrated Front Door",
    "Multi-Agency Safeguarding Hub (MASH)",
)
SIGNER_TITLES = (
    "Team Manager, Multi-Agency Safeguarding Hub",
    "Senior Practitioner",
    "Safeguarding Checks Officer",
    "Service Manager, Children's Social Care",
    "Business Support Officer",
)


def _outcome(c: Ctx, children: list[Person]) -> list[str]:
    if c.chance(0.45):
        return [
            c.pick(
                "I can confirm that a search of our records has been completed and the family "
                "is not known to Children's Social Care.",
                "A check of the children's social care records has been made. There is no "
                "record of any involvement with the named children or adults.",
                "Following a search of our systems, none of the persons named above are known "
                "to this authority.",
            )
        ]
    start = c.date - timedelta(days=c.r.randint(200, 1500))
    end = start + timedelta(days=c.r.randint(60, 400))
    known = [
        "The family is known to this authority.",
        c.pick(
            f"The children were subject to a Child Protection Plan under the category of "
            f"{c.pick('neglect', 'emotional abuse', 'physical abuse')} from {c.d(start)} to "
            f"{c.d(end)}.",
            f"A Child and Family Assessment was completed on {c.d(start)} and the case was "
            "closed with no further action.",
            f"The children were open to Early Help from {c.d(start)} to {c.d(end)} following "
            "concerns about school attendance.",
            f"A referral was received on {c.d(start)} from the police following a report of "
            "domestic abuse at the family home. A strategy discussion was held.",
        ),
    ]
    if c.chance(0.5):
        known.append(
            "The case is currently open to the Children in Need team and the allocated social "
            f"worker is {c.ids.officer()}."
        )
    return known


def _family(c: Ctx) -> tuple[list[Person], list[Person]]:
    """(adults, children) checked: the linked case's family, or a family drawn here."""
    if c.case:
        return [copy_person(a) for a in c.case.adults], [copy_person(k) for k in c.case.children]
    mother = c.ids.adult(c.date, "F", "mother")
    father = c.ids.adult(c.date, "M", "father") if c.chance(0.7) else None
    children = [c.ids.child(c.date, mother.last) for _ in range(c.pick(1, 1, 2, 2, 3))]
    return [mother, *([father] if father else [])], children


def compose(c: Ctx) -> Composed:
    """A check letter or memo; about ``c.case``'s family and court when it is set."""
    place = c.case.place if c.case else c.ids.place()
    council = place.council
    service = c.pick(*SERVICES)
    office = c.ids.office_address(place)
    adults, children = _family(c)
    home = c.ids.address(place)
    cite_case = c.chance(0.5)
    case_number = None
    if cite_case:
        case_number = c.case.number if c.case else c.ids.case_number(place, c.date.year, "P")
    to_court = c.chance(0.4)
    family = c.pick("letter", "ruled", "memo")
    signer = c.ids.officer()
    dated = c.d(c.date)
    our_ref = c.ids.reference(c.pick("MASH/", "CS-", "SC/"))
    blocks: list[Block] = []

    if family == "memo":
        blocks.append(Para(council.upper(), bold=True, scale=1.3, before=0))
        blocks.append(
            Para(
                c.pick(
                    "SAFEGUARDING CHECK RESPONSE",
                    "Local Authority Safeguarding Check",
                    "RESULT OF CHILDREN'S SERVICES CHECKS",
                ),
                bold=True,
                before=0.4,
            )
        )
        rows = [
            ["From", f"{council} {service}"],
            ["To", place_court(place) if to_court else c.pick("Cafcass", "Legal Services")],
            ["Date", dated],
            ["Our ref", our_ref],
        ]
        if case_number:
            rows.append([c.pick("Case No.", "Court ref"), case_number])
        blocks.append(Table(rows, [0.25, 0.75], ruled=True, header=False))
        blocks.append(
            Para(c.pick("Persons checked", "Subjects of the check"), bold=True, before=0.9)
        )
        dob = c.pick("Date of birth", "DOB")
        rows = [["Name", dob, "Relationship"]]
        rows += [[a.name, c.d(a.dob), a.role.capitalize()] for a in adults]  # type: ignore[arg-type]
        rows += [[k.name, c.d(k.dob), "Child"] for k in children]  # type: ignore[arg-type]
        blocks.append(Table(rows, [0.45, 0.27, 0.28], ruled=True, header=True, before=0.3))
        blocks.append(Para(f"Address: {c.addr(home)}", before=0.6))
        blocks.append(
            Para(c.pick("Outcome", "Result of check", "Information held"), bold=True, before=0.9)
        )
    else:
        align = c.pick("center", "left", "right")
        blocks.append(Para(council, align, bold=True, scale=1.35, before=0))
        blocks.append(Para(service, align, before=0.2))
        for line in c.addr_lines(office):
            blocks.append(Para(line, align, before=0))
        if family == "ruled":
            blocks.append(Rule(before=0.4))
        blocks.append(Pair(c.pick("Our ref:", "Our reference:"), our_ref, tab=1.6, before=0.8))
        if c.chance(0.5):
            blocks.append(
                Pair(c.pick("Your ref:", "Your reference:"), c.ids.reference("CAF-"), tab=1.6)
            )
        if case_number:
            blocks.append(
                Pair(c.pick("Case No:", "Case Number:", "Court case no."), case_number, tab=1.6)
            )
        blocks.append(Pair(c.pick("Date:", "Dated:"), dated, tab=1.6))
        blocks.append(Space(0.8))
        if to_court:
            addressee = ["The Court Manager", place_court(place)]
        else:
            firm = f"{c.ids.fake.last_name()} & {c.ids.fake.last_name()} Solicitors"
            addressee = [firm, *c.addr_lines(c.ids.address(place, flat=False))]
        for line in addressee:
            blocks.append(Para(line, before=0))
        blocks.append(
            Para(c.pick("Dear Sir or Madam", "Dear Sir/Madam", "Dear Colleague"), before=1.0)
        )
        born = c.pick("DOB:", "Date of birth:", "born", "D.O.B.")
        re_rows = [(k.name, k.dob) for k in children] + [(a.name, a.dob) for a in adults]
        for i, (name, dob) in enumerate(re_rows):
            line = f"{'Re: ' if i == 0 else ''}{name} {born} {c.d(dob)}"  # type: ignore[arg-type]
            blocks.append(Para(line, bold=True, indent=0 if i == 0 else 0.4, before=0.1))
        if c.chance(0.6):
            blocks.append(Para(f"Of {c.addr(home)}", indent=0.4, before=0.1))
        blocks.append(
            Para(
                c.pick(
                    "Thank you for your request for safeguarding checks on the above named family.",
                    "I write in response to your enquiry about the family named above.",
                    "You asked us to check our records in respect of the persons named above.",
                ),
                before=0.8,
            )
        )
    for text in _outcome(c, children):
        blocks.append(Para(text, before=0.5))
    blocks.append(
        Para(
            c.pick(
                "This information is provided for the purpose of the court proceedings only and "
                "must not be disclosed to any other person without the consent of the authority.",
                "If you require any further information please contact the team on the number "
                "above quoting our reference.",
            ),
            before=0.5,
        )
    )
    blocks.append(Para(c.pick("Yours faithfully", "Yours sincerely", "Regards"), before=1.0))
    blocks.append(Space(1.2))
    blocks.append(Para(signer, before=0.2))
    blocks.append(Para(c.pick(*SIGNER_TITLES), before=0))
    if c.chance(0.5):
        blocks.append(Para(f"{council}", before=0))

    truth = empty_truth("la_check")
    truth.update(
        case_number=case_number,
        court=place_court(place) if to_court else None,
        document_date=c.date.isoformat(),
        local_authority=council,
        children=[child_truth(k) for k in children],
        people=[person_truth(a) for a in adults],
    )
    style = c.proportional_style(footer=c.chance(0.5))
    return Composed(blocks, style, truth, f"la_check/{family}")
