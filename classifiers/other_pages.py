"""Training pages for "other": the paper a children's-services post room gets that is not casework.

The sample generator writes three kinds of "other" (an energy bill, a parking letter, a
blank page), so a model fitted on it alone learns "a letter is a local-authority check".
Real intake also carries council-tax bills, housing letters, school letters, NHS
appointments, bank statements, solicitors' covering letters, fax cover sheets and court
notices of hearing, which look like casework (a council, a letter, a court heading, a case
number) without being a check or an order. These are written here from what such papers
say in general, with varied wording, so the classifier learns what is *missing* from them
(records searched, an order made, a PNC result) rather than one template's words.

Per the truth format, only orders are ``court_order``: a notice of hearing or a letter
enclosing an order is ``other``.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta

from faker import Faker

# Real places (a gazetteer, not a generator's list): where the paper comes from varies.
TOWNS = (
    "Leeds", "Bradford", "Sheffield", "Manchester", "Liverpool", "Bristol", "Birmingham",
    "Nottingham", "Leicester", "Coventry", "Newcastle", "Sunderland", "Hull", "York",
    "Derby", "Stoke-on-Trent", "Plymouth", "Exeter", "Norwich", "Ipswich", "Reading",
    "Southampton", "Portsmouth", "Brighton", "Swindon", "Oxford", "Cambridge", "Luton",
    "Preston", "Blackpool", "Wigan", "Bolton", "Oldham", "Stockport", "Doncaster",
    "Barnsley", "Rotherham", "Wakefield", "Middlesbrough", "Carlisle", "Lincoln",
    "Peterborough", "Gloucester", "Worcester", "Hereford", "Telford", "Cardiff", "Swansea",
)  # fmt: skip
COUNCIL_KINDS = ("City Council", "Borough Council", "Metropolitan Borough Council", "Council")
COURT_TOWNS = TOWNS

Page = Callable[[random.Random, Faker], str]


def _date(rng: random.Random) -> date:
    return date(2018, 1, 1) + timedelta(days=rng.randrange(2900))


def _fmt(d: date, rng: random.Random) -> str:
    style = rng.randrange(5)
    if style == 0:
        return d.strftime("%d/%m/%Y")
    if style == 1:
        return d.strftime("%d.%m.%y")
    if style == 2:
        return f"{d.day} {d.strftime('%B %Y')}"
    if style == 3:
        return f"{d.day} {d.strftime('%b %Y')}"
    return d.strftime("%d-%m-%Y")


def _money(rng: random.Random, lo: int = 5, hi: int = 900) -> str:
    return f"£{rng.randint(lo, hi)}.{rng.randrange(100):02d}"


def _address(fake: Faker, rng: random.Random, town: str) -> list[str]:
    lines = [fake.street_address().replace("\n", ", "), town, fake.postcode()]
    if rng.random() < 0.3:
        lines = [", ".join(lines[:2]) + " " + lines[2]]
    return lines


def _addressee(fake: Faker, rng: random.Random, town: str) -> tuple[str, list[str]]:
    first, last = fake.first_name(), fake.last_name()
    title = rng.choice(("Mr", "Mrs", "Ms", "Miss", "", ""))
    full = f"{title} {first} {last}".strip()
    return first if rng.random() < 0.5 else full, [full, *_address(fake, rng, town)]


def _sign_off(rng: random.Random, fake: Faker, team: str) -> list[str]:
    closing = rng.choice(("Yours sincerely", "Yours faithfully", "Kind regards", "Regards"))
    lines = [closing]
    if rng.random() < 0.6:
        lines.append(fake.name())
    lines.append(team)
    return lines


def _letter(
    rng: random.Random,
    fake: Faker,
    head: list[str],
    subject: str | None,
    body: list[str],
    team: str,
    salutation: str | None = None,
) -> str:
    town = rng.choice(TOWNS)
    short, addressee = _addressee(fake, rng, town)
    lines = list(head)
    when = _fmt(_date(rng), rng)
    if rng.random() < 0.5:
        lines += [*addressee, rng.choice(("", "Date: ", "Dated ")) + when]
    else:
        lines += [when, *addressee]
    if rng.random() < 0.4:
        lines.append(f"{rng.choice(('Our ref', 'Ref', 'Reference'))}: {fake.bothify('??###/##')}")
    lines.append(salutation or f"Dear {short}")
    if subject:
        lines.append(subject)
    lines += body
    lines += _sign_off(rng, fake, team)
    return "\n".join(lines)


def council_tax(rng: random.Random, fake: Faker) -> str:
    town = rng.choice(TOWNS)
    council = f"{town} {rng.choice(COUNCIL_KINDS)}"
    year = rng.randint(2019, 2025)
    band = rng.choice("ABCDEFG")
    annual = rng.randint(1100, 2600)
    n = rng.choice((10, 12))
    lines = [council, rng.choice(("Council Tax Bill", "Council Tax demand notice", "COUNCIL TAX"))]
    lines += [f"{year}/{str(year + 1)[2:]}", *_address(fake, rng, town)[:1]]
    lines += [
        f"Account reference {rng.randint(10**7, 10**9)}",
        f"Property band {band}",
        rng.choice(("Annual charge", "Charge for the year", "Amount payable")) + f" £{annual}.00",
    ]
    if rng.random() < 0.5:
        lines.append(f"Less single person discount 25% -£{annual // 4}.00")
    lines += [
        f"Your {n} monthly instalments of {_money(rng, 90, 260)} are due on the "
        f"{rng.randint(1, 28)}th of each month.",
        rng.choice(
            (
                "Pay by Direct Debit - it is the easiest way to pay.",
                "If you do not pay on time we may take recovery action.",
                "You can view your account and pay online at any time.",
            )
        ),
    ]
    if rng.random() < 0.5:
        lines.append("Adult social care precept and police precept are included in this charge.")
    return "\n".join(lines)


def housing(rng: random.Random, fake: Faker) -> str:
    town = rng.choice(TOWNS)
    org = rng.choice(
        (
            f"{town} {rng.choice(COUNCIL_KINDS)} Housing Services",
            f"{fake.last_name()} {rng.choice(('Homes', 'Housing Trust', 'Housing Group'))}",
            f"{town} Community Housing",
        )
    )
    topic = rng.randrange(4)
    if topic == 0:
        subject = "Rent account"
        body = [
            f"Your rent account is in arrears by {_money(rng, 50, 1500)}.",
            "Please contact your Income Officer to agree a repayment plan.",
            "If you are having difficulty paying your rent, help is available.",
        ]
    elif topic == 1:
        thing = rng.choice(("boiler", "bathroom window", "front door lock", "damp in the bedroom"))
        subject = rng.choice(("Repair appointment", "Your repair request", "Repairs"))
        body = [
            f"Thank you for reporting the problem with your {thing}.",
            f"A contractor will visit on {_fmt(_date(rng), rng)} "
            f"between {rng.choice(('8am and 1pm', '12pm and 6pm', '9:00 and 13:00'))}.",
            "If you cannot be in, please call us to rearrange.",
        ]
    elif topic == 2:
        subject = rng.choice(("Annual gas safety check", "Gas service visit"))
        body = [
            "We are required by law to check the gas appliances in your home every year.",
            f"Our engineer will call on {_fmt(_date(rng), rng)}.",
            "Please allow access to the property.",
        ]
    else:
        subject = rng.choice(("Tenancy visit", "Tenancy agreement", "Change to your rent"))
        body = [
            rng.choice(
                (
                    "Your housing officer would like to visit to check your tenancy details.",
                    f"From April your weekly rent will be {_money(rng, 80, 190)}.",
                    "Please find your new tenancy agreement for signature.",
                )
            ),
            "Contact us if you have any questions about your tenancy.",
        ]
    return _letter(rng, fake, [org, *_address(fake, rng, town)], subject, body, "Housing Team")


def school(rng: random.Random, fake: Faker) -> str:
    town = rng.choice(TOWNS)
    name = rng.choice(
        (
            f"St {fake.first_name()}'s Primary School",
            f"{town} {rng.choice(('Academy', 'High School', 'Infant School', 'Junior School'))}",
            f"{fake.last_name()} Park Primary School",
        )
    )
    topic = rng.randrange(4)
    child = f"{fake.first_name()} {fake.last_name()}"
    if topic == 0:
        subject = "Year " + str(rng.randint(1, 11)) + " trip"
        body = [
            f"We are planning a trip to {fake.last_name()} Museum on {_fmt(_date(rng), rng)}.",
            f"The cost is {_money(rng, 5, 30)}. Please return the consent slip by Friday.",
            "Pupils should bring a packed lunch and wear school uniform.",
        ]
    elif topic == 1:
        subject = "Parents' evening"
        body = [
            f"Parents' evening for {child} will be held on {_fmt(_date(rng), rng)}.",
            "Please book a ten minute appointment with the class teacher.",
        ]
    elif topic == 2:
        subject = "Attendance"
        body = [
            f"{child}'s attendance this term is {rng.randint(80, 94)}%.",
            "Regular attendance helps every pupil do their best. Please contact the office",
            "if there is anything we can do to help.",
        ]
    else:
        subject = "Term dates"
        body = [
            f"The autumn term starts on {_fmt(_date(rng), rng)}.",
            "INSET days and holidays are listed on the school website.",
        ]
    if rng.random() < 0.3:
        body.append(f"Designated Safeguarding Lead: {fake.name()}")
    return _letter(
        rng,
        fake,
        [name, *_address(fake, rng, town)],
        subject,
        body,
        rng.choice(("Headteacher", "Head Teacher", "School Office")),
        salutation=rng.choice(("Dear Parent/Carer", "Dear Parents and Carers", None)),
    )


def nhs(rng: random.Random, fake: Faker) -> str:
    town = rng.choice(TOWNS)
    trust = rng.choice(
        (
            f"{town} Teaching Hospitals NHS Foundation Trust",
            f"{town} General Hospital",
            f"{fake.last_name()} Road Surgery",
            f"{town} Royal Infirmary NHS Trust",
        )
    )
    clinic = rng.choice(("Outpatients", "Orthopaedic Clinic", "Dermatology", "Audiology",
                         "Paediatric Clinic", "Physiotherapy", "Diabetes Clinic"))  # fmt: skip
    when = _fmt(_date(rng), rng)
    body = [
        f"NHS number: {rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
        f"An appointment has been made for you at the {clinic} on {when} at "
        f"{rng.randint(8, 16)}:{rng.choice(('00', '15', '30', '45'))}.",
        rng.choice(
            (
                "Please bring a list of your current medication.",
                "If you cannot attend, please phone the booking office so we can offer it to "
                "another patient.",
                "Please arrive 15 minutes before your appointment time.",
            )
        ),
    ]
    if rng.random() < 0.4:
        body.insert(0, f"Consultant: Dr {fake.last_name()}")
    return _letter(
        rng,
        fake,
        [trust, rng.choice(("Appointment letter", "Outpatient appointment", clinic))],
        None,
        body,
        rng.choice(("Appointments Centre", "Patient Booking Team", "Practice Manager")),
    )


def bank_statement(rng: random.Random, fake: Faker) -> str:
    bank = rng.choice((f"{fake.last_name()} Bank", f"{fake.last_name()} Building Society"))
    town = rng.choice(TOWNS)
    lines = [bank, rng.choice(("Statement", "Current account statement", "Your statement"))]
    lines += [fake.name(), *_address(fake, rng, town)]
    lines += [
        f"Sort code {rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}  "
        f"Account number {rng.randint(10**7, 10**8 - 1)}",
        f"Statement period {_fmt(_date(rng), rng)} to {_fmt(_date(rng), rng)}",
        rng.choice(
            ("Date Description Paid out Paid in Balance", "Date Details Money out Money in")
        ),
        f"Opening balance {_money(rng)}",
    ]
    shops = ("TESCO STORES", "CARD PAYMENT", "DIRECT DEBIT", "SALARY", "ATM WITHDRAWAL",
             "STANDING ORDER", "TRANSFER", "BP FUEL", "AMAZON", "CHILD BENEFIT")  # fmt: skip
    for _ in range(rng.randint(3, 12)):
        lines.append(f"{_fmt(_date(rng), rng)} {rng.choice(shops)} {_money(rng)} {_money(rng)}")
    lines.append(f"Closing balance {_money(rng)}")
    return "\n".join(lines)


def solicitor_cover(rng: random.Random, fake: Faker) -> str:
    """A covering letter: it names the court and the order it encloses, but orders nothing."""
    firm = f"{fake.last_name()} & {fake.last_name()} {rng.choice(('Solicitors', 'LLP', 'Law'))}"
    town = rng.choice(TOWNS)
    prefix = "".join(rng.choice("ABCDEFGHKLMNPRSTWY") for _ in range(2))
    case = f"{prefix}{rng.randint(18, 25)}{rng.choice(('C', 'P', 'F'))}{rng.randint(0, 99999):05d}"
    order = rng.choice(("order", "sealed order", "court order", "final order"))
    body = [
        f"Re: {fake.last_name()} - case number {case}" if rng.random() < 0.7 else "Re: our client",
        rng.choice(("We act for", "We are instructed by", "We represent"))
        + f" {fake.name()} in the above matter.",
        rng.choice(("Please find enclosed", "We enclose", "Enclosed is"))
        + f" a copy of the {order} dated {_fmt(_date(rng), rng)} "
        + f"made in the Family Court at {rng.choice(COURT_TOWNS)}, for your records.",
        rng.choice(
            (
                "Please acknowledge receipt.",
                "Please do not hesitate to contact the writer if you have any questions.",
                "We would be grateful if you would place this on your file.",
            )
        ),
    ]
    return _letter(
        rng,
        fake,
        [firm, *_address(fake, rng, town)],
        None,
        body,
        rng.choice((firm, "Family Department", "Solicitor")),
        salutation=rng.choice(("Dear Sirs", "Dear Sir/Madam", None)),
    )


def notice_of_hearing(rng: random.Random, fake: Faker) -> str:
    """A court notice: the court and case number, a date to attend, and no order."""
    town = rng.choice(COURT_TOWNS)
    prefix = "".join(rng.choice("ABCDEFGHKLMNPRSTWY") for _ in range(2))
    case = f"{prefix}{rng.randint(18, 25)}{rng.choice(('C', 'P'))}{rng.randint(0, 99999):05d}"
    lines = [
        rng.choice((f"In the Family Court at {town}", f"The Family Court sitting at {town}")),
        f"Case number: {case}" if rng.random() < 0.8 else f"No. {case}",
        rng.choice(("Notice of hearing", "NOTICE OF HEARING", "Notice of Hearing (Form C6)")),
        rng.choice(("Take notice that", "TAKE NOTICE that", "You are given notice that")),
        f"the application will be heard by {rng.choice(('a District Judge', 'the court'))} "
        f"at {town} Combined Court Centre",
        f"on {_fmt(_date(rng), rng)} at {rng.randint(9, 14)}:{rng.choice(('00', '30'))}",
        rng.choice(
            (
                "Please bring this notice with you.",
                "If you do not attend, the court may make an order in your absence.",
                "The hearing will be held by video link; details will be sent to you.",
            )
        ),
        f"Dated {_fmt(_date(rng), rng)}",
    ]
    if rng.random() < 0.4:
        lines.insert(3, f"To: {fake.name()}")
    return "\n".join(lines)


def fax_cover(rng: random.Random, fake: Faker) -> str:
    lines = [
        rng.choice(("FAX", "Fax cover sheet", "FACSIMILE TRANSMISSION", "Email printout")),
        f"To: {fake.name()}",
        f"From: {fake.name()}",
        f"Date: {_fmt(_date(rng), rng)}",
        f"Pages (including this page): {rng.randint(1, 12)}",
        f"Subject: {rng.choice(('documents as requested', 'meeting', 'invoice', 'FYI'))}",
    ]
    if rng.random() < 0.6:
        lines.append(
            "This transmission is confidential and intended only for the addressee. If you "
            "have received it in error please tell the sender and destroy it."
        )
    return "\n".join(lines)


def near_blank(rng: random.Random, fake: Faker) -> str:
    kind = rng.randrange(4)
    if kind == 0:
        return rng.choice(("This page is intentionally left blank", "Blank page", "(blank)"))
    if kind == 1:
        return f"Page {rng.randint(2, 9)} of {rng.randint(9, 12)}"
    if kind == 2:
        return rng.choice(("Continued overleaf", "- end -", "Scanned by reception"))
    return f"{_fmt(_date(rng), rng)} {rng.randint(10, 23)}:{rng.randint(10, 59)}"


def benefits(rng: random.Random, fake: Faker) -> str:
    body = [
        rng.choice(
            (
                f"Your Universal Credit payment for this month is {_money(rng, 200, 1400)}.",
                f"We have worked out your Housing Benefit as {_money(rng, 40, 200)} a week.",
                f"Your Child Benefit will be paid every four weeks into account ending "
                f"{rng.randint(1000, 9999)}.",
            )
        ),
        "Tell us straight away if your circumstances change.",
    ]
    office = rng.choice(
        ("Department for Work and Pensions", "HM Revenue and Customs", "Benefits Service")
    )
    return _letter(rng, fake, [office], None, body, office)


def hearing_notice(rng: random.Random, fake: Faker) -> str:
    """A listing notice set out as a form: who it is to, and when and where to come.

    It names the application, the children and the statute the way an order does, so only
    what it lacks (anything ordered, a judge making it) says it is not one.
    """
    town = rng.choice(COURT_TOWNS)
    prefix = "".join(rng.choice("ABCDEFGHKLMNPRSTWY") for _ in range(2))
    case = f"{prefix}{rng.randint(18, 25)}{rng.choice(('C', 'P'))}{rng.randint(0, 99999):05d}"
    council = f"{rng.choice(TOWNS)} {rng.choice(COUNCIL_KINDS)}"
    kids = " and ".join(
        f"{fake.first_name()} {fake.last_name()} (born {_fmt(_date(rng), rng)})"
        for _ in range(rng.randint(1, 3))
    )
    kind = rng.choice(
        (
            "Case Management Hearing",
            "Issues Resolution Hearing",
            "First Hearing Dispute Resolution Appointment",
            "Final Hearing",
            "Further Case Management Hearing",
            "Interim hearing",
        )
    )
    act = rng.choice(
        (
            "section 31 Children Act 1989",
            "section 8 of the Children Act 1989",
            "Part 4 Family Law Act 1996",
            "section 38 Children Act 1989",
        )
    )
    head = rng.choice((f"The Family Court at {town}", f"IN THE FAMILY COURT sitting at {town}"))
    lines = [head, rng.choice(("Case No: ", "Case number ", "Claim no. ")) + case]
    lines.append(
        rng.choice(
            (
                "Notice of Hearing",
                "NOTICE OF A HEARING",
                "Hearing notice",
                "Notice of adjourned hearing",
                "NOTICE OF LISTING",
            )
        )
    )
    lines.append(
        rng.choice(
            (
                f"The application made by {council} under {act} about {kids}",
                f"Re: {kids}. Applicant: {council}",
                f"In the matter of {kids} ({act})",
            )
        )
    )
    role = rng.choice(("mother", "father", "respondent", "intervenor", "grandmother"))
    lines.append(f"To: {fake.name()} ({role})" if rng.random() < 0.8 else f"To {fake.name()}")
    when = _fmt(_date(rng), rng)
    clock = f"{rng.randint(9, 15)}:{rng.choice(('00', '15', '30'))}"
    venue = rng.choice(("Combined Court Centre", "Family Hearing Centre", "Justice Centre"))
    where = f"{town} {venue}"
    table = [
        (rng.choice(("Hearing", "Type of hearing", "Listed for")), kind),
        (rng.choice(("Date", "On", "Date of hearing")), when),
        (rng.choice(("Time", "At", "Start time")), clock),
        (rng.choice(("Place", "Venue", "Location", "Where")), where),
    ]
    if rng.random() < 0.5:
        table.append(("Length", rng.choice(("1 hour", "half a day", "2 days"))))
    sep = rng.choice((": ", " ", " - "))
    lines += [f"{k}{sep}{v}" for k, v in table]
    lines += rng.sample(
        [
            "If you do not attend the hearing the court may deal with the case without you.",
            "You must attend in person unless the court tells you otherwise.",
            "Please arrive 30 minutes early so that you can speak to your advocate.",
            "You should take this notice to your solicitor without delay.",
            "If you fail to attend, orders may be made in your absence.",
            "Interpreters can be booked through the court office if you need one.",
        ],
        k=rng.randint(1, 3),
    )
    lines.append(rng.choice(("Issued ", "Date of issue: ", "Sent on ")) + _fmt(_date(rng), rng))
    return "\n".join(lines)


def conference_invitation(rng: random.Random, fake: Faker) -> str:
    """Children's services asking a parent or professional to a meeting about children."""
    town = rng.choice(TOWNS)
    council = f"{town} {rng.choice(COUNCIL_KINDS)}"
    service = rng.choice(
        (
            "Children's Services",
            "Children's Social Care",
            "Safeguarding and Reviewing Unit",
            "Children and Families Service",
            "Child Protection Conference Service",
        )
    )
    meeting = rng.choice(
        (
            "Initial Child Protection Conference",
            "Review Child Protection Conference",
            "Core Group Meeting",
            "Looked After Child Review",
            "Family Group Conference",
            "Child in Need meeting",
        )
    )
    kids = ", ".join(
        f"{fake.first_name()} {fake.last_name()}"
        + (f" (born {_fmt(_date(rng), rng)})" if rng.random() < 0.7 else "")
        for _ in range(rng.randint(1, 3))
    )
    when = _fmt(_date(rng), rng)
    opener = rng.choice(
        (
            f"You are invited to a {meeting} about {kids}.",
            f"I would like to invite you to the {meeting} for {kids}.",
            f"Invitation: {meeting} concerning {kids}",
            f"We are inviting you to attend a {meeting} regarding {kids}.",
        )
    )
    body = [
        opener,
        f"The meeting is on {when} at {rng.randint(9, 16)}.{rng.choice(('00', '30'))} "
        + rng.choice(
            (
                f"at {fake.street_name()} Centre, {town}.",
                "by video call.",
                f"in Room {rng.randint(1, 12)}, {town} Civic Offices.",
            )
        ),
        rng.choice(
            (
                "The purpose is to share information and agree a plan to keep the children safe.",
                "The conference will consider whether a child protection plan is needed.",
                "Your social worker will visit before the meeting to talk about the report.",
                "We will look at how the plan is working and what needs to happen next.",
                "Parents, family members and the professionals who know the family are asked "
                "to come.",
            )
        ),
        rng.choice(
            (
                "You may bring a friend or supporter with you.",
                "If you need an interpreter or help to take part, please tell us.",
                "If you cannot attend, please send a written report before the meeting.",
                "Please let me know if you can attend.",
            )
        ),
    ]
    if rng.random() < 0.5:
        body.insert(0, rng.choice(("Invitation", "INVITATION TO MEETING", meeting)))
    team = rng.choice(
        (
            "Conference Chair",
            "Independent Reviewing Officer",
            "Social Worker",
            "Child Protection Chair",
            "Business Support",
        )
    )
    return _letter(rng, fake, [council, service, *_address(fake, rng, town)], None, body, team)


def service_invoice(rng: random.Random, fake: Faker) -> str:
    """A supplier's invoice for work on a case: interpreting, an expert report, transport."""
    town = rng.choice(TOWNS)
    firm = rng.choice(
        (
            f"{fake.last_name()} Interpreting Ltd",
            f"{town} Translation Services",
            f"{fake.last_name()} Associates (independent social work)",
            f"{fake.last_name()} Forensic Testing",
            f"{town} Community Transport",
        )
    )
    item = rng.choice(
        (
            "Interpreting at court",
            "Telephone interpreting",
            "Written translation",
            "Hair strand test",
            "Parenting assessment",
            "Contact transport",
        )
    )
    hours = rng.randint(1, 9)
    rate = rng.randint(20, 95)
    lines = [firm, *_address(fake, rng, town)]
    lines.append(rng.choice(("INVOICE", "Invoice", "Tax invoice", "Sales invoice")))
    lines += [
        f"{rng.choice(('Invoice no', 'Invoice number', 'Inv. no.'))}: {fake.bothify('INV-#####')}",
        f"{rng.choice(('Invoice date', 'Date', 'Tax point'))}: {_fmt(_date(rng), rng)}",
        f"To: {rng.choice(TOWNS)} {rng.choice(COUNCIL_KINDS)}, "
        + rng.choice(("Legal Services", "Children's Services", "Accounts Payable")),
    ]
    if rng.random() < 0.5:
        lines.append(f"Purchase order: PO{rng.randint(10000, 99999)}")
    if rng.random() < 0.5:
        prefix = "".join(rng.choice("ABCDEFGHKLMNPRSTWY") for _ in range(2))
        lines.append(f"Your reference: {prefix}{rng.randint(18, 25)}C{rng.randint(0, 99999):05d}")
    lines += [
        f"{item} on {_fmt(_date(rng), rng)}, {hours} hours at £{rate}.00 per hour "
        f"£{hours * rate}.00",
        f"Mileage {rng.randint(5, 80)} miles £{rng.randint(3, 36)}.{rng.randrange(100):02d}",
        f"VAT {rng.choice(('20%', '0%'))}",
        f"{rng.choice(('Total due', 'TOTAL', 'Amount payable'))} £{hours * rate + 20}.00",
        rng.choice(
            (
                "Payment terms: 30 days",
                "Please pay within 30 days of the invoice date.",
                "BACS: sort code 20-00-00, account 12345678",
            )
        ),
    ]
    return "\n".join(lines)


def attendance_letter(rng: random.Random, fake: Faker) -> str:
    """A school writing about a pupil's attendance: records and the local authority named."""
    town = rng.choice(TOWNS)
    school_name = rng.choice(
        (
            f"{fake.last_name()} Primary School",
            f"{town} Academy",
            f"St {fake.first_name()}'s High School",
        )
    )
    child = f"{fake.first_name()} {fake.last_name()}"
    rate = f"{rng.randint(60, 93)}.{rng.randint(0, 9)}%"
    body = [
        rng.choice(
            (
                f"Our records show that {child} has attended {rate} of sessions this term.",
                f"{child}'s attendance has fallen to {rate}.",
                f"I am writing because {child} has missed {rng.randint(6, 30)} sessions since "
                f"{_fmt(_date(rng), rng)}.",
            )
        ),
        rng.choice(
            (
                "Please contact the attendance officer to arrange a meeting.",
                "We would like to meet you to talk about how we can help.",
                "Unauthorised absence may be referred to the local authority's education "
                "welfare service.",
            )
        ),
    ]
    if rng.random() < 0.5:
        body.append("Persistent absence can lead to a penalty notice being issued.")
    return _letter(
        rng,
        fake,
        [school_name, *_address(fake, rng, town)],
        rng.choice(("Attendance", f"Attendance concern - {child}", "School attendance")),
        body,
        rng.choice(("Attendance Officer", "Headteacher", "Pastoral Lead")),
        salutation=rng.choice(("Dear Parent/Carer", f"To the parent or carer of {child}", None)),
    )


KINDS: tuple[Page, ...] = (
    council_tax,
    housing,
    school,
    nhs,
    bank_statement,
    solicitor_cover,
    notice_of_hearing,
    fax_cover,
    benefits,
    hearing_notice,
    conference_invitation,
    service_invoice,
    attendance_letter,
)
# Near-blank pages are not trained as "other": an OCR failure on a real check reads the
# same, so they stay with train.nonsense's deliberately unsure target. Kept for tests.
EXTRA_KINDS: tuple[Page, ...] = (near_blank,)


# The kinds that look most like casework (a court heading, a case number, an order named;
# a children's-services letter about named children) come round more often: they are where
# a wrong type would be most confident.
_ROTA: tuple[Page, ...] = (
    *KINDS,
    solicitor_cover,
    notice_of_hearing,
    hearing_notice,
    conference_invitation,
    conference_invitation,
)


def other_pages(n: int, seed: int = 0) -> list[str]:
    """``n`` varied "other" pages, the kinds in turn, reproducible from ``seed``."""
    rng = random.Random(seed)
    fake = Faker("en_GB")
    fake.seed_instance(seed)
    return [_ROTA[i % len(_ROTA)](rng, fake) for i in range(n)]
