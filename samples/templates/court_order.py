"""Family-court orders of every order type, in several heading, party and layout styles."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from samples.people import Person, Place
from samples.render import Block, Pair, Para, Rule, Space, Table
from samples.templates.common import (
    Case,
    Composed,
    Ctx,
    child_truth,
    copy_person,
    empty_truth,
    names_list,
    person_truth,
    place_court,
)


@dataclass(frozen=True)
class OrderKind:
    law: str  # public | private | fla | adoption
    letters: tuple[str, ...]
    titles: tuple[str, ...]
    statutes: tuple[str, ...]


ORDER_KINDS: dict[str, OrderKind] = {
    "care_order": OrderKind(
        "public", ("C",), ("CARE ORDER", "Care Order", "FINAL CARE ORDER"),
        ("Section 31 Children Act 1989", "Children Act 1989, section 31"),
    ),
    "interim_care_order": OrderKind(
        "public", ("C",), ("INTERIM CARE ORDER", "Interim Care Order"),
        ("Section 38 Children Act 1989", "Children Act 1989, section 38"),
    ),
    "supervision_order": OrderKind(
        "public", ("C",), ("SUPERVISION ORDER", "Supervision Order"),
        ("Section 31 Children Act 1989", "Children Act 1989, section 31 and Schedule 3"),
    ),
    "interim_supervision_order": OrderKind(
        "public", ("C",), ("INTERIM SUPERVISION ORDER", "Interim Supervision Order"),
        ("Section 38 Children Act 1989", "Children Act 1989, section 38"),
    ),
    "emergency_protection_order": OrderKind(
        "public", ("C",), ("EMERGENCY PROTECTION ORDER", "Emergency Protection Order"),
        ("Section 44 Children Act 1989", "Children Act 1989, section 44"),
    ),
    "child_arrangements_order": OrderKind(
        "private", ("P",), ("CHILD ARRANGEMENTS ORDER", "Child Arrangements Order"),
        ("Section 8 Children Act 1989", "Children Act 1989, section 8"),
    ),
    "prohibited_steps_order": OrderKind(
        "private", ("P",), ("PROHIBITED STEPS ORDER", "Prohibited Steps Order"),
        ("Section 8 Children Act 1989", "Children Act 1989, section 8"),
    ),
    "specific_issue_order": OrderKind(
        "private", ("P",), ("SPECIFIC ISSUE ORDER", "Specific Issue Order"),
        ("Section 8 Children Act 1989", "Children Act 1989, section 8"),
    ),
    "non_molestation_order": OrderKind(
        "fla", ("F", "FD"), ("NON-MOLESTATION ORDER", "Non-Molestation Order"),
        ("Family Law Act 1996 Part IV, section 42", "Section 42 Family Law Act 1996"),
    ),
    "occupation_order": OrderKind(
        "fla", ("F", "FD"), ("OCCUPATION ORDER", "Occupation Order"),
        ("Family Law Act 1996 Part IV, section 33", "Section 33 Family Law Act 1996"),
    ),
    "placement_order": OrderKind(
        "adoption", ("C",), ("PLACEMENT ORDER", "Placement Order"),
        ("Section 21 Adoption and Children Act 2002", "Adoption and Children Act 2002, s.21"),
    ),
    "other_order": OrderKind(
        "either", ("C", "P"), ("CASE MANAGEMENT ORDER", "ORDER", "DIRECTIONS ORDER"),
        ("Family Procedure Rules 2010, Part 12", "The Children Act 1989"),
    ),
}  # fmt: skip

RECITALS = (
    "The court read the application dated {app_date} and the documents filed in the bundle.",
    "The court heard from counsel for the applicant and from the respondents in person.",
    "The court has considered the welfare checklist in section 1(3) of the Children Act 1989.",
    "The hearing took place in private and was attended remotely by video link.",
    "The court was satisfied that the respondents had been given notice of this hearing.",
    "The parties agree that the threshold criteria are crossed on the basis of the "
    "agreed document dated {app_date}.",
    "This order was made at a hearing without notice to the respondent.",
    "The court has had regard to the report of the Children's Guardian.",
)
GENERIC = (
    "There shall be no order as to costs.",
    "The matter is listed for a further hearing on {next_date} at 10:00 with a time "
    "estimate of 2 hours.",
    "The applicant shall file and serve a statement by 4pm on {next_date}.",
    "Permission is given to disclose this order to the child's school and GP.",
    "Any party may apply to vary or discharge this order on 48 hours written notice.",
    "The court office is open between 10am and 4pm Monday to Friday.",
    "All documents filed shall be served on the other parties by email.",
)
WARNINGS = (
    "WARNING: Where a child arrangements order is in force, no person may cause the child "
    "to be known by a new surname or remove the child from the United Kingdom without the "
    "written consent of every person with parental responsibility or the leave of the court.",
    "IMPORTANT NOTICE TO THE RESPONDENT: If without reasonable excuse you do anything which "
    "you are forbidden from doing by this order you will be committing a criminal offence "
    "and liable on conviction to a term of imprisonment not exceeding five years or a fine.",
)


def _order_body(kind: str, c: Ctx, parties: dict, children: list[Person]) -> list[str]:
    """The operative paragraphs for each order type."""
    kids = names_list(children) if children else "the relevant child"
    council = parties.get("council") or "the local authority"
    end = c.d(c.date + timedelta(days=c.r.choice((14, 21, 28, 56))))
    if kind == "care_order":
        return [
            f"The child{'ren' if len(children) > 1 else ''} {kids} "
            f"{'are' if len(children) > 1 else 'is'} placed in the care of {council}.",
            f"The care plan of {council} dated {c.d(c.date - timedelta(days=30))} is approved.",
        ]
    if kind == "interim_care_order":
        return [
            f"The court makes an interim care order placing {kids} in the care of {council}.",
            f"This order lasts until {end} or further order.",
        ]
    if kind == "supervision_order":
        return [
            f"The court makes a supervision order in respect of {kids}.",
            f"{council} is to supervise the child{'ren' if len(children) > 1 else ''} "
            f"for a period of {c.pick('6', '9', '12')} months from the date of this order.",
        ]
    if kind == "interim_supervision_order":
        return [
            f"{kids} shall be placed under the interim supervision of {council}.",
            f"This interim supervision order lasts until {end}.",
        ]
    if kind == "emergency_protection_order":
        return [
            f"The applicant is authorised to remove {kids} to accommodation provided by "
            f"or on behalf of the applicant.",
            f"This order lasts until {end} at {c.pick('4.00pm', '10.30am', '12 noon')}.",
            "Any person who is able to do so must produce the child to the applicant.",
        ]
    if kind == "child_arrangements_order":
        home, other = parties["applicant"], parties["respondent"]
        return [
            f"{kids} shall live with {home.name}.",
            f"{kids} shall spend time with {other.name} every other weekend from Friday "
            "after school until Sunday at 5pm, and for half of each school holiday.",
        ]
    if kind == "prohibited_steps_order":
        resp = parties["respondent"]
        return [
            f"{resp.name} must not remove {kids} from the care of {parties['applicant'].name} "
            f"or from the school the child{'ren' if len(children) > 1 else ''} attend.",
            f"{resp.name} must not remove {kids} from England and Wales.",
        ]
    if kind == "specific_issue_order":
        school = c.pick("St Mary", "Oakfield", "Highfield", "Park View", "Holy Trinity")
        school += " Primary School"
        return [
            f"{kids} shall attend {school} from the start of the next school term.",
            f"{parties['applicant'].name} may complete the admission forms without "
            f"the signature of {parties['respondent'].name}.",
        ]
    if kind == "non_molestation_order":
        a, resp = parties["applicant"], parties["respondent"]
        return [
            f"The respondent {resp.name} must not use or threaten violence against "
            f"the applicant {a.name}, and must not instruct, encourage or in any way "
            "suggest that any other person should do so.",
            f"The respondent must not go to, enter or attempt to enter {c.addr(a.address)}.",  # type: ignore[arg-type]
            f"This order shall last until {c.d(c.date + timedelta(days=365))}.",
        ]
    if kind == "occupation_order":
        a, resp = parties["applicant"], parties["respondent"]
        return [
            f"The applicant {a.name} has the right to occupy the property at {c.addr(a.address)}.",  # type: ignore[arg-type]
            f"The respondent {resp.name} shall leave the property by {end} and must not "
            "return to, enter or attempt to enter it.",
            f"This order shall last until {c.d(c.date + timedelta(days=180))}.",
        ]
    if kind == "placement_order":
        return [
            f"{council} is authorised to place {kids} for adoption with any prospective "
            "adopters who may be chosen by the authority.",
            "The court dispenses with the consent of the parents under section 52(1)(b) "
            "of the Adoption and Children Act 2002.",
        ]
    return [
        f"The applicant shall file a final evidence statement by {end}.",
        "The parties shall attend a case management hearing as listed below.",
        "A further hearing is fixed as set out in this order.",
    ]


def draw_family(c: Ctx, on: date) -> tuple[Person, Person, list[Person]]:
    """Mother, father and 1-3 children sharing one parent's surname, adults as of ``on``."""
    mother = c.ids.adult(on, "F", "mother")
    father = c.ids.adult(on, "M", "father")
    surname = c.pick(mother.last, father.last)
    n_children = c.pick(1, 1, 1, 2, 2, 3)
    children = [c.ids.child(on, surname) for _ in range(n_children)]
    return mother, father, children


def _parties(kind: str, c: Ctx, place, law: str) -> tuple[dict, list[Person], list[Person]]:
    """(party map, adults in the order, children) for the order's kind of proceedings."""
    if c.case:
        return _case_parties(c, c.case, place, law)
    mother, father, children = draw_family(c, c.date)
    if law in ("public", "adoption"):
        adults = [mother] if c.chance(0.3) else [mother, father]
        return {"council": place.council, "adults": adults}, adults, children
    if law == "fla":
        applicant = c.ids.adult(c.date, "F", "applicant")
        respondent = c.ids.adult(c.date, "M", "respondent")
        applicant.address = c.ids.address(place)
        kids = children if c.chance(0.5) else []
        return {"applicant": applicant, "respondent": respondent}, [applicant, respondent], kids
    applicant, respondent = (mother, father) if c.chance(0.6) else (father, mother)
    return (
        {"applicant": applicant, "respondent": respondent},
        [applicant, respondent],
        children,
    )


def _case_parties(c: Ctx, case: Case, place, law: str) -> tuple[dict, list[Person], list[Person]]:
    """The parties of a linked case's order: its own parents and children, copied.

    Family Law Act orders are between the parents and always name the children here, so
    that every check of the bundle has an order naming the same family to be matched to.
    """
    adults = [copy_person(a) for a in case.adults]
    children = [copy_person(k) for k in case.children]
    if law in ("public", "adoption"):
        return {"council": place.council, "adults": adults}, adults, children
    mother, father = adults  # draw_case keeps the father for every other kind of case
    if law == "fla":
        applicant = copy_person(mother, role="applicant", address=c.ids.address(place))
        respondent = copy_person(father, role="respondent")
        return {"applicant": applicant, "respondent": respondent}, [applicant, respondent], children
    applicant, respondent = (mother, father) if c.chance(0.6) else (father, mother)
    return {"applicant": applicant, "respondent": respondent}, [applicant, respondent], children


def _heading(c: Ctx, kind: OrderKind) -> tuple[str, Place, str]:
    """(law, place, case number), drawn in the order the template always drew them."""
    law = kind.law
    if law == "either":
        law = c.pick("public", "private")
    place = c.ids.place()
    letter = c.pick(*kind.letters) if law != "public" else "C"
    if law == "private":
        letter = "P"
    return law, place, c.ids.case_number(place, c.date.year, letter)


def draw_case(c: Ctx, order_type: str, window_days: int) -> Case:
    """A case for a linked bundle whose order is of ``order_type``, made on ``c.date``.

    People are drawn as of ``window_days`` before the order, the earliest a check of the
    bundle may be dated, so children are born and adults are adults on every document.
    A public-law case has no father three times in ten, as its orders name only the mother.
    """
    law, place, number = _heading(c, ORDER_KINDS[order_type])
    mother, father, children = draw_family(c, c.date - timedelta(days=window_days))
    absent = law in ("public", "adoption") and c.chance(0.3)
    return Case(number, place, law, c.date, mother, None if absent else father, tuple(children))


def compose(c: Ctx, order_type: str) -> Composed:
    """A court order of ``order_type`` in one of several layout families.

    With ``c.case`` set (linked bundles) the case number, court and family are the case's.
    """
    kind = ORDER_KINDS[order_type]
    if c.case:
        law, place, case_number = c.case.law, c.case.place, c.case.number
    else:
        law, place, case_number = _heading(c, kind)
    judge = c.ids.judge()
    parties, adults, children = _parties(order_type, c, place, law)
    council = parties.get("council")
    family = c.pick("centred", "table", "pair")
    blocks: list[Block] = []
    court_line = c.pick(
        f"IN THE FAMILY COURT AT {place.town.upper()}",
        f"In the Family Court at {place.town}",
        f"The Family Court sitting at {place.town}",
        f"IN THE FAMILY COURT SITTING AT {place.town.upper()}",
    )
    case_label = c.pick("Case No.", "Case Number:", "Case No:", "No.", "Claim no")
    made = c.d(c.date)
    title = c.pick(*kind.titles)
    statute = c.pick(*kind.statutes)
    before = c.pick(f"Before {judge}", f"BEFORE: {judge}", f"Before {judge} sitting in private")

    if family == "centred":
        blocks.append(Para(court_line, "center", bold=True, scale=1.15, before=0))
        blocks.append(Pair("", f"{case_label} {case_number}", before=0.5))
        blocks.append(Para(statute, "center", before=0.6))
        if children and c.chance(0.6):
            blocks.append(Para(f"In the matter of {names_list(children)}", "center", before=0.3))
        blocks.append(Para(title, "center", bold=True, scale=1.3, before=0.8))
        blocks.append(Para(before, "center", before=0.6))
    elif family == "table":
        blocks.append(Para(title, "left", bold=True, scale=1.4, before=0))
        blocks.append(Para(statute, "left", before=0.3))
        rows = [
            ["The Family Court sitting at", place.town],
            [case_label.rstrip(":.") or "Case number", case_number],
            ["Order made by", judge],
            [c.pick("Date order made", "Date of hearing", "Made on"), made],
        ]
        if c.chance(0.5):
            rows[1], rows[2] = rows[2], rows[1]
        blocks.append(Table(rows, [0.42, 0.58], ruled=True, header=False))
    else:
        blocks.append(Pair(court_line, case_number, bold_left=True, before=0))
        blocks.append(Rule(before=0.2))
        blocks.append(Para(title, "center", bold=True, scale=1.25, before=0.6))
        blocks.append(Para(f"{statute}", "center", before=0.2))
        blocks.append(Para(before, "left", before=0.8))

    # Parties.
    roles_heading = c.pick("The parties", "Parties", "PARTIES")
    party_rows: list[list[str]] = []
    people_truth = []
    if council:
        party_rows.append(["Applicant", council])
        ordinal = ("First", "Second", "Third")
        for i, adult in enumerate(adults):
            party_rows.append([f"{ordinal[i]} Respondent", f"{adult.name} ({adult.role})"])
            people_truth.append(person_truth(adult, with_dob=False))
    else:
        a, r = parties["applicant"], parties["respondent"]
        if law == "fla":
            party_rows.append(["Applicant", a.name])
            party_rows.append(["Respondent", r.name])
        else:
            party_rows.append(["Applicant", f"{a.name} ({a.role})"])
            party_rows.append(["Respondent", f"{r.name} ({r.role})"])
        people_truth = [person_truth(a, with_dob=False), person_truth(r, with_dob=False)]
        if law != "fla" and c.chance(0.4):
            # The respondent's date of birth is often given in private law orders.
            people_truth[1] = person_truth(r)
            party_rows[1][1] += f", born {c.d(r.dob)}"  # type: ignore[arg-type]
    blocks.append(Para(roles_heading, bold=True, before=1.0))
    if c.chance(0.5):
        blocks.append(Table(party_rows, [0.3, 0.7], ruled=c.chance(0.5), header=False, before=0.3))
    else:
        for role, name in party_rows:
            blocks.append(Para(f"{role}: {name}", indent=0.3, before=0.1))

    # Children.
    if children:
        heading = c.pick("The child", "The children", "Children", "The relevant child(ren)")
        blocks.append(Para(heading, bold=True, before=0.9))
        dob_label = c.pick("Date of birth", "DOB", "born", "D.O.B.")
        if c.chance(0.4):
            rows = [["Name", "Gender", "Date of birth"]]
            rows += [[k.name, "Female" if k.sex == "F" else "Male", c.d(k.dob)] for k in children]  # type: ignore[arg-type]
            blocks.append(
                Table(rows, [0.45, 0.2, 0.35], ruled=c.chance(0.6), header=True, before=0.3)
            )
        else:
            for k in children:
                gender = "a girl" if k.sex == "F" else "a boy"
                if dob_label == "born":
                    line = f"{k.name} ({gender}) born {c.d(k.dob)}"  # type: ignore[arg-type]
                else:
                    line = f"{k.name} {dob_label}: {c.d(k.dob)}"  # type: ignore[arg-type]
                blocks.append(Para(line, indent=0.3, before=0.1))

    # Recitals and order paragraphs.
    fill = {
        "app_date": c.d(c.date - timedelta(days=c.r.randint(7, 120))),
        "next_date": c.d(c.date + timedelta(days=c.r.randint(14, 90))),
    }
    recitals = c.r.sample(RECITALS, c.r.randint(1, 4))
    blocks.append(
        Para(c.pick("Recitals", "RECITALS", "The court records that:"), bold=True, before=0.9)
    )
    for text in recitals:
        blocks.append(Para(text.format(**fill), before=0.3))
    blocks.append(
        Para(
            c.pick("IT IS ORDERED THAT:", "The court orders that:", "ORDER"), bold=True, before=0.9
        )
    )
    body = _order_body(order_type, c, parties, children)
    extra = c.r.sample(GENERIC, c.r.randint(1, 5))
    for n, text in enumerate([*body, *(e.format(**fill) for e in extra)], start=1):
        blocks.append(Para(f"{n}. {text}", before=0.4))
    if order_type in ("non_molestation_order", "occupation_order"):
        blocks.append(Para(WARNINGS[1], bold=True, before=0.8))
    elif law == "private" and (order_type == "child_arrangements_order" or c.chance(0.3)):
        blocks.append(Para(WARNINGS[0], bold=True, before=0.8))

    # Court address, then the date line.
    if c.chance(0.5):
        office = c.ids.office_address(place)
        office.lines[0] = f"{place.town} Combined Court Centre"
        blocks.append(Para(f"Court address: {c.addr(office)}", before=0.8))
    blocks.append(Space(0.6))
    dated = c.pick(
        f"Dated {made}",
        f"Order made by {judge} on {made}",
        f"Date order made: {made}",
        f"DATED this {made}",
    )
    blocks.append(Para(dated, c.pick("left", "right"), before=0.6))

    truth = empty_truth("court_order")
    truth.update(
        order_type=order_type,
        case_number=case_number,
        court=place_court(place),
        document_date=c.date.isoformat(),
        judge=judge,
        local_authority=council,
        children=[child_truth(k) for k in children],
        people=people_truth,
    )
    style = c.proportional_style(footer=True)
    return Composed(blocks, style, truth, f"court_order/{family}")
