"""Written "police_check" training pages, and LA checks that name the police.

The sample generator prints a police check as one PNC print-out layout, so a model fitted
on it alone learns "a PNC print-out is a police check" and "a letter about records and
safeguarding is a local-authority check". Real police results mostly arrive otherwise: an
e-mail reply from a force's disclosure or information-management unit (printed with its
From/Sent/To/Subject header), a disclosure letter answering a council's MASH request, a
MASH police researcher's return, a results table (name, date of birth, PNC ID, result),
a level 1 or level 2 check reply to Cafcass. They share the council letter's words
("safeguarding", "records", "checks", "not known") and differ in who is writing: a force,
its unit, its systems (PNC, PND, local systems), its addresses (police.uk).

A few council replies that mention the police (checks requested from the force
separately, a police referral in the family's history) are written too, labelled
``la_check``, so that a mention of the police is not taken for a police sender.

Everything here is written from what such documents say in general, with varied wording,
names from Faker and real force names (a gazetteer, not a generator's list).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta

from faker import Faker

from classifiers.other_pages import COUNCIL_KINDS, TOWNS

# Real forces of England and Wales: (name, e-mail domain).
FORCES: tuple[tuple[str, str], ...] = (
    ("West Yorkshire Police", "westyorkshire.police.uk"),
    ("South Yorkshire Police", "southyorks.police.uk"),
    ("North Yorkshire Police", "northyorkshire.police.uk"),
    ("Greater Manchester Police", "gmp.police.uk"),
    ("Merseyside Police", "merseyside.police.uk"),
    ("Lancashire Constabulary", "lancashire.police.uk"),
    ("Cheshire Constabulary", "cheshire.police.uk"),
    ("Cumbria Constabulary", "cumbria.police.uk"),
    ("Northumbria Police", "northumbria.police.uk"),
    ("Durham Constabulary", "durham.police.uk"),
    ("Cleveland Police", "cleveland.police.uk"),
    ("Humberside Police", "humberside.police.uk"),
    ("Lincolnshire Police", "lincs.police.uk"),
    ("Nottinghamshire Police", "notts.police.uk"),
    ("Derbyshire Constabulary", "derbyshire.police.uk"),
    ("Leicestershire Police", "leics.police.uk"),
    ("Staffordshire Police", "staffordshire.police.uk"),
    ("West Midlands Police", "westmidlands.police.uk"),
    ("West Mercia Police", "westmercia.police.uk"),
    ("Warwickshire Police", "warwickshire.police.uk"),
    ("Northamptonshire Police", "northants.police.uk"),
    ("Norfolk Constabulary", "norfolk.police.uk"),
    ("Suffolk Constabulary", "suffolk.police.uk"),
    ("Essex Police", "essex.police.uk"),
    ("Kent Police", "kent.police.uk"),
    ("Sussex Police", "sussex.police.uk"),
    ("Surrey Police", "surrey.police.uk"),
    ("Thames Valley Police", "thamesvalley.police.uk"),
    ("Hampshire and Isle of Wight Constabulary", "hampshire.police.uk"),
    ("Avon and Somerset Police", "avonandsomerset.police.uk"),
    ("Devon and Cornwall Police", "dc.police.uk"),
    ("Dorset Police", "dorset.police.uk"),
    ("Wiltshire Police", "wiltshire.police.uk"),
    ("Gloucestershire Constabulary", "gloucestershire.police.uk"),
    ("Metropolitan Police Service", "met.police.uk"),
    ("South Wales Police", "south-wales.police.uk"),
    ("Gwent Police", "gwent.police.uk"),
    ("Dyfed-Powys Police", "dyfed-powys.police.uk"),
    ("North Wales Police", "nthwales.police.uk"),
)
UNITS = (
    "Disclosure Unit",
    "Information Management - Level 2 Checks",
    "Information Management Department",
    "Civil Disclosure Unit",
    "Family Court Disclosure Team",
    "Safeguarding Hub - Police Research",
    "MASH Police Research Team",
    "Public Protection Unit",
    "Central Referral Unit",
    "Information Sharing and Disclosure",
    "Multi-Agency Safeguarding Hub (Police)",
    "Records Management and Disclosure",
)
LOCAL_SYSTEMS = ("Niche", "Athena", "Connect", "STORM", "local intelligence", "local")
RECIPIENTS = (
    "Cafcass Safeguarding",
    "Cafcass",
    "Children's Social Care",
    "Children's Services",
    "MASH",
    "the Front Door",
    "Safeguarding and Family Support",
    "Legal Services",
)
OFFENCES = (
    "common assault",
    "assault occasioning actual bodily harm",
    "battery",
    "theft from a shop",
    "possession of a controlled drug (class B)",
    "possession with intent to supply (class A)",
    "criminal damage",
    "drink driving",
    "driving whilst disqualified",
    "burglary (dwelling)",
    "harassment",
    "breach of a non-molestation order",
    "affray",
    "public order offence (s.4A)",
)
DISPOSALS = (
    "community order 12 months",
    "fine £200",
    "conditional discharge 12 months",
    "6 weeks imprisonment suspended 12 months",
    "restraining order",
    "simple caution",
    "conditional caution",
    "16 weeks imprisonment",
)

Page = Callable[[random.Random, Faker], str]


def _date(rng: random.Random, start: int = 2019, days: int = 2200) -> date:
    return date(start, 1, 1) + timedelta(days=rng.randrange(days))


def _fmt(d: date, rng: random.Random) -> str:
    return rng.choice(
        (
            d.strftime("%d/%m/%Y"),
            f"{d.day} {d.strftime('%B %Y')}",
            f"{d.day} {d.strftime('%b %Y')}",
            d.strftime("%d.%m.%Y"),
        )
    )


def _dob(rng: random.Random) -> date:
    return date(1965, 1, 1) + timedelta(days=rng.randrange(365 * 40))


def _pnc_id(rng: random.Random, born: date) -> str:
    year = rng.randint(max(born.year + 12, 1985), 2024) % 100
    sep = rng.choice(("/", "/", "/", " / "))
    letter = rng.choice("ABCDEFGHJKLMNPQRTUVWXYZ")
    return f"{year:02d}{sep}{rng.randint(0, 999999):06d}{letter}"


def _person(rng: random.Random, fake: Faker) -> tuple[str, date]:
    first, last = fake.first_name(), fake.last_name()
    name = rng.choice((f"{last.upper()}, {first}", f"{first} {last}", f"{first} {last.upper()}"))
    return name, _dob(rng)


def _council(rng: random.Random) -> str:
    return f"{rng.choice(TOWNS)} {rng.choice(COUNCIL_KINDS)}"


def _force(rng: random.Random) -> tuple[str, str]:
    return rng.choice(FORCES)


def _result(rng: random.Random, fake: Faker, born: date, *, trace_odds: float = 0.4) -> list[str]:
    """What the force's systems show for one subject, in one of the ways it is written."""
    if rng.random() > trace_odds:
        return [
            rng.choice(
                (
                    "NO TRACE",
                    "No trace",
                    "No trace PNC / No trace local systems",
                    "No record held",
                    "No records held on PNC or local systems",
                    "Nothing recorded",
                    "NFR - no trace on police systems",
                    "Not known to police",
                )
            )
        ]
    out: list[str] = []
    if rng.random() < 0.7:
        out.append(f"PNC ID {_pnc_id(rng, born)}")
    n = rng.randint(1, 6)
    out.append(
        rng.choice(
            (
                f"PNC: {n} conviction(s) for {n + rng.randint(0, 4)} offences",
                f"Convictions: {n}. Cautions: {rng.randint(0, 2)}.",
                f"{n} convictions, last conviction {_fmt(_date(rng), rng)}",
                "Trace - see summary below",
            )
        )
    )
    for _ in range(rng.randint(1, 3)):
        out.append(
            f"{_fmt(_date(rng, 2008, 5000), rng)} {rng.choice(TOWNS)} Magistrates' Court - "
            f"{rng.choice(OFFENCES)} - {rng.choice(DISPOSALS)}"
        )
    if rng.random() < 0.5:
        out.append(
            rng.choice(
                (
                    f"Local systems: {rng.randint(1, 9)} domestic incidents recorded, most "
                    f"recent {_fmt(_date(rng), rng)}.",
                    "Local: named as suspect in a domestic related incident, no further action.",
                    "Local intelligence: nothing further of note.",
                    "Warning markers: violent, drugs.",
                )
            )
        )
    return out


def _subjects(rng: random.Random, fake: Faker) -> list[tuple[str, date]]:
    return [_person(rng, fake) for _ in range(rng.randint(1, 4))]


def _marking(rng: random.Random) -> list[str]:
    return [rng.choice(("OFFICIAL - SENSITIVE", "OFFICIAL SENSITIVE", "OFFICIAL", ""))]


def email_reply(rng: random.Random, fake: Faker) -> str:
    """A force unit's e-mail reply, printed: header block, results, signature, disclaimer."""
    force, domain = _force(rng)
    unit = rng.choice(UNITS)
    sender = fake.name()
    user = sender.lower().replace(" ", ".").replace("'", "")
    box = rng.choice((user, "disclosure", "level2checks", "mash.police", "information.sharing"))
    to = rng.choice(
        (
            f"safeguarding@cafcass.gov.uk; {fake.name()}",
            f"{fake.name()} <{fake.user_name()}@{rng.choice(TOWNS).lower()}.gov.uk>",
            f"MASH <mash@{rng.choice(TOWNS).lower()}.gov.uk>",
            f"{fake.name()} (Cafcass)",
        )
    )
    sent = _date(rng)
    subject = rng.choice(
        (
            "RE: Police checks request",
            "RE: Level 2 checks - Cafcass",
            "RE: Safeguarding checks",
            f"RE: Police check request - {fake.last_name()} family",
            "RE: Request for police information - Children Act proceedings",
            "RE: MASH enquiry - police research",
            "Police checks - results",
        )
    )
    lines = _marking(rng)
    lines += [
        f"From: {sender} <{box}@{domain}>",
        f"Sent: {sent.strftime('%A')} {_fmt(sent, rng)} {rng.randint(8, 17):02d}:"
        f"{rng.randrange(60):02d}",
        f"To: {to}",
    ]
    if rng.random() < 0.4:
        lines.append(f"Cc: {unit} <{rng.choice(('disclosure', 'pnc.bureau', 'ims'))}@{domain}>")
    lines.append(f"Subject: {subject}")
    lines.append(rng.choice(("Good morning", "Good afternoon", "Hello", "Hi", "Dear colleague")))
    systems = rng.sample(LOCAL_SYSTEMS, 2)
    lines.append(
        rng.choice(
            (
                "Checks have been completed on the Police National Computer (PNC) and local "
                f"{force} systems for the following people:",
                f"I have completed checks on PNC, PND and {systems[0]} for the persons below.",
                f"Please see the results of the police checks below (PNC and {systems[0]}).",
                f"Further to your request, {force} hold the following information:",
                "Level 2 checks completed as requested. Results as follows:",
            )
        )
    )
    for name, born in _subjects(rng, fake):
        lines.append(f"{name} {rng.choice(('DOB', 'D.O.B.', 'born', ''))} {_fmt(born, rng)}")
        lines += _result(rng, fake, born)
    if rng.random() < 0.6:
        lines.append(
            rng.choice(
                (
                    "This information is provided for safeguarding purposes only and must not "
                    "be shared further without our consent.",
                    "If you require a full disclosure for court please submit a court order.",
                    "Please note local checks only cover this force area.",
                    "Please do not reply to this mailbox; send new requests to the unit.",
                )
            )
        )
    lines += [rng.choice(("Kind regards", "Regards", "Many thanks")), sender]
    lines.append(rng.choice(("Researcher", "Disclosure Officer", "Police Staff", "PC", "DC")))
    lines += [unit, force]
    if rng.random() < 0.6:
        lines.append(
            rng.choice(
                (
                    "This e-mail and any attachments are confidential and intended only for "
                    "the addressee. Any views are those of the sender and not of the force.",
                    f"{force} - working with our communities. www.{domain}",
                    "All e-mail sent to or from this address is monitored.",
                )
            )
        )
    return "\n".join(line for line in lines if line)


def disclosure_letter(rng: random.Random, fake: Faker) -> str:
    """A force's disclosure letter answering a council's or a solicitor's request."""
    force, domain = _force(rng)
    unit = rng.choice(UNITS)
    town = rng.choice(TOWNS)
    lines = [*_marking(rng), force, unit]
    if rng.random() < 0.7:
        lines += [fake.street_address().replace("\n", ", "), town, fake.postcode()]
    if rng.random() < 0.5:
        lines.append(f"Tel: 01{rng.randint(100, 999)} {rng.randint(100000, 999999)}")
        lines.append(f"Email: {rng.choice(('disclosure', 'civil.disclosure'))}@{domain}")
    recipient = rng.choice(
        (
            f"{_council(rng)}, {rng.choice(RECIPIENTS)}",
            f"{fake.last_name()} & {fake.last_name()} Solicitors",
            "Cafcass",
            f"Legal Services, {_council(rng)}",
        )
    )
    lines += [fake.name(), recipient, _fmt(_date(rng), rng)]
    lines.append(f"Our ref: {rng.choice(('DISC', 'CDU', 'IM', 'L2'))}/{fake.bothify('####/##')}")
    if rng.random() < 0.6:
        lines.append(f"Your ref: {fake.bothify('??/####')}")
    lines.append(rng.choice(("Dear Sir/Madam", f"Dear {fake.last_name()}", "Dear Colleague")))
    lines.append(
        rng.choice(
            (
                "Re: Request for police information - Children Act 1989 proceedings",
                "RE: MASH request for police checks",
                "Request for disclosure of police records",
                "Re: Police checks",
            )
        )
    )
    lines.append(
        rng.choice(
            (
                f"Thank you for your request dated {_fmt(_date(rng), rng)}. A search of police "
                "systems has been completed for the persons named.",
                f"I write in response to your request for a police check. {force} has searched "
                "the Police National Computer and its local records.",
                "Following your MASH request, the police research is set out below.",
                "Checks have been carried out against PNC and force systems as requested.",
            )
        )
    )
    for i, (name, born) in enumerate(_subjects(rng, fake), 1):
        lines.append(f"{i}. {name}, {_fmt(born, rng)}")
        lines += _result(rng, fake, born)
    lines.append(
        rng.choice(
            (
                "This disclosure is made under the Data Protection Act 2018 for the purpose of "
                "safeguarding children and must not be disclosed to third parties.",
                "The information is disclosed to you in confidence. It must not be shown to "
                "the subjects without the force's agreement.",
                "Should the court require further information, a formal application should be "
                "made to the force.",
            )
        )
    )
    lines += [rng.choice(("Yours faithfully", "Yours sincerely")), fake.name()]
    lines += [rng.choice(("Disclosure Officer", "Disclosure Manager", "Police Researcher")), unit]
    if rng.random() < 0.5:
        lines.append(force)
    return "\n".join(line for line in lines if line)


def mash_return(rng: random.Random, fake: Faker) -> str:
    """A MASH police researcher's return: subjects, systems searched, what each shows."""
    force, _ = _force(rng)
    lines = [
        *_marking(rng),
        rng.choice(("MASH POLICE RESEARCH", "Police research - MASH", "POLICE INFORMATION")),
        f"{force} - {rng.choice(('Safeguarding Hub', 'MASH', 'Public Protection'))}",
        f"Referral ref: {fake.bothify('MASH-#####')}  Date: {_fmt(_date(rng), rng)}",
        f"Researcher: {fake.name()}",
        f"Systems checked: PNC, PND, {', '.join(rng.sample(LOCAL_SYSTEMS, 2))}",
    ]
    for i, (name, born) in enumerate(_subjects(rng, fake), 1):
        lines.append(
            f"Subject {i}: {name}  DOB {_fmt(born, rng)}  "
            + rng.choice(("(mother)", "(father)", "(partner)", "(grandparent)", ""))
        )
        lines += _result(rng, fake, born, trace_odds=0.5)
    lines.append(
        rng.choice(
            (
                "Police view of risk: standard.",
                "Police risk assessment: medium.",
                "No further police information.",
                "Information shared with Children's Social Care.",
            )
        )
    )
    return "\n".join(line for line in lines if line)


def results_table(rng: random.Random, fake: Faker) -> str:
    """A results table: one row a person, PNC ID where there is one."""
    force, _ = _force(rng)
    lines = [
        *_marking(rng),
        force,
        rng.choice(("Police check results", "RESULTS OF POLICE CHECKS", "PNC / Local checks")),
        f"Requested by: {rng.choice(RECIPIENTS)}, {_council(rng)}",
        f"Date completed: {_fmt(_date(rng), rng)}",
        rng.choice(("Name | DOB | PNC ID | Result", "Name  DOB  PNC ID  Result", "Name DOB PNC")),
    ]
    for name, born in _subjects(rng, fake):
        if rng.random() < 0.45:
            pnc = _pnc_id(rng, born)
            res = rng.choice(("Trace - see attached", "Convictions", "Record held", "TRACE"))
        else:
            pnc, res = rng.choice(("-", "N/A", "None", "")), rng.choice(("NO TRACE", "No trace"))
        lines.append(f"{name} | {_fmt(born, rng)} | {pnc} | {res}")
    if rng.random() < 0.6:
        lines.append(
            rng.choice(
                (
                    f"Checked by {fake.name()}, {rng.choice(UNITS)}",
                    "Local systems checked: yes",
                    "End of results",
                )
            )
        )
    return "\n".join(line for line in lines if line)


def level_check(rng: random.Random, fake: Faker) -> str:
    """A level 1 / level 2 check reply (Cafcass's safeguarding checks) from a force."""
    force, domain = _force(rng)
    level = rng.choice(("Level 1", "Level 2", "Level 2"))
    lines = [
        *_marking(rng),
        f"{force} {rng.choice(('Information Management', 'Disclosure Unit', 'Vetting'))}",
        f"{level} {rng.choice(('check', 'checks', 'police check'))} - "
        f"{rng.choice(('Cafcass', 'Children Act', 'private law', 'public law'))}",
        f"Cafcass ref: {fake.bothify('####-####-####')}" if rng.random() < 0.5 else "",
        f"Date of request: {_fmt(_date(rng), rng)}",
    ]
    for name, born in _subjects(rng, fake):
        lines.append(f"Name: {name}")
        lines.append(f"Date of birth: {_fmt(born, rng)}")
        lines += _result(rng, fake, born)
    lines.append(
        rng.choice(
            (
                f"{level} checks cover PNC and {force} local systems only.",
                "A summary of relevant convictions is provided; spent matters are not shown.",
                "This is not a DBS disclosure.",
                f"Queries to {rng.choice(('level2checks', 'disclosure'))}@{domain}",
            )
        )
    )
    return "\n".join(line for line in lines if line)


def la_reply_naming_police(rng: random.Random, fake: Faker) -> str:
    """A council's own records reply that mentions the police; it is still an LA check."""
    council = _council(rng)
    force, _ = _force(rng)
    team = rng.choice(
        ("Children's Social Care", "Children's Services", "MASH", "Front Door Service")
    )
    lines = [council, team, fake.street_address().replace("\n", ", "), _fmt(_date(rng), rng)]
    lines.append(f"Our ref: {fake.bothify('CSC/#####')}")
    lines.append(rng.choice(("Dear Sir/Madam", f"Dear {fake.last_name()}", "Dear colleague")))
    lines.append(rng.choice(("Request for safeguarding checks", "Re: Local authority checks")))
    subjects = _subjects(rng, fake)
    named = "; ".join(f"{n} ({_fmt(b, rng)})" for n, b in subjects)
    lines.append(f"I have checked our children's social care records for: {named}.")
    if rng.random() < 0.5:
        lines.append(
            rng.choice(
                (
                    "The family is not known to this authority.",
                    "None of the persons named is known to children's services.",
                )
            )
        )
    else:
        lines.append(
            rng.choice(
                (
                    f"The family is known to this authority: a referral was received from "
                    f"{force} in {rng.randint(2016, 2024)} following a domestic incident.",
                    "The family is known to children's services: the children were subject "
                    "to a child in need plan after a police notification; the case closed in "
                    + str(rng.randint(2016, 2024))
                    + ".",
                )
            )
        )
    lines.append(
        rng.choice(
            (
                f"Police checks have been requested separately from {force} and will be "
                "forwarded when received.",
                "We are unable to share police information; please contact the police directly.",
                f"Please note this reply does not include police checks, which {force} will "
                "answer separately.",
                "Checks with the police and health are being made by the MASH.",
            )
        )
    )
    lines += [rng.choice(("Yours sincerely", "Kind regards")), fake.name()]
    lines.append(rng.choice(("Social Worker", "Team Manager", "MASH Coordinator")))
    return "\n".join(lines)


POLICE_KINDS: tuple[Page, ...] = (
    email_reply,
    disclosure_letter,
    mash_return,
    results_table,
    level_check,
)
LA_KINDS: tuple[Page, ...] = (la_reply_naming_police,)
# One LA reply naming the police for every POLICE_PER_LA police results.
POLICE_PER_LA = 2


def police_letters(n: int, seed: int = 0) -> list[tuple[str, str]]:
    """``n`` (text, doc_type) pages: written police results, and some LA replies naming police."""
    rng = random.Random(seed)
    fake = Faker("en_GB")
    fake.seed_instance(seed)
    out: list[tuple[str, str]] = []
    for i in range(n):
        if i % (POLICE_PER_LA + 1) == POLICE_PER_LA:
            out.append((LA_KINDS[0](rng, fake), "la_check"))
        else:
            kind = POLICE_KINDS[(i - i // (POLICE_PER_LA + 1)) % len(POLICE_KINDS)]
            out.append((kind(rng, fake), "police_check"))
    return out
