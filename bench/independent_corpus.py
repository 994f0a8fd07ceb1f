"""An evaluation corpus written independently of samples/ and extractors/.

Wording, layouts, name lists and degradations here were authored from general knowledge
of UK family-justice paperwork (HMCTS family court orders, local-authority safeguarding
check letters, PNC level 2 check printouts), not from the project's own generator, so
`caseclerk eval` on this corpus measures how far the extractor generalises.

    .venv/bin/python bench/independent_corpus.py --out /tmp/indep --seed 1 [-n 40]

Writes NAME.{png,tif,jpg,pdf} + NAME.truth.json (see /work/shared/truth-format.md).
A rubber stamp or seal, when present, is not part of `text` (it is noted under `_stamp`).

Pages are written in a small markup, one block per line: `l`/`c`/`r` text (left, centred,
right; `+N`/`-N` point size, `b` bold, `>` indented), `kv LABEL|VALUE`, `cols SPLIT|A;;B|C;;D`
(two columns; `*` marks a bold item), `tbl W1,W2,..[,g]` followed by `|cell|cell` rows,
`gap PTS`, `rule`, `foot TEXT`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import random
import re
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

FONT_DIR = Path("/usr/share/fonts/truetype")
FAMILIES = {
    "serif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf"),
    "sans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf"),
    "dserif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf"),
    "dsans": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf"),
    "mono": ("liberation/LiberationMono-Regular.ttf", "liberation/LiberationMono-Bold.ttf"),
    "dmono": ("dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf"),
}
CHECK = "ZABCDEFGHJKLMNPQRTUVWXY"  # PNC ID check character, indexed by (YY + serial) mod 23
INWARD = "ABDEFGHJLNPQRSTUWXYZ"  # letters allowed in the inward code of a UK postcode
ORDINALS = ["first", "second", "third", "fourth"]


def words(text: str, sep: str | None = None) -> list[str]:
    return [w.strip() for w in text.split(sep) if w.strip()]


def rows(text: str) -> list[list[str]]:
    return [words(line, "|") for line in words(text, "\n")]


FEMALE = words("""Amelia Olivia Isla Grace Freya Ava Poppy Aisha Zainab Chloe Megan Bethany
Rhiannon Siobhan Niamh Hannah Leah Jasmine Priya Ayesha Kirsty Gemma Danielle Shannon Courtney
Kayleigh Stacey Natalie Lorraine Joanne Yasmin Fatima Agnieszka Precious Tia Lacey Evie Maisie""")
MALE = words("""Oliver Harry Jack Alfie Charlie Leo Muhammad Ibrahim Kyle Liam Connor Dean Wayne
Lee Craig Jamal Tyrone Daniel Ryan Callum Jordan Reece Kieran Shane Marcus Tomasz Dariusz Imran
Bilal Gareth Rhys Owen Mason Riley Logan Finley Tyler Kai Jayden""")
SURNAMES = words("""Hughes Whitfield Okafor Brennan Kowalski Ahmed Hussain Pearson Atkinson
Dawson Gallagher McCarthy O'Neill Sharma Begum Kaur Robinson Walsh Lloyd Pritchard Nowak Mensah
Thornton Fairclough Hargreaves Holroyd Ellison Bancroft Crowther Armitage Mahmood Akhtar Osei
Campbell Fraser Doherty Kerr Booth Jagger Sutcliffe Beaumont Winstanley Ogunleye Fletcher
Marsden Rowley Ramsbottom Ainsworth Costello Flanagan Iqbal Chaudhry Dunne""")
STREETS = words(
    """Acacia Avenue|Mill Lane|Victoria Road|Chapel Street|Station Road|Beech Grove|
Hollin Park Crescent|Granby Terrace|Elm Close|Kingsway|Moorland View|Orchard Drive|Fairfield
Court|Gladstone Street|Albert Terrace|Sycamore Walk|Coronation Road|Park View|Whitehall Road|
Brook Street|The Crescent|Nursery Lane""".replace("\n", " "),
    "|",
)
JUDGES = words(
    """District Judge Sarah Thompson|District Judge Graham Holt|Deputy District Judge
Ruth Ansell|Her Honour Judge Patel|His Honour Judge Whitworth|Her Honour Judge Miriam Cole|His
Honour Judge Oduya|Recorder Fiona Maclean|District Judge (MC) Alan Price|Her Honour Judge
Redfern|His Honour Judge Simon Carver|District Judge Bhatti""".replace("\n", " "),
    "|",
)
# hearing centre | court code | council | postcode area | districts | police force
PLACES = [
    tuple(f)
    for f in rows("""
Leeds|LS|Leeds City Council|LS|2 6 8 9 11 12 14 15 17 27|West Yorkshire Police
Manchester|MA|Manchester City Council|M|8 9 11 12 13 14 19 22 23 40|Greater Manchester Police
Birmingham|BM|Birmingham City Council|B|6 8 10 11 12 21 23 31 33 44|West Midlands Police
Liverpool|LV|Liverpool City Council|L|4 5 6 7 8 11 13 15 24 36|Merseyside Police
Bristol|BS|Bristol City Council|BS|2 3 4 5 7 10 11 13 14|Avon and Somerset Police
Newcastle|NE|Newcastle City Council|NE|2 4 5 6 12 15|Northumbria Police
Sheffield|SF|Sheffield City Council|S|2 5 8 9 13 14 35|South Yorkshire Police
Nottingham|NG|Nottingham City Council|NG|3 5 6 7 8 11|Nottinghamshire Police
Cardiff|CF|Cardiff Council|CF|3 5 11 14 23 24|South Wales Police
Bradford|BD|City of Bradford Metropolitan District Council|BD|3 4 5 7 8 9 10|West Yorkshire Police
Reading|RG|Reading Borough Council|RG|1 2 4 6 30 31|Thames Valley Police
Brighton|BN|Brighton & Hove City Council|BN|1 2 3 41|Sussex Police
Plymouth|PL|Plymouth City Council|PL|1 2 3 4 5 6 7|Devon and Cornwall Police
Leicester|LE|Leicester City Council|LE|1 2 3 4 5|Leicestershire Police
Hull|HU|Hull City Council|HU|3 4 5 6 7 8 9|Humberside Police
Canterbury|CT|Kent County Council|CT|1 2 3 6|Kent Police""")
]
# order_type | title | statute | case-type letter | kind
ORDERS = {
    f[0]: f[1:]
    for f in rows("""
care_order|Care Order|Section 31 Children Act 1989|C|public
interim_care_order|Interim Care Order|Section 38 Children Act 1989|C|public
supervision_order|Supervision Order|Section 31 Children Act 1989|C|public
interim_supervision_order|Interim Supervision Order|Section 38 Children Act 1989|C|public
emergency_protection_order|Emergency Protection Order|Section 44 Children Act 1989|C|public
placement_order|Placement Order|Section 21 Adoption and Children Act 2002|C|public
other_order|Case Management Order|Part 4 Children Act 1989|C|public
child_arrangements_order|Child Arrangements Order|Section 8 Children Act 1989|P|private
prohibited_steps_order|Prohibited Steps Order|Section 8 Children Act 1989|P|private
specific_issue_order|Specific Issue Order|Section 8 Children Act 1989|P|private
non_molestation_order|Non-Molestation Order|Section 42 Family Law Act 1996|F|fla
occupation_order|Occupation Order|Section 33 Family Law Act 1996|F|fla""")
}
# key | paragraph | paragraph ...   (a trailing backslash continues a line)
TERMS = {
    f[0]: f[1:]
    for f in rows("""
care_order|{Ch} {is_} placed in the care of {la}.|The final care plan filed by {la} is approved.
interim_care_order|{Ch} {is_} placed in the interim care of {la}.|This order lasts until {nxt} \
or further order of the court.|The matter is listed for an Issues Resolution Hearing on {nxt} at \
10.00 am, time estimate 2 hours.
supervision_order|{la} shall supervise {ch} for a period of 12 months from the date of this \
order.|{Ch} shall live with the mother.
interim_supervision_order|{Ch} {is_} placed under the supervision of {la} until {nxt} or \
further order.
emergency_protection_order|The applicant is authorised to remove {ch} to accommodation \
provided by or on behalf of the applicant and to keep them there.|This order lasts until {d8} \
at 4.00 pm.|Any person able to do so must produce {ch} to the applicant or to a police officer.
placement_order|{la} is authorised to place {ch} for adoption with any prospective adopters \
who may be chosen by the authority.
other_order|The final hearing is listed on {nxt} at 10.30 am, time estimate 3 days.|The local \
authority shall file and serve its final evidence and care plan by 4 pm on {d21}.|The \
respondent parents shall each file a statement in response within 14 days thereafter.
child_arrangements_order|{Ch} shall live with the {live}.|{Ch} shall spend time with the \
{visit} on alternate weekends from 5 pm Friday until 6 pm Sunday, and for half of each school \
holiday.
prohibited_steps_order|Neither parent shall remove {ch} from England and Wales without the \
written consent of the other parent or further order of the court.
specific_issue_order|{Ch} shall attend St Anne's Catholic Primary School from September {year}.
non_molestation_order|The respondent, {resp}, must not use or threaten violence against the \
applicant, {app}, and must not instruct, encourage or in any way suggest that any other person \
should do so.|The respondent must not intimidate, harass or pester the applicant.|The \
respondent must not go to, enter or attempt to enter {addr}.|This order lasts until {d365} \
unless varied or discharged.
occupation_order|The applicant has the right to occupy {addr}.|The respondent shall leave \
{addr} by 6 pm on {d2} and shall not return to, enter or attempt to enter the property.
public|Where a care order is in force no person may cause the child to be known by a new \
surname or remove the child from the United Kingdom without the written consent of every \
person with parental responsibility for the child or the leave of the court.
private|Where a child arrangements order is in force no person may cause the child to be \
known by a new surname or remove the child from the United Kingdom without the written \
consent of every person with parental responsibility or the leave of the court.
fla|IMPORTANT NOTICE TO THE RESPONDENT: if without reasonable excuse you do anything which you \
are forbidden from doing by this order you will be committing a criminal offence and liable \
to be sent to prison for up to five years or to be fined or both.
notice|Any person with parental responsibility may apply to the court to vary or discharge \
this order. A copy of this order must be served on every party.
epo|It is an offence intentionally to obstruct any person exercising the power under section \
44 of the Children Act 1989 to remove, or prevent the removal of, a child.""")
}

ORDER_LAYOUTS = {
    "form": """r Case number: {case}
c+3b IN THE FAMILY COURT
c sitting at {town}
c {act}
gap 8
{kid_table}
c+5b {title}
c {statute}
gap 8
lb {made_by} ON {MADE} SITTING IN PRIVATE
gap 4
lb The parties
{party_form}
gap 4
lb {orders_head}
{terms}
gap 4
lb Warning
l-1 {warn}
gap 8
l Dated {made}""",
    "prose": """cols 0.62|*IN THE FAMILY COURT AT {TOWN}|*Case No: {case}
gap 4
lb {before}
gap 4
c IN THE MATTER OF THE {ACT}
c {matter}
gap 4
cb BETWEEN
{party_prose}
gap 8
c+4b {TITLE}
gap 4
l UPON the court considering the application and the evidence filed, and hearing the \
advocates for the parties in attendance{guardian}
lb IT IS ORDERED THAT:
{terms}
gap 4
l-1{warn_bold} {warn}
gap 8
l Made on {made}""",
    "kv": """l+4b FAMILY COURT - {TITLE}
rule
kv Court:|{court_print}
kv {case_label}|{case}
kv Judge:|{judge_print}
kv Date of order:|{made}
kv Type of order:|{title} ({statute})
{party_kv}
gap 4
lb {kids_head}
{kid_table}
gap 4
lb Terms of the order
{terms}
gap 4
l-1 Warning: {warn}""",
}
LA_LAYOUTS = {
    "letter": """{al}+6b {la}
l-2 {dept} | {office_line}
rule
cols 0.58|{to_block}|{ref_block}
gap 10
l Dear Sir or Madam,
lb Re: Safeguarding checks - {kid_names}{re_court}
l Thank you for your request dated {req}. A check of the records held by {la} ({dept}) has \
been completed for the following household members:
gap 4
{member_table}
{findings}
l This information is shared for the purposes of the proceedings only and must not be \
disclosed further without the consent of the local authority.
gap 4
l {closing}
gap 14
l {signer}
l {signer_role}
foot {la} - {office_line}""",
    "memo": """c+3b SAFEGUARDING CHECK - RESPONSE TO REQUEST
c {la} - {dept}
gap 6
kv Requested by:|{to_line}
kv Date of request:|{req}
kv Date of response:|{date}
kv LA reference:|{ref}
{case_kv}
kv Home address:|{home_line}
gap 4
lb Children
{kid_lines}
lb Adults in the household
{adult_lines}
gap 4
lb Outcome of checks
{findings}
gap 4
kv Completed by:|{signer}, Social Worker
foot {la} - {office_line}""",
}
POLICE_LAYOUTS = {
    "printout": """lb POLICE NATIONAL COMPUTER  -  LEVEL 2 CHECK RESULT
l {eq}
l REQUESTING AGENCY   : CAFCASS {TOWN}
l CHECKING FORCE      : {FORCE}
l DATE OF CHECK       : {date}  TIME: {time}
{court_ref}
{subjects}
l {eq}
l END OF PRINT - RESTRICTED - NOT TO BE DISCLOSED WITHOUT AUTHORITY""",
    "letter": """c+6b {force}
c-2 Disclosure Unit, {hq_line}
rule
rb OFFICIAL - SENSITIVE
cols 0.55|Cafcass;;{town} Team|{right}
gap 8
l+1b Police check result (PNC and local systems)
{concerning}
l Checks have been completed on the persons listed below against the Police National \
Computer and local force intelligence systems.
gap 4
{table}
l Where a record is held, a printout of convictions and cautions is attached. Local \
intelligence has been reviewed and nothing further is disclosed at this time.
gap 10
l {signer}, Disclosure Officer""",
}
OTHER_LAYOUTS = {
    "bill": """l+7b Pennine Energy Supply Ltd
l-2 PO Box {pobox}, {co_line}
rule
cols 0.55|{to_block}|Bill date: {date};;Account number: {acct};;Your energy bill
gap 8
tbl 0.5,0.25,0.25,g
|Description|Units|Amount
|Electricity (standard)|{kwh1} kWh|£{amt1}
|Gas|{kwh2} kWh|£{amt2}
|Standing charges|92 days|£51.20
l Please pay by {due}. If you pay by Direct Debit you need do nothing.""",
    "letter": """r+5b {sender}
r-2 {sender_line}
gap 10
{to_lines}
gap 6
l {date}
gap 6
l Dear {first},
l {body}
gap 6
l Kind regards,
l Customer Services Team""",
}
OTHER_BODIES = {
    "Westfield Homes Housing Association": "We are writing to confirm your repair appointment for "
    "the kitchen extractor fan. Our operative will call between 8 am and 12 noon. Please make "
    "sure an adult is at home.",
    "Lumen Fibre Broadband": "From next month your monthly price will change in line with your "
    "contract. You do not need to do anything, and your speed and usage allowance stay the same.",
}
OFFENCES = rows("""THEFT - SHOPLIFTING|FINE 120.00
COMMON ASSAULT|COMMUNITY ORDER 12 MTHS
DRIVE WHILST DISQUALIFIED|DISQUALIFIED 12 MTHS
POSSESS CANNABIS (CLASS B)|CONDITIONAL DISCHARGE
ASSAULT OCCASIONING ABH|IMPRISONMENT 6 MTHS SUSP 18 MTHS
CRIMINAL DAMAGE|COMPENSATION 250.00
BREACH OF NON-MOLESTATION ORDER|IMPRISONMENT 16 WEEKS""")
DATE_STYLES = ["long", "ord", "slash", "dots", "short", "long", "slash", "day"]
DOB_STYLES = ["long", "ord", "slash", "dots", "short", "slash"]


# ---------------------------------------------------------------- people, places, identifiers
def fmt(d: dt.date, style: str) -> str:
    suffix = "th" if 10 <= d.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return {
        "long": f"{d.day} {d:%B %Y}",
        "ord": f"{d.day}{suffix} {d:%B %Y}",
        "slash": f"{d:%d/%m/%Y}",
        "dots": f"{d:%d.%m.%y}",
        "short": f"{d.day} {d:%b %Y}",
        "day": f"{d:%A} {d.day} {d:%B %Y}",
        "pnc": f"{d:%d%b%Y}".upper(),
        "upper": f"{d.day} {d:%B %Y}".upper(),
    }[style]


def plural(items: list, one: str, many: str) -> str:
    return one if len(items) == 1 else many


class Gen:
    def __init__(self, rng: random.Random):
        self.r = rng
        self.used: set[str] = set()
        self.otypes: itertools.cycle | None = None

    def person(self, sex: str, surname: str | None = None, middle: float = 0.4) -> dict:
        r = self.r
        while True:
            first = r.choice(FEMALE if sex == "f" else MALE)
            mid = r.choice(FEMALE if sex == "f" else MALE) if r.random() < middle else None
            last = surname or r.choice(SURNAMES)
            name = " ".join(x for x in (first, mid, last) if x)
            if name not in self.used and first != mid:
                self.used.add(name)
                return {"first": first, "mid": mid, "last": last, "name": name, "sex": sex}

    def dob(self, on: dt.date, lo_years: float, hi_years: float) -> dt.date:
        return on - dt.timedelta(days=self.r.randint(int(lo_years * 365), int(hi_years * 365)))

    def postcode(self, place: tuple) -> str:
        r, area = self.r, place[3]
        inward = f"{r.randint(1, 9)}{r.choice(INWARD)}{r.choice(INWARD)}"
        return f"{area}{r.choice(place[4].split())} {inward}"

    def address(self, place: tuple, home: bool = True) -> list[str]:
        first = f"{self.r.randint(1, 180)} {self.r.choice(STREETS)}"
        if home and self.r.random() < 0.2:
            first = f"Flat {self.r.randint(1, 24)}, {first}"
        return [first, place[0], self.postcode(place)]

    def case_number(self, place: tuple, year: int, kind: str) -> str:
        return f"{place[1]}{year % 100:02d}{kind}{self.r.randint(1, 4999):05d}"

    def pnc(self, dob: dt.date, on: dt.date) -> str:
        yy = self.r.randint(max(dob.year + 14, 1985), on.year) % 100  # year of first record
        serial = self.r.choice([self.r.randint(1, 99999), self.r.randint(100000, 2999999)])
        return f"{yy:02d}/{serial:07d}{CHECK[int(f'{yy:02d}{serial:07d}') % 23]}"

    def family(self, on: dt.date, nkids: int) -> tuple[dict, dict, list]:
        mother, father = self.person("f"), self.person("m")
        mother["dob"], father["dob"] = self.dob(on, 19, 42), self.dob(on, 20, 48)
        oldest = min(15, (on - mother["dob"]).days / 365 - 17, (on - father["dob"]).days / 365 - 18)
        last = self.r.choice([mother["last"], father["last"]])
        kids = [self.person(self.r.choice("fm"), last, 0.5) for _ in range(nkids)]
        for k in kids:
            k["dob"] = self.dob(on, 0.1, max(0.2, oldest))
        return mother, father, sorted(kids, key=lambda k: k["dob"])


def kid_truth(kids: list) -> list[dict]:
    return [{"name": k["name"], "date_of_birth": k["dob"].isoformat()} for k in kids]


# ---------------------------------------------------------------- page markup + rendering
LINE = re.compile(r"([lcr])([+-]\d+)?(b)?(>)?$")


class Page:
    def __init__(self, family: str, size: float):
        self.fam, self.size, self.blocks, self.footer = family, size, [], []

    def add(self, markup: str) -> None:
        table = None
        for raw in markup.split("\n"):
            raw = raw.strip()
            if raw.startswith("|") and table is not None:
                table[1].append(raw[1:].split("|"))
                continue
            table = None
            op, _, rest = raw.partition(" ")
            if not op:
                continue
            if op == "tbl":
                ws = rest.split(",")
                table = ["table", [], [float(w) for w in ws if w != "g"], self.size, "g" in ws]
                self.blocks.append(table)
            elif op == "kv":
                label, _, value = rest.partition("|")
                self.blocks.append(("kv", label, value, self.size, 0.33))
            elif op == "cols":
                split, left, right = rest.split("|")
                self.blocks.append(
                    ("cols", left.split(";;"), right.split(";;"), self.size, float(split))
                )
            elif op == "gap":
                self.blocks.append(("gap", float(rest)))
            elif op == "rule":
                self.blocks.append(("rule",))
            elif op == "foot":
                self.footer.append(rest)
            elif m := LINE.match(op):
                if rest.strip():
                    size = self.size + int(m[2] or 0)
                    self.blocks.append(("t", rest, size, bool(m[3]), m[1], 0.03 if m[4] else 0))
            else:
                raise ValueError(f"bad markup line: {raw!r}")

    def render(self, dpi: int) -> tuple[Image.Image, str]:
        for scale in (1.0, 0.92, 0.85, 0.78, 0.72, 0.66):
            img, lines, overflow = self._draw(dpi, scale)
            if not overflow:
                break
        return img, "\n".join(" ".join(ln.split()) for ln in lines)

    def _draw(self, dpi: int, scale: float):
        fonts: dict = {}

        def font(sz, bold):
            key = (round(sz * scale * dpi / 72), bold)
            if key not in fonts:
                fonts[key] = ImageFont.truetype(str(FONT_DIR / FAMILIES[self.fam][bold]), key[0])
            return fonts[key]

        w_px, h_px = int(8.27 * dpi), int(11.69 * dpi)
        mx, my = int(0.8 * dpi), int(0.65 * dpi)
        usable = w_px - 2 * mx
        img = Image.new("L", (w_px, h_px), 255)
        d = ImageDraw.Draw(img)
        lines: list[str] = []
        y = my

        def wrap(text, f, width):
            if d.textlength(text, font=f) <= width:  # keeps a printout's column spacing
                return [text] if text.strip() else []
            out, cur = [], ""
            for word in text.split():
                trial = f"{cur} {word}".strip()
                if cur and d.textlength(trial, font=f) > width:
                    out.append(cur)
                    cur = word
                else:
                    cur = trial
            return [*out, cur] if cur else out

        def lh(sz):
            return int(sz * scale * dpi / 72 * 1.32)

        for b in self.blocks:
            kind = b[0]
            if kind == "t":
                _, text, sz, bold, al, indent = b
                f = font(sz, bold)
                x0 = mx + int(indent * usable)
                for ln in wrap(text, f, usable - (x0 - mx)):
                    tw = d.textlength(ln, font=f)
                    x = {"l": x0, "c": mx + (usable - tw) / 2, "r": mx + usable - tw}[al]
                    d.text((x, y), ln, font=f, fill=0)
                    lines.append(ln)
                    y += lh(sz)
            elif kind == "kv":
                _, label, value, sz, tab = b
                fb, f = font(sz, True), font(sz, False)
                d.text((mx, y), label, font=fb, fill=0)
                vx = mx + max(int(tab * usable), int(d.textlength(label, font=fb)) + int(0.1 * dpi))
                for i, ln in enumerate(wrap(value, f, mx + usable - vx) or [""]):
                    d.text((vx, y), ln, font=f, fill=0)
                    lines.append(f"{label} {ln}".strip() if i == 0 else ln)
                    y += lh(sz)
            elif kind == "cols":
                _, left, right, sz, split = b
                ys, got = [], []
                for col, x0, width in (
                    (left, mx, split * usable - 20),
                    (right, mx + split * usable, (1 - split) * usable),
                ):
                    yy, side = y, []
                    for item in col:
                        bold = item.startswith("*")
                        for ln in wrap(item.lstrip("*"), font(sz, bold), width):
                            d.text((x0, yy), ln, font=font(sz, bold), fill=0)
                            side.append(ln)
                            yy += lh(sz)
                    ys.append(yy)
                    got.append(side)
                one_row = len(got[0]) == len(got[1]) == 1  # read across, as OCR would
                lines += [f"{got[0][0]} {got[1][0]}"] if one_row else got[0] + got[1]
                y = max(ys)
            elif kind == "table":
                _, trows, widths, sz, grid = b
                xs = [mx + int(sum(widths[:i]) * usable) for i in range(len(widths) + 1)]
                top = y
                for ri, row in enumerate(trows):
                    f = font(sz, ri == 0)
                    cells = [wrap(c, f, xs[i + 1] - xs[i] - 16) for i, c in enumerate(row)]
                    n = max(len(c) for c in cells)
                    if grid:
                        d.line([(xs[0], y), (xs[-1], y)], fill=0, width=2)
                    for i, c in enumerate(cells):
                        for j, ln in enumerate(c):
                            d.text((xs[i] + 8, y + 4 + j * lh(sz)), ln, font=f, fill=0)
                    lines += [" ".join(c[j] for c in cells if j < len(c)) for j in range(n)]
                    y += n * lh(sz) + 8
                if grid:
                    d.line([(xs[0], y), (xs[-1], y)], fill=0, width=2)
                    for x in xs:
                        d.line([(x, top), (x, y)], fill=0, width=2)
                y += lh(sz) // 3
            elif kind == "gap":
                y += int(b[1] * scale * dpi / 72)
            elif kind == "rule":
                d.line([(mx, y + 6), (mx + usable, y + 6)], fill=0, width=3)
                y += 18
        f = font(8, False)
        foot = [ln for text in self.footer for ln in wrap(text, f, usable)]
        fy = h_px - int(0.5 * dpi) - len(foot) * lh(8)
        overflow = y > fy - lh(8)
        for ln in foot:
            d.text((mx + (usable - d.textlength(ln, font=f)) / 2, fy), ln, font=f, fill=60)
            lines.append(ln)
            fy += lh(8)
        return img, lines, overflow


# ---------------------------------------------------------------- documents
def court_order(g: Gen, t: dict, place: tuple, on: dt.date, otype: str) -> str:
    r = g.r
    town, _, la = place[:3]
    title, statute, letter, kind = ORDERS[otype]
    ds, dobs = r.choice(DATE_STYLES), r.choice(DOB_STYLES)
    mother, father, kids = g.family(on, r.choice([0, 1, 2] if kind == "fla" else [1, 1, 2, 2, 3]))
    app, resp = (mother, father) if r.random() < 0.6 else (father, mother)
    home = g.address(place)
    judge = None if r.random() < 0.1 else r.choice(JUDGES)
    case = g.case_number(place, on.year, letter)
    t.update(order_type=otype, case_number=case, court=f"Family Court at {town}", judge=judge)
    t["children"] = kid_truth(kids)
    with_dob = r.random() < 0.35
    if kind == "public":
        t["local_authority"] = la
        parties = [("mother", mother)] + ([("father", father)] if r.random() < 0.8 else [])
    else:
        parties = [("applicant", app), ("respondent", resp)]
    rel = {id(mother): "mother", id(father): "father"}
    roles = [role if kind != "private" else rel[id(x)] for role, x in parties]
    t["people"] = [
        {
            "name": x["name"],
            "date_of_birth": x["dob"].isoformat() if with_dob else None,
            "role": role,
        }
        for role, (_, x) in zip(roles, parties, strict=True)
    ]
    if otype in ("non_molestation_order", "occupation_order"):
        t["postcodes"].append(home[-1])

    def pname(x):
        return x["name"] + (f" (born {fmt(x['dob'], dobs)})" if with_dob else "")

    ch = plural(kids, "the child", "the children")
    kidlist = " and ".join(f"{k['name']} (born {fmt(k['dob'], dobs)})" for k in kids)
    v = {"ch": ch, "Ch": ch.capitalize(), "is_": plural(kids, "is", "are"), "la": la,
         "nxt": fmt(on + dt.timedelta(days=r.randint(14, 120)), ds), "year": on.year,
         "d2": fmt(on + dt.timedelta(days=2), ds), "d8": fmt(on + dt.timedelta(days=8), ds),
         "d21": fmt(on + dt.timedelta(days=21), ds), "d365": fmt(on + dt.timedelta(days=365), ds),
         "live": rel[id(app)], "visit": rel[id(resp)], "addr": ", ".join(home),
         "app": app["name"], "resp": resp["name"]}  # fmt: skip
    layout = r.choice(["form", "form", "prose", "kv"])
    head = {"form": "{i}. ", "prose": "({i}) ", "kv": "{i}. "}[layout]
    terms = [f"l{'>' if layout != 'kv' else ''} {head.format(i=i)}{p.format(**v)}"
             for i, p in enumerate(TERMS[otype], 1)]  # fmt: skip
    act = statute.split(" ", 2)[2]
    if kind == "public":
        form = [f"l The applicant local authority is {la}"]
        form += [
            f"l The {ORDINALS[i]} respondent is the {rl}, {pname(x)}"
            for i, (rl, x) in enumerate(parties)
        ]
        nth = ORDINALS[len(parties)]
        are = plural(kids, "respondent is", "respondents are")
        form += [f"l The {nth} {are} {ch} acting through their Children's Guardian"]
        prose = [f"cols 0.7|{la}|Applicant", "c - and -"]
        prose += [f"cols 0.7|({i + 1}) {pname(x)}|{ORDINALS[i].capitalize()} Respondent"
                  for i, (_, x) in enumerate(parties)]  # fmt: skip
        kvs = [f"kv Applicant:|{la}"] + [f"kv Respondent:|{pname(x)} ({rl})" for rl, x in parties]
    else:
        form = [f"l The {pr} is {'' if kind == 'fla' else f'the {rl}, '}{pname(x)}"
                for rl, (pr, x) in zip(roles, parties, strict=True)]  # fmt: skip
        if kind == "fla" and kids:
            form.append(f"l The relevant {plural(kids, 'child is', 'children are')} {kidlist}")
        prose = [
            f"cols 0.7|{pname(app)}|Applicant",
            "c - and -",
            f"cols 0.7|{pname(resp)}|Respondent",
        ]
        kvs = [f"kv {pr.capitalize()}:|{pname(x)}" + ("" if kind == "fla" else f" ({rl})")
               for rl, (pr, x) in zip(roles, parties, strict=True)]  # fmt: skip
    table = ""
    if kids and layout == "form":
        table = (
            "tbl 0.5,0.2,0.3,g\n|The full name(s) of the child(ren)|Boy or Girl|Date(s) of birth\n"
        )
        sexes = {"m": "Boy", "f": "Girl"}
        table += "\n".join(f"|{k['name']}|{sexes[k['sex']]}|{fmt(k['dob'], dobs)}" for k in kids)
    elif kids:
        table = f"tbl 0.5,0.15,0.35{',g' if r.random() < 0.5 else ''}\n|Name|Sex|Date of birth\n"
        table += "\n".join(f"|{k['name']}|{k['sex'].upper()}|{fmt(k['dob'], dobs)}" for k in kids)
    matter = ("AND IN THE MATTER OF " + kidlist) if kind != "fla" else ""
    if kind == "fla" and kids:
        matter = f"Relevant {plural(kids, 'child', 'children')}: {kidlist}"
    wkey = {
        "emergency_protection_order": "epo",
        "care_order": "public",
        "interim_care_order": "public",
    }
    warn = TERMS[wkey.get(otype, "notice" if kind == "public" else kind)][0]
    values = {
        "case": case, "town": town, "TOWN": town.upper(), "act": act, "ACT": act.upper(),
        "title": title, "TITLE": title.upper(), "statute": statute, "made": fmt(on, ds),
        "MADE": fmt(on, ds).upper(), "warn": warn, "warn_bold": "b" if kind == "fla" else "",
        "made_by": f"ORDER MADE BY {judge.upper()}" if judge else "ORDER MADE BY LAY JUSTICES",
        "before": f"BEFORE {judge.upper()}" if judge else "BEFORE THE LAY JUSTICES",
        "orders_head": r.choice(["The court orders that:", "THE COURT ORDERS"]),
        "terms": "\n".join(terms), "kid_table": table, "matter": matter,
        "party_form": "\n".join(form), "party_prose": "\n".join(prose), "party_kv": "\n".join(kvs),
        "guardian": " and the Children's Guardian" if kind == "public" else "",
        "court_print": r.choice([f"{town} Family Hearing Centre", f"Family Court at {town}"]),
        "case_label": r.choice(["Claim No:", "Case No.", "Ref:", "Case number:"]),
        "judge_print": judge or "Lay Justices",
        "kids_head": plural(kids, "Child:", "Children:") if kids else "",
    }  # fmt: skip
    markup = ORDER_LAYOUTS[layout].format(**values)
    if r.random() < 0.6:
        hc = g.address(place, home=False)
        t["postcodes"].append(hc[2])
        markup += f"\nfoot The court office at the Family Court at {town}, {hc[0]}, {hc[1]} "
        markup += f"{hc[2]} is open between 10 am and 4 pm Monday to Friday."
    return markup + "\nfoot Please quote the case number on all correspondence."


def la_check(g: Gen, t: dict, place: tuple, on: dt.date) -> str:
    r = g.r
    town, _, la = place[:3]
    ds, dobs = r.choice(DATE_STYLES), r.choice(["slash", "long", "dots", "short", "slash"])
    mother, father, kids = g.family(on, r.choice([1, 1, 2, 3]))
    adults = [(mother, "Mother")] + ([(father, "Father")] if r.random() < 0.7 else [])
    if r.random() < 0.5:
        extra = g.person(r.choice("fm"))
        extra["dob"] = g.dob(on, 20, 60)
        adults.append((extra, r.choice(["Mother's partner", "Maternal grandmother", "Lodger"])))
    case = (
        g.case_number(place, on.year - r.choice([0, 0, 1]), r.choice("PPC"))
        if r.random() < 0.65
        else None
    )
    court_named = bool(case) and r.random() < 0.5
    t.update(case_number=case, local_authority=la)
    if court_named:
        t["court"] = f"Family Court at {town}"
    t["children"] = kid_truth(kids)
    t["people"] = [{"name": a["name"], "date_of_birth": a["dob"].isoformat(),
                    "role": rel.lower() if rel in ("Mother", "Father") else "subject"}
                   for a, rel in adults]  # fmt: skip
    office, home = g.address(place, home=False), g.address(place)
    recip_place = place if r.random() < 0.8 else r.choice(PLACES)  # Cafcass or solicitors elsewhere
    recip = g.address(recip_place, home=False)
    rt = recip_place[0]
    to = r.choice([["Cafcass", f"{rt} Service Area"], ["Family Court Adviser", "Cafcass"],
                   ["Hartley Shaw & Co Solicitors"], ["The Court Manager"]])  # fmt: skip
    if to == ["The Court Manager"]:
        to.append(f"Family Court at {town}")
        recip = g.address(place, home=False)
        t["court"] = f"Family Court at {town}"
    ref = f"{r.choice(['MASH', 'CSC', 'FD', 'SG'])}/{on.year}/{r.randint(100, 99999):05d}"
    dept = r.choice(["Children's Services", "Children and Families Service",
                     "Children's Social Care", "Integrated Front Door (MASH)"])  # fmt: skip
    who = [(k, "Child", r.choice(["Yes", "No"])) for k in kids]
    who += [(a, rel, r.choice(["Yes", "No", "No"])) for a, rel in adults]
    trs = [(x["name"], fmt(x["dob"], dobs), rel, yes) for x, rel, yes in who]
    known = []
    for x, _, yes in who:
        start = max(on - dt.timedelta(days=r.randint(700, 2000)), x["dob"] + dt.timedelta(days=30))
        if yes == "Yes" and start < on - dt.timedelta(days=60):
            end = start + (on - start) * r.uniform(0.3, 0.9)
            known.append((x["name"], fmt(start, ds), fmt(end, ds)))
    why = ["a Child in Need plan was in place.",
           "a child protection plan was in place under the category of neglect.",
           "an assessment was completed and the case was closed with no further action.",
           ]  # fmt: skip
    findings = [f"l {n} was known to {dept} between {a} and {b}, when {r.choice(why)}"
                for n, a, b in known[:2]]  # fmt: skip
    findings = findings or [
        "l There is no record on our systems of any of the children or adults named above."
    ]
    layout = r.choice(["letter", "letter", "memo"])
    court_txt = f" (Family Court at {town}, {case})" if court_named else ""
    right = [f"Our ref: {ref}"] + ([f"Your ref: {case}"] if case else [])
    right += [
        f"Date: {fmt(on, ds)}",
        f"Please ask for: {g.person(r.choice('fm'), middle=0)['name']}",
    ]
    values = {
        "al": r.choice("lc"), "la": la, "dept": dept,
        "office_line": f"{office[0]}, {office[1]} {office[2]}",
        "to_block": ";;".join(to + recip), "ref_block": ";;".join(right),
        "req": fmt(on - dt.timedelta(days=r.randint(3, 20)), ds),
        "kid_names": " and ".join(k["name"] for k in kids), "re_court": court_txt,
        "member_table": "tbl 0.36,0.22,0.26,0.16,g\n|Name|Date of birth|Relationship|Known?\n"
        + "\n".join("|" + "|".join(row) for row in trs),
        "findings": "\n".join(findings),
        "closing": r.choice(["Yours faithfully,", "Yours sincerely,"]),
        "signer": g.person(r.choice("fm"), middle=0)["name"],
        "signer_role": r.choice(["Team Manager, MASH", "Senior Practitioner", "Service Manager"]),
        "to_line": ", ".join(to), "date": fmt(on, ds), "ref": ref, "home_line": ", ".join(home),
        "case_kv": f"kv Court case no.:|{case}{court_txt.replace(f', {case}', '')}" if case else "",
        "kid_lines": "\n".join(f"l> {k['name']} - DOB {fmt(k['dob'], dobs)}" for k in kids),
        "adult_lines": "\n".join(f"l> {a['name']} ({rel}) - DOB {fmt(a['dob'], dobs)}"
                                 for a, rel in adults),
    }  # fmt: skip
    t["postcodes"] += [office[2], recip[2] if layout == "letter" else home[2]]
    return LA_LAYOUTS[layout].format(**values)


def police_check(g: Gen, t: dict, place: tuple, on: dt.date) -> str:
    r = g.r
    town, force = place[0], place[5]
    ds = r.choice(["slash", "slash", "pnc", "dots"])
    subjects = []
    for _ in range(r.choice([1, 1, 2, 2, 3])):
        s = g.person(r.choice("fmm"), middle=0.5)
        s["dob"] = g.dob(on, 18, 55)
        s["pnc"] = g.pnc(s["dob"], on) if r.random() < 0.6 else None
        s["addr"] = g.address(place) if r.random() < 0.7 else None
        subjects.append(s)
    case = (
        g.case_number(place, on.year - r.choice([0, 0, 1]), r.choice("PC"))
        if r.random() < 0.6
        else None
    )
    t["case_number"] = case
    t["people"] = [
        {"name": s["name"], "date_of_birth": s["dob"].isoformat(), "role": "subject"}
        for s in subjects
    ]
    t["pnc_ids"] = [s["pnc"] for s in subjects if s["pnc"]]
    if r.random() < 0.55:
        out = []
        for i, s in enumerate(subjects, 1):
            forenames = " ".join(x for x in (s["first"], s["mid"]) if x).upper()
            out += ["l " + "-" * 60, f"l SUBJECT {i}",
                    f"l SURNAME/FORENAME(S) : {s['last'].upper()}/{forenames}",
                    f"l DATE OF BIRTH       : {fmt(s['dob'], ds)}"]  # fmt: skip
            if s["addr"]:
                out.append(f"l LAST KNOWN ADDRESS  : {', '.join(s['addr']).upper()}")
                t["postcodes"].append(s["addr"][2])
            if not s["pnc"]:
                out.append("l RESULT              : NO TRACE ON PNC")
                continue
            convs = r.sample(OFFENCES, r.randint(0, 3))
            out += [f"l PNC ID              : {s['pnc']}",
                    f"l CRO NO              : {r.randint(1000, 999999):06d}/{s['pnc'][:2]}"
                    + r.choice(CHECK),
                    f"l CONVICTIONS         : {len(convs)}   CAUTIONS: {r.randint(0, 2)}",
                    ]  # fmt: skip
            for off, disp in convs:
                when = fmt(on - dt.timedelta(days=r.randint(200, 5000)), "slash")
                out.append(f"l   {when}  {town.upper()} MC  {off}  {disp}")
        values = {"eq": "=" * 60, "TOWN": town.upper(), "FORCE": force.upper(), "date": fmt(on, ds),
                  "time": f"{r.randint(8, 17):02d}:{r.randint(0, 59):02d}",
                  "subjects": "\n".join(out),
                  "court_ref": f"l COURT REF           : {case}" if case else ""}  # fmt: skip
        return POLICE_LAYOUTS["printout"].format(**values), r.choice(["mono", "dmono"]), 9.5
    hq = g.address(place, home=False)
    t["postcodes"].append(hq[2])
    concerning = ""
    if r.random() < 0.5:
        kids = [g.person(r.choice("fm"), subjects[0]["last"]) for _ in range(r.choice([1, 2]))]
        for k in kids:
            k["dob"] = g.dob(on, 0.5, 14)
        t["children"] = kid_truth(kids)
        concerning = "l Proceedings concerning: " + "; ".join(
            f"{k['name']}, born {fmt(k['dob'], 'long')}" for k in kids
        )
    held = ["Record held - see attached", "Convictions recorded"]
    trs = [f"|{' '.join(x for x in (s['first'], s['mid']) if x)} {s['last'].upper()}"
           f"|{fmt(s['dob'], 'slash')}|"
           + (f"{s['pnc']}|{r.choice(held)}" if s["pnc"] else "-|No trace")
           for s in subjects]  # fmt: skip
    right = [f"Date: {fmt(on, r.choice(DATE_STYLES))}", f"Our ref: DU/{r.randint(10000, 99999)}"]
    values = {"force": force, "hq_line": f"{hq[0]}, {hq[1]} {hq[2]}", "town": town,
              "concerning": concerning,
              "right": ";;".join(right + ([f"Court case: {case}"] if case else [])),
              "table": "tbl 0.34,0.18,0.22,0.26,g\n|Name|DOB|PNC ID|Result\n" + "\n".join(trs),
              "signer": g.person(r.choice("fm"), middle=0)["name"]}  # fmt: skip
    return POLICE_LAYOUTS["letter"].format(**values), None, None


def other_doc(g: Gen, t: dict, place: tuple, on: dt.date) -> str:
    r = g.r
    who, addr, co = g.person(r.choice("fm"), middle=0), g.address(place), g.address(place, False)
    ds = r.choice(DATE_STYLES)
    sender = r.choice([None, *OTHER_BODIES])
    t["postcodes"] += [co[2], addr[2]]
    values = {"pobox": r.randint(100, 999), "co_line": f"{co[1]} {co[2]}", "date": fmt(on, ds),
              "to_block": ";;".join([f"{who['first'][0]} {who['last']}", *addr]),
              "acct": r.randint(10**9, 10**10 - 1), "kwh1": r.randint(180, 600),
              "kwh2": r.randint(300, 1500), "amt1": f"{r.randint(60, 200)}.{r.randint(10, 99)}",
              "amt2": f"{r.randint(40, 180)}.{r.randint(10, 99)}",
              "due": fmt(on + dt.timedelta(days=14), ds), "sender": sender,
              "sender_line": ", ".join(co),
              "to_lines": "\n".join(f"l {x}" for x in [who["name"], *addr]), "first": who["first"],
              "body": OTHER_BODIES.get(sender)}  # fmt: skip
    return OTHER_LAYOUTS["letter" if sender else "bill"].format(**values)


# ---------------------------------------------------------------- scanning artefacts
def stamp_layer(rng: random.Random, size: tuple, dpi: int, text: list[str], color) -> Image.Image:
    w, h = int(2.2 * dpi), int(1.0 * dpi)
    layer = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    d.rounded_rectangle(
        [4, 4, w - 5, h - 5], radius=20, outline=(*color, 255), width=max(4, dpi // 60)
    )
    f = ImageFont.truetype(str(FONT_DIR / FAMILIES["sans"][1]), int(dpi * 0.2))
    while max(d.textlength(ln, font=f) for ln in text) > w * 0.9:
        f = f.font_variant(size=f.size - 2)
    for i, ln in enumerate(text):
        d.text(
            ((w - d.textlength(ln, font=f)) / 2, h * (0.18 + 0.38 * i)),
            ln,
            font=f,
            fill=(*color, 255),
        )
    layer = layer.rotate(rng.uniform(-18, 18), expand=True, resample=Image.BICUBIC)
    page = Image.new("RGBA", size, (0, 0, 0, 0))
    x = rng.randint(int(size[0] * 0.45), size[0] - layer.width - dpi // 3)
    page.paste(layer, (x, rng.randint(dpi // 4, int(size[1] * 0.7))))
    return page


def scan(
    img: Image.Image, rng: random.Random, dpi: int, fax: bool, stamp: list | None
) -> Image.Image:
    """Stamp, skew (up to 2 degrees) and shift, blur, uneven lighting, noise; fax = 1-bit."""
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    if stamp:
        layer = np.asarray(
            stamp_layer(rng, img.size, dpi, stamp, rng.choice([(200, 40, 40), (40, 60, 190)]))
        )
        alpha = layer[..., 3:4] / 255.0 * rng.uniform(0.3, 0.55)
        arr = (
            np.asarray(img.convert("RGB"), dtype=np.float32) * (1 - alpha) + layer[..., :3] * alpha
        )
    else:
        arr = np.asarray(img, dtype=np.float32)
    h, w = arr.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), rng.uniform(-2, 2), 1.0)
    m[:, 2] += [rng.uniform(-0.1, 0.1) * dpi, rng.uniform(-0.1, 0.1) * dpi]
    arr = cv2.warpAffine(arr, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=(255, 255, 255))
    if rng.random() < 0.6:
        arr = cv2.GaussianBlur(arr, (0, 0), rng.uniform(0.4, 1.1) * dpi / 300)
    shade = np.linspace(rng.uniform(0.9, 1.0), rng.uniform(0.88, 1.0), w, dtype=np.float32)[None, :]
    arr = arr * (shade[..., None] if arr.ndim == 3 else shade) + 7 * rng.random()
    arr = np.clip(arr + nrng.normal(0, rng.uniform(2, 10), arr.shape), 0, 255).astype(np.uint8)
    if not fax:
        return Image.fromarray(arr)
    gray = cv2.GaussianBlur(
        arr if arr.ndim == 2 else cv2.cvtColor(arr, cv2.COLOR_RGB2GRAY), (0, 0), 0.8
    )
    bw = (gray > rng.randint(150, 190)).astype(np.uint8) * 255
    bw[nrng.random(bw.shape) < 0.0002] = 0  # fax specks
    return Image.fromarray(bw).convert("1")


def save(img: Image.Image, path: Path, ext: str, dpi: int, rng: random.Random) -> Path:
    out = path.with_suffix("." + ext)
    if ext == "png":
        img.save(out, dpi=(dpi, dpi))
    elif ext == "jpg":
        img.convert("L" if img.mode == "1" else img.mode).save(
            out, quality=rng.randint(35, 80), dpi=(dpi, dpi)
        )
    elif ext == "tif":
        img.save(out, dpi=(dpi, dpi), compression="group4" if img.mode == "1" else "tiff_deflate")
    else:
        if img.mode != "1" and rng.random() < 0.5:  # a scanner that JPEG-compresses inside the PDF
            tmp = out.with_suffix(".tmp.jpg")
            img.save(tmp, quality=rng.randint(45, 85))
            img = Image.open(tmp)
            img.load()
            tmp.unlink()
        img.save(out, "PDF", resolution=float(dpi))
    return out


# ---------------------------------------------------------------- driver
def build(i: int, kind: str, rng: random.Random, g: Gen, out: Path) -> str:
    place = rng.choice(PLACES)
    on = dt.date(2021, 1, 4) + dt.timedelta(days=rng.randint(0, 1600))
    keys = ["order_type", "case_number", "court", "document_date", "judge", "local_authority"]
    t = {
        "doc_type": kind,
        **dict.fromkeys(keys),
        "children": [],
        "people": [],
        "pnc_ids": [],
        "postcodes": [],
    }
    t["document_date"] = on.isoformat()
    family, size = (
        rng.choice(["serif", "serif", "sans", "dserif", "dsans"]),
        rng.choice([10.5, 11, 11.5, 12]),
    )
    if kind == "court_order":
        markup = court_order(g, t, place, on, next(g.otypes))
    elif kind == "la_check":
        markup = la_check(g, t, place, on)
    elif kind == "police_check":
        markup, fam2, size2 = police_check(g, t, place, on)
        family, size = fam2 or family, size2 or size
    else:
        markup = other_doc(g, t, place, on)
    page = Page(family, size)
    page.add(markup)
    fax = rng.random() < 0.2
    dpi = 200 if fax else rng.choice([200, 240, 300, 300])
    img, t["text"] = page.render(dpi)
    flat = " ".join(t["text"].split())
    missing = [pc for pc in t["postcodes"] if pc not in flat]
    if missing:
        raise AssertionError(f"document {i}: postcodes {missing} are not printed")
    t["postcodes"] = list(dict.fromkeys(t["postcodes"]))
    stamp = None
    if kind != "other" and rng.random() < 0.35:
        received = fmt(on + dt.timedelta(days=rng.randint(1, 6)), "upper")
        stamp = ["RECEIVED", received]
        if kind == "court_order":
            stamp = ["SEALED", f"FAMILY COURT {place[0].upper()}"]
    ext = rng.choice(["tif", "pdf"]) if fax else rng.choice(["png", "png", "jpg", "tif", "pdf"])
    name = f"indep_{i:03d}_{kind}"
    path = save(scan(img, rng, dpi, fax, stamp), out / name, ext, dpi, rng)
    t["_generator"] = "bench/independent_corpus.py"
    t["_scan"] = {"dpi": dpi, "fax": fax, "format": ext, "font": family}
    if stamp:
        t["_stamp"] = " / ".join(stamp)
    (out / f"{name}.truth.json").write_text(json.dumps(t, indent=2) + "\n")
    return f"{path.name} {t['order_type'] or ''}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=Path("/tmp/indep"))
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("-n", type=int, default=40)
    a = ap.parse_args()
    a.out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(a.seed)
    kinds = ["court_order"] * round(a.n * 0.4) + ["la_check"] * round(a.n * 0.25)
    kinds += ["police_check"] * round(a.n * 0.25)
    kinds += ["other"] * (a.n - len(kinds))
    rng.shuffle(kinds)
    g = Gen(rng)
    otypes = list(ORDERS)
    rng.shuffle(otypes)  # every order type once, then the commonest again
    common = [
        "interim_care_order",
        "child_arrangements_order",
        "non_molestation_order",
        "care_order",
    ]
    g.otypes = itertools.cycle(otypes + common)
    for i, k in enumerate(kinds, 1):
        print(build(i, k, rng, g, a.out))


if __name__ == "__main__":
    main()
