"""Labels and role words that OCR has bent, recognised well enough to find the name after them.

Police printouts are monospace forms ("SURNAME : OLIVER", "FORENAME (S) : KAYLEIGH") and court
orders have party tables ("Second Respondent  Leon Walsh (father)"). Tesseract reads the
labels with the same confusions it makes everywhere: "F0RENAME(S)", "TORE NAMES",
"SURNAME ;", "Re-sondent", "Resnuident", a table rule read as "|". A label is short and comes
from a small closed set, so comparing it with that set tolerantly is safe, where comparing a
name with anything is not: the names themselves are never "corrected" towards a list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from extractors.people_names import HYPHEN_SPECK, PARTICLES

# OCR reads letters in labels as look-alike digits and symbols; labels contain no digits.
_LABEL_CONFUSIONS = str.maketrans({"0": "O", "1": "I", "5": "S", "8": "B", "|": "I", "$": "S"})
SURNAME_LABELS = ("SURNAME", "FAMILYNAME", "LASTNAME")
FORENAME_LABELS = ("FORENAMES", "FORENAME", "FIRSTNAMES", "FIRSTNAME", "GIVENNAMES", "GIVENNAME")
LABEL_MATCH = 80  # one wrong letter in eight still reads as the label
# A label, then ":" or ";" (monospace colons are often read as semicolons); a speck OCR
# read as a full stop may stand before the colon ("SURNAME. : TAYLOR").
_COLON_LABEL_RE = re.compile(
    r"^[\W_]{0,3}(?P<label>[A-Za-z0-9|$][A-Za-z0-9|$() ]{2,18}?)\s*\.?\s*[:;]\s*"
)
# Without a colon only a cleanly read label counts, followed by a value in capitals; a
# speck may be glued to the label's end ("FORENAME(S)° MOLLY"), where the colon was.
_BARE_LABEL_RE = re.compile(
    r"^[\W_]{0,3}(?P<label>(?i:SURNAME|FAMILY\s+NAME|LAST\s+NAME|FORENAMES?|FORENAME\s*\(S\)|"
    r"FIRST\s+NAMES?|GIVEN\s+NAMES?))[°*.,’']?\s+(?=[A-Z][A-Z'\-]+\b)"
)
SUBJECT_BLOCK_RE = re.compile(
    r"^\W*SUBJ[EF]CT\s*[\dIlO]{1,2}\W*(?:[O0]F|[O0]\s*F)\b", re.IGNORECASE
)


@dataclass(frozen=True)
class FormLabel:
    """A surname or forename label at the start of a line, and where its value begins."""

    slot: str  # "surname" or "forename"
    value_start: int  # offset in the line
    exact: bool  # the label read cleanly; a guessed label vouches for less


def _squash(label: str) -> str:
    """'Forename (s)' -> 'FORENAMES': the label's letters, confusions undone."""
    return re.sub(r"[^A-Z]", "", label.upper().translate(_LABEL_CONFUSIONS))


def form_label(line: str) -> FormLabel | None:
    """A surname/forename label opening ``line``, tolerating OCR damage to the label.

    Without a colon the label must read exactly and the value must be in capitals
    ("SURNAME GREEN"), because a sentence can also start with "Surname".
    """
    m = _COLON_LABEL_RE.match(line)
    colon = m is not None
    m = m or _BARE_LABEL_RE.match(line)
    if m is None:
        return None
    squashed = _squash(m.group("label"))
    for slot, labels in (("surname", SURNAME_LABELS), ("forename", FORENAME_LABELS)):
        score = max(fuzz.ratio(squashed, label) for label in labels)
        if score >= 100 or (colon and score >= LABEL_MATCH):
            return FormLabel(slot, m.end(), exact=score >= 100)
    return None


def guessed_forename_label(line: str) -> int | None:
    """Where the value starts on a line whose label is too damaged to read, but is a forename.

    Used only on the line right after a surname, where a forename is what the form has
    next: "FORehanicic): BEN". The label must still start like one (F...) and share half
    its letters with "FORENAMES"/"FIRST NAMES", and must not be another field's label.
    """
    m = re.match(r"^[\W_]{0,3}(?P<label>[^:;]{3,16})[:;]\s*", line)
    if m is None:
        return None
    squashed = _squash(m.group("label"))
    if not squashed.startswith("F") or any(
        fuzz.ratio(squashed, other) >= LABEL_MATCH for other in OTHER_FORM_LABELS
    ):
        return None
    if max(fuzz.ratio(squashed, label) for label in ("FORENAMES", "FIRSTNAMES")) < 45:
        return None
    return m.end()


OTHER_FORM_LABELS = ("FORCE", "FAMILYCOURTREF", "FILEREF", "FORMERADDRESS", "FAX")

_ROLE_LABEL_WORDS = ("respondent", "applicant")


def fuzzy_role_word(word: str, loose: bool = False) -> str | None:
    """'Re-sondent' -> 'respondent': a party label bent by OCR, or None.

    Only the two long party labels are matched: short words such as "mother" are too close to
    ordinary words and names to be guessed at. ``loose`` is for a word right after an
    ordinal ("First Respuuccnt"), where little else can follow.
    """
    cleaned = re.sub(r"[^a-z]", "", word.lower())
    if len(cleaned) < 7:
        return None
    for role in _ROLE_LABEL_WORDS:
        if fuzz.ratio(cleaned, role) >= (60 if loose else 75):
            return role
    return None


def unglue(word: str) -> list[str]:
    """'BillyDobson' -> ['Billy', 'Dobson']: two title-case words OCR ran together.

    Inner capitals after Mc/Mac/O' and other short prefixes ("DeShawn", "LeBlanc") stay.
    """
    m = re.fullmatch(r"([A-Z][a-z]{2,})([A-Z][a-z]{2,})", word)
    if m is None or m.group(1) in ("Mac", "Van", "Von", "Del", "Des", "Dela", "Della", "Fitz"):
        return [word]
    return [m.group(1), m.group(2)]


_HYPHEN_SPECK_RE = re.compile(HYPHEN_SPECK)


# Letters whose small form is their capital made smaller: in a name printed in capitals,
# OCR may take them for small letters ("SURNAME : cox", "wooD") with every glyph right.
_SAME_SHAPE_SMALL = frozenset("cosuvwxz")


def capitals_by_shape(name: str) -> str:
    """'MARC cox' -> 'MARC COX': a word of a capitals name that is small only in letters
    shaped like their capitals is in capitals too. Only the case changes, so it is no slip."""
    words = name.split()
    if not any(w.isupper() and len(w) > 1 for w in words):
        return name
    return " ".join(
        w.upper() if not w.isupper() and {c for c in w if c.islower()} <= _SAME_SHAPE_SMALL else w
        for w in words
    )


_STOP_SPECK_RE = re.compile(r"(?<=[a-z]{2})\.(?= \S)")


def repair_name(name: str) -> tuple[str, bool]:
    """A name with OCR's commonest letter slips undone, and whether anything was changed.

    In a name every word starts with a capital, so a lower-case first letter is OCR's doing:
    "lan" is "Ian" (capital I and small l are one glyph in most fonts) and "judith" is
    "Judith". A closing "!", "]" or "|" glued to letters is a small l ("Chery!", "Kar]"), and
    two title-case words run together are two words ("BillyDobson"). A bracket or bar
    between a hyphen and a letter is a speck ("Ellis-(Nowak"), and so is a full stop after a
    word of small letters inside the name ("Alison. Bibi": an initial's stop follows a capital).
    Names printed in capitals or all in lower case are left alone.
    """
    unspecked = _HYPHEN_SPECK_RE.sub("", name)  # "Ellis-(Nowak": any case of name
    unspecked = _STOP_SPECK_RE.sub("", unspecked)  # "Louise Alison. Bibi": a speck, no initial
    words = unspecked.split()
    if not words or unspecked.isupper() or unspecked.islower():
        return unspecked, unspecked != name
    out: list[str] = []
    parts = [part for w in words for part in unglue(w)]
    for i, word in enumerate(parts):
        if 0 < i < len(parts) - 1 and word in PARTICLES:
            out.append(word)  # "Van der Merwe", "Lucas dos Santos": printed small
            continue
        # a closing mark after "ll" is a speck, for no name ends in three l's ("Howell!")
        fixed = re.sub(r"(?<=ll)[!\]|]$", "", word)
        fixed = re.sub(r"(?<=[a-z])[!\]|]$", "l", fixed)
        if fixed[:1] == "l" and len(fixed) > 2 and fixed[1].islower():
            fixed = "I" + fixed[1:]
        elif fixed[:1].islower() and len(fixed) > 1:
            fixed = fixed[0].upper() + fixed[1:]
        out.append(fixed)
    repaired = " ".join(out)
    return repaired, repaired != " ".join(name.split())
