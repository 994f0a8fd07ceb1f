"""PNC level 2 check printouts: monospaced, upper case, subject blocks and conviction lines."""

from __future__ import annotations

from datetime import timedelta

from samples.people import Person
from samples.render import MONO_FONTS, Block, Pair, Para, Rule, Style, Table
from samples.templates.common import Composed, Ctx, copy_person, empty_truth, person_truth

FORCES = {
    "Leeds": "WEST YORKSHIRE POLICE", "Bradford": "WEST YORKSHIRE POLICE",
    "Wakefield": "WEST YORKSHIRE POLICE", "Sheffield": "SOUTH YORKSHIRE POLICE",
    "Manchester": "GREATER MANCHESTER POLICE", "Birmingham": "WEST MIDLANDS POLICE",
    "Bristol": "AVON AND SOMERSET CONSTABULARY", "Nottingham": "NOTTINGHAMSHIRE POLICE",
    "Preston": "LANCASHIRE CONSTABULARY", "Liverpool": "MERSEYSIDE POLICE",
    "Newcastle upon Tyne": "NORTHUMBRIA POLICE", "Cardiff": "SOUTH WALES POLICE",
    "Portsmouth": "HAMPSHIRE AND ISLE OF WIGHT CONSTABULARY", "Norwich": "NORFOLK CONSTABULARY",
    "Exeter": "DEVON AND CORNWALL POLICE", "Plymouth": "DEVON AND CORNWALL POLICE",
    "Leicester": "LEICESTERSHIRE POLICE", "Canterbury": "KENT POLICE",
    "Carlisle": "CUMBRIA CONSTABULARY", "Derby": "DERBYSHIRE CONSTABULARY",
}  # fmt: skip
OFFENCES = (
    "THEFT - SHOPLIFTING", "COMMON ASSAULT", "ASSAULT OCCASIONING ACTUAL BODILY HARM",
    "POSSESS CONTROLLED DRUG - CLASS B - CANNABIS", "DRIVE WHILE DISQUALIFIED",
    "CRIMINAL DAMAGE", "BREACH OF NON-MOLESTATION ORDER", "DRUNK AND DISORDERLY",
    "HARASSMENT", "BATTERY", "FAIL TO SURRENDER TO BAIL", "USING THREATENING BEHAVIOUR",
)  # fmt: skip
DISPOSALS = (
    "FINE 120.00", "COMMUNITY ORDER 12 MTHS", "CONDITIONAL DISCHARGE 12 MTHS",
    "IMPRISONMENT 6 MTHS SUSP 12 MTHS", "FINE 250.00 COSTS 85.00", "RESTRAINING ORDER 2 YRS",
)  # fmt: skip


def _offence_rows(c: Ctx, subject: Person, place, count: int) -> list[list[str]]:
    rows = []
    assert subject.dob is not None
    adult = 18 * 365
    # a subject checked within a month of turning 18 has no month of adulthood to draw from
    latest = max(adult, (c.date - subject.dob).days - 30)
    for _ in range(count):
        when = subject.dob + timedelta(days=c.r.randint(adult, latest))
        court = f"{place.town.upper()} MC"
        rows.append([c.d(when, "slash"), court, c.pick(*OFFENCES), c.pick(*DISPOSALS)])
    rows.sort(key=lambda row: row[0][-4:] + row[0][3:5] + row[0][:2])
    return rows


def _subjects(c: Ctx) -> list[Person]:
    """Who is checked: one or two of the linked case's parents, or adults drawn here.

    One subject twice in three, as when the template draws its own.
    """
    if c.case:
        parents = c.case.adults
        chosen = c.pick(parents[:1], parents[-1:], parents) if len(parents) > 1 else parents
        return [copy_person(p, role="subject") for p in chosen]
    n_subjects = c.pick(1, 1, 2)
    return [c.ids.adult(c.date, role="subject") for _ in range(n_subjects)]


def compose(c: Ctx) -> Composed:
    """A PNC print; its subjects are ``c.case``'s parents when it is set."""
    place = c.case.place if c.case else c.ids.place()
    force = FORCES.get(place.town, "POLICE SERVICE")
    subjects = _subjects(c)
    n_subjects = len(subjects)
    dob_style = c.pick("slash", "dots", "pnc")
    family = c.pick("labels", "compact", "table")
    requester = c.chance(0.5)
    cite_case = c.chance(0.35)
    case_number = None
    if cite_case:
        case_number = (
            c.case.number if c.case else c.ids.case_number(place, c.date.year, c.pick("C", "P"))
        )
    printed = c.d(c.date, c.pick("slash", "pnc"))
    time = f"{c.r.randint(7, 18):02d}:{c.r.randint(0, 59):02d}"
    blocks: list[Block] = []
    tab = c.pick(2.0, 2.3, 2.6)

    blocks.append(
        Para(
            c.pick("OFFICIAL-SENSITIVE", "RESTRICTED - POLICE AND PARTNERS ONLY"),
            "center",
            before=0,
        )
    )
    blocks.append(
        Para(
            c.pick("POLICE NATIONAL COMPUTER", "PNC PRINT", "PHOENIX SUBJECT PRINT"),
            "center",
            bold=True,
            before=0.4,
        )
    )
    blocks.append(
        Para(
            c.pick("LEVEL 2 CHECK RESULT", "PNC LEVEL 2 CHECK", "NAMES ENQUIRY - LEVEL 2"),
            "center",
            before=0.2,
        )
    )
    blocks.append(Rule(before=0.2, thickness=1.0))
    header = [
        (
            c.pick("REQUEST REF:", "REQ REF:", "ENQUIRY REF:"),
            c.ids.reference(c.pick("PNC/", "DP", "FCU/")),
        ),
        (c.pick("DATE PRINTED:", "PRINTED:", "DATE/TIME:"), f"{printed} {time}"),
        ("FORCE:", force),
    ]
    if requester:
        header.append((c.pick("REQUESTED BY:", "REQUESTING AGENCY:"), f"{place.council.upper()}"))
    if case_number:
        header.append((c.pick("COURT CASE NO:", "CASE REF:", "FAMILY COURT REF:"), case_number))
    for label, value in header:
        blocks.append(Pair(label, value, tab=tab))

    people = []
    pnc_ids: list[str] = []
    for n, subject in enumerate(subjects, start=1):
        traced = c.chance(0.8)
        subject.address = c.ids.address(place)
        blocks.append(Rule(before=0.6, thickness=0.8))
        blocks.append(Para(f"SUBJECT {n} OF {n_subjects}", bold=True, before=0.2))
        dob = c.d(subject.dob, dob_style)  # type: ignore[arg-type]
        forenames = subject.forenames.upper()
        if family == "compact":
            blocks.append(Para(f"NAME: {subject.last.upper()}, {forenames}", before=0.2))
            blocks.append(Para(f"DOB: {dob} SEX: {subject.sex}", before=0))
        else:
            blocks.append(Pair("SURNAME:", subject.last.upper(), tab=tab, before=0.2))
            blocks.append(
                Pair(c.pick("FORENAME(S):", "FORENAMES:", "FIRST NAMES:"), forenames, tab=tab)
            )
            blocks.append(Pair(c.pick("DATE OF BIRTH:", "DOB:", "BORN:"), dob, tab=tab))
            blocks.append(Pair("SEX:", "FEMALE" if subject.sex == "F" else "MALE", tab=tab))
        address = c.addr(subject.address).upper()
        if not traced:
            blocks.append(Pair("ADDRESS:", address, tab=tab))
            blocks.append(
                Para(
                    c.pick("*** NO TRACE ON PNC ***", "NO RECORD FOUND", "RESULT: NO TRACE"),
                    bold=True,
                    before=0.4,
                )
            )
            people.append(person_truth(subject))
            continue
        pnc = c.ids.pnc_id()
        pnc_ids.append(pnc)
        if family == "compact":
            blocks.append(Para(f"PNC ID: {pnc} CRO NO: {c.ids.cro_number()}", before=0))
            blocks.append(Para(f"LAST KNOWN ADDRESS: {address}", before=0))
        else:
            blocks.append(Pair(c.pick("PNC ID:", "PNCID:", "PNC NO:"), pnc, tab=tab))
            blocks.append(
                Pair(c.pick("CRO NO:", "CRO:", "CRO NUMBER:"), c.ids.cro_number(), tab=tab)
            )
            blocks.append(Pair("ADDRESS:", address, tab=tab))
        n_conv = c.r.randint(0, 5)
        n_caut = c.r.randint(0, 2)
        n_offences = n_conv + c.r.randint(0, 2) if n_conv else 0
        blocks.append(
            Para(
                f"CONVICTIONS: {n_conv} OFFENCES: {n_offences} CAUTIONS: {n_caut}",
                before=0.4,
            )
        )
        rows = _offence_rows(c, subject, place, n_conv)
        if rows:
            if family == "table":
                blocks.append(
                    Table(
                        [["DATE", "COURT", "OFFENCE", "DISPOSAL"], *rows],
                        [0.17, 0.2, 0.38, 0.25],
                        ruled=c.chance(0.5),
                        before=0.3,
                    )
                )
            else:
                for row in rows:
                    blocks.append(
                        Para(f"{row[0]} {row[1]} {row[2]} - {row[3]}", indent=0.2, before=0.1)
                    )
        for _ in range(n_caut):
            when = c.date - timedelta(days=c.r.randint(100, 3000))
            blocks.append(
                Para(f"CAUTION {c.d(when, 'slash')} {c.pick(*OFFENCES)}", indent=0.2, before=0.1)
            )
        people.append(person_truth(subject))
    blocks.append(Rule(before=0.6, thickness=1.0))
    blocks.append(
        Para(c.pick("*** END OF PRINT ***", "END OF REPORT", "-- END --"), "center", before=0.3)
    )

    truth = empty_truth("police_check")
    truth.update(
        case_number=case_number,
        document_date=c.date.isoformat(),
        local_authority=place.council if requester else None,
        people=people,
        pnc_ids=pnc_ids,
    )
    style = Style(
        font=c.pick(*MONO_FONTS),
        size_pt=c.pick(9.5, 10.0, 10.5, 11.0),
        margin_in=c.pick(0.7, 0.8, 1.0),
        line_spacing=c.pick(1.2, 1.3, 1.4),
        ink=c.r.randint(0, 50),
        footer=c.pick("PAGE {i} OF {n}", None),
    )
    return Composed(blocks, style, truth, f"police_check/{family}")
