"""Independent evaluation corpus D for caseclerk: UK family-justice casework scans.

How it was written
    Blind. The author read only ``/work/shared/truth-format.md`` (the binding truth
    format) and ``/work/shared/DESIGN.md``. Nothing under ``samples/``, ``extractors/``,
    ``classifiers/``, ``pipeline/``, ``tests/``, ``flows/``, ``review/`` or the other
    ``bench/independent_corpus*.py`` generators was opened or searched. Layouts, wording
    and reference data (courts and their codes, councils, police forces, addresses) come
    from the author's own knowledge of England & Wales family-justice paperwork, so the
    corpus measures how well the project generalises to documents it has never seen.

What it contains
    A flat folder of scans (.png, .jpg, single and multi-page .tif, image-only .pdf;
    200-300 dpi), each with ``NAME.truth.json`` beside it holding every key of the
    truth format. The mix is about 40% Family Court orders (every ``order_type``,
    including special guardianship, s.34 contact, secure accommodation and directions
    orders as ``other_order``), 25% local-authority safeguarding / MASH check responses
    (letters, e-mail print-outs, box forms, tables), 25% police PNC check results
    (monospace print-outs, disclosure letters, summary tables; valid PNC check letters,
    CRO numbers, convictions, "no trace" subjects) and 10% other paper (utility bill,
    school letter, GP letter, council tax bill, unrelated solicitor's letter, a
    near-blank page). Pages are degraded like real scans: skew up to about 3 degrees,
    some pages turned 90/180/270, blur, noise, JPEG artefacts, low contrast, fax-like
    binarised pages, uneven toner, scanner-edge shadows, and RECEIVED / COPY stamps and
    court seals placed clear of every line that holds a truth value (they may overlap
    other text, semi-transparently). Every truth value stays legible to a careful reader.

    Conventions: ``text`` is every printed line in reading order (pages separated by a
    blank line); stamp, seal and signature overlays are not part of ``text`` and are
    listed in ``_overlay_text`` (a fax-style page has no transmission header). ``court``
    is normalised to "Family Court at <place>" (the court's own name for East London
    Family Court and the Central Family Court). ``document_date`` is the date the order
    was made / the letter, e-mail or print-out is dated (never a stamp date).
    ``people`` are adult parties or check subjects; the applicant council is in
    ``local_authority``, not ``people``; lawyers, social workers and officers are not
    people. Roles are the relationship where the page states one (mother, father,
    intervener, children's guardian, special guardian, mother's partner, ...),
    otherwise applicant / respondent / subject. A police check's ``local_authority``
    is set only when a council is printed as the requester. For "other" paper only
    what the page itself carries is filled (date, postcodes, the council on a council
    tax bill, the pupil of a school letter, the patient of a GP letter). Postcodes and
    PNC IDs in truth are exactly those printed on the page; names are in natural order
    and case (pages may print surnames in capitals). Keys starting with ``_`` are notes
    (``_scan`` records format, dpi, compression and every degradation applied).

How to run
    .venv/bin/python bench/independent_corpus_d.py --out DIR --n 60 --seed 5

    Output is deterministic for a given seed and n (byte-identical files, PDFs
    included). 60 documents take about 40 s on one core and about 90 MB of disk.
"""

from __future__ import annotations

import argparse
import json
import random
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

import cv2
import numpy as np
from faker import Faker
from PIL import Image, ImageDraw, ImageFont

NB = "\u00a0"
PNC_LETTERS = "ZABCDEFGHJKLMNPQRTUVWXY"
PC_UNIT = "ABDEFGHJLNPQRSTUWXYZ"


def words(text: str, sep: str | None = None) -> list[str]:
    return [w.strip() for w in text.split(sep) if w.strip()]


def table(text: str) -> list[list[str]]:
    """Parse a '|' table; a line starting with '+' continues the previous record."""
    rows: list[str] = []
    for ln in text.strip().splitlines():
        if ln.startswith("+"):
            rows[-1] += ln[1:]
        else:
            rows.append(ln)
    return [[c.strip() for c in r.split("|")] for r in rows]


MONTHS = words(
    "January February March April May June July August September October November December"
)

# --------------------------------------------------------------------------- reference data
# code | place ("Family Court sitting at <place>") | building | street | town | postcode | phone
# fmt: off
COURTS = {r[0]: tuple(r[1:]) for r in table("""
LS|Leeds|Leeds Combined Court Centre|1 Oxford Row|Leeds|LS1 3BG|0113
MA|Manchester|Manchester Civil Justice Centre|1 Bridge Street West|Manchester|M60 9DJ|0161
BM|Birmingham|Birmingham Civil and Family Justice Centre|Priory Courts, 33 Bull Street
+|Birmingham|B4 6DS|0121
LV|Liverpool|Liverpool Civil and Family Court|35 Vernon Street|Liverpool|L2 2BX|0151
BS|Bristol|Bristol Civil and Family Justice Centre|2 Redcliff Street|Bristol|BS1 6GR|0117
CF|Cardiff|Cardiff Civil and Family Justice Centre|2 Park Street|Cardiff|CF10 1ET|029 20
NE|Newcastle|Newcastle Civil and Family Courts and Tribunals Centre|Barras Bridge
+|Newcastle upon Tyne|NE1 8QF|0191
SH|Sheffield|Sheffield Family Hearing Centre|The Law Courts, 50 West Bar|Sheffield|S3 8PH|0114
NG|Nottingham|Nottingham Justice Centre|Carrington Street|Nottingham|NG2 1EE|0115
LE|Leicester|Leicester County Court and Family Court|90 Wellington Street|Leicester|LE1 6HJ|0116
ZE|East London Family Court|East London Family Court|11 Westferry Circus|London|E14 4HD|020
ZC|the Central Family Court|Central Family Court|First Avenue House, 42-49 High Holborn
+|London|WC1V 6NP|020
CM|Chelmsford|Chelmsford County and Family Court|Priory Place, New London Road|Chelmsford
+|CM2 0PP|01245
PR|Preston|Preston Family Court|Sessions House, Lancaster Road|Preston|PR1 2PD|01772
NR|Norwich|Norwich Combined Court Centre|The Law Courts, Bishopgate|Norwich|NR3 1UR|01603
EX|Exeter|Exeter Combined Court Centre|Southernhay Gardens|Exeter|EX1 1UH|01392
SA|Swansea|Swansea Civil Justice Centre|Quay West, Quay Parade|Swansea|SA1 1SP|01792
CV|Coventry|Coventry Combined Court Centre|140 Much Park Street|Coventry|CV1 2SN|024 76
DE|Derby|Derby Combined Court Centre|Morledge|Derby|DE1 2XE|01332
WV|Wolverhampton|Wolverhampton Combined Court Centre|Pipers Row|Wolverhampton|WV1 3LQ|01902
BD|Bradford|Bradford Combined Court Centre|Exchange Square, Drake Street|Bradford|BD1 1JA|01274
""")}

# name | building | street | town | postcode | e-mail domain | districts (DISTRICT or
# DISTRICT=Town_Name) | police force | family court code ("" if none used) | Welsh name
COUNCILS = [(r[0], "|".join(r[1:5]), *r[5:]) for r in table("""
Leeds City Council|Civic Hall|Calverley Street|Leeds|LS1 1UR|leeds.gov.uk
+|LS6 LS8 LS9 LS11 LS12 LS14 LS15|West Yorkshire Police|LS|
Manchester City Council|Town Hall|Albert Square|Manchester|M60 2LA|manchester.gov.uk
+|M8 M9 M11 M13 M14 M40|Greater Manchester Police|MA|
Birmingham City Council|Council House|Victoria Square|Birmingham|B1 1BB|birmingham.gov.uk
+|B6 B8 B10 B11 B21 B33|West Midlands Police|BM|
Liverpool City Council|Cunard Building|Water Street|Liverpool|L3 1AH|liverpool.gov.uk
+|L4 L6 L8 L11 L13|Merseyside Police|LV|
Bristol City Council|City Hall|College Green|Bristol|BS1 5TR|bristol.gov.uk|BS2 BS3 BS5 BS13
+|Avon and Somerset Constabulary|BS|
Cardiff Council|County Hall|Atlantic Wharf|Cardiff|CF10 4UW|cardiff.gov.uk
+|CF3 CF5 CF11 CF14 CF24|South Wales Police|CF|Cyngor Caerdydd
Newcastle City Council|Civic Centre|Barras Bridge|Newcastle upon Tyne|NE1 8QH|newcastle.gov.uk
+|NE4 NE5 NE6 NE15|Northumbria Police|NE|
Sheffield City Council|Town Hall|Pinstone Street|Sheffield|S1 2HH|sheffield.gov.uk
+|S2 S5 S8 S9|South Yorkshire Police|SH|
Nottingham City Council|Loxley House|Station Street|Nottingham|NG2 3NG|nottinghamcity.gov.uk
+|NG3 NG5 NG7 NG8|Nottinghamshire Police|NG|
Leicester City Council|City Hall|115 Charles Street|Leicester|LE1 1FZ|leicester.gov.uk
+|LE2 LE3 LE4 LE5|Leicestershire Police|LE|
London Borough of Hackney|Hackney Service Centre|1 Hillman Street|London|E8 1DY|hackney.gov.uk
+|E5 E8 E9 N16|Metropolitan Police Service|ZE|
London Borough of Tower Hamlets|Town Hall|160 Whitechapel Road|London|E1 1BJ
+|towerhamlets.gov.uk|E1 E2 E3 E14|Metropolitan Police Service|ZE|
London Borough of Newham|Newham Dockside|1000 Dockside Road|London|E16 2QU|newham.gov.uk
+|E6 E7 E12 E13 E15|Metropolitan Police Service|ZE|
London Borough of Lambeth|Civic Centre|6 Brixton Hill|London|SW2 1EG|lambeth.gov.uk
+|SW2 SW9 SE11 SE27|Metropolitan Police Service|ZC|
Essex County Council|County Hall|Market Road|Chelmsford|CM1 1QH|essex.gov.uk
+|CM1=Chelmsford CO1=Colchester SS14=Basildon CM20=Harlow|Essex Police|CM|
Lancashire County Council|County Hall|Fishergate|Preston|PR1 8XJ|lancashire.gov.uk
+|PR1=Preston BB1=Blackburn LA1=Lancaster FY1=Blackpool|Lancashire Constabulary|PR|
Norfolk County Council|County Hall|Martineau Lane|Norwich|NR1 2DH|norfolk.gov.uk
+|NR2=Norwich NR3=Norwich PE30=King's_Lynn NR30=Great_Yarmouth|Norfolk Constabulary|NR|
Devon County Council|County Hall|Topsham Road|Exeter|EX2 4QD|devon.gov.uk
+|EX1=Exeter EX4=Exeter EX32=Barnstaple TQ12=Newton_Abbot|Devon and Cornwall Police|EX|
Swansea Council|Civic Centre|Oystermouth Road|Swansea|SA1 3SN|swansea.gov.uk|SA1 SA5 SA6
+|South Wales Police|SA|Cyngor Abertawe
Coventry City Council|Council House|Earl Street|Coventry|CV1 5RR|coventry.gov.uk|CV2 CV3 CV6
+|West Midlands Police|CV|
Derby City Council|Council House|Corporation Street|Derby|DE1 2FS|derby.gov.uk
+|DE21 DE22 DE23 DE24|Derbyshire Constabulary|DE|
City of Wolverhampton Council|Civic Centre|St Peter's Square|Wolverhampton|WV1 1SH
+|wolverhampton.gov.uk|WV1 WV4 WV10 WV14|West Midlands Police|WV|
City of Bradford Metropolitan District Council|City Hall|Centenary Square|Bradford|BD1 1HY
+|bradford.gov.uk|BD3 BD5 BD7 BD8|West Yorkshire Police|BD|
Kent County Council|Sessions House|County Road|Maidstone|ME14 1XQ|kent.gov.uk
+|ME14=Maidstone ME7=Gillingham CT9=Margate DA11=Gravesend TN23=Ashford|Kent Police||
Kirklees Council|Civic Centre 1|High Street|Huddersfield|HD1 2NF|kirklees.gov.uk
+|HD1=Huddersfield HD2=Huddersfield WF13=Dewsbury|West Yorkshire Police||
Durham County Council|County Hall|Aykley Heads|Durham|DH1 5UL|durham.gov.uk
+|DH1=Durham DL14=Bishop_Auckland SR8=Peterlee|Durham Constabulary||
Hampshire County Council|Elizabeth II Court|The Castle|Winchester|SO23 8UJ|hants.gov.uk
+|SO50=Eastleigh PO9=Havant GU14=Farnborough RG21=Basingstoke
+|Hampshire and Isle of Wight Constabulary||
Newport City Council|Civic Centre|Godfrey Road|Newport|NP20 4UR|newport.gov.uk|NP19 NP20
+|Gwent Police||Cyngor Dinas Casnewydd
Wrexham County Borough Council|Guildhall|Llwyn Isaf|Wrexham|LL11 1AY|wrexham.gov.uk|LL11 LL13
+|North Wales Police||Cyngor Bwrdeistref Sirol Wrecsam
""")]
WELSH = {c[0] for c in COUNCILS if c[6]}
STREETS = words("""Oak Ash Elm Beech Church Station Victoria Albert Mill Park Cross Manor Chapel
    Windsor Grove Spring Green Meadow Highfield Westfield Springfield Moor Hollin Marsh Brook
    Cedar Sycamore Clarence Stanley Granville Lonsdale Belgrave Cavendish Alexandra Orchard
    Ferndale Rosebery Hawthorn Beaumont Gladstone Cromwell Tennyson Nelson Balmoral""")
SUFFIX = words("Road Street Avenue Close Crescent Grove Terrace Way Drive Gardens Lane Court Walk")
BLOCKS = words("Alder House|Beech Court|Kestrel House|Priory Court|Mercer House|Tanner Court", "|")

# ------------------------------------------------------------------------------------ names
SUR = {
    "irish": words("""O'Brien O'Connor O'Neill O'Sullivan McCarthy Murphy Byrne Kelly Doyle
        Gallagher Quinn Brennan McLaughlin Fitzgerald Donnelly Kavanagh Keane"""),
    "sasian": words("""Patel Khan Hussain Ahmed Akhtar Chaudhry Iqbal Mahmood Rahman Uddin Ali
        Shah Sharma Mistry Choudhury Islam Parmar Bhatti"""),
    "wafr": words("""Okafor Adeyemi Mensah Boateng Owusu Osei Adebayo Nwosu Okonkwo Asante
        Oyelaran Eze Ogunleye Danso Appiah Olawale Afolabi Nwachukwu""")
}
PL_SUR = [tuple(p.split("/")) for p in words("""Kowalski/Kowalska Nowak/Nowak
    Wiśniewski/Wiśniewska Wójcik/Wójcik Kamiński/Kamińska Lewandowski/Lewandowska
    Zielinski/Zielinska Szymanski/Szymanska Woźniak/Woźniak Dąbrowski/Dąbrowska Mazur/Mazur
    Krawczyk/Krawczyk Jankowski/Jankowska""")]
FIRST = {
    ("irish", "F"): "Niamh Aoife Siobhan Sinead Roisin Ciara Orla Grainne Caoimhe Saoirse",
    ("irish", "M"): "Declan Ciaran Padraig Eoin Cormac Seamus Darragh Liam Niall Oisin",
    ("sasian", "F"): "Aisha Fatima Zainab Ayesha Sana Priya Harpreet Nadia Samina Rukhsana "
                     "Mariam Anjali Simran Shabana Farzana",
    ("sasian", "M"): "Mohammed Imran Asif Tariq Arjun Rajesh Harjit Bilal Zubair Kamran Sanjay "
                     "Adeel Hamza Nadeem Yusuf",
    ("wafr", "F"): "Adaeze Ama Folake Abena Chiamaka Ngozi Yetunde Efua Funmilayo Akosua "
                   "Nkechi Temitope",
    ("wafr", "M"): "Chidi Kwame Oluwaseun Kofi Tunde Emeka Kwabena Babatunde Femi Yaw Segun",
    ("polish", "F"): "Katarzyna Agnieszka Magdalena Joanna Anna Ewelina Monika Justyna "
                     "Aleksandra",
    ("polish", "M"): "Piotr Tomasz Krzysztof Marcin Paweł Łukasz Michał Jakub Grzegorz"
}
KIDS = {
    "F": "Olivia Amelia Isla Ava Mia Freya Lily Ivy Sophia Grace Evie Poppy Ella Willow Rosie "
         "Aria Maisie Daisy Harper Amara Zara Hana Maja Zofia Aoife Imani Aliyah Lena Esther",
    "M": "Oliver Noah George Leo Arthur Muhammad Harry Jack Alfie Theo Oscar Freddie Archie "
         "Charlie Jacob Riley Tyler Kai Ayaan Ibrahim Jakub Oskar Cillian Tobi Kayden Zayn Fionn "
         "Antoni David Mason"
}
KID_MIDDLE = {"F": words("Rose Grace Marie Louise May Elizabeth Jane"),
              "M": words("James Lee John Junior Ali Jay Thomas")}
ETHS = ["brit"] * 54 + ["irish"] * 10 + ["sasian"] * 16 + ["wafr"] * 11 + ["polish"] * 9
# fmt: on


def court_truth(code: str) -> str:
    """Truth form of a court: 'Family Court at <place>', or the London court's own name."""
    return COURTS[code][1] if code in ("ZE", "ZC") else f"Family Court at {COURTS[code][0]}"


@dataclass
class Person:
    first: str
    last: str
    sex: str
    dob: date | None = None
    middle: str = ""
    eth: str = "brit"
    title: str = ""

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.first, self.middle, self.last) if p)

    def caps(self) -> str:
        return " ".join(p for p in (self.first, self.middle, self.last.upper()) if p)

    def formal(self) -> str:
        return f"{self.title} {self.name}" if self.title else self.name


# ------------------------------------------------------------------------------ formatting
def ordinal(n: int) -> str:
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def fmt_date(d: date, style: str) -> str:
    m = MONTHS[d.month - 1]
    if style == "long":
        return f"{d.day} {m} {d.year}"
    if style == "ord":
        return f"{ordinal(d.day)} {m} {d.year}"
    if style == "slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "abbr":
        return f"{d.day} {m[:3]} {d.year}"
    if style == "dash":
        return f"{d.day:02d}-{m[:3].upper()}-{d.year}"
    if style == "dayof":
        return f"{ordinal(d.day)} day of {m} {d.year}"
    raise ValueError(style)


def pnc_id(rng: random.Random, year: int) -> str:
    yy, serial = year % 100, rng.randint(1000, 9999999)
    return f"{yy:02d}/{serial:07d}{PNC_LETTERS[int(f'{yy:02d}{serial:07d}') % 23]}"


def cro_no(rng: random.Random, year: int) -> str:
    yy, serial = year % 100, rng.randint(1, 999999)
    return f"{serial:06d}/{yy:02d}{PNC_LETTERS[int(f'{yy:02d}{serial:06d}') % 23]}"


# -------------------------------------------------------------------------------- fonts
FAMILIES = {
    "serif": ("LiberationSerif-Regular", "LiberationSerif-Bold", "LiberationSerif-Italic"),
    "dserif": ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic"),
    "sans": ("LiberationSans-Regular", "LiberationSans-Bold", "LiberationSans-Italic"),
    "dsans": ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"),
    "narrow": (
        "LiberationSansNarrow-Regular",
        "LiberationSansNarrow-Bold",
        "LiberationSansNarrow-Italic",
    ),
    "mono": ("LiberationMono-Regular", "LiberationMono-Bold", "LiberationMono-Italic"),
    "dmono": ("DejaVuSansMono", "DejaVuSansMono-Bold", "DejaVuSansMono-Oblique"),
}
_FONT_PATHS: dict[str, Path] = {}
_FONTS: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}


def load_font(stem: str, px: int) -> ImageFont.FreeTypeFont:
    if not _FONT_PATHS:
        for p in sorted(Path("/usr/share/fonts").rglob("*.ttf")):
            _FONT_PATHS.setdefault(p.stem, p)
    path = (
        _FONT_PATHS.get(stem) or _FONT_PATHS.get("DejaVuSans") or next(iter(_FONT_PATHS.values()))
    )
    if (stem, px) not in _FONTS:
        _FONTS[(stem, px)] = ImageFont.truetype(str(path), px)
    return _FONTS[(stem, px)]


# ------------------------------------------------------------------------------- layout
@dataclass
class Line:
    text: str
    box: tuple[int, int, int, int]


@dataclass
class Page:
    img: Image.Image
    draw: ImageDraw.ImageDraw
    lines: list[Line] = field(default_factory=list)


class Layout:
    """A4 page flow: draws text at a given dpi and records every line in reading order."""

    def __init__(self, dpi: int, family: str, rng: random.Random, margins=(20, 16, 20, 16)):
        self.dpi, self.family, self.rng = dpi, family, rng
        self.w, self.h = self.mm(210), self.mm(297)
        self.ml, self.mt, self.mr, self.mb = (self.mm(m) for m in margins)
        self.pages: list[Page] = []
        self.keys: list[str] = []
        self.overlays: list[dict] = []
        self.header = None
        self.footer = None
        self.footer_h = 0
        self.y = 0
        self.new_page()

    def mm(self, v: float) -> int:
        return round(v * self.dpi / 25.4)

    @property
    def right(self) -> int:
        return self.w - self.mr

    @property
    def width(self) -> int:
        return self.right - self.ml

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def font(self, size: float, style: str = "r", family: str | None = None):
        stems = FAMILIES[family or self.family]
        return load_font(stems["rbi".index(style)], round(size * self.dpi / 72))

    def lh(self, size: float) -> int:
        return round(size * self.dpi / 72 * 1.25)

    def k(self, value: str) -> str:
        """Register a printed truth value (kept on one line, kept clear of stamps)."""
        self.keys.append(value)
        return value

    def new_page(self) -> None:
        img = Image.new("L", (self.w, self.h), 255)
        self.pages.append(Page(img, ImageDraw.Draw(img)))
        self.y = self.mt
        if self.header is not None and len(self.pages) > 1:
            self.header(self)

    def ensure(self, h: int) -> None:
        if self.y + h > self.h - self.mb - self.footer_h:
            self.new_page()

    def put(self, segs, page: Page | None = None, y: int | None = None) -> None:
        """Draw (x, text, font) segments on one line and record them as one line."""
        page = page or self.page
        y = self.y if y is None else y
        boxes, texts = [], []
        for x, text, f in segs:
            text = text.replace(NB, " ")
            if not text:
                continue
            page.draw.text((x, y), text, font=f, fill=0)
            boxes.append(page.draw.textbbox((x, y), text, font=f))
            texts.append(text)
        if texts:
            box = (
                min(b[0] for b in boxes),
                min(b[1] for b in boxes),
                max(b[2] for b in boxes),
                max(b[3] for b in boxes),
            )
            page.lines.append(Line(" ".join(texts), box))

    def protect(self, text: str) -> str:
        for key in sorted(set(self.keys), key=len, reverse=True):
            if " " in key and key in text:
                text = text.replace(key, key.replace(" ", NB))
        return text

    def wrap(self, text: str, f, width: float) -> list[str]:
        out, cur = [], ""
        tokens = []
        for word in self.protect(text).split(" "):
            if NB in word and f.getlength(word.replace(NB, " ")) > width:
                tokens += word.split(NB)  # a protected run that cannot fit: let it break
            else:
                tokens.append(word)
        for word in tokens:
            test = f"{cur} {word}" if cur else word
            if cur and f.getlength(test.replace(NB, " ")) > width:
                out.append(cur)
                cur = word
            else:
                cur = test
        out.append(cur)
        return [s.replace(NB, " ") for s in out]

    def xpos(self, text: str, f, align: str, indent: float = 0) -> int:
        tw = f.getlength(text)
        if align == "c":
            return round(self.ml + (self.width - tw) / 2)
        if align == "r":
            return round(self.right - tw)
        return self.ml + self.mm(indent)

    def line(self, text, size=11, style="r", align="l", indent=0.0, after=0.15, family=None):
        f, lh = self.font(size, style, family), self.lh(size)
        self.ensure(lh)
        self.put([(self.xpos(text, f, align, indent), text, f)])
        self.y += lh + round(after * lh)

    def para(
        self,
        text,
        size=11,
        style="r",
        indent=0.0,
        label="",
        label_w=9.0,
        after=0.45,
        align="l",
        family=None,
        label_style=None,
    ):
        f, lh = self.font(size, style, family), self.lh(size)
        fl = self.font(size, label_style or style, family)
        x0 = self.ml + self.mm(indent)
        tx = x0 + (self.mm(label_w) if label else 0)
        for i, ln in enumerate(self.wrap(text, f, self.right - tx)):
            self.ensure(lh)
            x = self.xpos(ln, f, align) if align != "l" else tx
            segs = [(x0, label, fl)] if i == 0 and label else []
            self.put([*segs, (x, ln, f)])
            self.y += lh
        self.y += round(after * lh)

    def kv(self, label, value, lw=42.0, size=11, ls="b", vs="r", after=0.2, family=None):
        f, fl, lh = self.font(size, vs, family), self.font(size, ls, family), self.lh(size)
        x = self.ml + self.mm(lw)
        for i, ln in enumerate(self.wrap(value, f, self.right - x)):
            self.ensure(lh)
            self.put(([(self.ml, label, fl)] if i == 0 else []) + [(x, ln, f)])
            self.y += lh
        self.y += round(after * lh)

    def cols(self, left, right, rx=None, family=None):
        """Two blocks side by side; items are (text, size, style). Left is read first."""
        y0, ys = self.y, []
        for items, x in ((left, self.ml), (right, None)):
            y = y0
            if not items:
                continue
            if x is None:
                widest = max(self.font(s, st, family).getlength(t) for t, s, st in items)
                x = self.right - round(widest) if rx is None else self.ml + self.mm(rx)
            for t, s, st in items:
                self.put([(x, t, self.font(s, st, family))], y=y)
                y += self.lh(s)
            ys.append(y)
        self.y = max(ys) + self.lh(6)

    def table(self, rows, widths, size=10, header=True, grid=True, pad=1.3, family=None):
        f, fb, lh = self.font(size, "r", family), self.font(size, "b", family), self.lh(size)
        total = sum(widths)
        ws = [round(self.width * w / total) for w in widths]
        p = self.mm(pad)
        lw = max(1, self.mm(0.25))
        for ri, row in enumerate(rows):
            fr = fb if header and ri == 0 else f
            cells = [
                self.wrap(str(c), fr, w - 2 * p) if c else [] for c, w in zip(row, ws, strict=True)
            ]
            rh = max(1, *(len(c) for c in cells)) * lh + 2 * p
            self.ensure(rh)
            x, d = self.ml, self.page.draw
            for cell, w in zip(cells, ws, strict=True):
                if grid:
                    d.rectangle([x, self.y, x + w, self.y + rh], outline=0, width=lw)
                for li, t in enumerate(cell):
                    d.text((x + p, self.y + p + li * lh), t, font=fr, fill=0)
                x += w
            if not grid and header and ri == 0:
                d.line([self.ml, self.y + rh, self.ml + sum(ws), self.y + rh], fill=0, width=lw)
            text = " ".join(" ".join(c) for c in cells if c)
            if text:
                self.page.lines.append(
                    Line(text, (self.ml, self.y, self.ml + sum(ws), self.y + rh))
                )
            self.y += rh
        self.y += lh // 2

    def boxes(self, items, size=10, lines=1, family=None):
        """A row of form boxes: (label, value, relative width)."""
        fl, f, lh = self.font(size - 2, "b", family), self.font(size, "r", family), self.lh(size)
        total = sum(i[2] for i in items)
        p = self.mm(1.2)
        wrapped = [
            self.wrap(v, f, self.width * w / total - 2 * p) if v else [] for _, v, w in items
        ]
        bh = self.lh(size - 2) + max(lines, *(len(v) for v in wrapped)) * lh + 2 * p
        self.ensure(bh)
        x, d = self.ml, self.page.draw
        for (label, _, w), vals in zip(items, wrapped, strict=True):
            bw = round(self.width * w / total)
            d.rectangle([x, self.y, x + bw, self.y + bh], outline=0, width=max(1, self.mm(0.3)))
            self.put([(x + p, label, fl)], y=self.y + p)
            for li, v in enumerate(vals):
                self.put([(x + p, v, f)], y=self.y + p + self.lh(size - 2) + li * lh)
            x += bw
        self.y += bh + self.mm(1.5)

    def checks(self, items, size=10, family=None):
        f, lh = self.font(size, "r", family), self.lh(size)
        self.ensure(lh)
        x, s, d = self.ml, round(lh * 0.7), self.page.draw
        segs = []
        for label, on in items:
            d.rectangle([x, self.y + 2, x + s, self.y + 2 + s], outline=0, width=2)
            if on:
                d.line([x + 3, self.y + 5, x + s - 3, self.y + s - 1], fill=0, width=3)
                d.line([x + s - 3, self.y + 5, x + 3, self.y + s - 1], fill=0, width=3)
            segs.append((x + s + self.mm(2), label, f))
            x += s + self.mm(6) + round(f.getlength(label))
        self.put(segs)
        self.y += lh + self.mm(1.5)

    def hr(self, thick=0.3, after=2.0):
        self.page.draw.line(
            [self.ml, self.y, self.right, self.y], fill=0, width=max(1, self.mm(thick))
        )
        self.y += self.mm(after)

    def space(self, v_mm: float) -> None:
        self.y += self.mm(v_mm)

    def signature(self, x_mm: float = 0) -> None:
        self.ensure(self.mm(14))
        x0, y0 = self.ml + self.mm(x_mm), self.y + self.mm(7)
        n = self.rng.randint(40, 70)
        w = self.mm(self.rng.uniform(30, 50))
        a = [self.rng.uniform(0.5, 1.5) for _ in range(3)]
        pts = []
        for i in range(n):
            t = i / (n - 1)
            yy = sum(np.sin((j + 2) * 3.1 * t * a[j] + j) for j in range(3)) * self.mm(1.8)
            pts.append((x0 + t * w, y0 + yy))
        self.page.draw.line(pts, fill=25, width=max(2, self.mm(0.45)), joint="curve")
        self.y += self.mm(14)

    def logo(self, kind: str, x: int, y: int, size_mm: float = 14) -> None:
        d, s = self.page.draw, self.mm(size_mm)
        if kind == "crest":
            d.ellipse([x, y, x + s, y + s], outline=0, width=self.mm(0.7))
            pts = [
                (
                    x + s / 2 + s * 0.38 * np.cos(a) * (1 if i % 2 == 0 else 0.45),
                    y + s / 2 + s * 0.38 * np.sin(a) * (1 if i % 2 == 0 else 0.45),
                )
                for i, a in enumerate(np.linspace(-np.pi / 2, 1.5 * np.pi, 17)[:-1])
            ]
            d.polygon(pts, fill=60)
        elif kind == "block":
            d.rectangle([x, y, x + s, y + s], fill=70)
            d.rectangle([x + s // 4, y + s // 4, x + 3 * s // 4, y + 3 * s // 4], fill=255)
        else:
            for i in range(3):
                d.arc(
                    [x + i * s // 6, y + i * s // 6, x + s - i * s // 6, y + s - i * s // 6],
                    200,
                    340,
                    fill=40,
                    width=self.mm(0.8),
                )

    def finish(self) -> None:
        for i, pg in enumerate(self.pages):
            if self.footer is not None:
                self.footer(self, pg, i + 1, len(self.pages))

    def foot(self, pg: Page, text: str, row: int, size=8, align="c", style="r") -> None:
        f = self.font(size, style)
        y = self.h - self.mb - self.footer_h + self.mm(2) + row * self.lh(size)
        self.put([(self.xpos(text, f, align), text, f)], page=pg, y=y)


# ----------------------------------------------------------------------------- context
class Ctx:
    def __init__(self, seed: int, idx: int, fk: Faker, doc_type: str):
        self.rng = random.Random(f"indepD-{seed}-{idx}")
        fk.seed_instance(seed * 100003 + idx)
        self.fk = fk
        self.truth = {
            "doc_type": doc_type,
            "order_type": None,
            "case_number": None,
            "court": None,
            "document_date": None,
            "judge": None,
            "local_authority": None,
            "children": [],
            "people": [],
            "pnc_ids": [],
            "postcodes": [],
            "text": "",
        }
        self.pcs: list[str] = []
        self.pncs: list[str] = []
        self.ds = self.rng.choice(["long", "long", "ord", "slash", "dot", "abbr"])
        self.lay: Layout | None = None
        self.council_for_addr = None
        self.scan_day = date(2025, 1, 6)
        self.dpi = 300

    # --- dates
    def doc_date(self) -> date:
        d = date(2021, 1, 4) + timedelta(days=self.rng.randint(0, 1780))
        while d.weekday() > 4:
            d += timedelta(days=1)
        self.scan_day = d + timedelta(days=self.rng.randint(1, 12))
        return d

    def d(self, value: date, style: str | None = None, key=True) -> str:
        s = fmt_date(value, style or self.ds)
        return self.lay.k(s) if key else s

    # --- names
    def person(
        self,
        sex: str,
        eth: str | None = None,
        last: str | None = None,
        age=(19, 52),
        ref: date | None = None,
    ) -> Person:
        rng, fk = self.rng, self.fk
        eth = eth or rng.choice(ETHS)
        if eth.startswith("brit"):
            first = fk.first_name_female() if sex == "F" else fk.first_name_male()
        else:
            first = rng.choice(FIRST[(eth, sex)].split())
        if last is None:
            if eth == "polish":
                m, f = rng.choice(PL_SUR)
                last = f if sex == "F" else m
            elif eth.startswith("brit"):
                last = fk.last_name()
            elif eth == "sasian" and rng.random() < 0.25:
                last = rng.choice(["Begum", "Bibi", "Kaur"] if sex == "F" else ["Singh", "Ali"])
            else:
                last = rng.choice(SUR[eth])
            if rng.random() < 0.08:
                last = f"{last}-{fk.last_name()}"
        ref = ref or date(2024, 1, 1)
        dob = ref - timedelta(days=rng.randint(age[0] * 365 + 20, age[1] * 365))
        title = rng.choice(["Ms", "Miss", "Mrs"] if sex == "F" else ["Mr"])
        return Person(first, last, sex, dob, "", eth, title)

    def family(self, n_kids: int, ref: date, kid_age=(0, 16)) -> tuple[Person, list, list]:
        rng = self.rng
        mother = self.person("F", ref=ref)
        fathers = [self.person("M", mother.eth if rng.random() < 0.7 else None, ref=ref)]
        if n_kids > 1 and rng.random() < 0.3:
            fathers.append(self.person("M", ref=ref))
        ages = sorted(
            (rng.randint(kid_age[0] * 365 + 3, kid_age[1] * 365) for _ in range(n_kids)),
            reverse=True,
        )
        for i in range(1, len(ages)):
            ages[i] = min(ages[i], ages[i - 1] - 330)
        kids = []
        for i, a in enumerate(ages):
            fa = fathers[i * len(fathers) // n_kids]
            sex = rng.choice("FM")
            r = rng.random()
            ml = "" if mother.last in ("Begum", "Bibi", "Kaur") else mother.last
            last = fa.last if r < 0.55 or not ml else ml if r < 0.85 else f"{ml}-{fa.last}"
            if last.count("-") > 1:
                last = fa.last
            last = "-".join(gendered(part, sex) for part in last.split("-"))
            first = rng.choice(KIDS[sex].split())
            while any(k.first == first for k in kids):
                first = rng.choice(KIDS[sex].split())
            mid = rng.choice(KID_MIDDLE[sex]) if rng.random() < 0.35 else ""
            mid = "" if mid == first else mid
            kids.append(Person(first, last, sex, ref - timedelta(days=max(a, 2)), mid, mother.eth))
        for parent in [mother, *fathers]:
            latest = kids[0].dob - timedelta(days=365 * 17)
            if parent.dob > latest:
                parent.dob = latest - timedelta(days=rng.randint(0, 365 * 14))
        return mother, fathers, kids

    def pro(self) -> str:
        p = self.person(self.rng.choice("FM"))
        return f"{p.title} {p.first} {p.last}"

    # --- addresses
    def address(self, council, one_line=False, home=True) -> list[str]:
        rng = self.rng
        tok = rng.choice(council[3].split())
        district, _, town = tok.partition("=")
        town = town.replace("_", " ") or council[1].split("|")[2]
        pc = f"{district} {rng.randint(1, 9)}{rng.choice(PC_UNIT)}{rng.choice(PC_UNIT)}"
        self.pcs.append(pc)
        self.lay.k(pc)
        street = f"{rng.randint(1, 180)} {rng.choice(STREETS)} {rng.choice(SUFFIX)}"
        lines = [street, town, pc]
        if home and rng.random() < 0.25:
            lines.insert(0, f"Flat {rng.randint(1, 24)}, {rng.choice(BLOCKS)}")
        if one_line:
            return [", ".join(lines[:-1]) + " " + pc]
        return lines

    def org_address(self, parts: list[str]) -> None:
        self.pcs.append(parts[-1])
        self.lay.k(parts[-1])

    # --- truth helpers
    def child(self, p: Person, with_dob=True) -> None:
        self.truth["children"].append(
            {"name": p.name, "date_of_birth": p.dob.isoformat() if with_dob else None}
        )

    def adult(self, p: Person, role: str, with_dob=False) -> None:
        self.truth["people"].append(
            {"name": p.name, "date_of_birth": p.dob.isoformat() if with_dob else None, "role": role}
        )


def ascii_mail(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name.replace("ł", "l").replace("Ł", "L"))
    return "".join(c for c in folded if c.isascii() and (c.isalnum() or c == "-")).lower()


def gendered(surname: str, sex: str) -> str:
    """Polish surnames take the feminine form for women and girls."""
    for male, female in PL_SUR:
        if surname in (male, female):
            return female if sex == "F" else male
    return surname


def names_and(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def council_by(rng, pred=lambda c: True):
    return rng.choice([c for c in COUNCILS if pred(c)])


# ---------------------------------------------------------------------------- court orders
ORDER_TYPES = [
    "care_order",
    "interim_care_order",
    "supervision_order",
    "interim_supervision_order",
    "emergency_protection_order",
    "child_arrangements_order",
    "prohibited_steps_order",
    "specific_issue_order",
    "non_molestation_order",
    "occupation_order",
    "placement_order",
    "other_order",
]
OTHER_SUBS = ["sgo", "s34", "secure", "directions"]
PUBLIC = {
    "care_order",
    "interim_care_order",
    "supervision_order",
    "interim_supervision_order",
    "emergency_protection_order",
    "placement_order",
    "s34",
    "secure",
}
TITLES = {
    "care_order": ("Care Order", "Section 31 Children Act 1989"),
    "interim_care_order": ("Interim Care Order", "Section 38 Children Act 1989"),
    "supervision_order": ("Supervision Order", "Section 31 Children Act 1989"),
    "interim_supervision_order": ("Interim Supervision Order", "Section 38 Children Act 1989"),
    "emergency_protection_order": ("Emergency Protection Order", "Section 44 Children Act 1989"),
    "child_arrangements_order": ("Child Arrangements Order", "Section 8 Children Act 1989"),
    "prohibited_steps_order": ("Prohibited Steps Order", "Section 8 Children Act 1989"),
    "specific_issue_order": ("Specific Issue Order", "Section 8 Children Act 1989"),
    "non_molestation_order": ("Non-Molestation Order", "Section 42 Family Law Act 1996"),
    "occupation_order": ("Occupation Order", "Section 33 Family Law Act 1996"),
    "placement_order": ("Placement Order", "Section 21 Adoption and Children Act 2002"),
    "sgo": ("Special Guardianship Order", "Section 14A Children Act 1989"),
    "s34": ("Order for Contact with a Child in Care", "Section 34 Children Act 1989"),
    "secure": ("Secure Accommodation Order", "Section 25 Children Act 1989"),
    "directions": ("Case Management Order", "Private Law Programme - Directions"),
}


def make_judge(ctx: Ctx, lay_ok: bool) -> str:
    rng = ctx.rng
    p = ctx.person(rng.choice("FM"))
    r = rng.random()
    if lay_ok and r < 0.08:
        return "Lay Justices"
    her = "Her" if p.sex == "F" else "His"
    opts = [
        f"District Judge {p.first} {p.last}",
        f"District Judge {p.last}",
        f"Deputy District Judge {p.first} {p.last}",
        f"{her} Honour Judge {p.last}",
        f"{her} Honour Judge {p.last}",
        f"HHJ {p.last}",
        f"Recorder {p.first} {p.last}",
        f"Recorder {p.last} KC",
        f"{'Mrs' if p.sex == 'F' else 'Mr'} Justice {p.last}",
        f"District Judge (Magistrates' Courts) {p.last}",
    ]
    return rng.choices(opts, weights=[5, 4, 3, 4, 2, 3, 2, 1, 1, 1])[0]


def gen_order(ctx: Ctx, kind: str) -> None:
    rng, t = ctx.rng, ctx.truth
    sub = kind if kind in OTHER_SUBS else None
    otype = "other_order" if sub else kind
    public = kind in PUBLIC or (sub == "sgo" and rng.random() < 0.6)
    fla = kind in ("non_molestation_order", "occupation_order")
    code = rng.choice(sorted(COURTS))
    council = council_by(rng, lambda c: c[5] == code)
    code = council[5]
    place, building, street, town, cpc, phone = COURTS[code]
    la = council[0] if public else None
    ctx.council_for_addr = council
    dd = ctx.doc_date()
    ctx.truth["document_date"] = dd.isoformat()
    final = kind in ("care_order", "supervision_order", "placement_order", "sgo")
    year = dd.year - (1 if (final and rng.random() < 0.6) or dd.month < 2 else 0)
    typ = "C" if public else "F" if fla else "P"
    case = f"{code}{year % 100:02d}{typ}{rng.randint(1, 4999):05d}"
    judge = make_judge(
        ctx,
        kind
        in (
            "emergency_protection_order",
            "interim_care_order",
            "child_arrangements_order",
            "directions",
        ),
    )
    family = rng.choice(["serif", "serif", "sans", "sans", "dsans", "dserif"])
    lay = ctx.lay = Layout(
        ctx.dpi,
        family,
        rng,
        (rng.uniform(18, 25), rng.uniform(14, 20), rng.uniform(18, 24), rng.uniform(14, 18)),
    )
    ctx.ds = rng.choice(["long", "long", "ord", "slash"])
    t.update(
        order_type=otype,
        case_number=lay.k(case),
        court=court_truth(code),
        judge=lay.k(judge),
        local_authority=la and lay.k(la),
    )
    title, statute = TITLES[kind]
    if sub == "secure" and council[0] in WELSH:
        statute = "Section 119 Social Services and Well-being (Wales) Act 2014"
    kid_age = {"placement_order": (0, 5), "secure": (12, 17), "sgo": (0, 10)}.get(kind, (0, 15))
    n_kids = 1 if kind in ("secure", "placement_order") else rng.choice([1, 1, 2, 2, 3, 4])
    if fla:
        n_kids = rng.choice([0, 0, 1, 2])
    mother, fathers, kids = ctx.family(max(n_kids, 1), dd, kid_age)
    kids = kids[:n_kids]
    caps = rng.random() < 0.45
    kname = [lay.k(k.caps() if caps else k.name) for k in kids]
    kdob = [ctx.d(k.dob) for k in kids]
    for k in kids:
        ctx.child(k)
    ds = ctx.d(dd)

    # parties: (label, printed, person or None, role)
    parties = []
    if fla:
        app, resp = (mother, fathers[0]) if rng.random() < 0.85 else (fathers[0], mother)
        parties += [("Applicant", app, "applicant"), ("Respondent", resp, "respondent")]
    elif public:
        parties.append(("Applicant", None, la))
        parties.append(("First Respondent", mother, "mother"))
        for i, f in enumerate(fathers):
            parties.append((["Second", "Third"][i] + " Respondent", f, "father"))
        if rng.random() < 0.2 or sub == "sgo":
            gm = ctx.person(
                "F", mother.eth, mother.last if rng.random() < 0.5 else None, age=(45, 70), ref=dd
            )
            gm.dob = min(gm.dob, mother.dob - timedelta(days=365 * 17 + rng.randint(0, 4000)))
            parties.append(("Intervener", gm, "intervener" if sub != "sgo" else "special guardian"))
        if kids and kind != "emergency_protection_order" and rng.random() < 0.6:
            cg = ctx.person(rng.choice("FM"), ref=dd)
            parties.append(("Children's Guardian", cg, "children's guardian"))
    else:
        app, resp = (mother, fathers[0]) if rng.random() < 0.5 else (fathers[0], mother)
        if sub == "sgo":
            app = ctx.person("F", mother.eth, age=(45, 70), ref=dd)
            app.dob = min(app.dob, mother.dob - timedelta(days=365 * 17 + rng.randint(0, 4000)))
            parties.append(("Applicant", app, "special guardian"))
            parties += [
                ("First Respondent", mother, "mother"),
                ("Second Respondent", fathers[0], "father"),
            ]
        else:
            parties += [
                ("Applicant", app, "mother" if app is mother else "father"),
                ("Respondent", resp, "mother" if resp is mother else "father"),
            ]
    with_pdob = rng.random() < 0.2
    for _, p, role in parties:
        if p is not None:
            lay.k(p.name)
            ctx.adult(p, role, with_pdob and role != "children's guardian")

    def party_text(p, role):
        if p is None:
            return role
        extra = f" (born {ctx.d(p.dob)})" if with_pdob and role != "children's guardian" else ""
        rel = {
            "mother": "the mother",
            "father": "the father",
            "intervener": "maternal grandmother",
            "special guardian": "proposed special guardian",
            "children's guardian": "Children's Guardian",
        }.get(role, "")
        return f"{p.formal()}{extra}" + (
            f" ({rel})" if rel and role != "children's guardian" else ""
        )

    # continuation header and footer
    def header(lay):
        lay.line(f"Case number: {case}", 9, "r", "r", after=0.1)
        lay.line(f"{title} - continued", 9, "i", "r", after=0.8)

    def footer(lay, pg, i, n):
        lay.foot(pg, f"Case No. {case}    {title}    Page {i} of {n}", 0)

    lay.header, lay.footer, lay.footer_h = header, footer, lay.mm(10)
    style = rng.choice(["modern", "traditional", "form"])

    made = (
        "Order made by {j} on {d} at {b} sitting in private.",
        "Before {j} sitting at {b}, {s}, {t} {pc} on {d}.",
        "This order was made on {d} by {j} at the Family Court sitting at {pl}.",
    )
    made_text = rng.choice(made).format(
        j=judge, d=ds, b=building, s=street, t=town, pc=cpc, pl=place
    )
    if cpc in made_text:
        ctx.org_address([cpc])
    sitting = f"sitting at {place}"

    if style == "modern":
        lay.line(f"Case number: {case}", 11, "b", "r", after=0.6)
        lay.line("IN THE FAMILY COURT", 13, "b", "c", after=0.05)
        lay.line(sitting, 12, "r", "c", after=0.8)
        lay.line(title, 16, "b", "c", after=0.1)
        lay.line(statute, 11, "i", "c", after=0.8)
        if kids:
            rows = [["The full name(s) of the child(ren)", "Boy or Girl", "Date(s) of birth"]]
            rows += [
                [n, "Boy" if k.sex == "M" else "Girl", b]
                for n, k, b in zip(kname, kids, kdob, strict=True)
            ]
            lay.table(rows, [60, 20, 30], 10.5)
        for label, p, role in parties:
            lay.kv(f"{label}:", party_text(p, role), 50, 10.5)
        lay.space(2)
        lay.para(made_text)
    elif style == "traditional":
        at = "SITTING AT" if code in ("ZE", "ZC") else "AT"
        lay.cols(
            [(f"IN THE FAMILY COURT {at}", 11, "b"), (place.upper(), 11, "b")],
            [(f"Case No: {case}", 11, "b")],
        )
        act = (
            "ADOPTION AND CHILDREN ACT 2002"
            if kind == "placement_order"
            else ("FAMILY LAW ACT 1996" if fla else "CHILDREN ACT 1989")
        )
        lay.para(f"IN THE MATTER OF THE {act}", 11, "b", align="c", after=0.2)
        if kids:
            who = names_and(
                [
                    f"{n.upper()} (A {'BOY' if k.sex == 'M' else 'GIRL'}, BORN {b.upper()})"
                    for n, k, b in zip(kname, kids, kdob, strict=True)
                ]
            )
            for k, b in zip(kids, kdob, strict=True):
                lay.k(b.upper())
                lay.k(k.name.upper())
            lay.para(f"AND IN THE MATTER OF {who}", 11, "b", align="c", after=0.6)
        lay.line("BETWEEN:", 11, "b")
        for i, (label, p, role) in enumerate(parties):
            ptxt = party_text(p, role)
            if lay.font(11, "b").getlength(ptxt) + lay.mm(45) < lay.width:
                lay.cols([(ptxt, 11, "b")], [(label, 11, "r")])
            else:
                lay.para(ptxt, 11, "b", after=0.05)
                lay.line(label, 11, "r", "r", after=0.3)
            if i == 0 and len(parties) > 1:
                lay.line("- and -", 11, "r", "c", after=0.2)
        lay.hr(0.3, 3)
        lay.line(title.upper(), 15, "b", "c", after=0.1)
        lay.line(statute, 10, "i", "c", after=0.6)
        lay.para(made_text)
    else:
        lay.line("The Family Court", 14, "b", after=0.1)
        lay.line(title, 14, "b", after=0.4)
        lay.boxes([("Name of court", f"Family Court {sitting}", 3), ("Case No.", case, 2)])
        lay.boxes([("Date of order", ds, 2), ("Judge", judge, 3)])
        if kids:
            rows = [["Child's name", "Gender", "Date of birth"]]
            rows += [
                [n, "Male" if k.sex == "M" else "Female", b]
                for n, k, b in zip(kname, kids, kdob, strict=True)
            ]
            lay.table(rows, [60, 20, 30], 10)
        rows = [["Party", "Name"]] + [[lab, party_text(p, r)] for lab, p, r in parties]
        lay.table(rows, [30, 70], 10)
        lay.line(statute, 10, "i", after=0.5)

    rec, orders, notices = order_content(ctx, kind, la, kids, kname, parties, dd, judge)
    lay.space(1)
    if fla:
        for nt in notices[:2]:
            lay.para(nt, 10.5, "b" if nt.isupper() else "r", after=0.35)
        notices = notices[2:]
    for r in rec:
        lay.para(r, 11, after=0.35)
    lead = rng.choice(
        [
            "IT IS ORDERED THAT:",
            "The court orders:",
            "IT IS ORDERED:",
            "BY CONSENT IT IS ORDERED THAT:" if not fla else "IT IS ORDERED THAT:",
        ]
    )
    lay.line(lead, 11, "b", after=0.4)
    for i, o in enumerate(orders, 1):
        lay.para(o, 11, label=f"{i}.", label_w=9, after=0.35)
    if rng.random() < 0.4:
        lay.new_page()
    if rng.random() < 0.6:
        lay.ensure(lay.lh(11) * 5)  # keep the heading with its first note
        lay.line("Notes", 11, "b", after=0.3)
        notes = ORDER_NOTES + (
            ["This order must be served personally on the respondent."] if fla else []
        )
        for i, nt in enumerate(rng.sample(notes, rng.randint(2, len(notes))), 1):
            lay.para(nt, 10, label=f"({chr(96 + i)})", label_w=9, after=0.3)
    for nt in notices:
        lay.para(nt, 10, "b" if nt.isupper() else "r", after=0.35)
    lay.space(2)
    if rng.random() < 0.5:
        lay.line(f"Dated this {ctx.d(dd, 'dayof')}", 11, after=0.4)
    else:
        lay.line(f"Dated: {ds}", 11, after=0.4)
    if style != "form" and rng.random() < 0.5:
        parts = [building, street, town, cpc]
        ctx.org_address(parts)
        lay.para(
            f"The court office at {', '.join(parts[:3])} {cpc} is open between 10am and 4pm "
            "Monday to Friday. When corresponding with the court, please address forms or "
            "letters to the Court Manager and quote the case number. Tel: "
            f"{phone} {rng.randint(100, 999)} {rng.randint(1000, 9999)}.",
            9,
        )
    if rng.random() < 0.75:
        lay.overlays.append(
            {
                "kind": "seal",
                "page": 0,
                "lines": [
                    "THE FAMILY COURT",
                    "SEAL",
                    place.upper().replace("THE ", "").replace(" FAMILY COURT", ""),
                ],
            }
        )
    add_stamp(ctx, dd, 0.4)


ORDER_NOTES = [
    "Any party may apply for permission to appeal. An appellant's notice must be filed within "
    "21 days of the date of this order.",
    "Where a party is not legally represented, the court office can provide information about "
    "sources of free legal advice, but court staff cannot give legal advice.",
    "Publicity: no person may publish material intended or likely to identify any child "
    "involved in these proceedings (section 97 Children Act 1989).",
    "The court will send a sealed copy of this order to each party, or to the party's "
    "solicitor where one is acting.",
    "If you do not understand anything in this order you should go to a solicitor, a legal "
    "advice centre or a Citizens Advice office.",
]
CHRONO = [
    "Referral received from {src}; MASH screening completed",
    "Strategy discussion held",
    "Section 47 enquiry commenced",
    "Initial Child Protection Conference",
    "Child Protection Plan ended; stepped down to Child in Need",
    "Case closed to Children's Social Care",
    "Child and Family Assessment completed",
    "Referral to Early Help",
    "Police notification of domestic incident ({src})",
    "Home visit by allocated social worker",
]


EXTRA_PUBLIC = [
    "Permission is given to the parties to disclose the papers in these proceedings to {exp}, "
    "consultant clinical psychologist, for the purposes of a psychological assessment of the "
    "parents, the report to be filed by {d1}.",
    "The local authority shall arrange and fund hair strand testing of the mother for drugs and "
    "alcohol over a six month period, the results to be filed by {d1}.",
    "Any party seeking to rely on expert evidence shall make a Part 25 application by {d1}.",
    "The Children's Guardian shall file and serve a final analysis and recommendations by 4pm "
    "on {d1}.",
    "Each respondent parent shall file and serve a response to the threshold document by {d1}.",
    "The parties have permission to disclose this order to the police and to the children's "
    "schools and health visitor.",
    "No document other than a document specified in this order shall be filed without the "
    "court's permission.",
    "The local authority shall prepare the bundle in accordance with Practice Direction 27A "
    "and upload it to the digital case system no later than two working days before {d2}.",
    "There be no order as to costs save for detailed assessment of the publicly funded "
    "parties' costs.",
]
EXTRA_PRIVATE = [
    "The parties shall attend a Separated Parents Information Programme (Planning Together for "
    "Children) and file certificates of attendance by {d1}.",
    "The respondent is permitted to attend the next hearing by video link.",
    "Special measures are directed for the next hearing: separate waiting areas, separate "
    "entrance and exit times, and screens in the courtroom.",
    "The applicant's address shall not be disclosed to the respondent, Form C8 having been filed.",
    "Cafcass is discharged from further involvement in these proceedings.",
    "There be no order as to costs.",
    "Any party may apply to vary or discharge this order on 48 hours' written notice to the other.",
]
RECITALS_PUBLIC = [
    "AND UPON the mother not attending despite having been served with notice of this hearing",
    "AND UPON the father indicating through his solicitor that he does not oppose the application",
    "AND UPON the court being informed that {tc} {ia} placed with local authority foster carers",
    "AND UPON the court reading the documents filed in the electronic bundle",
    "AND UPON the court considering the welfare checklist in section 1(3) Children Act 1989",
]
RECITALS_PRIVATE = [
    "AND UPON the parties having attended a Mediation Information and Assessment Meeting",
    "AND UPON the court reading the application in Form C100 and the allegations in Form C1A",
    "AND UPON the applicant being represented by counsel and the respondent acting in person",
    "AND UPON the parties being advised of the Cafcass safeguarding concerns",
]


def order_content(ctx, kind, la, kids, kname, parties, dd, judge):
    rng = ctx.rng
    ch = names_and(kname) if kname else "the child"
    plural = len(kids) > 1
    the_c = "the children" if plural else "the child"
    is_are = "are" if plural else "is"
    nxt = dd + timedelta(days=rng.randint(14, 70))
    while nxt.weekday() > 4:
        nxt += timedelta(days=1)
    nd = fmt_date(nxt, ctx.ds)
    tm = rng.choice(["10:00am", "10.30am", "2:00pm", "11am", "2pm"])
    people = {r: p for _, p, r in parties if p is not None}
    mum, dad = people.get("mother"), people.get("father")
    rec = []
    if la:
        rec.append(
            f"UPON the application of {la} dated "
            f"{fmt_date(dd - timedelta(days=rng.randint(3, 200)), ctx.ds)}"
        )
        if kind == "emergency_protection_order":
            rec.append(f"AND UPON hearing the solicitor for the applicant, {ctx.pro()}")
        else:
            rec.append(
                f"AND UPON hearing counsel for the local authority, {ctx.pro()}, the solicitor "
                f"for the mother, {ctx.pro()}, counsel for the father, {ctx.pro()}, and the "
                f"solicitor for {the_c}, {ctx.pro()}"
            )
    orders, notices = [], []
    if kind == "interim_care_order":
        rec.append(
            "AND UPON the court being satisfied that there are reasonable grounds for "
            f"believing that the circumstances with respect to {the_c} are as mentioned "
            "in section 31(2) of the Children Act 1989"
        )
        orders += [
            f"{ch} {is_are} placed in the interim care of {la}.",
            rng.choice(
                [
                    "This order ends at the conclusion of the proceedings or on "
                    "further order, whichever is sooner.",
                    f"This interim care order shall continue until {nd} or further order.",
                ]
            ),
            f"The matter is listed for a Case Management Hearing on {nd} at {tm}, time "
            "estimate 1 hour.",
            "The local authority shall file and serve an updated social work statement "
            f"and interim care plan by 4pm on {fmt_date(nxt - timedelta(days=7), ctx.ds)}.",
        ]
    elif kind == "care_order":
        rec.append(
            "AND UPON the court finding that the threshold criteria under section 31(2) "
            "Children Act 1989 are satisfied as set out in the agreed threshold document"
        )
        rec.append("AND UPON the court approving the final care plans of the local authority")
        orders += [
            f"{ch} {is_are} placed in the care of {la}.",
            "Contact between the children and the parents shall be at the discretion of "
            "the local authority in accordance with the care plan.",
            "A copy of this order, the judgment and the final analysis of the Children's "
            "Guardian shall be provided to the Independent Reviewing Officer.",
            "The proceedings are concluded. No order as to costs save detailed assessment "
            "of the publicly funded parties' costs.",
        ]
    elif kind == "supervision_order":
        months = rng.choice([6, 12, 12])
        orders += [
            f"{ch} {is_are} placed under the supervision of {la} for a period of "
            f"{months} months from the date of this order.",
            f"{the_c.capitalize()} shall live with the mother" + (f", {mum.name}." if mum else "."),
            "The supervisor shall advise, assist and befriend the supervised child in "
            "accordance with the supervision support plan.",
        ]
    elif kind == "interim_supervision_order":
        orders += [
            f"{ch} {is_are} placed under the interim supervision of {la} until {nd} or "
            "further order.",
            f"The mother shall comply with the written agreement dated "
            f"{fmt_date(dd - timedelta(days=2), ctx.ds)}.",
            f"The matter is listed for an Issues Resolution Hearing on {nd} at {tm}.",
        ]
    elif kind == "emergency_protection_order":
        end = dd + timedelta(days=rng.randint(3, 8))
        rec.append(
            "The court considered the application without notice to the respondents "
            "because the child's safety would be at risk if notice were given."
        )
        orders += [
            "Any person who is in a position to do so shall comply with any request to "
            f"produce {the_c} to the applicant, {la}.",
            f"The court authorises the applicant to remove {the_c} to accommodation "
            "provided by or on behalf of the applicant.",
            f"This order ends on {fmt_date(end, ctx.ds)} at {tm}.",
            "Contact between the child and the parents shall be supervised by the "
            "applicant as it considers reasonable.",
        ]
        notices.append(
            "WARNING: It is an offence intentionally to obstruct any person exercising "
            "the power under section 44(4)(b) of the Children Act 1989 to remove, or "
            "prevent the removal of, a child."
        )
    elif kind == "placement_order":
        orders += [
            f"The court authorises {la} to place {ch} for adoption with any prospective "
            "adopters who may be chosen by the authority.",
            "The consent of the mother and the father to the making of this order is "
            "dispensed with pursuant to section 52(1)(b) Adoption and Children Act 2002, "
            "the welfare of the child requiring the consent to be dispensed with.",
            "Indirect letterbox contact shall take place once a year.",
        ]
    elif kind == "child_arrangements_order":
        rec.append(
            "UPON reading the Cafcass safeguarding letter prepared by "
            f"{ctx.pro()}, Family Court Adviser"
        )
        live, time_p = (mum, dad) if rng.random() < 0.8 else (dad, mum)
        orders += [
            f"{ch} shall live with {live.formal()}.",
            f"{ch} shall spend time with {time_p.formal()} as follows: (a) every other "
            "weekend from Friday after school until Sunday at 5pm; (b) every Wednesday "
            "after school until 7pm; (c) half of the school holidays as agreed.",
            "Handovers shall take place at the children's school or, outside term time, "
            "at the front door of the home of the parent with whom the children live.",
        ]
        notices.append(
            "Warning notice: where a child arrangements order is in force, if you do "
            "not comply with it you may be held in contempt of court and committed to "
            "prison or fined, and the court may make an enforcement order or an order "
            "that you pay financial compensation."
        )
    elif kind == "prohibited_steps_order":
        resp = people.get("father") if rng.random() < 0.7 else people.get("mother")
        orders += [
            f"{resp.formal()} must not remove {ch} from the care of the other parent or "
            "from school or nursery, save for agreed contact.",
            f"{resp.formal()} must not remove {ch} from the jurisdiction of England and Wales.",
            "This order shall remain in force until further order.",
        ]
    elif kind == "specific_issue_order":
        country = rng.choice(["Pakistan", "Poland", "Nigeria", "Ireland", "Ghana", "Spain"])
        orders += rng.choice(
            [
                [
                    f"{ch} shall attend {ctx.fk.last_name()} Primary School from September "
                    f"{dd.year}.",
                    "The mother shall complete the admission forms within 7 days.",
                ],
                [
                    f"The applicant is permitted to take {ch} to {country} for a holiday between "
                    f"{nd} and {fmt_date(nxt + timedelta(days=14), ctx.ds)}.",
                    "The respondent shall deliver up the child's passport to the applicant's "
                    "solicitors within 7 days of this order.",
                ],
            ]
        )
    elif kind in ("non_molestation_order", "occupation_order"):
        app, resp = people["applicant"], people["respondent"]
        home = ", ".join(ctx.address(ctx.council_for_addr, one_line=True))
        he = "he" if resp.sex == "M" else "she"
        notices.insert(0, f"IMPORTANT NOTICE TO THE RESPONDENT {resp.name.upper()}")
        ctx.lay.k(resp.name.upper())
        notices.insert(
            1,
            "You must obey this order. If without reasonable excuse you do "
            "anything which you are forbidden from doing by this order, you will be "
            "committing a criminal offence and liable on conviction to imprisonment "
            "for up to five years, or a fine, or both.",
        )
        if kind == "non_molestation_order":
            orders += [
                f"The respondent, {resp.name}, must not use or threaten violence against "
                f"the applicant, {app.name}, and must not instruct, encourage or in any "
                "way suggest that any other person should do so.",
                "The respondent must not intimidate, harass or pester the applicant.",
                "The respondent must not telephone, text, email or otherwise contact the "
                "applicant, except through solicitors.",
                f"The respondent must not go to, enter or attempt to enter {home}, or go "
                "within 100 metres of it.",
            ]
            if kids:
                orders.insert(
                    1,
                    "The respondent must not use or threaten violence against the "
                    f"relevant child{'ren' if plural else ''}, {ch}.",
                )
        else:
            orders += [
                f"The applicant, {app.name}, has the right to occupy {home}.",
                f"The respondent, {resp.name}, shall leave {home} by 4pm on "
                f"{fmt_date(dd + timedelta(days=1), ctx.ds)} and, having left, must not "
                "return to, enter or attempt to enter it.",
                "A power of arrest is attached to paragraph 2 of this order.",
            ]
        ret = fmt_date(nxt, ctx.ds)
        orders.append(
            f"This order was made without notice to the respondent. A further hearing "
            f"will take place on {ret} at {tm}, at which {he} may attend."
            if rng.random() < 0.6
            else f"This order shall remain in force until {ret} unless varied or discharged."
        )
    elif kind == "sgo":
        sg = people["special guardian"]
        orders += [
            f"{sg.formal()} is appointed special guardian of {ch}.",
            "Any care order previously made in respect of the child is discharged.",
            "The special guardianship support plan is approved.",
        ]
    elif kind == "s34":
        fa = people.get("father")
        orders += rng.choice(
            [
                [
                    f"{la} is authorised to refuse contact between {ch} and {fa.formal()} pursuant "
                    "to section 34(4) Children Act 1989."
                ],
                [
                    f"{ch} shall have supervised contact with the mother, {mum.formal()}, "
                    "a minimum of once per month, supervised by the local authority."
                ],
            ]
        )
        orders.append("This order shall remain in force while the care order remains in force.")
    elif kind == "secure":
        orders += [
            f"The court authorises {la} to keep {ch} in secure accommodation for a "
            f"maximum period of {rng.choice(['28 days', '3 months'])} from the date of "
            "this order.",
            f"{ch} was represented by a solicitor and through a Children's Guardian.",
        ]
    else:
        orders += [
            "The matter is listed for a Dispute Resolution Appointment on "
            f"{nd} at {tm}, time estimate 1 hour.",
            "Cafcass shall file a report under section 7 Children Act 1989 addressing "
            f"the wishes and feelings of {the_c} by 4pm on "
            f"{fmt_date(nxt - timedelta(days=10), ctx.ds)}.",
            "The parties shall each file a statement of no more than 6 pages.",
            "Any party who fails to comply with this order must immediately inform the "
            "court in writing of the reason.",
        ]
    pool_o, pool_r = (EXTRA_PUBLIC, RECITALS_PUBLIC) if la else (EXTRA_PRIVATE, RECITALS_PRIVATE)
    if kind in ("care_order", "supervision_order", "placement_order", "secure", "s34", "sgo"):
        pool_o = [o for o in pool_o if "{d1}" not in o and "{d2}" not in o]  # no interim steps
    if kind == "emergency_protection_order":
        pool_o, pool_r = pool_o[5:7], []
    if kind in ("non_molestation_order", "occupation_order"):
        pool_o, pool_r = EXTRA_PRIVATE[1:3] + EXTRA_PRIVATE[5:6], RECITALS_PRIVATE[2:3]
    fill = {
        "tc": the_c,
        "ia": is_are,
        "d1": fmt_date(nxt - timedelta(days=rng.randint(7, 21)), ctx.ds),
        "d2": nd,
        "exp": f"Dr {ctx.fk.first_name()} {ctx.fk.last_name()}",
    }
    rec += [r.format(**fill) for r in rng.sample(pool_r, rng.randint(0, min(3, len(pool_r))))]
    orders += [o.format(**fill) for o in rng.sample(pool_o, rng.randint(0, min(5, len(pool_o))))]
    if rec and rec[0].startswith("AND UPON"):
        rec[0] = rec[0][4:]
    if judge == "Lay Justices":
        rec.append("The justices' reasons were announced in court and are recorded separately.")
    return rec, orders, notices


# ---------------------------------------------------------------------------- LA checks
OUTCOMES_CHILD = [
    "{c} was subject to a Child Protection Plan under the category of {cat} from {d1} to {d2}.",
    "{c} was assessed under a Child and Family Assessment completed on {d1}; the outcome was "
    "step-down to Early Help.",
    "{c} has been open to the {team} as a Child in Need since {d1}.",
    "{c} was referred on {d1} following a domestic abuse notification from police; no further "
    "action was taken after a MASH screening.",
    "No records are held for {c}.",
]
OUTCOMES_ADULT = [
    "{a} is not known to Children's Social Care.",
    "{a} is known as the parent of a child previously subject to care proceedings which "
    "concluded on {d1}.",
    "{a} is recorded as the alleged perpetrator in a referral dated {d1} (domestic abuse). The "
    "referral was closed after assessment.",
    "{a} was a looked after child of this authority until {d1}.",
    "No records are held for {a}.",
]
TEAMS = [
    "Children in Need Team",
    "Safeguarding and Family Support Team",
    "Assessment Team",
    "Locality Social Work Team",
    "Family Help Team",
]
DEPTS = [
    "Children and Families Service",
    "Children's Social Work Service",
    "Integrated Front Door",
    "Multi-Agency Safeguarding Hub (MASH)",
    "Children's Services - Information Sharing Team",
    "Children's Social Care",
]


def la_people(ctx: Ctx, dd: date):
    rng = ctx.rng
    mother, fathers, kids = ctx.family(rng.choice([1, 1, 2, 3]), dd)
    adults = [(mother, "Mother"), (fathers[0], "Father")]
    if rng.random() < 0.3:
        adults.append((ctx.person("M", ref=dd), "Mother's partner"))
    if rng.random() < 0.2:
        adults.append((ctx.person("F", mother.eth, age=(45, 70), ref=dd), "Maternal grandmother"))
    if rng.random() < 0.25:
        adults = adults[:1]
    return kids, adults


def outcome(ctx, who: Person, adult: bool, dd: date) -> str:
    """One line of check results; every date in it falls within the person's life."""
    rng = ctx.rng
    tmpl = rng.choice(OUTCOMES_ADULT if adult else OUTCOMES_CHILD)
    start = max(who.dob + timedelta(days=30), dd - timedelta(days=2000))
    if (dd - start).days < 120 and "{d1}" in tmpl:
        tmpl = "No records are held for {a}." if adult else OUTCOMES_CHILD[-1]
    span = max(1, (dd - start).days - 60)
    d1 = start + timedelta(days=rng.randint(0, span))
    d2 = d1 + timedelta(days=rng.randint(20, max(21, (dd - d1).days - 10)))
    if "looked after" in tmpl:
        d1 = date(who.dob.year + 18, who.dob.month, min(who.dob.day, 28))
    return tmpl.format(
        c=who.name,
        a=who.name,
        cat=rng.choice(["neglect", "emotional abuse", "physical abuse"]),
        d1=fmt_date(d1, ctx.ds),
        d2=fmt_date(min(d2, dd - timedelta(days=5)), ctx.ds),
        team=rng.choice(TEAMS),
    )


def letterhead(ctx: Ctx, council, dept: str, contact: str) -> None:
    lay, rng = ctx.lay, ctx.rng
    b, s, tn, pc = council[1].split("|")
    ctx.org_address([pc])
    kind = rng.choice(["crest", "block", "arc"])
    lay.logo(kind, lay.ml, lay.y, 14)
    y0 = lay.y
    lay.ml += lay.mm(18)
    if council[6]:
        lay.line(council[6], 10, "i", after=0)
    lay.line(lay.k(council[0]), 15, "b", after=0.05)
    lay.line(dept, 10.5, "r", after=0.3)
    lay.ml -= lay.mm(18)
    lay.y = max(lay.y, y0 + lay.mm(16))
    lay.cols([], [(b, 9, "r"), (s, 9, "r"), (f"{tn} {pc}", 9, "r"), (contact, 9, "r")])
    lay.hr(0.4, 3)


def gen_la(ctx: Ctx) -> None:
    rng, t = ctx.rng, ctx.truth
    council = council_by(rng)
    ctx.council_for_addr = council
    family = rng.choice(["sans", "sans", "dsans", "narrow", "serif"])
    lay = ctx.lay = Layout(
        ctx.dpi, family, rng, (rng.uniform(17, 24), rng.uniform(12, 18), rng.uniform(17, 22), 15)
    )
    dd = ctx.doc_date()
    kids, adults = la_people(ctx, dd)
    t["local_authority"] = council[0]
    t["document_date"] = dd.isoformat()
    ds = ctx.d(dd)
    for k in kids:
        lay.k(k.name)
        ctx.child(k)
    for a, rel in adults:
        lay.k(a.name)
        ctx.adult(a, rel.lower(), True)
    prefix = rng.choice(["MASH", "CSC", "IFD", "LCS", "CS"])
    ref = f"{prefix}/{dd.year}/{rng.randint(1000, 99999):05d}"
    sys_id = f"{rng.choice(['Mosaic ID', 'LCS ID', 'Liquidlogic ID', 'Person ID'])}: "
    if council[0] in WELSH:
        sys_id = "WCCIS ref: "
    sys_id += str(rng.randint(100000, 9999999))
    sw = ctx.person(rng.choice("FM"))
    tm_ = ctx.person(rng.choice("FM"))
    req_date = fmt_date(dd - timedelta(days=rng.randint(2, 20)), ctx.ds)
    dom = council[2]
    phone = f"0{rng.randint(1000, 1999)} {rng.randint(100000, 999999)}"
    style = rng.choice(["letter", "email", "form", "table"])
    case = None
    if council[5] and rng.random() < 0.3:
        co = council[5]
        case = f"{co}{(dd.year - rng.randint(0, 1)) % 100:02d}{rng.choice('CP')}"
        case += f"{rng.randint(1, 4999):05d}"
        t["case_number"] = lay.k(case)
    addr = ctx.address(council)
    kid_addr = ", ".join(addr[:-1]) + " " + addr[-1]
    recip = rng.choice(["cafcass", "solicitor", "la"])
    if recip == "cafcass":
        rname = ctx.pro()
        r_lines = [rname, "Family Court Adviser", "Cafcass", *ctx.address(council, home=False)]
    elif recip == "solicitor":
        rname = ctx.pro()
        r_lines = [
            rname,
            f"{ctx.fk.last_name()} & {ctx.fk.last_name()} Solicitors",
            *ctx.address(council, home=False),
        ]
    else:
        other = council_by(rng, lambda c: c is not council)
        rname = ctx.pro()
        b, st, tn, pc = other[1].split("|")
        ctx.org_address([pc])
        r_lines = [rname, "Children's Services", other[0], b, st, tn, pc]

    def person_rows():
        rows = [["Name", "Date of birth", "Address", "Relationship"]]
        for k in kids:
            rows.append([k.name, ctx.d(k.dob), kid_addr, "Child"])
        for a, rel in adults:
            rows.append(
                [
                    a.name,
                    ctx.d(a.dob),
                    kid_addr if rel != "Father" or rng.random() < 0.4 else "Not known",
                    rel,
                ]
            )
        return rows

    outcomes = [outcome(ctx, k, False, dd) for k in kids]
    outcomes += [outcome(ctx, a, True, dd) for a, _ in adults]
    lay.footer_h = lay.mm(8)
    lay.footer = lambda lay, pg, i, n: lay.foot(pg, f"OFFICIAL-SENSITIVE    Page {i} of {n}", 0)
    lay.header = lambda lay: lay.line(
        f"{council[0]} - our ref {ref} - continued", 9, "i", after=0.8
    )
    if style == "email":
        lay.line(sw.name, 11, "b", after=0.2)
        lay.hr(0.6, 2)
        sent = (
            f"{dd.strftime('%A')}, {ctx.d(dd, 'long')} {rng.randint(8, 17)}:{rng.randint(10, 59)}"
        )
        ds = sent
        for lab, val in (
            ("From:", f"{sw.name} <{ascii_mail(sw.first)}.{ascii_mail(sw.last)}@{dom}>"),
            ("Sent:", sent),
            (
                "To:",
                f"{rname} <{ascii_mail(rname.split()[-1])}@"
                f"{rng.choice(['cafcass.gov.uk', 'lawfirm.co.uk', 'nhs.net'])}>",
            ),
            ("Subject:", f"RE: Safeguarding checks - {ref}" + (f" - {case}" if case else "")),
        ):
            lay.kv(lab, val, 22, 10.5)
        lay.space(2)
        lay.line("Classification: OFFICIAL-SENSITIVE", 10, "b", after=0.6)
        lay.para(f"Dear {rname.split()[0]} {rname.split()[-1]},")
        lay.para(
            f"Thank you for your request received on {req_date}. I have completed checks of "
            f"the Children's Social Care records held by {council[0]} for the following:"
        )
        lay.table(person_rows(), [30, 22, 38, 18], 9.5)
        for o in outcomes:
            lay.para(o, 11, after=0.3)
        lay.para(
            f"Allocated social worker: {sw.name}, {rng.choice(TEAMS)}. Team Manager: {tm_.name}."
        )
        lay.para("Kind regards,", 11, after=0.2)
        lay.line(sw.name, 11, "b", after=0)
        lay.line(f"Social Worker, {rng.choice(DEPTS)}", 10, after=0)
        b, s, tn, pc = council[1].split("|")
        ctx.org_address([pc])
        lay.line(f"{council[0]}, {b}, {s}, {tn} {pc}", 10, after=0)
        lay.line(f"Tel: {phone}", 10, after=0.8)
        lay.para(
            "This e-mail and any attachments are confidential and intended solely for the "
            "addressee. If you have received it in error please notify the sender and "
            "delete it.",
            8,
            "i",
        )
    elif style == "form":
        letterhead(ctx, council, rng.choice(DEPTS), f"Tel: {phone}")
        lay.line("MASH INFORMATION SHARING RESPONSE", 13, "b", "c", after=0.5)
        lay.boxes(
            [
                ("Date of request", req_date, 2),
                ("Date of response", ds, 2),
                ("Our reference", ref, 2),
            ]
        )
        lay.boxes(
            [
                ("Requesting agency / officer", f"{r_lines[1]} - {rname}", 3),
                ("System reference", sys_id, 2),
            ]
        )
        if case:
            lay.boxes([("Court case number", case, 1)])
        for k in kids:
            lay.boxes(
                [
                    ("Child's name", k.name, 3),
                    ("Date of birth", ctx.d(k.dob), 2),
                    ("Gender", "Male" if k.sex == "M" else "Female", 1),
                ]
            )
        lay.boxes([("Home address", kid_addr, 1)])
        lay.line("Adults in household / checked", 10, "b", after=0.3)
        rows = [["Name", "Date of birth", "Relationship to child"]]
        rows += [[a.name, ctx.d(a.dob), rel] for a, rel in adults]
        lay.table(rows, [40, 25, 35], 10)
        lay.line("Outcome of checks", 10, "b", after=0.2)
        known = any(
            "not known" not in o and "No records" not in o and "no records" not in o
            for o in outcomes
        )
        lay.checks([("Known to Children's Social Care", known), ("Not known", not known)])
        lay.boxes([("Details", " ".join(outcomes), 1)], lines=3)
        lay.boxes(
            [("Completed by", sw.name, 3), ("Role", "MASH Social Worker", 2), ("Date", ds, 2)]
        )
    else:
        letterhead(
            ctx,
            council,
            rng.choice(DEPTS),
            f"Tel: {phone}  Email: {rng.choice(['mash', 'ifd', 'csc.checks'])}@{dom}",
        )
        lay.cols(
            [(x, 10.5, "r") for x in r_lines],
            [(f"Date: {ds}", 10.5, "r"), (f"Our ref: {ref}", 10.5, "r"), (sys_id, 10.5, "r")]
            + ([(f"Your ref: {case}", 10.5, "r")] if case else []),
        )
        lay.space(3)
        lay.para(f"Dear {rname.split()[0]} {rname.split()[-1]},")
        subj = (
            "Local Authority Safeguarding Checks"
            if style == "letter"
            else "Results of Children's Social Care checks"
        )
        lay.para(f"Re: {subj} - {names_and([k.name for k in kids])}", 11, "b")
        lay.para(
            f"Thank you for your request dated {req_date}. I have checked the records of "
            f"{council[0]} Children's Services in respect of the people listed below."
        )
        if style == "table":
            rows = [["Name", "DOB", "Known to CSC", "Summary"]]
            for (nm, dob), o in zip(
                [(k.name, k.dob) for k in kids] + [(a.name, a.dob) for a, _ in adults],
                outcomes,
                strict=True,
            ):
                kn = "No" if ("not known" in o or "No records" in o or "no records" in o) else "Yes"
                rows.append([nm, ctx.d(dob), kn, o])
            lay.table(rows, [30, 21, 11, 48], 9.5)
            lay.para(f"Address held: {kid_addr}", 10.5)
        else:
            lay.table(person_rows(), [30, 22, 38, 18], 10)
            for o in outcomes:
                lay.para(o, 11, after=0.3)
        lay.para(
            "This information is provided for the purpose of safeguarding and the court "
            "proceedings only and must not be disclosed further without the consent of the "
            "local authority, in line with the UK GDPR and the Data Protection Act 2018.",
            10,
        )
        lay.para(
            f"If you require anything further, the allocated worker is {sw.name} "
            f"({rng.choice(TEAMS)}); the Team Manager is {tm_.name}.",
            11,
        )
        lay.para("Yours sincerely,", 11, after=0.1)
        lay.signature()
        lay.line(sw.name, 11, "b", after=0)
        lay.line(
            rng.choice(
                ["MASH Social Worker", "Senior Practitioner", "Information Officer", "Team Manager"]
            ),
            10.5,
        )
    if rng.random() < 0.4:
        lay.new_page()
        lay.line(
            "Appendix A - Summary chronology of Children's Social Care involvement",
            11,
            "b",
            after=0.2,
        )
        lay.line(f"Re: {names_and([k.name for k in kids])}", 10.5, after=0.4)
        days = sorted(rng.sample(range(30, 2500), rng.randint(4, 10)), reverse=True)
        rows = [["Date", "Event"]] + [
            [
                fmt_date(dd - timedelta(days=x), ctx.ds),
                rng.choice(CHRONO).format(
                    src=rng.choice(["school", "police", "health visitor", "GP"])
                ),
            ]
            for x in days
        ]
        lay.table(rows, [25, 75], 10)
    add_stamp(ctx, dd, 0.35)


# ---------------------------------------------------------------------------- police checks
OFFENCES = [
    "Assault occasioning actual bodily harm - Offences Against the Person Act 1861 s.47",
    "Common assault - Criminal Justice Act 1988 s.39",
    "Theft - shoplifting",
    "Possess a controlled drug of Class B - cannabis",
    "Burglary dwelling and theft",
    "Possess with intent to supply a controlled drug of Class A - cocaine",
    "Drive a motor vehicle with excess alcohol",
    "Drive whilst disqualified",
    "Criminal damage to property valued under £5000",
    "Breach of a non-molestation order - Family Law Act 1996 s.42A",
    "Harassment - put in fear of violence",
    "Fail to surrender to custody at appointed time",
    "Engage in controlling or coercive behaviour in an intimate or family relationship",
    "Use threatening, abusive or insulting words or behaviour",
    "Possess an offensive weapon",
]
DISPOSALS = [
    "Fine £{a}, costs £85, victim surcharge £34",
    "Community order 12 months - 120 hours unpaid work",
    "Imprisonment 16 weeks suspended 12 months",
    "Conditional discharge 12 months",
    "Imprisonment 2 years",
    "Restraining order 2 years",
    "Disqualified from driving 18 months",
    "Community order 18 months - rehabilitation activity requirement",
    "Referral order 6 months",
]


MAGS = ["Magistrates'", "Magistrates'", "Crown"]


def gen_police(ctx: Ctx) -> None:
    rng, t = ctx.rng, ctx.truth
    council = council_by(rng)
    ctx.council_for_addr = council
    force = council[4]
    style = rng.choice(["print", "print", "letter", "table"])
    family = rng.choice(["mono", "dmono"] if style == "print" else ["sans", "serif", "dsans"])
    lay = ctx.lay = Layout(
        ctx.dpi, family, rng, (rng.uniform(16, 24), rng.uniform(12, 18), rng.uniform(15, 22), 15)
    )
    dd = ctx.doc_date()
    t["document_date"] = dd.isoformat()
    ds = ctx.d(dd, "slash" if style == "print" else None)
    towns = [
        x.partition("=")[2].replace("_", " ") or council[1].split("|")[2]
        for x in council[3].split()
    ]
    subjects = []
    for _ in range(rng.choice([1, 1, 2, 2, 3])):
        p = ctx.person(rng.choice("MMF"), ref=dd)
        trace = rng.random() < 0.62
        rec = {"p": p, "pnc": None, "cro": None, "convs": []}
        if trace:
            yr = rng.randint(max(p.dob.year + 12, 1995), dd.year - 1)
            rec["pnc"] = pnc_id(rng, yr)
            rec["cro"] = cro_no(rng, yr) if rng.random() < 0.7 else None
            d = date(yr, rng.randint(1, 12), rng.randint(1, 28))
            for _ in range(rng.randint(1, 4)):
                d = min(d + timedelta(days=rng.randint(60, 900)), dd - timedelta(days=30))
                venue = f"{rng.choice(towns)} {rng.choice(MAGS)} Court"
                disp = rng.choice(DISPOSALS).format(a=rng.choice([120, 200, 350]))
                rec["convs"].append((d, venue, rng.choice(OFFENCES), disp))
            ctx.pncs.append(rec["pnc"])
            lay.k(rec["pnc"])
        subjects.append(rec)
        lay.k(p.name)
        lay.k(p.name.upper())
        ctx.adult(p, "subject", True)
    kids = []
    if rng.random() < 0.3:
        _, _, kids = ctx.family(rng.choice([1, 2]), dd)
        for k in kids:
            lay.k(k.name)
            ctx.child(k)
    case = None
    if rng.random() < 0.4 and council[5]:
        case = f"{council[5]}{(dd.year - rng.randint(0, 1)) % 100:02d}{rng.choice('CPF')}"
        case += f"{rng.randint(1, 4999):05d}"
        t["case_number"] = lay.k(case)
    requester = rng.choice(["la", "cafcass", "solicitor"])
    req = {
        "la": f"{council[0]}\nChildren's Services",
        "cafcass": "Cafcass",
        "solicitor": f"{ctx.fk.last_name()} Family Law LLP",
    }[requester]
    if requester == "la":
        t["local_authority"] = lay.k(council[0])
        req_addr = council[1].split("|")
        ctx.org_address(req_addr)
    else:
        req_addr = ctx.address(council, home=False)
    unit = rng.choice(["FCDU", "PPU", "IDU", "DBU"])
    ref = f"{unit}/{dd.year % 100:02d}/{rng.randint(1, 99999):05d}"
    officer = ctx.person(rng.choice("FM"))
    lay.footer_h = lay.mm(8)
    lay.footer = lambda lay, pg, i, n: lay.foot(pg, f"OFFICIAL-SENSITIVE  {ref}  {i}/{n}", 0)
    if style == "print":
        size = rng.choice([9.5, 10, 10.5])
        lay.line("*** OFFICIAL-SENSITIVE ***", size, "b", "c", after=0.3)
        lay.line("POLICE NATIONAL COMPUTER - NAMES ENQUIRY RESULT", size, "b", after=0.1)
        lay.line(f"FORCE: {force.upper()}", size, after=0)
        lay.line(
            f"DATE: {ds}   TIME: {rng.randint(7, 18):02d}:{rng.randint(0, 59):02d}   "
            f"TERMINAL: {rng.choice('ABCDEFGH')}{rng.randint(10, 99)}",
            size,
            after=0,
        )
        lay.para(f"REF: {ref}   REQUESTED BY: {req.upper().replace(chr(10), ' ')}", size, after=0)
        if case:
            lay.line(f"COURT CASE NO: {case}", size, after=0)
        if kids:
            lay.line(
                "RE CHILD(REN): "
                + "; ".join(f"{k.name.upper()} DOB {ctx.d(k.dob, 'slash')}" for k in kids),
                size,
                after=0,
            )
        lay.line("-" * 64, size, after=0.2)
        for i, s in enumerate(subjects, 1):
            p = s["p"]
            lay.line(f"SUBJECT {i}: {p.name.upper()}", size, "b", after=0)
            lay.line(f"  DOB: {ctx.d(p.dob, 'slash')}   SEX: {p.sex}", size, after=0)
            if s["pnc"]:
                lay.line(
                    f"  PNC ID: {s['pnc']}" + (f"   CRO NO: {s['cro']}" if s["cro"] else ""),
                    size,
                    after=0,
                )
                lay.line(f"  CONVICTIONS: {len(s['convs'])} OFFENCE(S)", size, after=0)
                for j, (d, court, off, disp) in enumerate(s["convs"], 1):
                    lay.para(
                        f"{j:02d} {fmt_date(d, 'slash')} {court.upper()}: {off.upper()}. "
                        f"{disp.upper()}",
                        size,
                        indent=4,
                        after=0,
                    )
            else:
                lay.line("  RESULT: NO TRACE ON PNC", size, after=0)
            lay.line("-" * 64, size, after=0.2)
            if i < len(subjects) and rng.random() < 0.3:
                lay.new_page()
        lay.line(f"END OF PRINT - {len(subjects)} SUBJECT(S) CHECKED", size, after=0.4)
        lay.line(f"OPERATOR: {officer.last.upper()} {officer.first[0]}", size)
    else:
        ad = ctx.address(council, home=False)
        lay.logo("crest", lay.ml, lay.y, 16)
        lay.ml += lay.mm(20)
        lay.line(force, 15, "b", after=0.05)
        lay.line(
            rng.choice(
                [
                    "Family Court Disclosure Unit",
                    "Public Protection Unit",
                    "Information Disclosure Unit",
                ]
            ),
            10.5,
            after=0.05,
        )
        lay.line(
            f"{rng.choice(['Police Headquarters', 'Force Headquarters'])}, {ad[-3]}, "
            f"{ad[-2]} {ad[-1]}",
            9,
        )
        lay.ml -= lay.mm(20)
        lay.hr(0.4, 3)
        lay.cols(
            [*[(x, 10.5, "r") for x in req.split("\n")], *[(x, 10.5, "r") for x in req_addr]],
            [(f"Our ref: {ref}", 10.5, "r"), (f"Date: {ds}", 10.5, "r")]
            + ([(f"Court ref: {case}", 10.5, "r")] if case else []),
        )
        lay.para("Dear Sir or Madam,")
        lay.para(
            "Re: Request for police information - " + names_and([s["p"].name for s in subjects]),
            11,
            "b",
        )
        if kids:
            lay.para(
                "The request relates to the welfare of "
                + names_and([f"{k.name} (born {ctx.d(k.dob)})" for k in kids])
                + ".",
                11,
            )
        lay.para(
            f"A check of the Police National Computer and {force} local systems "
            f"({rng.choice(['Niche RMS', 'Athena', 'Connect', 'STORM'])}) has been made "
            "against the following persons. The results are set out below.",
            11,
        )
        if style == "table":
            rows = [["Name", "Date of birth", "PNC ID", "CRO No.", "Result"]]
            for s in subjects:
                rows.append(
                    [
                        s["p"].name,
                        ctx.d(s["p"].dob),
                        s["pnc"] or "-",
                        s["cro"] or "-",
                        f"{len(s['convs'])} conviction(s)" if s["pnc"] else "No trace",
                    ]
                )
            lay.table(rows, [30, 18, 18, 18, 20], 9.5)
        for s in subjects:
            p = s["p"]
            if style == "letter":
                lay.kv("Name:", p.name, 32, 11)
                lay.kv("Date of birth:", ctx.d(p.dob), 32, 11)
                if s["pnc"]:
                    lay.kv("PNC ID:", s["pnc"], 32, 11)
                    if s["cro"]:
                        lay.kv("CRO number:", s["cro"], 32, 11)
            if s["pnc"]:
                if style == "table":
                    lay.line(f"{p.name} - convictions", 11, "b", after=0.2)
                rows = [["Date", "Court", "Offence", "Disposal"]]
                rows += [[fmt_date(d, ctx.ds), c, o, di] for d, c, o, di in s["convs"]]
                lay.table(rows, [16, 22, 38, 30], 9)
            elif style == "letter":
                lay.para(
                    "No trace of the above named on the Police National Computer or on "
                    "local systems."
                )
        lay.header = lambda lay: lay.line(f"{force} - {ref} - continued", 9, "i", after=0.8)
        if rng.random() < 0.3:
            lay.new_page()
        if rng.random() < 0.6:
            lay.para(
                f"Local records show {rng.randint(1, 6)} domestic incident(s) recorded at "
                "the family address, the most recent on "
                f"{fmt_date(dd - timedelta(days=rng.randint(20, 400)), ctx.ds)}.",
                11,
            )
        lay.para(
            "This disclosure is made for the purpose of the family proceedings only and "
            "must not be copied or disclosed further without the consent of the Chief "
            "Constable.",
            10,
        )
        lay.para("Yours faithfully,", 11, after=0.1)
        lay.signature()
        lay.line(f"{officer.first} {officer.last}", 11, "b", after=0)
        lay.line("Disclosure Officer", 10.5)
    add_stamp(ctx, dd, 0.3)


# ---------------------------------------------------------------------------- other paper
def gen_other(ctx: Ctx, sub: str) -> None:
    rng, t = ctx.rng, ctx.truth
    council = council_by(rng)
    ctx.council_for_addr = council
    lay = ctx.lay = Layout(ctx.dpi, rng.choice(["sans", "serif", "dsans"]), rng)
    dd = ctx.doc_date()
    if sub == "blank":
        if rng.random() < 0.5:
            lay.y = lay.mm(140)
            lay.line("This page is intentionally left blank.", 10, "i", "c")
        return
    t["document_date"] = dd.isoformat()
    ds = ctx.d(dd)
    who = ctx.person(rng.choice("FM"), ref=dd)
    home = ctx.address(council)
    if sub == "utility":
        co = rng.choice(
            [
                "Yorkshire Water",
                "Severn Trent Water",
                "British Gas",
                "EDF",
                "Octopus Energy",
                "Thames Water",
            ]
        )
        lay.line(co, 18, "b", after=0.2)
        lay.line("Your bill", 13, after=0.6)
        lay.cols(
            [(x, 11, "r") for x in [who.formal(), *home]],
            [
                (f"Bill date: {ds}", 10.5, "r"),
                (f"Account number: {rng.randint(10**9, 10**10 - 1)}", 10.5, "r"),
            ],
        )
        amt = rng.randint(3000, 40000) / 100
        lay.table(
            [
                ["Description", "Amount"],
                ["Balance brought forward", "£0.00"],
                ["Charges for this period", f"£{amt:.2f}"],
                ["Total to pay", f"£{amt:.2f}"],
            ],
            [70, 30],
            11,
        )
        lay.para(
            f"Please pay by {fmt_date(dd + timedelta(days=21), ctx.ds)}. You can pay by "
            "Direct Debit, online, or at any Post Office.",
            11,
        )
    elif sub == "council_tax":
        b, s, tn, pc = council[1].split("|")
        ctx.org_address([pc])
        t["local_authority"] = lay.k(council[0])
        lay.line(council[0], 16, "b", after=0)
        lay.line(f"Council Tax, {b}, {s}, {tn} {pc}", 9, after=0.8)
        lay.cols([(x, 11, "r") for x in [who.formal(), *home]], [(f"Date: {ds}", 10.5, "r")])
        lay.line(f"Council Tax Bill {dd.year}/{(dd.year + 1) % 100:02d}", 14, "b", after=0.4)
        band = rng.choice("ABCD")
        lay.table(
            [
                ["Property band", "Annual charge", "Discount"],
                [
                    band,
                    f"£{rng.randint(1200, 2100)}.{rng.randint(10, 99)}",
                    rng.choice(["Single person 25%", "None"]),
                ],
            ],
            [30, 35, 35],
            11,
        )
        lay.para("Instalments are due on the 1st of each month from April to January.")
    elif sub == "school":
        kid = ctx.family(1, dd, (5, 15))[2][0]
        lay.k(kid.name)
        ctx.child(kid, with_dob=False)
        school = f"{rng.choice(STREETS)} {rng.choice(['Primary School', 'Academy', 'High School'])}"
        sa = ctx.address(council, home=False)
        lay.line(school, 16, "b", "c", after=0)
        lay.line(", ".join(sa), 9, "r", "c", after=0.8)
        lay.line(ds, 11, after=0.5)
        lay.para(f"Dear Parent/Carer of {kid.name},")
        lay.para(
            rng.choice(
                [
                    "I am writing to let you know that your child's attendance this term is "
                    "below 90%. Regular attendance is very important and we would like to meet "
                    "with you.",
                    "Year groups will visit the museum next month. Please return the consent "
                    "slip and a contribution of £8.50 by Friday.",
                ]
            )
        )
        lay.para("Yours sincerely,")
        lay.signature()
        lay.line(f"{ctx.pro()}, Headteacher", 11)
    elif sub == "gp":
        lay.line(f"{rng.choice(STREETS)} Medical Practice", 15, "b", after=0)
        sa = ctx.address(council, home=False)
        lay.line(", ".join(sa), 9, after=0.8)
        lay.line(ds, 11, after=0.4)
        lay.para("To whom it may concern")
        lay.k(who.name)
        ctx.adult(who, "patient", True)
        lay.para(
            f"Re: {who.name}, DOB {ctx.d(who.dob)}, NHS No. {rng.randint(400, 499)} "
            f"{rng.randint(100, 999)} {rng.randint(1000, 9999)}",
            11,
            "b",
        )
        lay.para(
            "I confirm that the above named is registered with this practice. They were "
            "seen for a routine review. Please contact the surgery if further information "
            "is required, with the patient's written consent."
        )
        lay.signature()
        lay.line(f"Dr {ctx.fk.first_name()} {ctx.fk.last_name()}, GP", 11)
    else:
        firm = f"{ctx.fk.last_name()} {rng.choice(['& Co', 'LLP', 'Solicitors'])}"
        fa = ctx.address(council, home=False)
        lay.line(firm, 16, "b", "r", after=0)
        lay.line(", ".join(fa), 9, "r", "r", after=0.8)
        lay.cols(
            [(x, 11, "r") for x in [who.formal(), *home]],
            [(f"Our ref: CONV/{rng.randint(1000, 9999)}", 10.5, "r"), (ds, 10.5, "r")],
        )
        lay.para(f"Dear {who.title} {who.last},")
        lay.para(f"Re: Your purchase of {', '.join(home[:-1])}", 11, "b")
        lay.para(
            "We write to confirm that completion took place today and that the Stamp Duty "
            "Land Tax return has been submitted. We will register your title at HM Land "
            "Registry and send you our final statement in due course."
        )
        lay.para("Yours sincerely,")
        lay.signature()
        lay.line(firm, 11)
    add_stamp(ctx, dd, 0.2)


def add_stamp(ctx: Ctx, dd: date, p: float) -> None:
    rng = ctx.rng
    if rng.random() >= p:
        return
    rd = dd + timedelta(days=rng.randint(1, 9))
    lines = rng.choice(
        [
            [
                "RECEIVED",
                f"{rd.day:02d} {MONTHS[rd.month - 1][:3].upper()} {rd.year}",
                rng.choice(["LEGAL SERVICES", "POST ROOM", "SCANNING UNIT", "RECORDS"]),
            ],
            ["COPY"],
            ["FILE COPY"],
            ["RECEIVED", f"{rd.day:02d}/{rd.month:02d}/{rd.year}"],
        ]
    )
    ctx.lay.overlays.append(
        {"kind": "stamp", "lines": lines, "page": rng.randrange(len(ctx.lay.pages))}
    )


# ------------------------------------------------------------------------------- scanning
def lowfreq(nrng, shape, lo, hi, cells=(6, 8)):
    small = nrng.uniform(lo, hi, cells).astype(np.float32)
    return cv2.resize(small, (shape[1], shape[0]), interpolation=cv2.INTER_CUBIC)


def render_overlay(ov, dpi, rng, nrng):
    scale = dpi / 300
    if ov["kind"] == "seal":
        d = round(330 * scale)
        img = Image.new("L", (d, d), 0)
        dr = ImageDraw.Draw(img)
        dr.ellipse([3, 3, d - 4, d - 4], outline=255, width=max(3, d // 45))
        dr.ellipse([d * 0.09, d * 0.09, d * 0.91, d * 0.91], outline=255, width=max(2, d // 90))
        for i, txt in enumerate(ov["lines"]):
            px = round((34 if i == 1 else 24) * scale)
            while load_font("LiberationSans-Bold", px).getlength(txt) > d * (0.78 - 0.1 * (i != 1)):
                px -= 1
            f = load_font("LiberationSans-Bold", px)
            dr.text((d / 2, d * (0.3 + 0.2 * i)), txt, font=f, fill=255, anchor="mm")
        ang = rng.uniform(-20, 20)
    else:
        fonts = [
            load_font("LiberationSans-Bold", round((70 if i == 0 else 34) * scale))
            for i in range(len(ov["lines"]))
        ]
        ws = [f.getlength(t) for f, t in zip(fonts, ov["lines"], strict=True)]
        pad = round(22 * scale)
        w = round(max(ws)) + 2 * pad
        h = sum(round(f.size * 1.25) for f in fonts) + 2 * pad
        img = Image.new("L", (w, h), 0)
        dr = ImageDraw.Draw(img)
        dr.rectangle([2, 2, w - 3, h - 3], outline=255, width=max(3, round(6 * scale)))
        y = pad
        for f, t, tw in zip(fonts, ov["lines"], ws, strict=True):
            dr.text(((w - tw) / 2, y), t, font=f, fill=255)
            y += round(f.size * 1.25)
        ang = rng.uniform(-14, 14)
    img = img.rotate(ang, resample=Image.Resampling.BILINEAR, expand=True)
    cov = np.asarray(img, np.float32) / 255
    wear = lowfreq(nrng, cov.shape, 0.35, 1.0, (5, 7))
    return cov * np.clip(wear * 1.3, 0.3, 1.0)


def place_overlay(cov, w, h, keyboxes, rng, margin):
    oh, ow = cov.shape
    best, best_ov = (margin, margin), None
    for _ in range(150):
        x, y = (
            rng.randint(margin, max(margin, w - ow - margin)),
            rng.randint(margin, max(margin, h - oh - margin)),
        )
        ov = sum(
            max(0, min(x + ow, b[2]) - max(x, b[0])) * max(0, min(y + oh, b[3]) - max(y, b[1]))
            for b in keyboxes
        )
        if best_ov is None or ov < best_ov:
            best, best_ov = (x, y), ov
        if ov == 0:
            break
    return best


def scan_profile(rng: random.Random) -> dict:
    return {
        "dpi": rng.choice([200, 240, 300, 300]),
        "color": rng.random() < 0.35,
        "skew": max(-3.0, min(3.0, rng.gauss(0, 1.1))),
        "blur": rng.choice([0, 0, 0.5, 0.8, 1.1]),
        "noise": rng.uniform(1.5, 9),
        "jpeg": rng.randint(22, 55) if rng.random() < 0.3 else None,
        "low_contrast": rng.random() < 0.15,
        "fax": rng.random() < 0.08,
        "shadow": rng.choice([None] * 6 + ["left", "right", "top", "bottom"]),
        "toner": rng.random() < 0.3,
        "dark_border": rng.random() < 0.12,
    }


def scan_page(page: Page, keys: list[str], overlays, prof, rng, nrng, dpi):
    """Degrade one rendered page like a scanner would; returns (image, overlay texts)."""
    h, w = page.img.size[1], page.img.size[0]
    keyf = [k.casefold() for k in keys]
    kb = [ln.box for ln in page.lines if any(k in ln.text.casefold() for k in keyf)]
    ink = 1 - np.asarray(page.img, np.float32) / 255
    if prof["toner"]:
        ink *= lowfreq(nrng, ink.shape, 0.72, 1.0)
    lowc = prof["low_contrast"]
    paper = rng.uniform(205, 222) if lowc else rng.uniform(236, 252)
    inkv = rng.uniform(85, 115) if lowc else rng.uniform(15, 50)
    g = paper - (paper - inkv) * ink
    g *= lowfreq(nrng, g.shape, 0.94, 1.0)
    if prof["skew"]:
        mat = cv2.getRotationMatrix2D((w / 2, h / 2), prof["skew"], 1.0)
        border = 35.0 if prof["dark_border"] else paper
        g = cv2.warpAffine(
            g,
            mat,
            (w, h),
            flags=cv2.INTER_LINEAR,
            borderMode=cv2.BORDER_CONSTANT,
            borderValue=border,
        )
        moved = []
        for x0, y0, x1, y1 in kb:
            pts = np.array([[x0, y0, 1], [x1, y0, 1], [x0, y1, 1], [x1, y1, 1]]) @ mat.T
            moved.append((*pts.min(0), *pts.max(0)))
        kb = moved
    m = round(dpi * 0.06)
    kb = [(b[0] - m, b[1] - m, b[2] + m, b[3] + m) for b in kb]
    colour = prof["color"] and not prof["fax"]
    stamps, notes = [], []
    for ov in overlays:
        cov = render_overlay(ov, dpi, rng, nrng)
        x, y = place_overlay(cov, w, h, kb, rng, round(dpi * 0.2))
        cov = cov[: h - y, : w - x] * rng.uniform(0.55, 0.8)
        if prof["blur"]:
            cov = cv2.GaussianBlur(cov, (0, 0), prof["blur"] * dpi / 300)
        col = rng.choice([(200, 40, 50), (40, 60, 170), (120, 40, 140), (70, 70, 70)])
        if colour:
            stamps.append((cov, x, y, col))
        else:
            g[y : y + cov.shape[0], x : x + cov.shape[1]] *= 1 - cov * 0.6
        notes.append(" ".join(ov["lines"]))
    if prof["shadow"]:
        edge = prof["shadow"]
        n = w if edge in ("left", "right") else h
        dist = np.arange(n, dtype=np.float32)
        if edge in ("right", "bottom"):
            dist = dist[::-1]
        fall = 1 - rng.uniform(0.4, 0.75) * np.exp(-dist / (n * rng.uniform(0.008, 0.025)))
        fall = fall.astype(np.float32)
        g *= fall[None, :] if edge in ("left", "right") else fall[:, None]
    if prof["blur"]:
        g = cv2.GaussianBlur(g, (0, 0), prof["blur"] * dpi / 300)
    g += nrng.normal(0, prof["noise"], g.shape).astype(np.float32)
    out = np.clip(g, 0, 255).astype(np.uint8)
    if prof["fax"]:
        if dpi > 200:
            size = (round(w * 200 / dpi), round(h * 200 / dpi))
            out = cv2.resize(out, size, interpolation=cv2.INTER_AREA)
        thr = (int(paper) + int(inkv)) // 2 + rng.randint(5, 25)
        bw = np.where(out > thr, 255, 0).astype(np.uint8)
        bw[nrng.random(bw.shape) < 0.0006] = 0
        return Image.fromarray(bw).convert("1", dither=Image.Dither.NONE), notes
    if prof["jpeg"]:
        _ok, enc = cv2.imencode(".jpg", out, [cv2.IMWRITE_JPEG_QUALITY, prof["jpeg"]])
        out = cv2.imdecode(enc, cv2.IMREAD_GRAYSCALE)
    if not colour:
        return Image.fromarray(out, "L"), notes
    tint = np.array([1.0, rng.uniform(0.975, 0.995), rng.uniform(0.93, 0.98)], np.float32)
    rgb = out[..., None].astype(np.float32) * tint
    for cov, x, y, col in stamps:
        sub = rgb[y : y + cov.shape[0], x : x + cov.shape[1]]
        sub *= 1 - cov[..., None] * (1 - np.array(col, np.float32) / 255)
    return Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8), "RGB"), notes


def save_doc(path: Path, images: list[Image.Image], fmt: str, comp, dpi: int, when, rng) -> None:
    if fmt == "pdf":
        stamp = when.timetuple()
        images[0].save(path, "PDF", resolution=float(dpi), save_all=True,
                       append_images=images[1:], creationDate=stamp, modDate=stamp)  # fmt: skip
    elif fmt == "tif":
        extra = {"quality": rng.randint(60, 85)} if comp == "jpeg" else {}
        images[0].save(path, "TIFF", compression=comp, dpi=(dpi, dpi), save_all=True,
                       append_images=images[1:], **extra)  # fmt: skip
    elif fmt == "jpg":
        images[0].save(path, "JPEG", quality=rng.randint(55, 90), dpi=(dpi, dpi))
    else:
        images[0].save(path, "PNG", dpi=(dpi, dpi))


# ----------------------------------------------------------------------------- assembly
def plan(n: int, seed: int) -> list[tuple[str, str | None]]:
    rng = random.Random(f"indepD-plan-{seed}")
    counts = {
        "court_order": round(n * 0.4),
        "la_check": round(n * 0.25),
        "police_check": round(n * 0.25),
    }
    counts["other"] = max(0, n - sum(counts.values()))
    cycle = []
    while len(cycle) < counts["court_order"]:
        block = [*ORDER_TYPES[:-1], *ORDER_TYPES[:-1], *OTHER_SUBS]
        rng.shuffle(block)
        cycle += block
    items = [("court_order", cycle[i % len(cycle)]) for i in range(counts["court_order"])]
    items += [("la_check", None)] * counts["la_check"]
    items += [("police_check", None)] * counts["police_check"]
    others = ["utility", "school", "gp", "council_tax", "solicitor", "blank"]
    items += [("other", others[i % len(others)]) for i in range(counts["other"])]
    rng.shuffle(items)
    return items


def build(idx: int, seed: int, doc_type: str, sub: str | None, fk: Faker, out: Path) -> dict:
    ctx = Ctx(seed, idx, fk, doc_type)
    prof = scan_profile(ctx.rng)
    ctx.dpi = prof["dpi"]
    if doc_type == "court_order":
        gen_order(ctx, sub)
    elif doc_type == "la_check":
        gen_la(ctx)
    elif doc_type == "police_check":
        gen_police(ctx)
    else:
        gen_other(ctx, sub)
    lay, t, rng = ctx.lay, ctx.truth, ctx.rng
    lay.finish()
    text = "\n\n".join("\n".join(ln.text for ln in pg.lines) for pg in lay.pages)
    t["text"] = text
    t["postcodes"] = sorted({p for p in ctx.pcs if p in text}, key=text.index)
    t["pnc_ids"] = sorted({p for p in ctx.pncs if p in text}, key=text.index)
    if len(lay.pages) > 1:
        fmt = rng.choice(["tif", "pdf"])
    else:
        fmt = rng.choices(["png", "jpg", "tif", "pdf"], weights=[3, 3, 2, 2])[0]
        fmt = "tif" if prof["fax"] and fmt == "jpg" else fmt
    comp = None
    if fmt == "tif":
        comp = "group4" if prof["fax"] else rng.choice(["jpeg", "jpeg", "tiff_lzw"])
    if fmt == "png" or comp == "tiff_lzw":  # lossless files: keep sizes sane
        prof["noise"] = min(prof["noise"], 3.0)
        prof["color"] = prof["color"] and rng.random() < 0.4
    nrng = np.random.default_rng([seed, idx, 7])
    images, overlay_text, turns = [], [], []
    for pi, pg in enumerate(lay.pages):
        ovs = [o for o in lay.overlays if o["page"] in (pi, pi - len(lay.pages))]
        pp = dict(prof, skew=max(-3.0, min(3.0, prof["skew"] + rng.uniform(-0.4, 0.4))))
        im, notes = scan_page(pg, lay.keys, ovs, pp, rng, nrng, ctx.dpi)
        overlay_text += notes
        turn = rng.choices([0, 90, 180, 270], weights=[88, 5, 5, 2])[0]
        if turn:
            im = im.rotate(turn, expand=True)
        turns.append(turn)
        images.append(im)
    dpi = 200 if prof["fax"] else ctx.dpi
    when = datetime(2021, 1, 1) + timedelta(days=(ctx.scan_day - date(2021, 1, 1)).days)
    when += timedelta(hours=rng.randint(8, 17), minutes=rng.randint(0, 59))
    name = f"scan_{idx:03d}"
    save_doc(out / f"{name}.{fmt}", images, fmt, comp, dpi, when, rng)
    t["_generator"] = "bench/independent_corpus_d.py (blind)"
    t["_scan"] = {
        "format": fmt,
        "compression": comp,
        "dpi": dpi,
        "pages": len(images),
        "turned": turns,
        **{k: v for k, v in prof.items() if k != "dpi"},
    }
    t["_overlay_text"] = overlay_text
    check_truth(t)
    (out / f"{name}.truth.json").write_text(
        json.dumps(t, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return t


def check_truth(t: dict) -> None:
    folded = " ".join(t["text"].split()).casefold()
    vals = [t["case_number"], t["judge"], t["local_authority"], *t["pnc_ids"], *t["postcodes"]]
    vals += [p["name"] for p in t["children"] + t["people"]]
    for v in vals:
        if v and v.casefold() not in folded:
            raise AssertionError(f"truth value not printed: {v!r}")
    for p in t["pnc_ids"]:
        yy, rest = p.split("/")
        assert PNC_LETTERS[int(yy + rest[:-1]) % 23] == rest[-1], p


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument("--seed", type=int, default=5)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    fk = Faker("en_GB")
    mix: dict[str, int] = {}
    for idx, (doc_type, sub) in enumerate(plan(args.n, args.seed), 1):
        t = build(idx, args.seed, doc_type, sub, fk, args.out)
        key = doc_type + (f"/{t['order_type']}" if t["order_type"] else "")
        mix[key] = mix.get(key, 0) + 1
        print(
            f"scan_{idx:03d}: {doc_type} {sub or ''} {t['_scan']['format']} {t['_scan']['pages']}p"
        )
    for k in sorted(mix):
        print(f"{mix[k]:4d}  {k}")


if __name__ == "__main__":
    main()
