"""Fake but plausible UK identities, places, councils, courts and identifiers.

Faker (en_GB) supplies first names and surnames; everything UK-specific that Faker gets
wrong or does not have (street names, family-court codes, councils, postcode areas,
judges' titles, PNC and CRO numbers) comes from hand-written lists here, so that every
value a document prints is one the extractor could meet in real casework.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from faker import Faker

from extractors.identifiers import format_pnc


@dataclass(frozen=True)
class Place:
    """A council and the family court that sits in its area."""

    council: str
    town: str
    court_code: str
    postcode_areas: tuple[str, ...]
    service: str = "Children's Services"


PLACES: tuple[Place, ...] = (
    Place("Leeds City Council", "Leeds", "LS", ("LS",)),
    Place("Manchester City Council", "Manchester", "MA", ("M",)),
    Place("Birmingham City Council", "Birmingham", "BM", ("B",)),
    Place("Bristol City Council", "Bristol", "BS", ("BS",)),
    Place("Sheffield City Council", "Sheffield", "SF", ("S",)),
    Place("Nottingham City Council", "Nottingham", "NG", ("NG",)),
    Place("Lancashire County Council", "Preston", "PR", ("PR", "BB", "LA")),
    Place("Liverpool City Council", "Liverpool", "LV", ("L",)),
    Place("Newcastle City Council", "Newcastle upon Tyne", "NE", ("NE",)),
    Place("Cardiff Council", "Cardiff", "CF", ("CF",)),
    Place("Hampshire County Council", "Portsmouth", "PO", ("PO", "SO")),
    Place("Norfolk County Council", "Norwich", "NR", ("NR",)),
    Place("Devon County Council", "Exeter", "EX", ("EX", "TQ")),
    Place("Leicester City Council", "Leicester", "LE", ("LE",)),
    Place("Kent County Council", "Canterbury", "CT", ("CT", "ME")),
    Place("Cumberland Council", "Carlisle", "CA", ("CA",)),
    Place("Bradford Metropolitan District Council", "Bradford", "BD", ("BD",)),
    Place("Wakefield Council", "Wakefield", "WF", ("WF",)),
    Place("Derby City Council", "Derby", "DE", ("DE",)),
    Place("Plymouth City Council", "Plymouth", "PL", ("PL",)),
)

STREET_STEMS = (
    "Acacia", "Albert", "Ash", "Beech", "Birch", "Bridge", "Castle", "Cedar", "Chapel",
    "Church", "Claremont", "Clifton", "Coronation", "Elm", "Grange", "Green", "Hawthorn",
    "Highfield", "Hill", "Holly", "Kings", "Lime", "Manor", "Maple", "Meadow", "Mill",
    "Moor", "Oak", "Orchard", "Park", "Queens", "Railway", "Rectory", "Riverside", "Rose",
    "School", "Springfield", "Station", "Victoria", "Westfield", "Willow", "Windsor", "York",
)  # fmt: skip
STREET_KINDS = (
    "Road", "Street", "Lane", "Avenue", "Close", "Crescent", "Drive", "Grove", "Way",
    "Terrace", "Gardens", "Place", "View", "Walk", "Court",
)  # fmt: skip
# Letters never used in the inward code's last two places.
_INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"

JUDGE_TITLES = (
    "District Judge",
    "Her Honour Judge",
    "His Honour Judge",
    "Recorder",
    "Deputy District Judge",
    "Mr Justice",
    "Mrs Justice",
)
FEMALE_TITLES = {"Her Honour Judge", "Mrs Justice"}
MALE_TITLES = {"His Honour Judge", "Mr Justice"}


@dataclass
class Address:
    """A postal address; ``lines`` exclude the postcode, which is printed separately."""

    lines: list[str]
    postcode: str

    def one_line(self) -> str:
        return ", ".join([*self.lines, self.postcode])


@dataclass
class Person:
    """A named individual; ``role`` is the truth-format role (mother, father, subject, ...)."""

    first: str
    last: str
    dob: date | None
    role: str = ""
    middle: str = ""
    sex: str = "F"
    address: Address | None = None
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def forenames(self) -> str:
        return f"{self.first} {self.middle}".strip()

    @property
    def name(self) -> str:
        return f"{self.forenames} {self.last}"


# Names casework prints with their accents: Welsh and Irish forenames, and families from
# abroad. Faker's en_GB lists have none, and Tesseract's eng model cannot write most of
# these letters, so a corpus without them never tests what a lost accent does.
ACCENTED_FORENAMES = {
    "F": ("Siân", "Zoë", "Chloë", "Inés", "Renée", "Áine", "Sinéad", "Anaïs", "Lucía"),
    "M": ("Seán", "José", "Ciarán", "Noël", "Siôn", "Andrés", "Raúl", "Jürgen", "Tomás"),
}
ACCENTED_SURNAMES = (
    "Fernández", "García", "Núñez", "Sánchez", "López", "Müller", "Gómez", "Jiménez",
    "Rodríguez", "Pérez", "Schröder", "Öztürk", "Martín", "Lefèvre", "Çelik",
)  # fmt: skip
ACCENT_RATE = 0.03  # of forenames, and of surnames, drawn (with --accents)


class Identities:
    """One document's source of fake people and places, reproducible from a seed."""

    def __init__(self, rng: random.Random, seed: int, accents: bool = False) -> None:
        self.rng = rng
        self.fake = Faker("en_GB")
        self.fake.seed_instance(seed)
        # its own stream: swapping in an accented name leaves every other draw as it was, so
        # a seed's corpus without --accents is the one it always was
        self.accents = random.Random(seed * 7919 + 17) if accents else None

    def _accented(self, names: tuple[str, ...]) -> str | None:
        if self.accents is not None and self.accents.random() < ACCENT_RATE:
            return self.accents.choice(names)
        return None

    def forename(self, sex: str) -> str:
        first = self.fake.first_name_female() if sex == "F" else self.fake.first_name_male()
        return self._accented(ACCENTED_FORENAMES["F" if sex == "F" else "M"]) or first

    def surname(self) -> str:
        last = self.fake.last_name()
        return self._accented(ACCENTED_SURNAMES) or last

    def place(self) -> Place:
        return self.rng.choice(PLACES)

    def postcode(self, area: str) -> str:
        r = self.rng
        district = str(r.randint(1, 29 if len(area) == 1 else 19))
        inward = f"{r.randint(0, 9)}{r.choice(_INWARD_LETTERS)}{r.choice(_INWARD_LETTERS)}"
        return f"{area}{district} {inward}"

    def address(self, place: Place, flat: bool | None = None) -> Address:
        r = self.rng
        street = f"{r.choice(STREET_STEMS)} {r.choice(STREET_KINDS)}"
        lines = []
        if flat if flat is not None else r.random() < 0.2:
            lines.append(f"Flat {r.randint(1, 24)}")
        lines.append(f"{r.randint(1, 220)} {street}")
        lines.append(place.town)
        return Address(lines, self.postcode(r.choice(place.postcode_areas)))

    def office_address(self, place: Place) -> Address:
        r = self.rng
        building = r.choice(
            ("Civic Hall", "Merrion House", "Town Hall", "County Hall", "Civic Centre", "One Stop")
        )
        street = f"{r.randint(1, 120)} {r.choice(STREET_STEMS)} {r.choice(STREET_KINDS)}"
        return Address([building, street, place.town], self.postcode(place.postcode_areas[0]))

    def adult(self, on: date, sex: str | None = None, role: str = "", last: str | None = None):
        r = self.rng
        sex = sex or r.choice("FM")
        first = self.forename(sex)
        middle = ""
        if r.random() < 0.35:
            middle = self.forename(sex)
        age_days = r.randint(18 * 365 + 5, 55 * 365)
        return Person(
            first, last or self.surname(), on - timedelta(days=age_days), role, middle, sex
        )

    def child(self, on: date, last: str) -> Person:
        r = self.rng
        sex = r.choice("FM")
        first = self.forename(sex)
        middle = ""
        if r.random() < 0.3:
            middle = self.forename(sex)
        dob = on - timedelta(days=r.randint(20, 16 * 365))
        return Person(first, last, dob, "child", middle, sex)

    def judge(self) -> str:
        r = self.rng
        title = r.choice(JUDGE_TITLES)
        if title in FEMALE_TITLES:
            first = self.fake.first_name_female()
        elif title in MALE_TITLES:
            first = self.fake.first_name_male()
        else:
            first = r.choice((self.fake.first_name_female(), self.fake.first_name_male()))
        last = self.fake.last_name()
        if title in ("Mr Justice", "Mrs Justice"):
            return f"{title} {last}"
        return f"{title} {first} {last}"

    def officer(self) -> str:
        sex = self.rng.choice("FM")
        first = self.forename(sex)
        return f"{first} {self.fake.last_name()}"

    def case_number(self, place: Place, year: int, letter: str) -> str:
        return f"{place.court_code}{year % 100:02d}{letter}{self.rng.randint(1, 2999):05d}"

    def pnc_id(self) -> str:
        r = self.rng
        year = f"{r.randint(0, 24):02d}" if r.random() < 0.7 else f"{r.randint(80, 99)}"
        return format_pnc(year, str(r.randint(1, 999999)))

    def cro_number(self) -> str:
        r = self.rng
        year = r.randint(80, 99) if r.random() < 0.4 else r.randint(0, 24)
        return f"{r.randint(1, 999999):06d}/{year:02d}{r.choice('ABCDEFGHJKLMNPRTUVWXY')}"

    def reference(self, prefix: str = "") -> str:
        r = self.rng
        return f"{prefix}{r.randint(100000, 999999)}"
