"""Validators: the checks that turn a pattern match into a value we are prepared to trust.

Each identifier has a rule stricter than the regular expression that finds it: a PNC ID's
check character, a postcode's real area and outward-code shape, a family-court case
number's fixed shape. Dates are checked for plausibility against the role they play (a
child's birth date cannot be 30 years before the order). A failed validator does not
discard a value; it lowers the confidence so the analyst sees it.
"""

from __future__ import annotations

import re
from datetime import date

from extractors.identifiers import is_valid_pnc
from pipeline.casepath import CASE_NUMBER_PATTERN

CASE_NUMBER_RE = re.compile(rf"^{CASE_NUMBER_PATTERN}$")  # the one format filing accepts

# The postcode areas of the UK (plus the Crown dependencies), so "QQ1 1AA" is rejected
# even though its shape is right.
POSTCODE_AREAS = frozenset(
    """AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN
    DT DY E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY
    L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM
    S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN
    WR WS WV YO ZE""".split()  # noqa: SIM905
)
# The Royal Mail's own pattern: which letters may appear in which outward/inward positions.
# A district is never two digits starting with 0 ("B02" is BD2 misread; B0 alone is not).
POSTCODE_RE = re.compile(
    r"^(?P<area>[A-PR-UWYZ][A-HK-Y]?)"
    r"(?P<district>[1-9][0-9]|[0-9][A-HJKPS-UW]?|[0-9][ABEHMNPRV-Y])"
    r" (?P<inward>[0-9][ABD-HJLNP-UW-Z]{2})$"
)
# A district with a letter after its number ("W1A", "EC4M") exists only in central London;
# elsewhere "WF1S" is WF15 misread. Area -> the district numbers that take a letter.
LETTERED_DISTRICTS = {
    "E": "1",
    "EC": "1234",
    "N": "1",
    "NW": "1",
    "SE": "1",
    "SW": "1",
    "W": "1",
    "WC": "12",
}
# Each postcode area and the post towns it is named for or that lie in it (Royal Mail's
# areas; a town is listed under the area its own delivery office is in). Used to check an
# address's postcode against the town written before it, never to reject one: an address
# near an area boundary can carry a neighbouring area's postcode.
POSTCODE_AREA_TOWNS: dict[str, tuple[str, ...]] = {
    "AB": ("aberdeen",),
    "AL": ("st albans", "hatfield", "welwyn garden city"),
    "B": ("birmingham", "sutton coldfield", "solihull", "west bromwich", "smethwick"),
    "BA": ("bath", "yeovil", "frome", "wells"),
    "BB": ("blackburn", "burnley", "accrington"),
    "BD": ("bradford", "keighley", "shipley"),
    "BH": ("bournemouth", "poole", "christchurch"),
    "BL": ("bolton", "bury"),
    "BN": ("brighton", "hove", "worthing", "eastbourne", "lewes"),
    "BR": ("bromley",),
    "BS": ("bristol", "weston-super-mare"),
    "BT": ("belfast",),
    "CA": ("carlisle", "workington", "penrith"),
    "CB": ("cambridge",),
    "CF": ("cardiff", "barry", "caerphilly", "merthyr tydfil"),
    "CH": ("chester", "birkenhead", "wallasey", "ellesmere port"),
    "CM": ("chelmsford", "harlow", "basildon"),
    "CO": ("colchester",),
    "CR": ("croydon",),
    "CT": ("canterbury", "margate", "ramsgate", "dover", "folkestone"),
    "CV": ("coventry", "nuneaton", "warwick", "rugby"),
    "CW": ("crewe", "northwich"),
    "DA": ("dartford",),
    "DD": ("dundee",),
    "DE": ("derby", "burton-on-trent"),
    "DG": ("dumfries",),
    "DH": ("durham", "chester le street"),
    "DL": ("darlington",),
    "DN": ("doncaster", "scunthorpe", "grimsby"),
    "DT": ("dorchester", "weymouth"),
    "DY": ("dudley", "kidderminster", "stourbridge"),
    "E": ("london",),
    "EC": ("london",),
    "EH": ("edinburgh",),
    "EN": ("enfield",),
    "EX": ("exeter", "barnstaple", "exmouth"),
    "FK": ("falkirk", "stirling"),
    "FY": ("blackpool",),
    "G": ("glasgow",),
    "GL": ("gloucester", "cheltenham"),
    "GU": ("guildford",),
    "HA": ("harrow",),
    "HD": ("huddersfield",),
    "HG": ("harrogate",),
    "HP": ("hemel hempstead", "aylesbury"),
    "HR": ("hereford",),
    "HU": ("hull", "kingston upon hull"),
    "HX": ("halifax",),
    "IG": ("ilford",),
    "IP": ("ipswich",),
    "IV": ("inverness",),
    "KA": ("kilmarnock",),
    "KT": ("kingston upon thames",),
    "KY": ("kirkcaldy",),
    "L": ("liverpool", "bootle"),
    "LA": ("lancaster", "kendal", "barrow-in-furness"),
    "LD": ("llandrindod wells",),
    "LE": ("leicester", "loughborough", "hinckley"),
    "LL": ("llandudno", "wrexham"),
    "LN": ("lincoln",),
    "LS": ("leeds",),
    "LU": ("luton",),
    "M": ("manchester", "salford"),
    "ME": ("rochester", "chatham", "maidstone"),
    "MK": ("milton keynes", "bedford"),
    "ML": ("motherwell",),
    "N": ("london",),
    "NE": ("newcastle upon tyne", "newcastle", "gateshead"),
    "NG": ("nottingham", "mansfield"),
    "NN": ("northampton",),
    "NP": ("newport",),
    "NR": ("norwich",),
    "NW": ("london",),
    "OL": ("oldham", "rochdale"),
    "OX": ("oxford",),
    "PA": ("paisley",),
    "PE": ("peterborough",),
    "PH": ("perth",),
    "PL": ("plymouth",),
    "PO": ("portsmouth",),
    "PR": ("preston",),
    "RG": ("reading",),
    "RH": ("redhill", "crawley", "horsham"),
    "RM": ("romford",),
    "S": ("sheffield", "rotherham", "barnsley", "chesterfield"),
    "SA": ("swansea",),
    "SE": ("london",),
    "SG": ("stevenage",),
    "SK": ("stockport",),
    "SL": ("slough",),
    "SM": ("sutton",),
    "SN": ("swindon",),
    "SO": ("southampton",),
    "SP": ("salisbury",),
    "SR": ("sunderland",),
    "SS": ("southend-on-sea", "southend"),
    "ST": ("stoke-on-trent", "stoke on trent", "stafford"),
    "SW": ("london",),
    "SY": ("shrewsbury",),
    "TA": ("taunton",),
    "TF": ("telford",),
    "TN": ("tonbridge",),
    "TQ": ("torquay", "paignton", "newton abbot"),
    "TR": ("truro",),
    "TS": ("middlesbrough", "stockton-on-tees", "hartlepool"),
    "TW": ("twickenham",),
    "UB": ("southall", "uxbridge"),
    "W": ("london",),
    "WA": ("warrington",),
    "WC": ("london",),
    "WD": ("watford",),
    "WF": ("wakefield",),
    "WN": ("wigan",),
    "WR": ("worcester",),
    "WS": ("walsall",),
    "WV": ("wolverhampton",),
    "YO": ("york",),
}
TOWN_AREAS: dict[str, tuple[str, ...]] = {}
for _area, _towns in POSTCODE_AREA_TOWNS.items():
    for _town in _towns:
        TOWN_AREAS[_town.replace("-", " ")] = (*TOWN_AREAS.get(_town.replace("-", " "), ()), _area)
# National Insurance number: two prefix letters (D, F, I, Q, U, V never; O never second),
# six digits, suffix A-D. Some prefixes were never issued.
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
NI_BAD_PREFIXES = frozenset({"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"})
CRO_RE = re.compile(r"^\d{1,6}/\d{2}[A-Z]$")

EARLIEST_DOCUMENT = date(1990, 1, 1)


def is_valid_case_number(value: str) -> bool:
    """Family-court case number shape: court code, two-digit year, case type, serial."""
    return bool(CASE_NUMBER_RE.match(value)) and value[-5:] != "00000"


def is_valid_pnc_id(value: str) -> bool:
    """A canonical PNC ID (YY/NNNNNNNA) whose check character is right."""
    return is_valid_pnc(value)


def normalise_postcode(value: str) -> str:
    """Upper case with exactly one space before the three-character inward code."""
    compact = re.sub(r"\s+", "", value).upper()
    return f"{compact[:-3]} {compact[-3:]}" if len(compact) >= 5 else compact


def is_valid_postcode(value: str) -> bool:
    """Royal Mail shape AND a real postcode area (GIR 0AA is the one historic exception)."""
    value = normalise_postcode(value)
    if value == "GIR 0AA":
        return True
    match = POSTCODE_RE.match(value)
    if not match or match.group("area") not in POSTCODE_AREAS:
        return False
    district = match.group("district")
    if district[-1].isalpha():
        return district[0] in LETTERED_DISTRICTS.get(match.group("area"), "")
    return True


def is_valid_ni_number(value: str) -> bool:
    compact = re.sub(r"\s+", "", value).upper()
    return bool(NI_RE.match(compact)) and compact[:2] not in NI_BAD_PREFIXES


def is_valid_cro(value: str) -> bool:
    """CRO numbers have a check letter too, but its rule is not public: shape only."""
    return bool(CRO_RE.match(value))


def years_between(earlier: date, later: date) -> float:
    return (later - earlier).days / 365.25


def is_plausible_document_date(value: date, today: date | None = None) -> bool:
    """Not in the future and not before the earliest documents we would ever be sent."""
    today = today or date.today()
    return EARLIEST_DOCUMENT <= value <= today


# A child in law (Children Act 1989, s.105): under 18. The extractors' age rules all use this.
CHILD_YEARS = 18


def is_plausible_child_dob(dob: date, reference: date, latest: date | None = None) -> bool:
    """A child the order is about is born before the document and is under 18 at its date.

    ``latest``: when the document's own date was not read, ``reference`` is only the latest
    date on the page (a referral, a conviction) and the document may be as late as
    ``latest``; a birth after a pre-birth referral is no sign of a misread.
    """
    return dob <= (latest or reference) and years_between(dob, reference) < CHILD_YEARS


def is_plausible_adult_dob(dob: date, reference: date, latest: date | None = None) -> bool:
    """A party or check subject is 16-110 years old at the document's date (see above)."""
    return years_between(dob, latest or reference) >= 16 and years_between(dob, reference) <= 110
