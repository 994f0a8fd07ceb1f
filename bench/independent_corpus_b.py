"""Independent evaluation corpus "B": scanned family-justice documents with truth files.

Written without reference to the project's sample generator, extractors, classifiers or
the first independent corpus. Output follows /work/shared/truth-format.md: a flat folder
of NAME.{png,tif,jpg,pdf} scans, each with NAME.truth.json.

    .venv/bin/python bench/independent_corpus_b.py --out /tmp/indepB --seed 7 [--n 96]

Mix: ~40 % court orders (12 order types), ~25 % local-authority safeguarding check
letters, ~25 % police (PNC) check results, ~10 % other post-room items (notices of
hearing, child protection conference invitations, school attendance letters,
interpreter invoices). A4 pages at 200/240/300 DPI; some documents run to two pages.

Real-world models (wording paraphrased, never copied; all people and cases fictional):
- Standard Family Orders (Judiciary, vol. 2 "Children and other orders") and the sample
  child arrangements order published by Coram Child Law Advice
  (childlawadvice.org.uk/a-sample-child-arrangements-order), template as reproduced on
  wikivorce.com: "In the Family Court sitting at ...", "ORDER MADE BY ... SITTING IN
  PRIVATE ...", parties paragraph, IMPORTANT NOTICES / confidentiality warning, children
  listed with Girl/Boy and date of birth; recitals ("UPON hearing ...") before the order.
- HMCTS form C23 Emergency Protection Order (text seen on vlex.co.uk): warning about
  obstructing removal under s.44(4)(b)/(15) Children Act 1989, "The Court grants an
  emergency protection order to the applicant who is ...", "This order ends on ...".
- FL404 non-molestation / occupation orders (Family Law Act 1996 ss.33, 42, 42A;
  legislation.gov.uk notes on the Domestic Violence, Crime and Victims Act 2004): the
  prohibitions, duration, and the notice that breach is a crime (up to five years) or
  contempt.
- MASH procedure manuals (Havering, Rotherham, Torbay, Waltham Forest) and Cafcass's page
  on safeguarding letters: LA checks list names, dates of birth, addresses and previous
  involvement (child in need / child protection plans, "not known").
- Cafcass police checks handbook (Level 1 / Level 2 PNC checks) and the Hansard (1996)
  list of PNC data fields: name filed, PNC ID, CRO number, date and place of birth,
  warning signals, addresses, convictions with court and disposal; "NO TRACE" results.
PNC IDs: YY/NNNNNNNA, check letter "ZABCDEFGHJKLMNPQRTUVWXY"[int(YY+serial7) % 23]. CRO
numbers (NNNNNN/YYL) are printed as distractors and are not PNC IDs; "RECEIVED" stamps
carry a later date than the document date.
"""

# ruff: noqa: E501  (prose templates and a few dense table-like lines)
from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import re
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont


# ----------------------------------------------------------------------------- data
def words(text: str) -> list[str]:
    return text.split()


F_FIRST = words("""Amira Chloe Siobhan Aisha Zofia Priya Grace Niamh Fatima Olivia Keisha Mei Hannah
Agnieszka Bethan Leah Ruth Sadia Yasmin Tanisha Emily Roisin Ayesha Chipo Lowri Kerry-Ann
Shannon Gurpreet Ioana Adaeze Nadia Sophie Jasmine Maryam Precious Ffion""")
M_FIRST = words("""Mohammed Daniel Kwame Liam Tomasz Rhys Aaron Jamal Harpreet Connor Tyrone Imran
Oliver Declan Marek Dylan Samuel Arjun Kofi Bilal Callum Reece Andrei Emeka Owain Jordan
Yusuf Nathan Ravi Jake Patrick Dariusz Hamza Lewis Tariq Gethin""")
C_FIRST_F = words("Isla Ava Maisie Zara Lily-Mae Hafsa Nevaeh Poppy Amelia Inaaya Esme Kiera Nia")
C_FIRST_M = words("Leo Noah Alfie Ayaan Mason Kai Harrison Musa Theo Riley Jayden Ibrahim Osian")
SURNAMES = words("""Hussain Thompson O'Neill Kowalski Patel Okafor Hughes-Mensah Jones Begum Nowak
Williams McDonald Ahmed Evans Singh Campbell Mensah Davies O'Connor Khan Smith-Kowalski Wright
Adeyemi Murphy Chowdhury Taylor Lewandowska Baker Rahman Price Fitzgerald Osei Robinson Iqbal
Walsh Popescu Morgan Ali Johnson-Reid Nguyen Kaur Gallagher Pryce D'Souza Mahmood Clarke Ellis
Owusu Brennan McAllister""")
SURNAMES += ["Da Silva", "Van der Merwe"]
STREETS = """Albion Street|Chapel Lane|Victoria Road|Mill Street|Park View|Station Road|Church Walk|
Harehills Avenue|Granville Terrace|Moorland Drive|Queen's Road|Canal Side|Oakfield Close|
Bridge Street|Meadow Court|St Mary's Road|Prospect Place|Windsor Crescent|Beech Grove""".replace(
    "\n", ""
).split("|")
INWARD = "ABDEFGHJLNPQRSTUWXYZ"
# council | court town | court code | postcode area | max district | police force
LAS = [
    tuple(int(x) if x.isdigit() else x for x in line.split("|"))
    for line in """Leeds City Council|Leeds|LS|LS|28|West Yorkshire Police
City of Bradford Metropolitan District Council|Bradford|BD|BD|22|West Yorkshire Police
Kirklees Council|Huddersfield|HD|HD|9|West Yorkshire Police
Manchester City Council|Manchester|MA|M|40|Greater Manchester Police
Oldham Council|Manchester|MA|OL|16|Greater Manchester Police
Birmingham City Council|Birmingham|BM|B|76|West Midlands Police
City of Wolverhampton Council|Wolverhampton|WV|WV|14|West Midlands Police
Liverpool City Council|Liverpool|LV|L|38|Merseyside Police
Bristol City Council|Bristol|BS|BS|16|Avon and Somerset Police
Cardiff Council|Cardiff|CF|CF|24|South Wales Police
Swansea Council|Swansea|SA|SA|9|South Wales Police
Wrexham County Borough Council|Wrexham|WR|LL|14|North Wales Police
Newcastle City Council|Newcastle upon Tyne|NE|NE|15|Northumbria Police
Sunderland City Council|Sunderland|SU|SR|8|Northumbria Police
Durham County Council|Durham|DH|DH|9|Durham Constabulary
Sheffield City Council|Sheffield|SH|S|36|South Yorkshire Police
Nottingham City Council|Nottingham|NG|NG|25|Nottinghamshire Police
Leicester City Council|Leicester|LE|LE|19|Leicestershire Police
Kent County Council|Canterbury|CT|CT|21|Kent Police
Lancashire County Council|Preston|PR|PR|9|Lancashire Constabulary
Essex County Council|Chelmsford|CM|CM|24|Essex Police
Norfolk County Council|Norwich|NR|NR|35|Norfolk Constabulary
Devon County Council|Exeter|EX|EX|39|Devon and Cornwall Police
Cornwall Council|Truro|TR|TR|27|Devon and Cornwall Police
London Borough of Hackney|East London|ZE|E|9|Metropolitan Police Service
London Borough of Tower Hamlets|East London|ZE|E|3|Metropolitan Police Service
Kingston upon Hull City Council|Kingston upon Hull|HU|HU|17|Humberside Police
Stoke-on-Trent City Council|Stoke-on-Trent|ST|ST|12|Staffordshire Police
Southampton City Council|Southampton|SO|SO|19|Hampshire and Isle of Wight Constabulary
Brighton & Hove City Council|Brighton|BN|BN|3|Sussex Police
Oxfordshire County Council|Oxford|OX|OX|29|Thames Valley Police
Cumberland Council|Carlisle|CA|CA|28|Cumbria Constabulary""".splitlines()
]
MONTHS = words(
    "January February March April May June July August September October November December"
)
PNC_LETTERS = "ZABCDEFGHJKLMNPQRTUVWXY"
_PLAN = """interim_care_order:5 care_order:4 supervision_order:3 interim_supervision_order:2
emergency_protection_order:4 child_arrangements_order:5 prohibited_steps_order:3
specific_issue_order:2 non_molestation_order:4 occupation_order:2 placement_order:2 other_order:2"""
ORDER_PLAN = [t for t, k in (x.split(":") for x in words(_PLAN)) for _ in range(int(k))]
POSTCODE_RE = re.compile(r"\b([A-Z]{1,2}\d[A-Z\d]?)\s+(\d[A-Z]{2})\b")
PNC_RE = re.compile(r"\b\d{2}/\d{7}[A-Z]\b")

# Prose, one paragraph a line, under [section] headings; {placeholders} filled per document.
TEMPLATES = """
[care_order]
{The_kids} {are} placed in the care of {la}.
The local authority's final care plan dated {d_minus} is approved.
Contact between {them} and the parents is to be at the discretion of the local authority.
[interim_care_order]
The court makes an interim care order placing {them} in the care of {la}.
This order ends at 4pm on {d_end}, or when the proceedings conclude, if sooner.
The local authority shall file a parenting assessment by 4pm on {d_end7}.
[supervision_order]
{The_kids} shall be under the supervision of {la} for twelve months from the date of this order.
The supervised child shall live at the address notified to the supervisor and allow visits.
[interim_supervision_order]
An interim supervision order is made placing {them} under the supervision of {la} until {d_end}.
The parents shall engage with the supervisor and attend all appointments that are offered.
[emergency_protection_order]
The Court grants an emergency protection order to the applicant who is {la}.
The order gives the applicant parental responsibility for {them}.
The Court authorises the applicant to remove {them} to accommodation provided by or on behalf of the applicant.
Any person who is able to produce {them} to the applicant must do so.
This order ends on {d_8} at 4.00 pm.
[child_arrangements_order]
{The_kids} shall live with {mother}.
{The_kids} shall spend time with {father} every other weekend from Friday after school until Sunday at 5pm, and for half of each school holiday.
Handovers shall take place at a location agreed in writing between the parents.
[prohibited_steps_order]
{resp} must not remove {them} from England and Wales without the written consent of the other parent or a further order of the court.
Neither parent shall change the surname of {them}.
This order remains in force until {k1} reaches the age of 16.
[specific_issue_order]
{k1} shall attend {school} from the start of the autumn term.
The applicant may apply for a passport for {them} without the consent of the respondent.
[non_molestation_order]
The respondent {father} must not use or threaten violence against the applicant {mother}, and must not instruct, encourage or in any way suggest that any other person should do so.
The respondent must not intimidate, harass or pester the applicant, and must not contact her by telephone, text message, email or social media, except through solicitors.
The respondent must not go to or enter the property at {addr}.
This order lasts until 4pm on {d_year} unless varied or discharged sooner.
[occupation_order]
The applicant {mother} has the right to occupy the property at {addr}.
The respondent {father} shall leave the property by 6pm on {d_1} and must not return to, enter or attempt to enter it.
A power of arrest is attached to paragraph 2 of this order.
[placement_order]
The court authorises {la} to place {them} for adoption with any prospective adopters chosen by the authority.
The court dispenses with the consent of {mother} and {father} because the welfare of {them} requires it (section 52(1)(b) Adoption and Children Act 2002).
[Case Management Order]
The local authority shall file and serve its final evidence and care plan by 4pm on {d_end}.
The matter is listed for an Issues Resolution Hearing, time estimate 2 hours.
[Special Guardianship Order]
{sg}, the maternal grandmother, is appointed special guardian of {them}.
The interim care order is discharged.
[Parental Responsibility Order]
{father} shall have parental responsibility for {them}.
[directions]
The mother shall file and serve a statement in response by 4pm on {d_end7}.
The father shall file and serve a statement in response by 4pm on {d_end7}.
The children's guardian shall file an analysis and recommendations by 4pm on {d_end}.
Permission is given to instruct an independent social worker to carry out a viability assessment of the paternal family, the cost to be shared equally between the parties.
The local authority shall disclose to the parties the police disclosure received, redacted as necessary.
Hair strand testing of the mother for cocaine and cannabis over six months is approved; the laboratory shall report by {d_end7}.
The parties shall file a composite schedule of findings sought by 4pm on {d_end7}.
Any party may apply to vary or set aside this order within 7 days of receiving it.
The court will serve this order on all parties.
[recitals]
UPON hearing {who} and the other parties
AND UPON reading the application dated {d_minus}
AND UPON the parties agreeing the interim threshold for the purpose of this hearing only
AND UPON the court noting that the parents do not oppose the making of this order
[penal_fla]
IMPORTANT NOTICE TO THE RESPONDENT {resp_up}
You must obey this order. Doing anything this order forbids, without reasonable excuse, is a criminal offence for which you may be sent to prison for up to five years, fined, or both. If you are not prosecuted, a breach may instead be dealt with as contempt of court, for which you may be imprisoned, fined or have your assets seized.
[penal_cao]
WARNING NOTICE
Where a child arrangements order is in force, a person who fails to comply with it may be found in contempt of court and committed to prison or fined, and the court may make an enforcement order requiring unpaid work or an order to pay compensation for financial loss.
[penal_epo]
WARNING
Anyone who intentionally obstructs a person using the power given by section 44(4)(b) of the Children Act 1989 to remove a child, or to prevent a child's removal, commits an offence (section 44(15) Children Act 1989).
[penal_conf]
Confidentiality warning
The names of the children and the parties must not be published. No document relating to these proceedings may be shown to anyone who is not a party without the court's permission.
[la_known]
Known. Child in Need plan {yr}-{yr1}, closed.
Known. Child Protection Plan (neglect) from {yr}, ended {yr1}.
Known. Single assessment {yr}, no further action.
Known. Early Help involvement only ({yr}).
[la_chrono]
{d_a}: referral from {src} about {worry}; strategy discussion held; single assessment completed.
{d_b}: Child and Family Assessment concluded; case stepped down to Early Help.
{d_c}: contact from {src} about {worry}; no further action, advice given.
[la_close]
Further detail can be provided on request to the allocated social worker. This information is shared under sections 17 and 47 of the Children Act 1989 and must not be disclosed further without consent.
There is no record of any involvement with the family on our children's social care system.
[police_local]
Local information: domestic incident recorded {d_inc} at the home address; no offences disclosed.
Local information: subject named as suspect in a harassment report {d_inc}; no further action.
Local information: subject reported missing {d_inc}, found safe the same day.
[police_close]
This information is disclosed for the purpose of the family proceedings only and must not be shared further.
Information on the Police National Database has not been searched. Please contact the unit if a Level 3 check is required.
[offences]
Assault by beating - Criminal Justice Act 1988 s.39
Possess a controlled drug of Class B - cannabis
Theft - shoplifting
Drive whilst disqualified
Destroy or damage property (value under £5000)
Breach of a non-molestation order - Family Law Act 1996 s.42A
Harassment without violence
Drive with excess alcohol
Assault occasioning actual bodily harm
[disposals]
Fine £200, costs £85
Community order 12 months, 80 hours unpaid work
Conditional discharge 12 months
Imprisonment 16 weeks suspended 12 months
Simple caution
Restraining order 2 years
[hearing_notice]
Application by {la} under section 31 Children Act 1989 concerning {kids}.
If you do not attend, the court may make orders in your absence. You should take this notice to a solicitor at once.
[conference]
I am writing to invite you to an Initial Child Protection Conference about {kids}. It will be held on {d_when} at 1.30pm at {venue}.
The conference will decide whether the children need a child protection plan. You are welcome to bring a supporter, and an interpreter can be arranged.
[school]
Our records show that {k1}'s attendance this term is {pct}%. The expected level is 96% or above.
Please contact the attendance officer within ten school days to arrange a meeting. Where attendance does not improve the school may refer the matter to the local authority.
"""
T: dict[str, list[str]] = {}
for _blk in TEMPLATES.split("\n[")[1:]:
    _head, _body = _blk.split("]\n", 1)
    T[_head] = [x for x in _body.strip().splitlines() if x]


# ----------------------------------------------------------------------------- helpers
def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def fdate(d: dt.date, style: str) -> str:
    m = MONTHS[d.month - 1]
    return {
        "long": f"{d.day} {m} {d.year}",
        "ord": f"{ordinal(d.day)} {m} {d.year}",
        "slash": d.strftime("%d/%m/%Y"),
        "dot": d.strftime("%d.%m.%y"),
        "abbr": f"{d.day} {m[:3]} {d.year}",
        "day": f"{d.strftime('%A')} {d.day} {m} {d.year}",
    }[style]


def nm(p, middle=True) -> str:
    return " ".join(x for x in (p["first"], p["middle"] if middle else None, p["last"]) if x)


def pnc_name(p) -> str:
    return f"{p['last'].upper()}, {' '.join(x for x in (p['first'], p['middle']) if x).upper()}"


class Gen:
    """Random fictional entities drawn from one numpy Generator."""

    def __init__(self, rng):
        self.r = rng

    def pick(self, seq):
        return seq[int(self.r.integers(len(seq)))]

    def chance(self, p: float) -> bool:
        return bool(self.r.random() < p)

    def days(self, lo, hi) -> dt.timedelta:
        return dt.timedelta(days=int(self.r.integers(lo, hi)))

    def postcode(self, la) -> str:
        district = str(int(self.r.integers(1, la[4] + 1)))
        inward = f"{int(self.r.integers(1, 10))}{self.pick(INWARD)}{self.pick(INWARD)}"
        return f"{la[3]}{district} {inward}"

    def pnc_id(self, yy: int) -> str:
        serial = int(self.r.integers(1, 10**6 if self.chance(0.5) else 10**7))
        n = int(f"{yy:02d}{serial:07d}")
        return f"{yy:02d}/{serial:07d}{PNC_LETTERS[n % 23]}"

    def person(self, today, sex=None, ages=(19, 52), surname=None, child=False) -> dict:
        sex = sex or self.pick("FM")
        pools = {("F", False): F_FIRST, ("M", False): M_FIRST}
        pools |= {("F", True): C_FIRST_F, ("M", True): C_FIRST_M}
        first = self.pick(pools[sex, child])
        middle = None
        if self.chance(0.3):
            middle = self.pick([x for x in pools[sex, not child] if x != first and "-" not in x])
        born = today - self.days(int(ages[0] * 365.25), int(ages[1] * 365.25))
        return {"first": first, "middle": middle, "last": surname or self.pick(SURNAMES), "sex": sex, "dob": born}  # fmt: skip

    def family(self, today):
        mother = self.person(today, "F")
        father = self.person(today, "M", surname=mother["last"] if self.chance(0.35) else None)
        names = {mother["last"], father["last"]}
        if len(names) == 2 and not any("-" in x or " " in x for x in names):
            names.add(f"{mother['last']}-{father['last']}")
        n = int(self.r.choice([1, 1, 2, 2, 3, 4]))
        kids: list[dict] = []
        while len(kids) < n:
            k = self.person(today, None, (0.1, 15.5), self.pick(sorted(names)), True)
            if all(k["first"] != x["first"] for x in kids):
                kids.append(k)
        return mother, father, sorted(kids, key=lambda k: k["dob"])

    def judge(self):
        p = self.person(dt.date(2000, 1, 1))
        full, sur = f"{p['first']} {p['last']}", p["last"]
        title = self.pick(["District Judge"] * 2 + ["Deputy District Judge", "HHJ", "Recorder"] + ["HON"] * 3)  # fmt: skip
        if title == "HON":
            hon = "Her Honour Judge" if p["sex"] == "F" else "His Honour Judge"
            return f"{hon} {sur if self.chance(0.6) else full}"
        return f"HHJ {sur}" if title == "HHJ" else f"{title} {full}"

    def case_number(self, la, kind, year) -> str:
        letters = {"public": "C C C C C ZC", "private": "P P P P P FD", "fla": "F F F F FL"}[kind]
        yy = year % 100 if self.chance(0.7) else (year - 1) % 100
        return f"{la[2]}{yy:02d}{self.pick(letters.split())}{int(self.r.integers(1, 10**5)):05d}"


# ----------------------------------------------------------------------------- layout
FONT_DIRS = [f"/usr/share/fonts/{d}" for d in ("truetype/liberation", "truetype/dejavu", "opentype/urw-base35")]  # fmt: skip
FAMILIES = {
    "sans": "LiberationSans-Regular.ttf LiberationSans-Bold.ttf LiberationSans-Italic.ttf",
    "serif": "LiberationSerif-Regular.ttf LiberationSerif-Bold.ttf LiberationSerif-Italic.ttf",
    "dejavu": "DejaVuSans.ttf DejaVuSans-Bold.ttf DejaVuSans-Oblique.ttf",
    "nimbus": "NimbusSans-Regular.otf NimbusSans-Bold.otf NimbusSans-Italic.otf",
    "roman": "NimbusRoman-Regular.otf NimbusRoman-Bold.otf NimbusRoman-Italic.otf",
    "mono": "LiberationMono-Regular.ttf LiberationMono-Bold.ttf LiberationMono-Italic.ttf",
    "courier": "NimbusMonoPS-Regular.otf NimbusMonoPS-Bold.otf NimbusMonoPS-Italic.otf",
}
_FONTS: dict = {}


def load_font(family: str, style: int, px: int):
    key = (family, style, px)
    if key not in _FONTS:
        name = FAMILIES[family].split()[style]
        paths = [Path(d, name) for d in FONT_DIRS if Path(d, name).exists()]
        _FONTS[key] = ImageFont.truetype(str(paths[0]), px) if paths else ImageFont.load_default(px)
    return _FONTS[key]


class Sheet:
    """A4 pages drawn with Pillow; every drawn line is also recorded as page text."""

    def __init__(self, dpi: int, family: str = "sans", size: float = 11, margin: float = 0.9):
        self.dpi, self.family, self.size = dpi, family, size
        self.W, self.H = int(8.27 * dpi), int(11.69 * dpi)
        self.ml, self.mr = int(margin * dpi), self.W - int(margin * dpi)
        self.mt, self.mb = int(0.75 * dpi), self.H - int(0.95 * dpi)
        self.pages, self.texts = [], []
        self.new_page()

    def font(self, size=None, bold=False, italic=False, family=None):
        px = round((size or self.size) * self.dpi / 72)
        return load_font(family or self.family, 1 if bold else 2 if italic else 0, px)

    def new_page(self):
        self.img = Image.new("L", (self.W, self.H), 255)
        self.d = ImageDraw.Draw(self.img)
        self.pages.append(self.img)
        self.texts.append([])
        self.y = self.mt

    def need(self, h):
        if self.y + h > self.mb:
            self.new_page()

    def space(self, pt):
        self.y += int(pt * self.dpi / 72)

    def wrap(self, text, font, width):
        out = []
        for para in text.split("\n"):
            line = ""
            for w in para.split(" "):
                cand = f"{line} {w}" if line else w
                if font.getlength(cand) <= width or not line:
                    line = cand
                else:
                    out.append(line)
                    line = w
            out.append(line)
        return out

    def put(self, x, ln, font):
        self.d.text((x, self.y), ln, font=font, fill=0)
        self.texts[-1].append(ln)

    def text(self, s, size=None, bold=False, italic=False, align="left", indent=0.0, gap=0.35, x0=None, width=None):  # fmt: skip
        f = self.font(size, bold, italic)
        left = (x0 if x0 is not None else self.ml) + int(indent * self.dpi)
        width = width or (self.mr - left)
        lh = int(f.size * 1.28)
        for ln in self.wrap(s, f, width):
            self.need(lh)
            w = f.getlength(ln)
            self.put({"left": left, "center": left + (width - w) / 2, "right": left + width - w}[align], ln, f)  # fmt: skip
            self.y += lh
        self.y += int(gap * f.size)

    def lr(self, left, right, size=None, bold=False):
        f = self.font(size, bold)
        self.need(int(f.size * 1.35))
        self.d.text((self.ml, self.y), left, font=f, fill=0)
        self.d.text((self.mr - f.getlength(right), self.y), right, font=f, fill=0)
        self.texts[-1].append(f"{left} {right}")
        self.y += int(f.size * 1.35)

    def kv(self, pairs, label_in=1.9, size=None):
        fl, fv = self.font(size, True), self.font(size)
        lh, xv = int(fv.size * 1.3), self.ml + int(label_in * self.dpi)
        for label, value in pairs:
            lines = self.wrap(value, fv, self.mr - xv)
            self.need(lh * len(lines))
            self.d.text((self.ml, self.y), label, font=fl, fill=0)
            for i, ln in enumerate(lines):
                self.d.text((xv, self.y), ln, font=fv, fill=0)
                self.texts[-1].append(f"{label} {ln}" if i == 0 else ln)
                self.y += lh
            self.y += int(0.15 * fv.size)

    def table(self, rows, widths, size=None, header=True, border=True):
        f, fb = self.font(size), self.font(size, True)
        xs = [self.ml + int((self.mr - self.ml) * sum(widths[:i]) / sum(widths)) for i in range(len(widths) + 1)]  # fmt: skip
        pad, lh = int(f.size * 0.35), int(f.size * 1.25)
        for ri, row in enumerate(rows):
            font = fb if (header and ri == 0) else f
            cells = [self.wrap(str(c), font, xs[i + 1] - xs[i] - 2 * pad) if c else [] for i, c in enumerate(row)]  # fmt: skip
            h = max(1, *map(len, cells)) * lh + 2 * pad
            self.need(h)
            for i, lines in enumerate(cells):
                for j, ln in enumerate(lines):
                    self.d.text((xs[i] + pad, self.y + pad + j * lh), ln, font=font, fill=0)
                if border:
                    box = [xs[i], self.y, xs[i + 1], self.y + h]
                    self.d.rectangle(box, outline=0, width=max(1, self.dpi // 150))
            self.texts[-1].append(" ".join(" ".join(c) for c in cells if c))
            self.y += h
        self.y += int(f.size * 0.6)

    def columns(self, left, right, split=0.55, size=None):
        """Two blocks side by side; entries are (text, bold). Reading order: left, then right."""
        y0, ys, xr = self.y, [], self.ml + int((self.mr - self.ml) * split)
        for items, x0, w in ((left, self.ml, xr - self.ml - 20), (right, xr, self.mr - xr)):
            self.y = y0
            for s, b in items:
                self.text(s, size=size, bold=b, x0=x0, width=w, gap=0.05)
            ys.append(self.y)
        self.y = max(ys) + int(self.font(size).size * 0.6)

    def rule(self, w=2):
        self.d.line([self.ml, self.y, self.mr, self.y], fill=0, width=max(1, w * self.dpi // 200))
        self.y += int(self.dpi * 0.08)

    def boxed(self, title, body, size=None):
        f = self.font(size)
        lines = self.wrap(body, f, self.mr - self.ml - int(0.3 * self.dpi))
        lh = int(f.size * 1.28)
        self.need((len(lines) + 1) * lh + int(0.25 * self.dpi))
        top = self.y
        self.y += int(0.1 * self.dpi)
        self.text(title, size=size, bold=True, indent=0.12, gap=0)
        for ln in lines:
            self.put(self.ml + int(0.12 * self.dpi), ln, f)
            self.y += lh
        self.y += int(0.1 * self.dpi)
        self.d.rectangle([self.ml, top, self.mr, self.y], outline=0, width=max(2, self.dpi // 100))
        self.y += int(0.15 * self.dpi)

    def signature(self, rng, x_in=None):
        """A handwritten-looking scrawl (no text)."""
        h = int(0.45 * self.dpi)
        self.need(h)
        x0 = self.ml + int((x_in if x_in is not None else rng.uniform(0.1, 0.8)) * self.dpi)
        w, k, t = rng.uniform(1.4, 2.2) * self.dpi, rng.uniform(8, 16), np.linspace(0, 1, 160)
        wave = 0.3 * np.sin(t * k * math.pi + rng.uniform(0, 3)) * np.exp(-t) + 0.15 * np.sin(
            t * 37
        )
        ys = self.y + h * (0.5 + wave)
        xs = x0 + w * t + 0.04 * self.dpi * np.sin(t * k * 2.1 * math.pi)
        ink, width = int(rng.integers(10, 70)), max(2, self.dpi // 90)
        self.d.line(list(zip(xs.tolist(), ys.tolist(), strict=True)), fill=ink, width=width, joint="curve")  # fmt: skip
        self.y += h + int(0.05 * self.dpi)

    def footer(self, fn, size=8):
        f = self.font(size)
        for i, (img, texts) in enumerate(zip(self.pages, self.texts, strict=True)):
            if s := fn(i, len(self.pages)):
                xy = ((self.W - f.getlength(s)) / 2, self.H - int(0.6 * self.dpi))
                ImageDraw.Draw(img).text(xy, s, font=f, fill=0)
                texts.append(s)


# ----------------------------------------------------------------------------- documents
class Doc:
    def __init__(self, g: Gen, kind: str, today: dt.date, la, dpi: int, family, size, margin=0.9):
        self.g, self.today, self.la = g, today, la
        self.s = Sheet(dpi, family, size, margin)
        self.known_pcs: set[str] = set()
        self.known_pnc: set[str] = set()
        self.notes: list[str] = []
        keys = words("order_type case_number court judge local_authority")
        self.truth = {"doc_type": kind, **dict.fromkeys(keys), "document_date": today.isoformat()}
        self.truth |= {"children": [], "people": [], "pnc_ids": [], "postcodes": [], "text": ""}

    def addr(self, la=None, lines=False, home=False):
        la = la or self.la
        pc = self.g.postcode(la)
        self.known_pcs.add(pc)
        parts = [f"{int(self.g.r.integers(1, 240))} {self.g.pick(STREETS)}"]
        parts = (
            [f"Flat {int(self.g.r.integers(1, 30))}"] if home and self.g.chance(0.25) else []
        ) + parts
        return ("\n" if lines else ", ").join([*parts, la[1].replace("East London", "London"), pc])

    def child(self, p, dob=True):
        self.truth["children"].append({"name": nm(p), "date_of_birth": p["dob"].isoformat() if dob else None})  # fmt: skip

    def adult(self, p, role, dob=True, middle=True):
        born = p["dob"].isoformat() if dob else None
        self.truth["people"].append({"name": nm(p, middle), "date_of_birth": born, "role": role})

    def sign(self, x_in=None):
        self.s.signature(self.g.r, x_in)
        self.notes.append("signature")


def fill(key, ctx, i=None, g: Gen | None = None):
    lines = T[key]
    return (lines[i] if i is not None else g.pick(lines)).format(**ctx)


def court_header(d: Doc, town, cn, act, title):
    s, g = d.s, d.g
    v = int(g.r.integers(5))
    if v == 0:
        s.lr(f"In the Family Court sitting at {town}", f"Case No: {cn}", bold=True)
        s.text(act, gap=0.6)
    elif v == 1:
        s.text(
            f"IN THE FAMILY COURT AT {town.upper()}", size=13, bold=True, align="center", gap=0.1
        )
        s.text(f"Case number: {cn}", align="center", gap=0.5)
        s.text(act, italic=True, align="center")
    elif v == 2:
        s.table([["Court", f"The Family Court at {town}"], ["Case number", cn], ["Act", act]], [1, 3], header=False)  # fmt: skip
    elif v == 3:
        s.text("THE FAMILY COURT", size=14, bold=True, gap=0.05)
        s.text(f"sitting at {town}", gap=0.3)
        s.lr(act, f"No. {cn}")
        s.space(6)
    else:
        fc = "Y Llys Teulu / The Family Court" if town in ("Cardiff", "Swansea", "Wrexham") else "The Family Court"  # fmt: skip
        s.columns([(fc, True), (f"at {town}", False)], [(f"Case No. {cn}", True), (act, False)], 0.58)  # fmt: skip
    s.rule()
    s.text(title, size=15, bold=True, align="center", gap=0.6)


def children_block(d: Doc, kids, ds, v=None):
    s, g = d.s, d.g
    sex = {"F": ("Girl", "a girl"), "M": ("Boy", "a boy")}
    v = int(g.r.integers(3)) if v is None else v
    if v == 0:
        rows = [["The full name(s) of the child(ren)", "Boy or Girl", "Date(s) of birth"]]
        rows += [[nm(k), sex[k["sex"]][0], fdate(k["dob"], ds)] for k in kids]
        s.table(rows, [3, 1.2, 1.6])
    elif v == 1:
        s.text("The child" + ("ren" if len(kids) > 1 else ""), bold=True, gap=0.1)
        for k in kids:
            s.lr(nm(k), f"{sex[k['sex']][0]}    {fdate(k['dob'], ds)}")
        s.space(6)
    else:
        parts = [f"{nm(k)} ({sex[k['sex']][1]}) born on {fdate(k['dob'], ds)}" for k in kids]
        s.text(g.pick(["This order concerns ", "The children are "]) + "; ".join(parts) + ".")
    for k in kids:
        d.child(k)


TITLES = {t: t.replace("_", " ").title().replace("Non Mol", "Non-Mol") for t in ORDER_PLAN}


def make_order(g: Gen, today, la, otype, dpi):
    fam, size = g.pick(["serif", "sans", "roman", "nimbus", "dejavu"]), g.pick([10.5, 11, 11, 12])
    d = Doc(g, "court_order", today, la, dpi, fam, size, float(g.r.uniform(0.75, 1.0)))
    s, town = d.s, la[1]
    ds = g.pick(["long", "ord", "slash", "long", "abbr", "dot"])
    private = otype in (
        "child_arrangements_order",
        "prohibited_steps_order",
        "specific_issue_order",
    )
    fla = otype in ("non_molestation_order", "occupation_order")
    public = not (private or fla)
    cn = g.case_number(la, "fla" if fla else "private" if private else "public", today.year)
    judge = None if g.chance(0.08) else g.judge()
    mother, father, kids = g.family(today)
    appl, resp = (father, mother) if private and g.chance(0.5) else (mother, father)
    d.truth |= {"order_type": otype, "case_number": cn, "court": f"Family Court at {town}", "judge": judge}  # fmt: skip
    other_kind = g.pick(["Case Management Order", "Special Guardianship Order", "Parental Responsibility Order"])  # fmt: skip
    title = other_kind if otype == "other_order" else TITLES[otype]
    act = "Family Law Act 1996" if fla else "The Children Act 1989"
    court_header(d, town, cn, "Adoption and Children Act 2002" if otype == "placement_order" else act, title.upper() if g.chance(0.4) else title)  # fmt: skip
    date_s = fdate(today, ds)
    them = "the child" if len(kids) == 1 else "the children"
    ctx = {
        "la": la[0], "them": them, "The_kids": them.capitalize(), "are": "is" if len(kids) == 1 else "are",
        "mother": nm(mother), "father": nm(father), "resp": nm(resp), "resp_up": nm(resp).upper(),
        "k1": kids[0]["first"], "d_minus": fdate(today - g.days(1, 60), ds),
        "d_end": fdate(today + g.days(21, 60), ds), "d_end7": fdate(today + g.days(10, 20), ds),
        "d_8": fdate(today + dt.timedelta(days=8), ds), "d_1": fdate(today + dt.timedelta(days=1), ds),
        "d_year": fdate(today + dt.timedelta(days=365), ds), "addr": "",
        "school": f"{g.pick(['Parkside', 'St Joseph', 'Hollybank'])} Primary School",
        "sg": nm(g.person(today, "F", (48, 70), mother["last"]), False),
        "who": "counsel for the local authority" if public else "the applicant in person",
    }  # fmt: skip
    if otype == "emergency_protection_order":
        s.boxed(fill("penal_epo", ctx, 0), fill("penal_epo", ctx, 1))
    if otype == "non_molestation_order" and g.chance(0.6):
        s.boxed(fill("penal_fla", ctx, 0), fill("penal_fla", ctx, 1))
    schedule = not fla and g.chance(0.25)
    if schedule:
        s.text("The children are named in the Schedule to this order.", italic=True)
    elif not fla or g.chance(0.5):
        children_block(d, kids, ds)
    who = judge or "the Lay Justices"
    hearing = g.pick(["a final hearing", "a case management hearing", "an urgent hearing", "a hearing"])  # fmt: skip
    hearing = "an urgent hearing" if otype == "emergency_protection_order" else hearing
    v = int(g.r.integers(3))
    if v == 0:
        s.text(f"ORDER MADE BY {who.upper()} SITTING IN PRIVATE AT {hearing.upper()} ON {date_s.upper()}", bold=True)  # fmt: skip
    elif v == 1:
        s.kv([("Made by:", who), ("Date of order:", date_s), ("Hearing:", hearing)])
    else:
        s.text(f"Before {who} sitting in private on {date_s}.", italic=True)
    s.text("The parties", bold=True, gap=0.1)
    if fla:
        shown = g.chance(0.5)
        born = f", born {fdate(appl['dob'], ds)}" if shown else ""
        d.adult(appl, "applicant", dob=shown)
        d.adult(resp, "respondent")
        s.text(f"1. The applicant is {nm(appl)}{born}.", indent=0.2)
        s.text(f"2. The respondent is {nm(resp)}, born {fdate(resp['dob'], ds)}, of {d.addr(home=True)}.", indent=0.2)  # fmt: skip
    elif private:
        rel = {id(mother): "mother", id(father): "father"}
        d.adult(appl, "applicant", dob=False)
        d.adult(resp, "respondent", dob=False)
        rep = g.pick(["acts in person", "is represented by counsel"])
        s.text(f"1. The applicant is {nm(appl)}, the {rel[id(appl)]}, who {rep}.", indent=0.2)
        s.text(f"2. The respondent is {nm(resp)}, the {rel[id(resp)]}.", indent=0.2)
    else:
        d.truth["local_authority"] = la[0]
        mid = g.chance(0.5)
        s.text(f"1. The applicant is {la[0]}.", indent=0.2)
        s.text(f"2. The first respondent is {nm(mother, mid)}, the mother.", indent=0.2)
        s.text(f"3. The second respondent is {nm(father, mid)}, the father.", indent=0.2)
        d.adult(mother, "mother", dob=False, middle=mid)
        d.adult(father, "father", dob=False, middle=mid)
        epo = otype == "emergency_protection_order"
        if not epo:
            gdn = g.person(today, ages=(30, 60))
            are = "child is" if len(kids) == 1 else "children are"
            s.text(f"4. The {are} the third respondent, acting through their children's guardian, {nm(gdn, False)}.", indent=0.2)  # fmt: skip
            d.adult(gdn, "guardian", dob=False, middle=False)
        if g.chance(0.25):
            gm = g.person(today, "F", ages=(45, 70), surname=mother["last"])
            s.text(f"{5 - epo}. {nm(gm)}, the maternal grandmother, is an intervenor.", indent=0.2)
            d.adult(gm, "intervenor", dob=False)
    s.space(4)
    if otype != "emergency_protection_order" and g.chance(0.85):
        for i in range(int(g.r.integers(2, 5)) if public else 2):
            s.text(fill("recitals", ctx, i), gap=0.2)
        if otype in ("interim_care_order", "interim_supervision_order", "care_order"):
            s.text("AND UPON the court being satisfied that the threshold in section 31(2) of the Children Act 1989 is met", gap=0.2)  # fmt: skip
        s.space(4)
    s.text(g.pick(["IT IS ORDERED THAT:", "The court orders that", "IT IS HEREBY ORDERED:"]), bold=True)  # fmt: skip
    if "{addr}" in "".join(T[otype if otype != "other_order" else other_kind]):
        ctx["addr"] = d.addr(home=True)
    paras = [x.format(**ctx) for x in T[other_kind if otype == "other_order" else otype]]
    if public and otype != "emergency_protection_order" and g.chance(0.65):
        extra = g.r.permutation(len(T["directions"]))[: int(g.r.integers(5, 10))]
        paras += [T["directions"][j].format(**ctx) for j in sorted(extra)]
    numbered = g.chance(0.8)
    for i, p in enumerate(paras, 1):
        s.text(f"{i}. {p}" if numbered else p, indent=0.15)
    if otype == "other_order" and other_kind == "Special Guardianship Order":
        d.truth["people"].append({"name": ctx["sg"], "date_of_birth": None, "role": "special guardian"})  # fmt: skip
    if otype == "child_arrangements_order" or (private and g.chance(0.4)):
        s.boxed(fill("penal_cao", ctx, 0), fill("penal_cao", ctx, 1))
    if fla and not any("IMPORTANT NOTICE" in x for x in s.texts[0]):
        s.boxed(fill("penal_fla", ctx, 0), fill("penal_fla", ctx, 1))
    if g.chance(0.4):
        s.boxed(fill("penal_conf", ctx, 0), fill("penal_conf", ctx, 1), size=s.size - 1)
    if g.chance(0.45):
        nxt = g.pick(["Issues Resolution Hearing", "Dispute Resolution Appointment", "Further case management hearing"])  # fmt: skip
        s.text(f"Next hearing: {nxt} on {fdate(today + g.days(20, 90), ds)} at 10.00 am.", gap=0.4)
    s.space(8)
    s.need(int(1.2 * dpi))
    s.text(f"Dated {date_s}", gap=0.2)
    if g.chance(0.75):
        d.sign()
    s.text(judge or "Legal Adviser to the Justices", gap=0.2)
    if schedule:
        s.new_page()
        s.text(g.pick(["SCHEDULE", "Schedule - the children"]), size=13, bold=True, gap=0.5)
        children_block(d, kids, ds, v=int(g.r.integers(2)))
    pc = g.postcode(la)
    d.known_pcs.add(pc)
    bld = g.pick(["The Law Courts", "Combined Court Centre", "Civil and Family Justice Centre"])
    caddr = f"The Family Court at {town}, {bld}, {g.pick(STREETS)}, {town.replace('East London', 'London')} {pc}"  # fmt: skip
    fv = int(g.r.integers(3))
    s.footer(lambda i, n: [f"{caddr}  |  Page {i + 1} of {n}", f"Case No: {cn}   Page {i + 1}", caddr if i == 0 else f"Page {i + 1}"][fv])  # fmt: skip
    return d


def la_letterhead(d: Doc):
    s, g, la = d.s, d.g, d.la
    dept = g.pick(["Children's Services", "Children and Families Directorate", "Multi-Agency Safeguarding Hub (MASH)", "Children's Social Care - Front Door"])  # fmt: skip
    addr = d.addr(lines=True)
    v = int(g.r.integers(3))
    if v == 0:
        s.text(la[0], size=16, bold=True, align="right", gap=0.05)
        s.text(dept, align="right", gap=0.05)
        s.text(addr, size=9, align="right")
    elif v == 1:
        tel = f"Tel: 0{int(g.r.integers(1100, 1999))} {int(g.r.integers(100000, 999999))}"
        s.columns([(la[0], True), (dept, False)], [(addr, False), (tel, False)], split=0.6)
    else:
        s.text(la[0].upper(), size=14, bold=True, align="center", gap=0.05)
        s.text(f"{dept} | {addr.replace(chr(10), ', ')}", size=9, align="center")
    s.rule()


def make_la_check(g: Gen, today, la, dpi):
    d = Doc(g, "la_check", today, la, dpi, g.pick(["sans", "nimbus", "dejavu", "serif"]), g.pick([10, 10.5, 11]))  # fmt: skip
    s = d.s
    d.truth["local_authority"] = la[0]
    ds = g.pick(["long", "ord", "slash", "abbr", "dot"])
    dob_s = g.pick([ds, "slash"])
    mother, father, kids = g.family(today)
    adults = [(mother, "mother"), (father, "father")]
    if g.chance(0.35):
        adults.append((g.person(today, "M"), "subject"))
    cn = g.case_number(la, g.pick(["public", "private"]), today.year) if g.chance(0.6) else None
    ref = f"{g.pick(['MASH', 'CSC', 'FD', 'SGC'])}/{today.year}/{int(g.r.integers(1000, 99999))}"
    your = f"CAF-{int(g.r.integers(10**6, 10**7))}"
    emailed = g.chance(0.3)
    if emailed:  # an e-mail printed out
        s.family = "dejavu"
        when = (
            f"{fdate(today, 'day')} {int(g.r.integers(8, 17)):02d}:{int(g.r.integers(0, 60)):02d}"
        )
        box = g.pick(["mash", "csc.frontdoor", "safeguarding.checks"])
        slug = re.sub(
            r"London Borough of |City of | City| County| Metropolitan.*| Council.*|\W", "", la[0]
        )
        s.text(f"From: {box}@{slug.lower()}.gov.uk\nSent: {when}\nTo: Cafcass Safeguarding Team", gap=0.1)  # fmt: skip
        s.text(f"Subject: RE: Safeguarding checks - {kids[0]['last']} - your ref {your}", gap=0.5)
        s.rule(1)
    else:
        la_letterhead(d)
        s.kv([("Our ref:", ref), ("Your ref:", your), ("Date:", fdate(today, ds))], label_in=1.1)
        s.space(4)
        team = g.pick(["Safeguarding Team", "Private Law Intake"])
        s.text(f"Cafcass\n{team}\n{d.addr(g.pick(LAS), lines=True)}", gap=0.6)
    s.text(g.pick(["Dear Sir or Madam,", "Dear Colleague,", "Dear Family Court Adviser,"]), gap=0.4)
    what = g.pick(["Safeguarding enquiry", "Request for local authority checks", "Previous involvement check"])  # fmt: skip
    s.text(f"Re: {what} - " + ", ".join(nm(k, False) for k in kids), bold=True, gap=0.2)
    if cn:
        d.truth |= {"case_number": cn, "court": f"Family Court at {la[1]}"}
        s.text(f"Proceedings in the Family Court at {la[1]}, case number {cn}", gap=0.4)
    asked = fdate(today - g.days(2, 20), ds)
    s.text(f"Thank you for your request dated {asked}. I have searched the records of {la[0]} for the people listed below.")  # fmt: skip
    findings = []
    for p, role in [(k, "child") for k in kids] + adults:
        yr = int(g.r.integers(2015, today.year))
        res = fill("la_known", {"yr": yr, "yr1": yr + 1}, g=g) if g.chance(0.45) else g.pick(["Not known", "No record held", "Not known to Children's Social Care"])  # fmt: skip
        findings.append((p, role, res))
    if g.chance(0.65):
        rel = {"subject": "Mother's partner"}
        rows = [["Name", "Date of birth", "Relationship", "Result"]]
        rows += [[nm(p), fdate(p["dob"], dob_s), rel.get(r, r.capitalize()), res] for p, r, res in findings]  # fmt: skip
        s.table(rows, [2.2, 1.3, 1.3, 3], size=s.size - 0.5)
    else:
        for p, _, res in findings:
            s.text(f"{nm(p)} (born {fdate(p['dob'], dob_s)}): {res}", indent=0.2, gap=0.2)
    for k in kids:
        d.child(k)
    for p, role in adults:
        d.adult(p, role)
    known = any(r.startswith("Known") for _, _, r in findings)
    if known and g.chance(0.5):
        s.text("Chronology of involvement", bold=True, gap=0.1)
        src, worry = ["the school", "the police", "the health visitor", "A&E"], ["neglect", "domestic abuse", "home conditions", "bruising"]  # fmt: skip
        when = sorted(today - g.days(300, 2500) for _ in range(3))
        c = {f"d_{x}": fdate(w, "slash") for x, w in zip("abc", when, strict=True)}
        for i in range(int(g.r.integers(2, 4))):
            s.text(fill("la_chrono", c | {"src": g.pick(src), "worry": g.pick(worry)}, i), indent=0.2, gap=0.2)  # fmt: skip
    s.text(T["la_close"][0 if known else 1])
    s.text(g.pick(["Yours faithfully,", "Yours sincerely,", "Kind regards,"]), gap=0.2)
    if g.chance(0.6):
        d.sign(0.1)
    role = g.pick(["Team Manager", "MASH Information Officer", "Senior Practitioner"])
    s.text(f"{nm(g.person(today), False)}\n{role}, {la[0]}", gap=0.2)
    if emailed and g.chance(0.6):
        s.text(d.addr().replace(", ", " | "), size=s.size - 1.5)
    foot = g.pick(["OFFICIAL - SENSITIVE", f"{la[0]} - {ref}", ""])
    s.footer(lambda i, n: (foot + (f"   Page {i + 1} of {n}" if n > 1 else "")).strip())
    return d


def make_police_check(g: Gen, today, la, dpi):
    mono = g.chance(0.55)
    fam = g.pick(["mono", "courier"]) if mono else g.pick(["sans", "nimbus"])
    d = Doc(g, "police_check", today, la, dpi, fam, g.pick([9.5, 10, 10.5]))
    s, force = d.s, la[5]
    mother, father, kids = g.family(today)
    subjects = [mother, father][: int(g.r.choice([1, 2, 2]))]
    subjects += [g.person(today) for _ in range(int(g.r.choice([0, 1, 1, 2])))]
    ds = "slash" if mono else g.pick(["slash", "long", "abbr"])
    cn = g.case_number(la, g.pick(["public", "private", "fla"]), today.year)
    ref = f"L2/{today.year}/{int(g.r.integers(10000, 999999))}"
    if mono:
        hhmm = f"{int(g.r.integers(7, 19)):02d}:{int(g.r.integers(0, 60)):02d}"
        s.text("POLICE NATIONAL COMPUTER - NAMES ENQUIRY", bold=True, gap=0.05)
        s.text(f"LEVEL 2 CHECK FOR FAMILY PROCEEDINGS      {force.upper()}", gap=0.05)
        s.text(f"PRINTED: {fdate(today, 'slash')} {hhmm}   REF: {ref}", gap=0.3)
        s.text("-" * 64, gap=0.1)
    else:
        unit = g.pick(["Disclosure Unit", "Public Protection Unit", "Information Management"])
        s.text(force, size=16, bold=True, gap=0.05)
        s.text(f"{unit} | {d.addr()}", size=9, gap=0.4)
        s.rule()
        head = g.pick(["Police checks for family proceedings (PNC Level 2)", "RESULT OF POLICE NATIONAL COMPUTER CHECK"])  # fmt: skip
        s.text(head, size=13, bold=True, gap=0.4)
        s.kv([("Date:", fdate(today, ds)), ("Our reference:", ref)])
    lab = (lambda a, b: a) if mono else (lambda a, b: b)
    by_la = g.chance(0.35)
    if by_la:
        d.truth["local_authority"] = la[0]
    pairs = [(lab("REQUESTED BY:", "Requesting agency:"), la[0] if by_la else "Cafcass")]
    if g.chance(0.7):
        pairs.append((lab("COURT REF:", "Court case number:"), f"{cn} (Family Court at {la[1]})"))
        d.truth |= {"case_number": cn, "court": f"Family Court at {la[1]}"}
    if g.chance(0.4):
        listed = "; ".join(f"{nm(k)} {fdate(k['dob'], 'slash')}" for k in kids)
        pairs.append((lab("CHILDREN:", "Children concerned:"), listed))
        for k in kids:
            d.child(k)
    s.kv(pairs)
    s.space(4)
    for idx, p in enumerate(subjects, 1):
        d.adult(p, "subject")
        addr = d.addr(home=True)
        if mono:
            s.text(f"SUBJECT {idx}", bold=True, gap=0.1)
            bp = g.pick(["LEEDS", "LAHORE", "GDANSK", "KINGSTON, JAMAICA", "CARDIFF", "LAGOS", "GLASGOW"])  # fmt: skip
            pairs = [("NAME:", pnc_name(p)), ("DOB:", fdate(p["dob"], "slash")), ("BIRTHPLACE:", bp), ("ADDRESS:", addr.upper())]  # fmt: skip
        else:
            s.text(f"Subject {idx}: {nm(p)}", bold=True, gap=0.1)
            pairs = [("Date of birth:", fdate(p["dob"], ds)), ("Address:", addr)]
        if g.chance(0.4):
            s.kv([*pairs, ("RESULT:", "*** NO TRACE ***")] if mono else pairs)
            if not mono:
                s.text(
                    "Result: NO TRACE on the Police National Computer or local systems.", bold=True
                )
            s.space(6)
            continue
        yy = max(p["dob"].year + 14, 1995) % 100
        yy = int(g.r.integers(yy, today.year % 100 + 1)) if yy < 50 else yy
        pid = g.pnc_id(yy)
        d.known_pnc.add(pid)
        cro = f"{int(g.r.integers(1000, 999999)):06d}/{pid[:2]}{g.pick(PNC_LETTERS)}"
        pairs += [("PNC ID:", pid), (lab("CRO NO:", "CRO number:"), cro)]
        if g.chance(0.4):
            signals = g.pick(["VIOLENT", "WEAPONS", "DRUGS", "VIOLENT / SELF HARM"])
            pairs.append((lab("WARNING SIGNALS:", "Warning markers:"), signals))
        s.kv(pairs)
        rows = [["Date", "Court", "Offence", "Disposal"]]
        for _ in range(int(g.r.integers(1, 5))):
            court = g.pick(LAS)[1].replace("East London", "Thames")
            first = dt.date(2000 + yy if yy < 50 else 1900 + yy, 3, 1)
            rows.append([fdate(first + g.days(0, max(2, (today - first).days - 60)), "slash"), f"{court} Magistrates' Court", g.pick(T["offences"]), g.pick(T["disposals"])])  # fmt: skip
        s.table(rows, [1.2, 2.1, 3.0, 2.2], size=s.size - 1, border=not mono)
        if g.chance(0.5):
            s.text(fill("police_local", {"d_inc": fdate(today - g.days(30, 900), ds)}, g=g), size=s.size - 0.5)  # fmt: skip
        s.space(6)
    s.text("END OF PRINT" if mono else fill("police_close", {}, g=g), size=s.size - 1)
    if not mono and g.chance(0.5):
        d.sign(0.1)
        s.text(f"{nm(g.person(today), False)}, Disclosure Officer", gap=0.2)
    s.footer(lambda i, n: f"PAGE {i + 1} OF {n}" if mono and n > 1 else "" if mono else "OFFICIAL-SENSITIVE")  # fmt: skip
    return d


def make_other(g: Gen, today, la, dpi):
    d = Doc(g, "other", today, la, dpi, g.pick(["sans", "serif", "dejavu"]), 11)
    s, ds = d.s, g.pick(["long", "ord", "slash"])
    mother, _father, kids = g.family(today)
    ctx = {"la": la[0], "kids": " and ".join(f"{nm(k)} (born {fdate(k['dob'], 'slash')})" for k in kids)}  # fmt: skip
    kind = g.pick(["hearing", "conference", "school", "invoice"])
    if kind == "hearing":
        cn = g.case_number(la, "public", today.year)
        d.truth |= {
            "case_number": cn,
            "court": f"Family Court at {la[1]}",
            "local_authority": la[0],
        }
        s.lr(f"In the Family Court at {la[1]}", f"Case number {cn}", bold=True)
        s.rule()
        s.text("NOTICE OF HEARING", size=15, bold=True, align="center")
        s.text(fill("hearing_notice", ctx, 0))
        for k in kids:
            d.child(k)
        place = f"Court {int(g.r.integers(1, 12))}, {la[1]} Family Hearing Centre, {d.addr()}"
        when = fdate(today + g.days(7, 40), "day")
        s.kv([("To:", f"{nm(mother)} (mother)"), ("Hearing:", "Case Management Hearing"), ("Date:", when), ("Time:", "10.30 am (time estimate 1 hour)"), ("Place:", place)])  # fmt: skip
        d.adult(mother, "mother", dob=False)
        s.text(fill("hearing_notice", ctx, 1))
        s.text(f"Issued on {fdate(today, ds)}")
    elif kind == "conference":
        la_letterhead(d)
        d.truth["local_authority"] = la[0]
        s.text(fdate(today, ds), align="right")
        s.text(f"{nm(mother)}\n{d.addr(lines=True, home=True)}", gap=0.6)
        d.adult(mother, "mother", dob=False)
        s.text(f"Dear {g.pick(['Ms', 'Mrs', 'Miss'])} {mother['last']},")
        s.text("Invitation to an Initial Child Protection Conference", bold=True)
        venue = f"{g.pick(['the Civic Centre', 'Merrion House', 'the Town Hall'])}, {d.addr()}"
        s.text(fill("conference", ctx | {"d_when": fdate(today + g.days(5, 15), "long"), "venue": venue}, 0))  # fmt: skip
        s.text(fill("conference", ctx, 1))
        for k in kids:
            d.child(k)
        s.text("Yours sincerely,")
        d.sign(0.1)
        s.text(f"{nm(g.person(today), False)}\nConference Chair")
    elif kind == "school":
        k = max(kids, key=lambda c: today - c["dob"])
        school = f"{g.pick(['Parkside', 'St Anne', 'Hollybank', 'Oakwood'])} {g.pick(['Primary School', 'Academy'])}"  # fmt: skip
        s.text(school, size=16, bold=True, align="center", gap=0.05)
        s.text(d.addr(), size=9, align="center")
        s.rule()
        s.text(fdate(today, ds), gap=0.5)
        s.text(f"To the parent/carer of {nm(k)}", gap=0.5)
        d.child(k, dob=False)
        s.text(f"Attendance concern - {nm(k, False)}", bold=True)
        for i in range(2):
            s.text(fill("school", {"k1": k["first"], "pct": f"{g.r.uniform(71, 89):.1f}"}, i))
        s.text(f"Yours sincerely,\n{nm(g.person(today), False)}\nAttendance Officer")
    else:
        firm = g.pick(["LinguaLink Interpreting Ltd", "Northern Language Services", "Cymraeg a Mwy Translation"])  # fmt: skip
        s.text(firm, size=15, bold=True)
        s.text(d.addr(), size=9)
        s.rule()
        s.text("INVOICE", size=14, bold=True, align="right")
        d.truth["local_authority"] = la[0]
        inv, po = int(g.r.integers(10000, 99999)), int(g.r.integers(10**6, 10**7))
        s.kv([("Invoice no:", f"INV-{inv}"), ("Invoice date:", fdate(today, ds)), ("Bill to:", f"{la[0]}, Legal Services, {d.addr()}"), ("PO number:", f"PO{po}")])  # fmt: skip
        rows, tot = [["Date", "Description", "Hours", "Amount"]], 0.0
        for _ in range(int(g.r.integers(1, 4))):
            h = float(g.pick([1.5, 2, 3, 3.5]))
            tot += h * 32
            lang = g.pick(["Urdu", "Polish", "Romanian", "Tigrinya", "Arabic"])
            rows.append([fdate(today - g.days(3, 30), "slash"), f"{lang} interpreter - family court hearing", f"{h:g}", f"£{h * 32:.2f}"])  # fmt: skip
        s.table([*rows, ["", "Total due", "", f"£{tot:.2f}"]], [1.3, 4, 0.8, 1.3])
        s.text("Payment within 30 days. Please quote the invoice number.")
    return d


# ----------------------------------------------------------------------------- scanning
def stamp(g: Gen, a, dpi, y_free, color, today):
    when = today + g.days(1, 9)
    lines = [g.pick(["RECEIVED", "RECEIVED", "SCANNED"]), f"{when.day:02d} {MONTHS[when.month - 1][:3].upper()} {when.year}", g.pick(["LEGAL SERVICES", "CHILDREN'S SERVICES", "POST ROOM"])]  # fmt: skip
    f = load_font("sans", 1, int(13 * dpi / 72))
    lh = int(f.size * 1.3)
    w, h = int(max(map(f.getlength, lines))) + int(0.3 * dpi), len(lines) * lh + int(0.25 * dpi)
    im = Image.new("L", (w, h), 0)
    dr = ImageDraw.Draw(im)
    dr.rectangle([3, 3, w - 4, h - 4], outline=255, width=max(3, dpi // 60))
    for i, t in enumerate(lines):
        dr.text(((w - f.getlength(t)) / 2, int(0.12 * dpi) + i * lh), t, font=f, fill=255)
    im = im.rotate(float(g.r.uniform(-12, 12)), expand=True, resample=Image.BILINEAR)
    m = np.asarray(im, np.float32) / 255 * float(g.r.uniform(0.55, 0.85))
    H, W = a.shape[:2]  # noqa: N806
    x = int(g.r.integers(int(W * 0.45), max(int(W * 0.45) + 1, W - m.shape[1] - int(0.3 * dpi))))
    y = y_free if y_free + m.shape[0] < H - int(0.3 * dpi) else int(0.1 * dpi)
    ink = np.array(g.pick([(200, 30, 40), (30, 50, 170), (40, 40, 40)]), np.float32) if color else 70  # fmt: skip
    mm = m[..., None] if color else m
    region = a[y : y + m.shape[0], x : x + m.shape[1]]
    a[y : y + m.shape[0], x : x + m.shape[1]] = region * (1 - mm) + ink * mm
    return "\n".join(lines)


def degrade(g: Gen, img, dpi, style, color, y_free, want_stamp, today, holes):
    """Photocopy / fax / scanner look: tint, stamp, punch holes, skew, blur, noise, JPEG."""
    a = np.asarray(img, np.float32)
    if color:
        tint = np.array([g.r.uniform(238, 252), g.r.uniform(236, 250), g.r.uniform(225, 245)])
        a = (a[..., None] / 255 * tint).astype(np.float32)
    extra = stamp(g, a, dpi, y_free, color, today) if want_stamp else None
    H, W = a.shape[:2]  # noqa: N806
    for fy in (0.36, 0.64) if holes else ():
        cv2.circle(a, (int(0.3 * dpi), int(H * fy)), int(0.12 * dpi), (70, 70, 70) if color else 70, -1, cv2.LINE_AA)  # fmt: skip
    if style == "photocopy":
        a = 255 - (255 - a) * float(g.r.uniform(1.1, 1.35)) - float(g.r.uniform(8, 25))
        xs = int(g.r.integers(0, W))
        a[:, xs : xs + max(2, dpi // 80)] -= float(g.r.uniform(12, 35))
        edge = np.linspace(1, 0, int(0.25 * dpi), dtype=np.float32) ** 2 * 90
        a[:, : len(edge)] -= edge[None, :, None] if color else edge[None, :]
    ang = float(g.r.uniform(-2, 2)) if g.chance(0.8) else float(g.r.uniform(-0.3, 0.3))
    rot = cv2.getRotationMatrix2D((W / 2, H / 2), ang, 1.0)
    border = (245, 245, 245) if color else 245
    a = cv2.warpAffine(np.clip(a, 0, 255), rot, (W, H), borderValue=border)
    a = cv2.GaussianBlur(a, (0, 0), float(g.r.uniform(0.3, 1.0)) * dpi / 200)
    noise = g.r.standard_normal((H, W), dtype=np.float32) * float(g.r.uniform(1.5, 5))
    a = a + (noise[..., None] if color else noise)
    n = int(W * H * float(g.r.uniform(1e-5, 8e-5)))
    ys, xs = g.r.integers(0, H - 1, n), g.r.integers(0, W, n)
    a[ys, xs] = 30
    a[ys + 1, xs] = 50
    a = np.clip(a, 0, 255).astype(np.uint8)
    if style == "fax":
        a = cv2.resize(cv2.resize(a, (W, H // 2), interpolation=cv2.INTER_AREA), (W, H), interpolation=cv2.INTER_NEAREST)  # fmt: skip
        return Image.fromarray(np.where(a > 150 + g.r.normal(0, 12, a.shape), 255, 0).astype(np.uint8)).convert("1"), extra  # fmt: skip
    if g.chance(0.2):
        a = cv2.imdecode(cv2.imencode(".jpg", a, [cv2.IMWRITE_JPEG_QUALITY, int(g.r.integers(30, 60))])[1], cv2.IMREAD_UNCHANGED)  # fmt: skip
    return Image.fromarray(a, "RGB" if color else "L"), extra


def save(pages, path: Path, fmt, dpi, g: Gen):
    if fmt in ("png", "jpg"):
        opts = {"quality": int(g.r.integers(55, 88))} if fmt == "jpg" else {}
        pages[0].save(path, dpi=(dpi, dpi), **opts)
    elif fmt == "tif":
        comp = "group4" if all(p.mode == "1" for p in pages) else "tiff_lzw"
        pages[0].save(path, save_all=True, append_images=pages[1:], compression=comp, dpi=(dpi, dpi))  # fmt: skip
    else:
        ps = [p.convert("L") if p.mode == "1" else p for p in pages]
        ps[0].save(path, save_all=True, append_images=ps[1:], resolution=float(dpi))


def build(i: int, kind: str, otype, g: Gen, out: Path):
    today = dt.date(2023, 1, 2) + g.days(0, 900)
    la, dpi = g.pick(LAS), int(g.r.choice([200, 240, 300, 300]))
    if kind == "court_order":
        d = make_order(g, today, la, otype, dpi)
    else:
        d = {"la_check": make_la_check, "police_check": make_police_check, "other": make_other}[kind](g, today, la, dpi)  # fmt: skip
    s = d.s
    style = g.pick(["scan", "scan", "photocopy", "fax", "clean"])
    color = style in ("scan", "clean") and g.chance(0.35)
    want_stamp, holes = g.chance(0.3), g.chance(0.2)
    pages, texts = [], []
    for pi, (img, tx) in enumerate(zip(s.pages, s.texts, strict=True)):
        y_free = s.y + int(0.2 * dpi) if len(s.pages) == 1 else s.H
        im, extra = degrade(g, img, dpi, style, color, y_free, want_stamp and pi == 0, today, holes)
        pages.append(im)
        texts.append("\n".join(tx + ([extra] if extra else [])))
    d.notes += ["stamp"] * want_stamp + ["punch holes"] * holes
    fmt = g.pick(["jpg", "pdf", "pdf"] if color else ["png", "png", "tif", "jpg", "pdf", "pdf"])
    if len(pages) > 1 and fmt in ("png", "jpg"):
        fmt = g.pick(["pdf", "tif"])
    fmt = "tif" if style == "fax" and fmt == "jpg" else fmt
    name = f"scanB_{i:03d}"
    save(pages, out / f"{name}.{fmt}", fmt, dpi, g)
    t, full = d.truth, "\n\n".join(texts)
    t["text"] = full
    pcs = [f"{a} {b}" for a, b in POSTCODE_RE.findall(full)]
    t["postcodes"] = list(dict.fromkeys(pc for pc in pcs if pc in d.known_pcs))
    t["pnc_ids"] = list(dict.fromkeys(m for m in PNC_RE.findall(full) if m in d.known_pnc))
    t["_generator"] = {"corpus": "independent_corpus_b", "format": fmt, "dpi": dpi, "pages": len(pages), "style": style, "colour": color, "marks": sorted(set(d.notes))}  # fmt: skip
    (out / f"{name}.truth.json").write_text(json.dumps(t, indent=2, ensure_ascii=False) + "\n")
    return t


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=96)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", type=Path, default=Path("/tmp/indepB"))
    a = ap.parse_args(argv)
    a.out.mkdir(parents=True, exist_ok=True)
    g = Gen(np.random.default_rng(a.seed))
    n_co, n_la, n_po = round(a.n * 0.4), round(a.n * 0.25), round(a.n * 0.25)
    kinds = [("court_order", ORDER_PLAN[i * len(ORDER_PLAN) // n_co]) for i in range(n_co)]
    kinds += [("la_check", None)] * n_la + [("police_check", None)] * n_po
    kinds += [("other", None)] * (a.n - len(kinds))
    summary: dict[str, int] = {}
    for i, j in enumerate(g.r.permutation(len(kinds))):
        kind, otype = kinds[j]
        gen = build(i, kind, otype, g, a.out)["_generator"]
        for key in (f"{kind}:{otype}" if otype else kind, f"pages={gen['pages']}", f"format={gen['format']}", f"style={gen['style']}", *gen["marks"]):  # fmt: skip
            summary[key] = summary.get(key, 0) + 1
    for k in sorted(summary):
        print(f"{k:45s} {summary[k]}")


if __name__ == "__main__":
    main()
