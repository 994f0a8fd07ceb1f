"""Independent evaluation corpus C: awkward-layout family-justice scans with truth files.

Written without reading the project's sample generator, extractors, classifiers, pipeline,
tests or the two earlier independent corpora. Output follows /work/shared/truth-format.md.

    .venv/bin/python bench/independent_corpus_c.py --out /tmp/indepC --n 96 --seed 11

Mix: ~40 % court orders (all twelve order types in turn), ~25 % local-authority check
letters, ~25 % police checks, ~10 % other post-room documents. Scans are PNG, JPEG, TIFF
(some multi-frame) and PDF (image-only; some two or three pages), 200-300 DPI.

Layouts deliberately awkward for software: children and parties in a numbered Schedule on
page 2; children in a two-column grid; boxed printed-form fields (C23/FL404 style);
bilingual Welsh/English headings; prose letters naming household members mid-sentence;
police letters with several subjects, aliases ("also known as") and NO TRACE rows; PNC
print-outs in monospace with SURNAME/FORENAMES; e-mail print-outs with headers; fax
cover pages in front of the real document (doc_type is the document's); hand-corrected
dates (struck through, rewritten in a hand font: truth is the rewritten date).

Sources consulted (wording paraphrased, never copied whole):
- Child arrangements order template from the judiciary's Standard Family Orders vol. 2
  (as reproduced at wikivorce.com "What does a child arrangements order look like" and
  childlawadvice.org.uk "A sample child arrangements order"): "In the Family Court
  sitting at ...", "The child[ren]" table with Girl/Boy and date of birth, "ORDER MADE BY
  ... SITTING IN PRIVATE", "The parties and representation", "IMPORTANT NOTICES",
  "Confidentiality warning", numbered orders.
- Form C23 emergency protection order (vlex.co.uk transcription, C23 (01.09)): boxed
  "Case Number", "Child(ren)'s Number(s)", "Boy or Girl", the s.44(15) obstruction
  warning, "This order ends on ... at ...", "Ordered by ... on ...".
- Non-molestation order clauses (mglegal.co.uk, unwildered.co.uk, Family Law Act 1996
  s.42/s.45 as quoted by breslin-solicitors.co.uk): "must not use or threaten violence",
  "must not instruct, encourage or in any way suggest", without-notice orders.
- MASH procedures (Rotherham, Bexley, Torbay proceduresonline chapters) and the Cafcass
  police checks handbook (fdocuments.net): Level 1/Level 2 checks, PNC Unit, local force
  checks, "no trace" results, safeguarding letters.
- PNC ID display format YY/NNNNNNND with modulus-23 check letter (criminaljusticehub.org.uk
  jargon buster).
Everything else (names, addresses, wording of letters, police prints) is invented.
Two-letter court codes: LS, MA, BM, LV are the real HMCTS ones; the rest are consistent
invented codes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import math
import random
import re
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont


def words(s: str, sep: str | None = None) -> list[str]:
    return s.split(sep)


def _fonts(spec: str) -> list[tuple[str, str, str]]:
    """'dir/Stem-{}.ttf Regular Bold Italic' -> (regular, bold, italic) paths."""
    out = []
    for item in spec.split(";"):
        pattern, *styles = item.split()
        out.append(tuple(pattern.format(s).replace("-..", ".") for s in styles))
    return out


FONTS = {
    "serif": _fonts(
        "truetype/liberation/LiberationSerif-{}.ttf Regular Bold Italic;"
        "truetype/dejavu/DejaVuSerif-{}.ttf . Bold Italic;"
        "opentype/urw-base35/NimbusRoman-{}.otf Regular Bold Italic"
    ),
    "sans": _fonts(
        "truetype/liberation/LiberationSans-{}.ttf Regular Bold Italic;"
        "truetype/dejavu/DejaVuSans-{}.ttf . Bold Oblique;"
        "opentype/urw-base35/NimbusSans-{}.otf Regular Bold Italic"
    ),
    "mono": _fonts(
        "truetype/liberation/LiberationMono-{}.ttf Regular Bold Italic;"
        "truetype/dejavu/DejaVuSansMono-{}.ttf . Bold Oblique"
    ),
}
HAND = "opentype/urw-base35/Z003-MediumItalic.otf"
FONT_ROOT = Path("/usr/share/fonts")

# council as printed | Welsh name | postcode areas | court town | court code | force | Welsh
REGIONS = [
    tuple(f.strip() or None for f in row.split("|"))
    for row in words(
        """
Leeds City Council||LS|Leeds|LS|West Yorkshire Police|
Manchester City Council||M|Manchester|MA|Greater Manchester Police|
Birmingham City Council||B|Birmingham|BM|West Midlands Police|
Liverpool City Council||L|Liverpool|LV|Merseyside Police|
City of Bradford Metropolitan District Council||BD|Bradford|BD|West Yorkshire Police|
Kirklees Council||HD WF|Huddersfield|HF|West Yorkshire Police|
Sheffield City Council||S|Sheffield|SH|South Yorkshire Police|
Newcastle City Council||NE|Newcastle upon Tyne|NC|Northumbria Police|
Nottingham City Council||NG|Nottingham|NG|Nottinghamshire Police|
Leicester City Council||LE|Leicester|LE|Leicestershire Police|
Bristol City Council||BS|Bristol|BS|Avon and Somerset Police|
Cardiff Council|Cyngor Caerdydd|CF|Cardiff|CF|South Wales Police|Heddlu De Cymru
Swansea Council|Cyngor Abertawe|SA|Swansea|SA|South Wales Police|Heddlu De Cymru
Wrexham Council|Cyngor Wrecsam|LL|Wrexham|WX|North Wales Police|Heddlu Gogledd Cymru
Kent County Council||ME CT|Canterbury|CT|Kent Police|
Hampshire County Council||SO PO|Portsmouth|PO|Hampshire and Isle of Wight Constabulary|
Norfolk County Council||NR|Norwich|NR|Norfolk Constabulary|
Devon County Council||EX|Exeter|EX|Devon and Cornwall Police|
Lancashire County Council||PR BB|Preston|PR|Lancashire Constabulary|
London Borough of Croydon||CR|Croydon|CR|Metropolitan Police Service|
Coventry City Council||CV|Coventry|CV|West Midlands Police|
Stoke-on-Trent City Council||ST|Stoke-on-Trent|ST|Staffordshire Police|
Hull City Council||HU|Kingston upon Hull|HU|Humberside Police|
Plymouth City Council||PL|Plymouth|PL|Devon and Cornwall Police|""".strip(),
        "\n",
    )
]
ORDER_TYPES = words(
    "care_order interim_care_order supervision_order interim_supervision_order "
    "emergency_protection_order child_arrangements_order prohibited_steps_order "
    "specific_issue_order non_molestation_order occupation_order placement_order "
    "other_order"
)
# order type -> (title, statute, Welsh title)
_ORDERS = words(
    """Care Order|Section 31 Children Act 1989|Gorchymyn Gofal
Interim Care Order|Section 38 Children Act 1989|Gorchymyn Gofal Interim
Supervision Order|Section 31 Children Act 1989|Gorchymyn Goruchwylio
Interim Supervision Order|Section 38 Children Act 1989|Gorchymyn Goruchwylio Interim
Emergency Protection Order|Section 44 Children Act 1989|Gorchymyn Diogelu Brys
Child Arrangements Order|Section 8 Children Act 1989|Gorchymyn Trefniadau Plant
Prohibited Steps Order|Section 8 Children Act 1989|
Specific Issue Order|Section 8 Children Act 1989|
Non-Molestation Order|Section 42 Family Law Act 1996|Gorchymyn Rhag Molestu
Occupation Order|Section 33 Family Law Act 1996|
Placement Order|Section 21 Adoption and Children Act 2002|Gorchymyn Lleoli""",
    "\n",
)
TITLES, STATUTE, WELSH = (
    {
        ot: row.split("|")[i]
        for ot, row in zip(ORDER_TYPES[:11], _ORDERS, strict=True)
        if row.split("|")[i]
    }
    for i in range(3)
)

FEMALE = words(
    "Sarah Emma Chloé Zoë Siân Niamh Aoife Abena Ama Chiamaka Ngozi Fatima Ayesha "
    "Nadia Priya Harpreet Shabnam Farzana Halima Hodan Agnieszka Katarzyna Ioana "
    "Elena Mei Leanne Kayleigh Charlotte Jade Bethan Rhiannon Marisol Inês Ebru "
    "Shanice Renée Maryam Yasmin Grace Precious Blessing Natalia Roxana Tanisha Joanne"
)
MALE = words(
    "Tomasz Piotr Kofi Kwame Chukwuemeka Oluwaseun Mohammed Imran Tariq Abdi Yusuf "
    "Rajesh Gurpreet Arjun Darren Liam Connor Seán Dylan Rhys Gareth José Andrei Mihai "
    "Jamal Tyrone Wei Mehmet Kemal Dawit Callum Ryan Jordan Ahmed Samuel Kieran Lewis "
    "Craig Dariusz Emeka Marcus Shane"
)
KID_F = words(
    "Ama Zoë Maisie Layla Isla Amara Hafsa Zainab Mia Harper Lily-Mae Aaliyah Nia "
    "Seren Ffion Evie Poppy Chloé Inaya Oliwia Esme Rosie Ava-Rose Khadija Nevaeh"
)
KID_M = words(
    "Kofi Alfie Ayaan Noah Oscar Ibrahim Leo Riley Jayden-Lee Tyler Mason Osian Kacper "
    "Musa Harley Reggie Jude Elijah Rayan Finley Teddy Zayn Tomás Kai Cian"
)
SURNAMES = words(
    "Smith Thompson O'Neill O'Connor D'Souza McAllister MacDonald Clarke-Bennett "
    "Hughes Jones Evans Davies Pritchard Mensah Owusu Boateng Okafor Adeyemi Okonkwo "
    "Nowak Kowalski Popescu Ionescu Khan Hussain Ahmed Begum Ali Patel Sharma Singh "
    "Kaur Chowdhury Rahman Mohamed Warsame Farah Haile Tesfaye Chen Wong Yilmaz Demir "
    "Kaya Fernández García Campbell Stewart Walsh Murphy Brown-Lewis Taylor-Reid "
    "Ashworth Sutcliffe Barraclough Kerr Llewellyn O'Sullivan"
)
SURNAMES += ["van der Merwe", "St Clair", "Da Silva"]
STREETS = words(
    "Oxford Row|Station Road|Church Lane|Victoria Street|Albert Terrace|Mill Lane|"
    "Heol y Frenhines|Park View|Meadow Close|Granby Street|Clarendon Road|Kingsway|"
    "Moorland Drive|Beech Grove|Canal Side|Wellington Court|Hawthorn Way|"
    "St Mary's Walk|Ashfield Avenue|Holly Bank",
    "|",
)
UNIT = "ABDEFGHJLNPQRSTUWXYZ"
MONTHS = [dt.date(2000, m, 1).strftime("%B") for m in range(1, 13)]


def ordinal(d: int) -> str:
    return f"{d}{'th' if 11 <= d % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def fmt_date(d: dt.date, style: int) -> str:
    return [
        f"{d.day} {MONTHS[d.month - 1]} {d.year}",
        f"{ordinal(d.day)} {MONTHS[d.month - 1]} {d.year}",
        d.strftime("%d/%m/%Y"),
        d.strftime("%d.%m.%y"),
        f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}",
        f"{d.strftime('%A')} {d.day} {MONTHS[d.month - 1]} {d.year}",
        f"{d.day}/{d.month}/{d.strftime('%y')}",
        d.strftime("%d-%m-%Y"),
    ][style]


def pnc_id(rng: random.Random) -> str:
    yy, serial = rng.choice([*range(85, 100), *range(0, 25)]), rng.randint(1, 9_999_999)
    n = int(f"{yy:02d}{serial:07d}")
    return f"{yy:02d}/{serial:07d}{'ZABCDEFGHJKLMNPQRTUVWXY'[n % 23]}"


class Person:
    def __init__(self, rng, sex, last, dob, first=None):
        pool = (
            (KID_F if sex == "F" else KID_M)
            if dob.year >= 2007
            else (FEMALE if sex == "F" else MALE)
        )
        self.first, self.last, self.sex, self.dob = first or rng.choice(pool), last, sex, dob

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def upper(self) -> tuple[str, str]:
        return self.last.upper(), self.first.upper()


class World:
    """Everything random about one document: region, people, dates, addresses."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.la, self.la_cy, areas, self.town, self.code, self.force, self.force_cy = rng.choice(
            REGIONS
        )
        self.areas = areas.split()
        self.date = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randint(0, 640))
        self.postcodes: list[str] = []
        self.pncs: list[str] = []

    def dob(self, lo: int, hi: int) -> dt.date:
        return self.date - dt.timedelta(days=self.rng.randint(lo * 365 + 30, hi * 365 + 300))

    def family(self, n_kids: int | None = None):
        rng = self.rng
        mum = Person(rng, "F", rng.choice(SURNAMES), self.dob(19, 44))
        dad = Person(
            rng, "M", rng.choice(SURNAMES), mum.dob - dt.timedelta(days=rng.randint(-700, 3650))
        )
        kids: list[Person] = []
        oldest = min(15, (self.date - mum.dob).days // 365 - 17)
        for _ in range(n_kids or rng.choice([1, 1, 2, 2, 3, 4])):
            double = f"{mum.last}-{dad.last}"
            if any(c in mum.last + dad.last for c in " -") or mum.last == dad.last:
                double = mum.last
            last = rng.choice([mum.last, mum.last, dad.last, double])
            kid = Person(rng, rng.choice("FM"), last, self.dob(0, max(0, oldest)))
            if kid.first not in {k.first for k in kids} and all(
                abs((kid.dob - k.dob).days) > 300 for k in kids
            ):
                kids.append(kid)
        kids.sort(key=lambda k: k.dob)
        return mum, dad, kids

    def postcode(self) -> str:
        r = self.rng
        unit = "".join(r.choices(UNIT, k=2))
        pc = f"{r.choice(self.areas)}{r.randint(1, 19)} {r.randint(1, 9)}{unit}"
        self.postcodes.append(pc)
        return pc

    def address(self, town: str | None = None) -> list[str]:
        r = self.rng
        first = f"{r.randint(1, 240)} {r.choice(STREETS)}"
        if r.random() < 0.25:
            first = f"Flat {r.randint(1, 30)}, {first}"
        return [first, town or self.town, self.postcode()]

    def case_number(self, kind: str) -> str:
        return f"{self.code}{self.date.year % 100:02d}{kind}{self.rng.randint(1, 9999):05d}"

    def pnc(self) -> str:
        p = pnc_id(self.rng)
        self.pncs.append(p)
        return p

    def judge(self) -> str:
        r = self.rng
        sex = r.choice("FM")
        first = r.choice(FEMALE if sex == "F" else MALE)
        last = r.choice(SURNAMES)
        return r.choice(
            [
                f"District Judge {first} {last}",
                f"Deputy District Judge {first} {last}",
                f"{'Her' if sex == 'F' else 'His'} Honour Judge {last}",
                f"Recorder {first} {last}",
                f"{'Mrs' if sex == 'F' else 'Mr'} Justice {last}",
                f"District Judge {last}",
            ]
        )


class Doc:
    """A tiny flow-layout engine that records the printed text in reading order."""

    def __init__(self, rng: random.Random, family: str = "serif", size: float = 11):
        self.rng = rng
        self.dpi = rng.choice([200, 240, 300, 300])
        self.W, self.H = int(8.27 * self.dpi), int(11.69 * self.dpi)
        self.m = int(rng.uniform(0.7, 1.0) * self.dpi)
        self.files = rng.choice(FONTS[family])
        self.size = size
        self.pages: list[Image.Image] = []
        self.texts: list[list[str]] = []
        self.extras: list[str] = []
        self.footer: str | None = None
        self._fonts: dict = {}
        self.new_page()

    def px(self, pt: float) -> int:
        return round(pt * self.dpi / 72)

    def font(self, style: str = "r", size: float | None = None):
        key = (style, size or self.size)
        if key not in self._fonts:
            path = HAND if style == "h" else self.files["rbi".index(style)]
            self._fonts[key] = ImageFont.truetype(str(FONT_ROOT / path), self.px(key[1]))
        return self._fonts[key]

    def new_page(self) -> None:
        self.pages.append(Image.new("L", (self.W, self.H), 255))
        self.texts.append([])
        self.draw = ImageDraw.Draw(self.pages[-1])
        self.y = self.m

    def room(self, h: int) -> None:
        if self.y + h > self.H - self.m - self.px(24):
            self.new_page()

    def gap(self, pt: float = 6) -> None:
        self.y += self.px(pt)

    def wrap(self, text: str, font, width: int) -> list[str]:
        lines, cur = [], ""
        for word in text.split(" "):
            trial = f"{cur} {word}".strip()
            if cur and self.draw.textlength(trial, font=font) > width:
                lines.append(cur)
                cur = word
            else:
                cur = trial
        return [*lines, cur] if cur else lines

    def para(
        self,
        text: str,
        style="r",
        size=None,
        align="l",
        indent=0.0,
        right=0.0,
        after=5.0,
        record=True,
    ) -> None:
        font = self.font(style, size)
        x0, x1 = self.m + self.px(indent), self.W - self.m - self.px(right)
        lh = int(font.size * 1.28)
        glued = PC_RE.sub(lambda m: m.group().replace(" ", "\x00"), text)  # never split a postcode
        lines = [ln.replace("\x00", " ") for ln in self.wrap(glued, font, x1 - x0)]
        for line in lines:
            self.room(lh)
            w = self.draw.textlength(line, font=font)
            x = {"l": x0, "c": (x0 + x1 - w) / 2, "r": x1 - w}[align]
            self.draw.text((x, self.y), line, font=font, fill=0)
            self.y += lh
            if record:
                self.texts[-1].append(line)
        self.gap(after)

    def rule(self, thick: int = 2) -> None:
        self.draw.line([(self.m, self.y), (self.W - self.m, self.y)], fill=0, width=thick)
        self.gap(6)

    def cols(
        self, left: list[str], right: list[str], split=0.55, style_l="r", style_r="r", size=None
    ) -> None:
        """Two independent blocks side by side; reading order: left block, then right."""
        fl, fr = self.font(style_l, size), self.font(style_r, size)
        lh = int(max(fl.size, fr.size) * 1.3)
        self.room(lh * max(len(left), len(right)))
        xr = self.m + int((self.W - 2 * self.m) * split)
        for i, line in enumerate(left):
            self.draw.text((self.m, self.y + i * lh), line, font=fl, fill=0)
        for i, line in enumerate(right):
            self.draw.text((xr, self.y + i * lh), line, font=fr, fill=0)
        self.texts[-1].extend([*left, *right])
        self.y += lh * max(len(left), len(right)) + self.px(6)

    def table(
        self,
        rows: list[list[str]],
        widths: list[float],
        border=True,
        head=True,
        size=None,
        after=8.0,
    ) -> None:
        font, bold = self.font("r", size), self.font("b", size)
        total = self.W - 2 * self.m
        xs = [self.m + int(total * sum(widths[:i]) / sum(widths)) for i in range(len(widths) + 1)]
        pad = self.px(4)
        for ri, row in enumerate(rows):
            f = bold if head and ri == 0 else font
            cells = [self.wrap(c, f, xs[i + 1] - xs[i] - 2 * pad) for i, c in enumerate(row)]
            lh = int(f.size * 1.25)
            h = max(len(c) for c in cells) * lh + 2 * pad
            self.room(h)
            for i, lines in enumerate(cells):
                for j, line in enumerate(lines):
                    self.draw.text((xs[i] + pad, self.y + pad + j * lh), line, font=f, fill=0)
                if border:
                    self.draw.rectangle([xs[i], self.y, xs[i + 1], self.y + h], outline=0, width=2)
            self.texts[-1].append(" ".join(" ".join(c) for c in cells if c))
            self.y += h
        self.gap(after)

    def grid(self, items: list[str], ncols=2, size=None, style="r") -> None:
        """Items laid out row by row across columns (children across two columns)."""
        for k in range(0, len(items), ncols):
            chunk = items[k : k + ncols]
            self.cols(chunk[:1], chunk[1:], split=0.5, style_l=style, style_r=style, size=size)

    def dated(self, label: str, date: dt.date, style: int, corrected: bool = False) -> None:
        """A date line; when corrected, a wrong date is struck through and rewritten by hand."""
        font = self.font("r")
        lh = int(font.size * 1.3)
        self.room(lh * 2)
        x = self.m
        self.draw.text((x, self.y), label, font=font, fill=0)
        x += self.draw.textlength(label + " ", font=font)
        if not corrected:
            text = fmt_date(date, style)
            self.draw.text((x, self.y), text, font=font, fill=0)
            self.texts[-1].append(f"{label} {text}".strip())
        else:
            wrong = fmt_date(date - dt.timedelta(days=self.rng.choice([-7, -2, -1, 1, 3])), style)
            w = self.draw.textlength(wrong, font=font)
            self.draw.text((x, self.y), wrong, font=font, fill=0)
            ym = self.y + font.size * 0.55
            self.draw.line(
                [(x - 4, ym), (x + w + 4, ym + self.rng.randint(-6, 6))],
                fill=0,
                width=max(3, self.dpi // 70),
            )
            new = fmt_date(date, self.rng.choice([0, 2, 6]))
            self.draw.text(
                (x + w + self.px(12), self.y - self.px(4)),
                new,
                font=self.font("h", self.size * 1.35),
                fill=25,
            )
            self.texts[-1].append(f"{label} {wrong} {new}".strip())
        self.y += lh + self.px(6)

    def signature(self, width_in: float = 1.8) -> None:
        r = self.rng
        self.room(self.px(40))
        x0, y0 = self.m + self.px(10), self.y + self.px(20)
        pts, x = [], 0.0
        n = r.randint(30, 60)
        for i in range(n):
            x = i / n * width_in * self.dpi
            y = math.sin(i * r.uniform(0.5, 1.4)) * r.uniform(6, 22) * self.dpi / 200
            pts.append((x0 + x + r.uniform(-3, 3), y0 + y - i * 0.15 * self.dpi / 100))
        self.draw.line(pts, fill=r.randint(10, 60), width=max(2, self.dpi // 90), joint="curve")
        self.y += self.px(40)

    def finish(self) -> list[str]:
        n = len(self.pages)
        for i, img in enumerate(self.pages):
            d = ImageDraw.Draw(img)
            foot = (self.footer or "") + (f"  Page {i + 1} of {n}" if n > 1 else "")
            if foot.strip():
                f = self.font("r", 8)
                d.text((self.m, self.H - self.m + self.px(8)), foot.strip(), font=f, fill=0)
                self.texts[i].append(foot.strip())
        return ["\n".join(t) for t in self.texts]


# ----------------------------------------------------------------------------- documents


def child_rows(kids, style):
    return [[k.name, "Girl" if k.sex == "F" else "Boy", fmt_date(k.dob, style)] for k in kids]


def order_body(w: World, ot: str, mum, dad, kids, la_applicant: bool) -> list[str]:
    r, la = w.rng, w.la
    they = "child" if len(kids) == 1 else "children"
    kid_names = ", ".join(k.first for k in kids)
    end = w.date + dt.timedelta(days=r.choice([7, 8, 28, 56, 90]))
    bodies = {
        "care_order": [
            f"The {they} {kid_names} shall be placed in the care of {la}.",
            f"The care plan dated {fmt_date(w.date - dt.timedelta(days=20), 0)} is approved.",
        ],
        "interim_care_order": [
            f"The {they} shall be placed in the interim care of {la} until "
            f"{fmt_date(end, 0)} or the conclusion of the proceedings, "
            "whichever is sooner."
        ],
        "supervision_order": [
            f"The {they} shall be placed under the supervision of {la} for "
            "a period of 12 months from the date of this order."
        ],
        "interim_supervision_order": [
            f"The {they} shall be placed under the interim "
            f"supervision of {la} until {fmt_date(end, 1)}."
        ],
        "emergency_protection_order": [
            f"The court grants an emergency protection order to {la}, which shall have parental"
            " responsibility for the " + they + ".",
            "The court authorises the applicant to remove the " + they + " to accommodation "
            "provided by or on behalf of the applicant.",
            f"This order ends on {fmt_date(w.date + dt.timedelta(days=7), 0)} at 4.00pm.",
        ],
        "child_arrangements_order": [
            f"The {they} shall live with the mother, {mum.name}.",
            f"The {they} shall spend time with the father, {dad.name}, on alternate weekends "
            "from 5pm on Friday until 5pm on Sunday, and for half of each school holiday.",
        ],
        "prohibited_steps_order": [
            f"The father, {dad.name}, must not remove the {they} from the care of the mother "
            "or from the jurisdiction of England and Wales.",
            "He must not attend any school or nursery attended by the " + they + ".",
        ],
        "specific_issue_order": [
            f"The {they} shall attend {r.choice(STREETS).split()[0]} Primary School from the "
            f"start of the autumn term {w.date.year}.",
            "The mother has permission to apply for passports for the " + they + ".",
        ],
        "non_molestation_order": [
            f"The Respondent, {dad.name}, must not use or threaten violence against the "
            f"Applicant, {mum.name}, and must not instruct, encourage or in any way suggest "
            "that any other person should do so.",
            "The Respondent must not intimidate, harass or pester the Applicant or the relevant"
            f" {they}, {kid_names}, whether by text, e-mail, social media or otherwise.",
            f"This order shall last until {fmt_date(w.date + dt.timedelta(days=365), 0)} at "
            "4pm unless varied or discharged.",
        ],
        "occupation_order": [
            f"The Respondent, {dad.name}, shall leave the property at "
            f"{', '.join(w.address())} within 48 hours and shall not return to, enter or "
            "attempt to enter it.",
            "The Applicant has the right to continue to occupy the property with the " + they + ".",
        ],
        "placement_order": [
            f"{la} is authorised to place the {they} for adoption with any "
            "prospective adopters who may be chosen by the local authority."
        ],
        "other_order": [
            r.choice(
                [
                    f"A special guardianship order is made in favour of the maternal grandmother "
                    f"in respect of the {they}.",
                    f"Contact between the {they} and the parents shall be at the discretion of {la}"
                    " under section 34 Children Act 1989.",
                    "The matter is listed for an issues resolution hearing with a time estimate of "
                    "2 hours. Each party shall file a position statement by 4pm two days before.",
                ]
            )
        ],
    }
    out = bodies[ot]
    if la_applicant and ot not in {"care_order", "interim_care_order", "placement_order"}:
        out = [*out, f"{la} shall serve a copy of this order on the Children's Guardian."]
    return out


WARNINGS = {
    "child_arrangements_order": "Where a child arrangements order is in force: if you do not "
    "comply with this order, you may be held in contempt of court and be imprisoned or fined, "
    "and the court may make an order requiring you to undertake unpaid work or to pay financial"
    " compensation.",
    "emergency_protection_order": "Warning: It is an offence intentionally to obstruct any "
    "person exercising the power under section 44(4)(b) of the Children Act 1989 to remove, or"
    " prevent the removal of, a child (section 44(15) Children Act 1989).",
    "non_molestation_order": "IMPORTANT NOTICE TO THE RESPONDENT. You must obey this order. "
    "If without reasonable excuse you do anything which you are forbidden from doing by this "
    "order you will be committing a criminal offence and liable on conviction to a term of "
    "imprisonment not exceeding five years or to a fine or both.",
    "occupation_order": "PENAL NOTICE: If you the within-named Respondent disobey this order "
    "you may be held to be in contempt of court and may be imprisoned, fined or have your "
    "assets seized.",
}


def court_order(w: World, ot: str) -> tuple[Doc, dict]:
    r = w.rng
    mum, dad, kids = w.family()
    public = ot in {
        "care_order",
        "interim_care_order",
        "supervision_order",
        "interim_supervision_order",
        "emergency_protection_order",
        "placement_order",
    }
    fla = ot in {"non_molestation_order", "occupation_order"}
    kind = "ZC" if ot == "placement_order" else "C" if public else "F" if fla else "P"
    if ot == "other_order":
        kind = r.choice(["C", "P"])
        public = kind == "C"
    case = w.case_number(kind)
    judge = w.judge()
    layout = r.choice(["standard", "schedule", "form"])
    if w.la_cy and r.random() < 0.7:
        layout = "welsh"
    doc = Doc(r, r.choice(["serif", "sans"]), r.choice([10.5, 11, 11.5]))
    ds = r.randrange(8)
    case_p = case if r.random() < 0.8 else f"{case[:2]} {case[2:4]} {case[4:-5]} {case[-5:]}"
    title = TITLES.get(
        ot,
        r.choice(
            [
                "Case Management Order",
                "Special Guardianship Order",
                "Order (Contact with a Child in Care)",
            ]
        ),
    )
    guardian = Person(r, r.choice("FM"), r.choice(SURNAMES), w.dob(30, 60))
    people = []
    if public:
        people = [(mum, "mother"), (dad, "father")] + (
            [(guardian, "guardian")] if r.random() < 0.5 else []
        )
    elif fla:
        people = [(mum, "applicant"), (dad, "respondent")]
    else:
        people = (
            [(dad, "applicant"), (mum, "respondent")]
            if r.random() < 0.5
            else [(mum, "applicant"), (dad, "respondent")]
        )
    corrected = r.random() < 0.18
    if layout == "welsh":
        doc.para("Yn y Llys Teulu  /  In the Family Court", "b", 13, "c")
        doc.para(f"yn eistedd yn {w.town}  /  sitting at {w.town}", "r", 11, "c")
        doc.cols([f"Rhif yr Achos / Case Number: {case_p}"], [], split=0.6)
        doc.para(f"{WELSH.get(ot, 'Gorchymyn')}  /  {title}", "b", 14, "c")
        doc.para(STATUTE.get(ot, "Children Act 1989"), "i", 10, "c")
        doc.para("Y Plentyn / Plant  -  The Child(ren)", "b")
        doc.table(
            [["Enw / Name", "Rhyw / Sex", "Dyddiad geni / Date of birth"], *child_rows(kids, ds)],
            [3, 1.3, 2],
        )
    elif layout == "form":
        doc.cols(
            [f"In the Family Court at {w.town}"],
            [
                f"Case Number: {case_p}",
                f"Child(ren)'s Number(s): {', '.join(str(r.randint(1, 9)) for _ in kids)}",
            ],
            split=0.55,
            style_l="b",
        )
        doc.gap(6)
        doc.para(f"Order  {title}", "b", 15)
        doc.para(STATUTE.get(ot, "Children Act 1989"), "r", 10)
        doc.rule()
        doc.para("The full name(s) of the child(ren), Boy or Girl, Date(s) of birth", "b")
        doc.grid(
            [f"{k.name} ({'Girl' if k.sex == 'F' else 'Boy'})  {fmt_date(k.dob, ds)}" for k in kids]
        )
    else:
        doc.cols(
            [f"IN THE FAMILY COURT SITTING AT {w.town.upper()}"],
            [f"Case No. {case_p}"],
            split=0.62,
            style_l="b",
            style_r="b",
        )
        doc.para("The Children Act 1989" if not fla else "Family Law Act 1996", "r", 10)
        if layout == "standard":
            doc.para("The child" + ("ren" if len(kids) > 1 else ""), "b")
            doc.table(
                [["Name", "Girl/Boy", "Date of birth"], *child_rows(kids, ds)],
                [3, 1.2, 2],
                border=r.random() < 0.6,
            )
        doc.para(title.upper(), "b", 14, "c")
    if ot in WARNINGS and r.random() < 0.8:
        doc.para(WARNINGS[ot], "b" if fla else "r", 10, indent=12, right=12)
    doc.para(f"ORDER MADE BY {judge.upper()} SITTING IN PRIVATE", "b")
    if layout == "schedule":
        doc.para(
            f"UPON hearing {r.choice(['counsel', 'the solicitor'])} for the applicant"
            f"{' local authority' if public else ''} and the parties named in Schedule 2;"
        )
        doc.para(
            "AND UPON the court being satisfied that it has jurisdiction in respect of the "
            "child" + ("ren" if len(kids) > 1 else "") + " named in Schedule 1;"
        )
        if public:
            doc.para(f"AND UPON {w.la} being the applicant;")
    else:
        doc.para("The parties", "b")
        if public:
            la_addr = w.address()
            doc.para(f"The applicant is {w.la} of {', '.join(la_addr)}.")
        for i, (p, role) in enumerate(people):
            dob = f" (born {fmt_date(p.dob, ds)})" if r.random() < 0.6 else ""
            lbl = {
                "mother": "the mother",
                "father": "the father",
                "guardian": "the children's guardian",
                "applicant": "the applicant",
                "respondent": "the respondent",
            }[role]
            pre = "The respondent" if public and role != "guardian" else f"Party {i + 1}"
            doc.para(f"{pre} is {p.name}{dob}, {lbl}.", indent=12)
        if fla and r.random() < 0.6:
            doc.para(f"The Respondent's address: {', '.join(w.address())}", indent=12)
    if r.random() < 0.5:
        doc.para(
            "IMPORTANT NOTICE - Confidentiality warning: the names of the children and "
            "their families must not be published.",
            "i",
            9.5,
        )
    doc.para(
        r.choice(["THE COURT ORDERS THAT:", "The court orders that", "IT IS ORDERED THAT:"]), "b"
    )
    for i, line in enumerate(order_body(w, ot, mum, dad, kids, public), 1):
        doc.para(f"{i}. {line}", indent=10)
    if r.random() < 0.4:
        nxt = w.date + dt.timedelta(days=r.randint(20, 80))
        doc.para(
            f"The matter is listed for further hearing on {fmt_date(nxt, r.randrange(5))} at "
            f"10.00am at the Family Court at {w.town} with a time estimate of 1 day."
        )
    doc.dated(r.choice(["Dated", "Date order made:", "Ordered on", "Date:"]), w.date, ds, corrected)
    if r.random() < 0.5:
        doc.signature()
    if layout == "schedule":
        doc.new_page()
        doc.para("SCHEDULE 1 - THE CHILDREN", "b", 12)
        doc.grid(
            [f"{i}. {k.name}, born {fmt_date(k.dob, ds)}" for i, k in enumerate(kids, 1)],
            ncols=2 if len(kids) > 1 else 1,
        )
        doc.gap(10)
        doc.para("SCHEDULE 2 - THE PARTIES", "b", 12)
        rows = [["Party", "Name", "Status", "Date of birth"]]
        if public:
            rows.append(["Applicant", w.la, "Local authority", "-"])
        rows += [
            [
                f"{'Respondent' if public else 'Party'} {i}",
                p.name,
                role.title(),
                fmt_date(p.dob, ds),
            ]
            for i, (p, role) in enumerate(people, 1)
        ]
        doc.table(rows, [1.4, 2.6, 1.6, 1.6])
    if r.random() < 0.5 and layout != "form":
        doc.para(
            f"The court office at the Family Court, {', '.join(w.address())} is open "
            "between 10am and 4pm Monday to Friday.",
            "r",
            8.5,
        )
    doc.footer = r.choice(
        [
            None,
            f"{title} ({r.randint(1, 12):02d}.{r.randint(14, 24)})",
            "Family Orders Project - standard order",
        ]
    )
    truth = dict(
        doc_type="court_order",
        order_type=ot,
        case_number=case,
        court=f"Family Court at {w.town}",
        document_date=w.date.isoformat(),
        judge=judge,
        local_authority=None,
        children=kids,
        people=people,
    )
    text_so_far = " ".join(" ".join(t) for t in doc.texts)
    truth["local_authority"] = w.la if w.la in text_so_far else None
    return doc, truth


def letterhead(doc: Doc, w: World, dept: str, bilingual: bool) -> None:
    r = w.rng
    if bilingual and w.la_cy:
        doc.cols(
            [w.la_cy, "Gwasanaethau Plant"],
            [w.la, "Children's Services"],
            split=0.5,
            style_l="b",
            style_r="b",
        )
    else:
        doc.para(w.la, "b", r.choice([14, 16]), r.choice(["l", "r", "c"]), after=1)
        doc.para(dept, "r", 10.5, "l" if r.random() < 0.5 else "r", after=1)
    addr = w.address()
    doc.para(
        f"{', '.join(addr)}   Tel: 0{r.randint(1130, 1999)} {r.randint(100000, 999999)}", "r", 9
    )
    doc.rule(1)


def la_check(w: World) -> tuple[Doc, dict]:
    r = w.rng
    mum, dad, kids = w.family()
    partner = Person(r, "M", r.choice(SURNAMES), w.dob(20, 50))
    case = w.case_number(r.choice(["P", "P", "C"])) if r.random() < 0.8 else None
    layout = r.choice(["prose", "prose", "table", "email"])
    doc = Doc(r, r.choice(["sans", "serif"]), 11)
    ds = r.randrange(8)
    dept = r.choice(
        [
            "Children's Services - Multi-Agency Safeguarding Hub (MASH)",
            "Children's Social Care - Integrated Front Door",
            "Safeguarding and Family Support - MASH Team",
        ]
    )
    ourref = f"MASH/{w.date.year}/{r.randint(1000, 99999)}"
    court_named = case is not None and r.random() < 0.6
    subjects = [mum, partner] if r.random() < 0.5 else [mum, dad]
    roles = ["subject"] * len(subjects)
    worker = f"{r.choice(FEMALE + MALE)} {r.choice(SURNAMES)}"
    if layout == "email":
        sent = f"{w.date.strftime('%d %B %Y')} {r.randint(8, 17):02d}:{r.randint(0, 59):02d}"
        doc = Doc(r, "sans", 10.5)
        for k, v in [
            ("From", f"{worker} <mash@{w.la.split()[0].lower()}.gov.uk>"),
            ("Sent", sent),
            ("To", "Cafcass Safeguarding <safeguarding@cafcass.gov.uk>"),
            ("Subject", f"RE: LA checks {case or ourref} - {mum.last}"),
        ]:
            doc.para(f"{k}: {v}", "b" if k == "Subject" else "r", after=1)
        doc.rule(1)
        doc.para("Good afternoon,")
    else:
        letterhead(doc, w, dept, r.random() < 0.8)
        recip = [
            "Cafcass Safeguarding Team",
            f"{r.randint(1, 90)} {r.choice(STREETS)}",
            w.town,
            w.postcode(),
        ]
        if case and r.random() < 0.3:
            recip = [f"The Court Manager, Family Court at {w.town}", *w.address()]
            court_named = True
        refs = [f"Our ref: {ourref}", f"Your ref: {case or 'n/a'}", f"Date: {fmt_date(w.date, ds)}"]
        if r.random() < 0.15:
            refs = refs[:2]
            doc.cols(recip, refs, split=0.58)
            doc.dated("Date:", w.date, ds, True)
        else:
            doc.cols(recip, refs, split=0.58)
        doc.para(r.choice(["Dear Sir/Madam,", "Dear Colleague,", "Dear Family Court Adviser,"]))
    re_line = f"Re: {', '.join(k.name for k in kids)}"
    if court_named and case:
        re_line += f" - proceedings in the Family Court at {w.town}, case number {case}"
    doc.para(re_line, "b")
    if layout == "table":
        doc.para(
            "Thank you for your request for local authority safeguarding information. "
            "The results of our checks are set out below."
        )
        rows = [["Name", "Date of birth", "Relationship", "Known to CSC?"]]
        for p in subjects:
            rows.append([p.name, fmt_date(p.dob, ds), "Adult", r.choice(["Yes", "No"])])
        for k in kids:
            rows.append([k.name, fmt_date(k.dob, ds), "Child", r.choice(["Yes", "No"])])
        doc.table(rows, [2.6, 1.6, 1.4, 1.3])
        doc.para(
            "Summary of involvement: "
            + r.choice(
                [
                    "A Child in Need plan was in place between 2021 and 2022 following concerns "
                    "about "
                    "home conditions. The case was closed with no further action.",
                    "No previous involvement recorded on our systems (Mosaic/LCS).",
                    "The children were subject to child protection plans under the category of "
                    "neglect;"
                    " the plans ended when the family moved into the area.",
                ]
            )
        )
    else:
        a, b = subjects
        kid_bits = []
        for k in kids:
            kid_bits.append(
                r.choice(
                    [
                        f"{k.name} (born {fmt_date(k.dob, ds)})",
                        f"{k.name} (dob {fmt_date(k.dob, 2)})",
                        f"{k.name}, whose date of birth is {fmt_date(k.dob, 0)},",
                    ]
                )
            )
        kids_s = (
            kid_bits[0]
            if len(kid_bits) == 1
            else (", ".join(kid_bits[:-1]) + " and " + kid_bits[-1])
        )
        doc.para(
            f"I write in response to your request dated "
            f"{fmt_date(w.date - dt.timedelta(days=r.randint(3, 20)), 0)}. Our records show "
            f"that {a.name} (born {fmt_date(a.dob, ds)}) lives at {', '.join(w.address())} "
            f"with {'her partner' if b is partner else 'the father'} {b.name} and "
            f"{'her child' if len(kids) == 1 else 'her children'} {kids_s}."
        )
        doc.para(
            r.choice(
                [
                    f"{a.first} is known to {w.la}. There were two contacts to the MASH in "
                    f"{w.date.year - 1} about domestic abuse; both resulted in advice and "
                    "signposting.",
                    f"There is no record of {b.first} on our system. {a.first} was previously "
                    "open to "
                    "Early Help, which closed with outcomes achieved.",
                    "None of the family members named are known to Children's Social Care.",
                    f"The family were known to another authority before moving into the area. "
                    f"{b.name} is recorded as a person posing a risk to children.",
                ]
            )
        )
        if r.random() < 0.5:
            doc.para(
                "This information is provided for the purposes of the court proceedings "
                "only and must not be shared further without the consent of the local "
                "authority.",
                "i",
                9.5,
            )
    doc.para("Yours faithfully," if layout != "email" else "Kind regards,")
    if layout != "email" and r.random() < 0.7:
        doc.signature()
    doc.para(worker, "b", after=1)
    doc.para(r.choice(["Team Manager, MASH", "Senior Practitioner", "Business Support Officer"]))
    if layout == "email":
        doc.para(f"{w.la} | {dept}", "r", 9)
        doc.para(
            "This e-mail and any attachments are confidential and intended solely for the "
            "addressee.",
            "i",
            8,
        )
    doc.footer = r.choice([None, "OFFICIAL-SENSITIVE", f"{w.la} - OFFICIAL SENSITIVE"])
    people = [(p, role) for p, role in zip(subjects, roles, strict=True)]
    return doc, dict(
        doc_type="la_check",
        order_type=None,
        case_number=case,
        court=f"Family Court at {w.town}" if court_named else None,
        document_date=w.date.isoformat(),
        judge=None,
        local_authority=w.la,
        children=kids,
        people=people,
    )


def police_check(w: World) -> tuple[Doc, dict]:
    r = w.rng
    mum, dad, kids = w.family()
    extra = Person(r, r.choice("FM"), r.choice(SURNAMES), w.dob(20, 70))
    subjects = [mum, dad] + ([extra] if r.random() < 0.5 else [])
    traced = {id(p): r.random() < 0.55 for p in subjects}
    pncs = {id(p): w.pnc() for p in subjects if traced[id(p)]}
    case = w.case_number(r.choice(["P", "P", "C", "F"])) if r.random() < 0.85 else None
    layout = r.choice(["print", "letter", "letter", "email"])
    ds = r.randrange(8)
    unit = r.choice(
        [
            "Disclosure Unit",
            "Family Court Disclosure Team",
            "Safeguarding Hub - Public Protection",
            "Information Management - Level 2 Checks",
        ]
    )
    kids_named = r.random() < 0.4
    doc = Doc(
        r,
        "mono" if layout == "print" else r.choice(["sans", "serif"]),
        9.5 if layout == "print" else 11,
    )
    offences = [
        "Common assault (Criminal Justice Act 1988 s.39)",
        "Possession of a controlled drug - Class B (cannabis)",
        "Driving whilst disqualified",
        "Theft - shoplifting",
        "Harassment without violence (Protection from Harassment Act 1997 s.2)",
        "Criminal damage to property valued under 5000 pounds",
    ]

    def alias(p: Person) -> str | None:
        return (
            f"{p.first[:3] if len(p.first) > 4 else p.first} {r.choice(SURNAMES)}"
            if (r.random() < 0.35)
            else None
        )

    if layout == "print":
        doc.para("*** POLICE NATIONAL COMPUTER - NAMES ENQUIRY - PRINT ***", "b")
        doc.para(
            f"PRINTED: {w.date.strftime('%d/%m/%y')} {r.randint(7, 19):02d}:"
            f"{r.randint(0, 59):02d}  TERMINAL: {r.choice('ABCDEFGH')}{r.randint(100, 999)}"
            f"  FORCE: {w.force.upper()}"
        )
        if case:
            doc.para(f"REQUESTED FOR: FAMILY COURT {w.town.upper()}  REF: {case}")
        doc.rule(1)
        for p in subjects:
            last, first = p.upper
            doc.para(f"SURNAME: {last:<22} FORENAMES: {first}", "b", after=1)
            doc.para(f"DOB: {p.dob.strftime('%d/%m/%Y')}  SEX: {p.sex}", after=1)
            if traced[id(p)]:
                doc.para(
                    f"PNCID: {pncs[id(p)]}   CRO: {r.randint(10000, 999999):06d}/"
                    f"{r.randint(10, 24)}{r.choice('ABCDEFGHJKLMN')}",
                    after=1,
                )
                al = alias(p)
                if al:
                    doc.para(f"ALIAS: {al.upper()}", after=1)
                n = r.randint(1, 3)
                doc.para(f"CONVICTIONS: {n} OFFENCE(S)  CAUTIONS: {r.randint(0, 2)}", after=1)
                for _ in range(n):
                    doc.para(
                        f"  {fmt_date(w.dob(1, 15), 2)}  {r.choice(offences).upper()}", after=1
                    )
            else:
                doc.para("RESULT: NO TRACE ON PNC", after=1)
            doc.para("-" * 60, after=2)
        if kids_named:
            doc.para(
                "CHILDREN CHECKED: "
                + "; ".join(
                    f"{k.upper[0]}, {k.upper[1]} {k.dob.strftime('%d/%m/%Y')}" for k in kids
                )
                + " - NO TRACE"
            )
        doc.para("END OF PRINT")
        force_p = w.force
    else:
        force_p = w.force
        if layout == "email":
            doc.para(f"From: {unit} <disclosure@{w.force.split()[0].lower()}.police.uk>", after=1)
            doc.para(
                f"Sent: {fmt_date(w.date, 5)} {r.randint(8, 17):02d}:{r.randint(0, 59):02d}",
                after=1,
            )
            doc.para("To: Cafcass Safeguarding <safeguarding@cafcass.gov.uk>", after=1)
            doc.para(f"Subject: Level 2 police checks - {case or mum.last.upper()}", "b")
            doc.rule(1)
        else:
            if w.force_cy:
                doc.cols([w.force_cy], [w.force], split=0.5, style_l="b", style_r="b", size=14)
            else:
                doc.para(w.force, "b", 16, r.choice(["l", "c"]))
            doc.para(unit, "r", 10, after=1)
            doc.para(", ".join(w.address()), "r", 9)
            doc.rule(1)
            doc.cols(
                ["Cafcass", "National Business Centre", *w.address("Coventry")],
                [
                    f"Our ref: DU/{r.randint(10000, 99999)}",
                    f"Your ref: {case or '-'}",
                    f"Date: {fmt_date(w.date, ds)}",
                ],
                split=0.6,
            )
            doc.para("Dear Sir or Madam,")
        doc.para(f"Re: Police safeguarding information{f' - case {case}' if case else ''}", "b")
        doc.para(
            "Checks have been completed on the Police National Computer (PNC) and local "
            f"{w.force} systems for the following people. Where a person is shown as NO "
            "TRACE, no information is held that matches the details provided."
        )
        rows = [["Name", "DOB", "PNC ID", "Result"]]
        for p in subjects:
            rows.append(
                [
                    p.name,
                    fmt_date(p.dob, ds),
                    pncs.get(id(p), "-"),
                    "Trace - see below" if traced[id(p)] else "NO TRACE",
                ]
            )
        doc.table(rows, [2.6, 1.6, 1.8, 1.6])
        for p in subjects:
            if not traced[id(p)]:
                continue
            al = alias(p)
            aka = f", also known as {al}," if al else ""
            doc.para(
                f"{p.name}{aka} has {r.randint(1, 4)} convictions for {r.randint(1, 7)} "
                f"offences, the most recent on {fmt_date(w.dob(0, 6), 0)} for "
                f"{r.choice(offences).lower()}. Local systems hold "
                f"{r.randint(1, 6)} domestic incident reports linking {p.first} to "
                f"{r.choice(STREETS)}."
            )
        if kids_named:
            doc.para(
                "The children "
                + " and ".join(f"{k.name} ({fmt_date(k.dob, 2)})" for k in kids)
                + " are not recorded as "
                "subjects of any police report."
            )
        doc.para(
            "This information is disclosed for the purposes of the family proceedings only.",
            "i",
            9.5,
        )
        doc.para("Yours faithfully," if layout == "letter" else "Regards,")
        if layout == "letter" and r.random() < 0.6:
            doc.signature()
        doc.para(
            f"{r.choice(['PC', 'DC', 'Ms', 'Mr'])} {r.choice(FEMALE + MALE)} "
            f"{r.choice(SURNAMES)}, {unit}"
        )
    doc.footer = r.choice([None, "OFFICIAL - SENSITIVE: PERSONAL", f"{force_p} - RESTRICTED"])
    return doc, dict(
        doc_type="police_check",
        order_type=None,
        case_number=case,
        court=None if "FAMILY COURT" not in " ".join(doc.texts[0]) else f"Family Court at {w.town}",
        document_date=w.date.isoformat(),
        judge=None,
        local_authority=None,
        children=kids if kids_named else [],
        people=[(p, "subject") for p in subjects],
    )


def other_doc(w: World) -> tuple[Doc, dict]:
    r = w.rng
    mum, _dad, kids = w.family(r.choice([1, 2]))
    kind = r.choice(["hearing", "school", "solicitor", "invoice"])
    doc = Doc(r, r.choice(["sans", "serif"]), 11)
    ds = r.randrange(8)
    case = w.case_number("P")
    truth = dict(
        doc_type="other",
        order_type=None,
        case_number=None,
        court=None,
        document_date=w.date.isoformat(),
        judge=None,
        local_authority=None,
        children=[],
        people=[],
    )
    if kind == "hearing":
        doc.cols([f"Family Court at {w.town}", *w.address()], [f"Case number: {case}"], style_l="b")
        doc.para("NOTICE OF HEARING", "b", 14, "c")
        doc.para(f"To: {mum.name}, {', '.join(w.address())}")
        doc.para(
            "The court will hear the application about the child"
            + ("ren" if len(kids) > 1 else "")
            + " named below on "
            f"{fmt_date(w.date + dt.timedelta(days=r.randint(14, 60)), 5)} at 10.00am. "
            "The hearing has been listed for 1 hour."
        )
        doc.table(
            [["Child", "Date of birth"], *[[k.name, fmt_date(k.dob, ds)] for k in kids]], [3, 2]
        )
        doc.para("If you do not attend the hearing, the court may make an order in your absence.")
        doc.dated("Date of issue:", w.date, ds)
        truth.update(
            case_number=case,
            court=f"Family Court at {w.town}",
            children=kids,
            people=[(mum, "respondent")],
        )
    elif kind == "school":
        k = kids[0]
        doc.para(f"{r.choice(STREETS).split()[0]} Academy", "b", 15, "c")
        doc.para(", ".join(w.address()), "r", 9, "c")
        doc.rule(1)
        doc.dated("", w.date, ds)
        doc.para(f"Dear {mum.name},")
        doc.para(f"Attendance of {k.name} (date of birth {fmt_date(k.dob, 2)})", "b")
        doc.para(
            f"{k.first}'s attendance this term is {r.randint(71, 89)}%. Please contact the "
            "attendance officer to arrange a meeting. Copies of this letter are sent to the "
            "education welfare service."
        )
        doc.para("Yours sincerely,")
        doc.signature()
        doc.para("Head of Year")
        truth.update(children=[k], people=[(mum, "mother")])
    elif kind == "solicitor":
        firm = f"{r.choice(SURNAMES)} & {r.choice(SURNAMES)} Solicitors LLP"
        doc.para(firm, "b", 15, "r")
        doc.para(", ".join(w.address()) + "  DX 12" + str(r.randint(100, 999)), "r", 9, "r")
        doc.rule(1)
        doc.cols(
            [f"{w.la}", "Legal Services", *w.address()],
            [
                f"Our ref: {r.choice('ABCDEFGHJK')}{r.choice('ABCDEFGHJK')}/"
                f"{r.randint(1000, 9999)}",
                f"Your ref: {case}",
                fmt_date(w.date, ds),
            ],
        )
        doc.para("Dear Sirs,")
        doc.para(f"Re: our client {mum.name} - the child" + ("ren" if len(kids) > 1 else ""), "b")
        doc.para(
            f"We act for {mum.name} (the mother). Please provide copies of the assessment "
            "and the most recent care plan within 14 days. We note the next hearing is "
            "listed before the court in "
            f"{MONTHS[(w.date.month + 1) % 12]}."
        )
        doc.para("Yours faithfully,")
        doc.para(firm)
        truth.update(case_number=case, local_authority=w.la, people=[(mum, "mother")])
    else:
        doc.para(
            r.choice(["Language Line Interpreting", "Northern Translation Services Ltd"]), "b", 15
        )
        doc.para(", ".join(w.address()), "r", 9)
        doc.para(f"INVOICE No. {r.randint(10000, 99999)}", "b", 13, "r")
        doc.dated("Invoice date:", w.date, ds)
        doc.para(f"Bill to: {w.la}, Children's Services, {', '.join(w.address())}")
        lang = r.choice(["Polish", "Urdu", "Tigrinya", "Romanian", "Arabic"])
        doc.table(
            [
                ["Date", "Description", "Hours", "Amount"],
                [
                    fmt_date(w.date - dt.timedelta(days=9), 2),
                    f"{lang} interpreter - home visit",
                    "2.5",
                    "87.50",
                ],
                ["", "VAT @ 20%", "", "17.50"],
                ["", "TOTAL", "", "105.00"],
            ],
            [1.5, 3.5, 1, 1.2],
        )
        doc.para("Payment terms: 30 days. Please quote the invoice number.")
        truth.update(local_authority=w.la)
    return doc, truth


def fax_cover(w: World, n_pages: int) -> Doc:
    r = w.rng
    doc = Doc(r, "sans", 12)
    doc.para("FAX", "b", 36)
    doc.para("FACSIMILE TRANSMISSION", "b", 14)
    doc.rule()
    sent = w.date + dt.timedelta(days=r.choice([0, 0, 1, 2]))
    for k, v in [
        ("To", r.choice(["Cafcass intake", "Legal Services", "Court office"])),
        ("Fax", f"0{r.randint(1130, 1999)} {r.randint(100000, 999999)}"),
        ("From", r.choice(["Family Court office", "MASH admin", "Disclosure Unit"])),
        ("Date", fmt_date(sent, 2)),
        ("Pages", f"{n_pages + 1} (including this cover)"),
    ]:
        doc.para(f"{k}:  {v}", after=6)
    doc.rule(1)
    doc.para(
        "CONFIDENTIALITY: the information in this facsimile is confidential. If you have "
        "received it in error please telephone the sender immediately and destroy it.",
        "i",
        10,
    )
    return doc


# ----------------------------------------------------------------------------- scanning


def stamp(img: Image.Image, rng: random.Random, date: dt.date, dpi: int, y_free: int):
    text = [
        rng.choice(["RECEIVED", "SCANNED", "LEGAL SERVICES"]),
        (date + dt.timedelta(days=rng.randint(1, 6))).strftime("%d %b %Y").upper(),
    ]
    colour = rng.choice([(40, 60, 170), (180, 40, 40), (90, 40, 140)])
    layer = Image.new("RGBA", (int(2.4 * dpi), int(1.0 * dpi)), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    font = ImageFont.truetype(str(FONT_ROOT / FONTS["sans"][0][1]), int(0.22 * dpi))
    d.rectangle([4, 4, layer.width - 5, layer.height - 5], outline=(*colour, 200), width=6)
    for i, t in enumerate(text):
        w = d.textlength(t, font=font)
        d.text(
            ((layer.width - w) / 2, 0.12 * dpi + i * 0.36 * dpi),
            t,
            font=font,
            fill=(*colour, rng.randint(150, 220)),
        )
    layer = layer.rotate(rng.uniform(-12, 12), expand=True)
    base = img.convert("RGB")
    room = base.height - int(0.8 * dpi) - layer.height - y_free  # below the last line if it fits
    y = y_free + rng.randint(0, room) if room > 0 else rng.randint(0, max(1, int(0.15 * dpi)))
    base.paste(layer, (int(base.width * rng.uniform(0.45, 0.62)), y), layer)
    return base, " ".join(text)


def degrade(img: Image.Image, rng: random.Random, dpi: int, fax: bool) -> Image.Image:
    colour = img.mode == "RGB"
    a = np.asarray(img, dtype=np.float32)
    paper, ink = rng.uniform(228, 252), rng.uniform(10, 55)
    a = ink + a / 255.0 * (paper - ink)
    h, w = a.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    shade = 1 - rng.uniform(0, 0.12) * ((xx / w - rng.random()) ** 2 + (yy / h - rng.random()) ** 2)
    a *= shade[..., None] if colour else shade
    if rng.random() < 0.25:  # punched holes
        for fy in (0.3, 0.7) if rng.random() < 0.6 else (0.38, 0.62):
            c = (int(0.3 * dpi), int(fy * h))
            cv2.circle(a, c, int(0.14 * dpi), (70, 70, 70) if colour else 70, -1)
            cv2.circle(a, (c[0] + 4, c[1] + 4), int(0.14 * dpi), (30, 30, 30) if colour else 30, 3)
    angle = rng.uniform(-2, 2)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    border = (paper * 0.95,) * 3 if colour else paper * 0.95
    a = cv2.warpAffine(a, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=border)
    if rng.random() < 0.6:
        a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.4, 1.1) * dpi / 300)
    a += np.random.default_rng(rng.randint(0, 2**31)).normal(0, rng.uniform(2, 9), a.shape)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    speck = gen.random((h, w)) < rng.uniform(0, 0.0015)
    a[speck] = ink
    if rng.random() < 0.2:  # photocopy edge streak
        x = rng.randint(0, w - 20)
        a[:, x : x + rng.randint(2, 8)] *= 0.7
    if fax:
        g = a.mean(axis=2) if colour else a
        small = cv2.resize(g, (w // 2, h // 3), interpolation=cv2.INTER_AREA)
        g = cv2.resize(small, (w, h), interpolation=cv2.INTER_NEAREST)
        a = np.where(g < rng.uniform(140, 175), 0, 255).astype(np.float32)
        colour = False
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if rng.random() < 0.3:
        buf = io.BytesIO()
        out.save(buf, "JPEG", quality=rng.randint(25, 55))
        out = Image.open(io.BytesIO(buf.getvalue()))
    return out


def person_json(p: Person, text: str, role: str | None = None) -> dict:
    """A date of birth is truth only where it is printed (in any of the styles used)."""
    shown = {fmt_date(p.dob, s) for s in range(8)} | {p.dob.strftime("%d/%m/%Y")}
    text = " ".join(text.split())
    d = {
        "name": p.name,
        "date_of_birth": p.dob.isoformat()
        if any(re.search(rf"(?<![\w/.]){re.escape(s)}(?![\w/])", text) for s in shown)
        else None,
    }
    if role is not None:
        d["role"] = role
    return d


def build(i: int, kind: str, ot: str | None, seed: int, out: Path) -> dict:
    rng = random.Random(seed * 100_003 + i)
    w = World(rng)
    doc, t = (
        court_order(w, ot)
        if kind == "court_order"
        else la_check(w)
        if kind == "la_check"
        else police_check(w)
        if kind == "police_check"
        else other_doc(w)
    )
    texts = doc.finish()
    pages = doc.pages
    fax = rng.random() < (0.08 if kind == "court_order" else 0.18)
    if fax:
        cover = fax_cover(w, len(pages))
        pages = cover.pages[:1] + pages
        texts = cover.finish()[:1] + texts
        hdr = (
            f"{(w.date + dt.timedelta(days=1)).strftime('%d/%m/%Y')} "
            f"{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}  FROM: 0{rng.randint(113, 199)}"
            f"{rng.randint(1000000, 9999999)}"
        )
        f = ImageFont.truetype(str(FONT_ROOT / FONTS["mono"][0][0]), doc.px(8))
        for n, page in enumerate(pages):
            page = page.resize((doc.W, doc.H)) if page.size != (doc.W, doc.H) else page
            pages[n] = page
            ImageDraw.Draw(page).text(
                (doc.px(20), doc.px(10)), f"{hdr}  P.{n + 1:03d}", font=f, fill=0
            )
            texts[n] = f"{hdr}  P.{n + 1:03d}\n{texts[n]}"
    scanned = []
    for n, page in enumerate(pages):
        if n == len(pages) - 1 and rng.random() < 0.25 and not fax:
            page, st = stamp(page, rng, w.date, doc.dpi, doc.y)
            texts[n] += "\n" + st
        scanned.append(degrade(page, rng, doc.dpi, fax))
    fmt = rng.choice(["pdf", "tif"] if len(scanned) > 1 else ["png", "png", "jpg", "tif", "pdf"])
    name = f"c{i:03d}_{kind}{'_' + ot if ot else ''}"
    path = out / f"{name}.{fmt}"
    if fmt == "pdf":
        rgb = [s.convert("RGB") for s in scanned]
        rgb[0].save(path, "PDF", save_all=True, append_images=rgb[1:], resolution=doc.dpi)
    elif fmt == "tif":
        comp = "group4" if fax else "tiff_lzw"
        frames = [s.convert("1") if fax else s for s in scanned]
        frames[0].save(
            path, save_all=True, append_images=frames[1:], compression=comp, dpi=(doc.dpi, doc.dpi)
        )
    elif fmt == "jpg":
        scanned[0].convert("RGB").save(
            path, "JPEG", quality=rng.randint(45, 85), dpi=(doc.dpi, doc.dpi)
        )
    else:
        scanned[0].save(path, dpi=(doc.dpi, doc.dpi))
    text = "\n\n".join(texts)
    truth = {
        "doc_type": t["doc_type"],
        "order_type": t["order_type"],
        "case_number": t["case_number"],
        "court": t["court"],
        "document_date": t["document_date"],
        "judge": t["judge"],
        "local_authority": t["local_authority"],
        "children": [person_json(k, text) for k in t["children"]],
        "people": [person_json(p, text, role) for p, role in t["people"]],
        "pnc_ids": [p for p in w.pncs if p in text],
        "postcodes": list(dict.fromkeys(p for p in w.postcodes if p in text)),
        "text": text,
        "_format": fmt,
        "_pages": len(scanned),
        "_dpi": doc.dpi,
        "_fax": fax,
    }
    check(truth, text)
    (out / f"{name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    return truth


PC_RE = re.compile(r"\b[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}\b")
PNC_RE = re.compile(r"\b\d{2}/\d{7}[A-Z]\b")


def check(t: dict, text: str) -> None:
    """The truth must be what is printed: every name, id and postcode is in the text."""
    assert set(PC_RE.findall(text)) == set(t["postcodes"]), (PC_RE.findall(text), t["postcodes"])
    assert set(PNC_RE.findall(text)) == set(t["pnc_ids"])
    low = text.lower()
    for p in t["children"] + t["people"]:
        for part in p["name"].lower().split():
            assert part in low, (p["name"], t["doc_type"])
    if t["case_number"]:
        assert t["case_number"] in text.replace(" ", ""), t["case_number"]
    if t["judge"]:
        assert t["judge"].lower() in low


def kinds_for(n: int) -> list[tuple[str, str | None]]:
    counts = {
        "court_order": round(n * 0.40),
        "la_check": round(n * 0.25),
        "police_check": round(n * 0.25),
    }
    counts["other"] = n - sum(counts.values())
    out: list[tuple[str, str | None]] = []
    for kind, c in counts.items():
        for j in range(c):
            out.append((kind, ORDER_TYPES[j % len(ORDER_TYPES)] if kind == "court_order" else None))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path("/tmp/indepC"))
    ap.add_argument("--n", type=int, default=96)
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    plan = kinds_for(args.n)
    random.Random(args.seed).shuffle(plan)
    summary: dict[str, int] = {}
    for i, (kind, ot) in enumerate(plan):
        t = build(i, kind, ot, args.seed, args.out)
        for key in (
            kind,
            ot or "",
            f"fmt:{t['_format']}",
            f"pages:{t['_pages']}",
            "fax" if t["_fax"] else "",
        ):
            if key:
                summary[key] = summary.get(key, 0) + 1
    print(json.dumps(dict(sorted(summary.items())), indent=1))


if __name__ == "__main__":
    main()
