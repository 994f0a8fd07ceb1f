"""People a letter names in running prose, each tied to a birth date by a "born" label.

LA check letters do not tabulate the household: they write "Our records show that Emma
Khan (born 26 May 1985) lives at ... with her partner Sam Stewart and her children Ava Khan
(dob 01/02/2012) and Leo Khan, whose date of birth is 3 July 2016." Each name there sits
right before its own birth label, so the label vouches for the name and ties the date to
it, whatever line the sentence wrapped onto. Split from people.py, which reads line by line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from extractors.dates import DateMatch
from extractors.people_names import WEEKDAY_RE, looks_like_name, take_name
from extractors.validators import CHILD_YEARS

# "(born 17/4/03)", "{barn 4/3/94)", "(dob\n01/02/2012)", "(born Sunday 26 May 1985)",
# ", whose date of birth is 22 July 2021", "(12/03/2014)": OCR reads "(" as "{", "o" as
# "a"/"0", "rn" as "m".
_BORN_LABEL_RE = re.compile(
    r"[ \t]*[({\[]\s*(?:b[oa0](?:rn|m)|d\.?\s?[o0]\.?\s?b\.?|date\s+of\s+birth)\s*[:\-]?\s*"
    r"|,?\s+whose\s+date\s+of\s+birth\s+is\s+"
    r"|,\s*(?:b[oa0](?:rn|m))\s+(?:on\s+)?"
    # "The children Lily Ward (04/01/2019) and ...": a bare date in brackets; the date must
    # start right after the bracket, as the lookup by the date's start makes sure
    r"|[ \t]*[({\[]\s*(?=\d)",
    re.IGNORECASE,
)
_CHILD_WORD_RE = re.compile(r"\b(?:child(?:ren)?|son|daughters?|sons)\b", re.IGNORECASE)
_WORD_START_RE = re.compile(r"(?<![^\s(])[^\W\d_]")
NAME_WORDS = 5
LOOK_BACK = 80  # characters before the label searched for the name's first word
# under 16 on the page's latest other date is a child whatever the wording; up to the law's
# CHILD_YEARS when the sentence says child ("her children ... (dob ...)")
UNWORDED_CHILD_YEARS = 16


@dataclass
class ProsePerson:
    start: int
    end: int
    dob: DateMatch
    child: bool


def _name_before(flat: str, end: int) -> tuple[int, int] | None:
    """The longest run of capitalised name words ending right at ``end``."""
    best = None
    for m in _WORD_START_RE.finditer(flat, max(0, end - LOOK_BACK), end):
        if not flat[m.start()].isupper():
            continue
        span = take_name(flat, m.start(), end, max_words=NAME_WORDS)
        if span is None or span[1] != end:
            continue
        words = flat[span[0] : span[1]].split()
        if 2 <= len(words) <= NAME_WORDS - 1 and looks_like_name(" ".join(words), "X"):
            best = span  # the earliest start that still reads as one name up to ``end``
            break
    return best


def prose_people(text: str, dates: list[DateMatch]) -> list[ProsePerson]:
    """Every "Name (born DATE)" / "Name, whose date of birth is DATE" in the text.

    A person is a child when the words since the previous such person say so ("her
    children") and the date allows it, or when the date alone makes them under 16.
    """
    flat = text.replace("\n", " ")  # the same offsets, with wrapped sentences joined
    by_start = {d.start: d for d in dates}
    out: list[ProsePerson] = []
    previous_end = 0
    for label in _BORN_LABEL_RE.finditer(flat):
        at = label.end()
        weekday = WEEKDAY_RE.match(flat, at)
        dob = by_start.get(weekday.end() if weekday else at)
        if dob is None:
            continue
        name_end = label.start()
        span = _name_before(flat, name_end)
        if span is None:
            continue
        others = [d.value.year for d in dates if d is not dob]
        age = (max(others) - dob.value.year) if others else None
        named_child = _CHILD_WORD_RE.search(flat, max(previous_end, span[0] - LOOK_BACK), span[0])
        child = age is not None and (
            age < UNWORDED_CHILD_YEARS or (named_child is not None and age < CHILD_YEARS)
        )
        out.append(ProsePerson(span[0], span[1], dob, child))
        previous_end = dob.end
    return out


# "with her partner Kieran van der Merwe", "with the father Dawit Garcia": a letter names the
# other adults of the household by their relation, often across a line break.
_RELATION_LEAD_RE = re.compile(  # a capital, digit or speck after: the name, however read
    r"\b[Ww]ith\s+(?:her|his|their|the)\s+(?P<word>[A-Za-z]{4,11})\s+(?=[A-Z0-9|!(\[])"
)
RELATIONS = {
    "partner": "partner", "husband": "partner", "wife": "partner", "boyfriend": "partner",
    "girlfriend": "partner", "father": "father", "mother": "mother",
    "stepfather": "stepfather", "stepmother": "stepmother",
}  # fmt: skip
RELATION_MATCH = 80  # "tather" for "father": one bent letter; "matter" is not a relation


@dataclass
class ProseRelation:
    start: int  # the relation word
    end: int
    role: str
    name: tuple[int, int] | None  # the name after it, when it reads as one


def prose_relations(text: str) -> list[ProseRelation]:
    """Every "with her partner NAME" / "with the father NAME" in the text.

    The name is None when the words after the relation do not read as a name of two or
    more capitalised words: the relation still shows that someone is there.
    """
    flat = text.replace("\n", " ")
    out: list[ProseRelation] = []
    for m in _RELATION_LEAD_RE.finditer(flat):
        word = m.group("word").lower()
        scored = process.extractOne(word, list(RELATIONS), scorer=fuzz.ratio)
        if scored is None or scored[1] < RELATION_MATCH:
            continue
        span = take_name(flat, m.end(), min(len(flat), m.end() + LOOK_BACK), max_words=4)
        if span is not None:
            words = flat[span[0] : span[1]].split()
            if len(words) < 2 or not looks_like_name(" ".join(words), "X"):
                span = None
        out.append(ProseRelation(m.start("word"), m.end("word"), RELATIONS[scored[0]], span))
    return out
