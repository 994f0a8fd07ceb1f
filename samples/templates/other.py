"""Documents that are none of the three kinds: bills, unrelated council letters, blank pages.

They give the classifier true negatives that still look like official paperwork (dates,
addresses, a council's name) so that it cannot get by on surface features alone.
"""

from __future__ import annotations

from datetime import timedelta

from samples.render import Block, Pair, Para, Rule, Space, Table
from samples.templates.common import Composed, Ctx, empty_truth

SUPPLIERS = ("Northern Power & Gas", "Brightwell Energy", "Severn Water", "Albion Telecom")


def _bill(c: Ctx) -> tuple[list[Block], str | None]:
    place = c.ids.place()
    supplier = c.pick(*SUPPLIERS)
    customer = c.ids.adult(c.date)
    blocks: list[Block] = [
        Para(supplier, "right", bold=True, scale=1.5, before=0),
        Para(
            c.pick("Your bill", "Your energy statement", "Statement of account"),
            "right",
            before=0.2,
        ),
        Space(1.0),
    ]
    for line in [
        f"{c.pick('Mr', 'Ms', 'Mrs')} {customer.name}",
        *c.addr_lines(c.ids.address(place)),
    ]:
        blocks.append(Para(line, before=0))
    blocks.append(Pair("Account number", str(c.r.randint(10**9, 10**10 - 1)), tab=2.4, before=1.0))
    blocks.append(Pair(c.pick("Bill date", "Date of issue"), c.d(c.date), tab=2.4))
    period = c.date - timedelta(days=91)
    blocks.append(Pair("Billing period", f"{c.d(period)} to {c.d(c.date)}", tab=2.4))
    used = c.r.randint(400, 1400)
    rate = c.r.randint(18, 34)
    standing = c.r.randint(30, 60)
    energy = used * rate / 100
    stand = 91 * standing / 100
    total = energy + stand
    rows = [
        ["Charge", "Quantity", "Amount"],
        ["Energy used", f"{used} kWh at {rate}p", f"£{energy:.2f}"],
        ["Standing charge", f"91 days at {standing}p", f"£{stand:.2f}"],
        ["Total to pay", "", f"£{total:.2f}"],
    ]
    blocks.append(Table(rows, [0.4, 0.35, 0.25], ruled=c.chance(0.6), before=0.8))
    blocks.append(
        Para(
            f"We will collect £{total:.2f} by Direct Debit on or after "
            f"{c.d(c.date + timedelta(days=14))}.",
            before=0.8,
        )
    )
    blocks.append(Para("Thank you for being a customer.", before=0.5))
    return blocks, None


def _parking(c: Ctx) -> tuple[list[Block], str | None]:
    place = c.ids.place()
    resident = c.ids.adult(c.date)
    blocks: list[Block] = [Para(place.council, "center", bold=True, scale=1.3, before=0)]
    blocks += [Para(line, "center", before=0) for line in c.addr_lines(c.ids.office_address(place))]
    blocks.append(Rule())
    blocks.append(Pair("Date:", c.d(c.date), tab=1.2, before=0.6))
    for line in [resident.name, *c.addr_lines(c.ids.address(place))]:
        blocks.append(Para(line, before=0))
    blocks.append(Para(f"Dear {resident.first}", before=1.0))
    reg = c.pick("YK", "LS", "MA", "BD") + str(c.r.randint(10, 24))
    reg += " " + c.pick("ABC", "XRT", "LPN", "DWE")
    blocks.append(
        Para(
            c.pick("Residents' parking permit renewal", "Penalty Charge Notice appeal"),
            bold=True,
            before=0.6,
        )
    )
    blocks.append(
        Para(
            f"Your permit for vehicle {reg} in zone {c.r.randint(1, 40)} expires at the end of "
            "next month. You can renew it online or by calling our parking services team.",
            before=0.6,
        )
    )
    blocks.append(
        Para(f"The fee for a twelve month permit is £{c.r.randint(30, 120)}.00.", before=0.4)
    )
    blocks.append(Para("Yours sincerely", before=1.0))
    blocks.append(Para(c.ids.officer(), before=1.2))
    blocks.append(Para("Parking Services", before=0))
    return blocks, place.council


def _blank(c: Ctx) -> tuple[list[Block], str | None]:
    text = c.pick(
        "This page is intentionally left blank",
        "BLANK PAGE",
        "Page left blank",
        "[This page has been intentionally left blank]",
    )
    return [Space(c.r.randint(5, 25)), Para(text, "center", before=0)], None


def compose(c: Ctx) -> Composed:
    variant = c.pick("bill", "parking", "blank")
    builder = {"bill": _bill, "parking": _parking, "blank": _blank}[variant]
    blocks, council = builder(c)
    truth = empty_truth("other")
    truth.update(
        document_date=c.date.isoformat() if variant != "blank" else None,
        local_authority=council,
    )
    style = c.proportional_style(footer=False)
    return Composed(blocks, style, truth, f"other/{variant}")
