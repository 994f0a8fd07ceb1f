"""Names as printed: where a name starts and ends in a line of OCR text, and whether it
looks like one.

Split from people.py so the readers for each kind of document (parties_court, people_police,
people_household) can share the one definition of a name: capitalised words, titles
skipped, stopping at a date, a label word, punctuation or a lower-case word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.name_lexicon import fold_name, lexicon

_NAME_STOP = {
    "born", "dob", "d.o.b", "date", "aged", "age", "male", "female", "who", "of", "the",
    "and", "is", "was", "lives", "living", "at", "address", "nee", "née", "sex", "gender",
    "a", "an", "to", "on", "in", "for", "by", "with", "whose", "has", "he", "she", "they",
    "their", "his", "her", "no", "none", "not", "known", "n/a", "unknown", "also",
    "mother", "father", "applicant", "respondent", "child", "children", "dated",
    "council", "borough", "authority", "county", "city", "court", "judge", "pnc", "cro",
    "before", "district", "signed", "recorder", "honour", "justice", "local",
    "name", "names", "forename", "forenames", "surname", "relationship",
    "if", "you", "we", "i", "it", "this", "that", "there", "any", "must", "shall", "will",
    "should", "can", "first", "second", "third", "fourth", "fifth", "boy", "girl",
    # a parties table's status cell beside the name cell, its column gap lost in OCR:
    # "Respondent 3 Kelly Marsh Guardian 8 May 1970"
    "guardian", "intervener", "stepfather", "stepmother", "grandmother", "grandfather",
    "carer",
}  # fmt: skip

# Words of a form's furniture, never of a person's name: a footer "Care Order (05.20)" or a
# banner "IMPORTANT NOTICE" read where a name was looked for.
FORM_WORDS = {"order", "orders", "notice", "important", "schedule", "confidentiality"}


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "master", "mx"}

# "DOB" in capitals as OCR bends it: "DOL", "DO8", "D0B", "DOR". A printed name is never such a
# word, so after a name it is the birth-date label, not a surname.
_DOB_LABEL_RE = re.compile(r"D[O0Q][BLR8]")
_LEADING_SPECKS = "‘“'\"`"
_GLUED_DOB_RE = re.compile(r"D\.?[O0]\.?B\b")
_OF_BIRTH_RE = re.compile(r"[\s.\-]+of\s+birth\b", re.IGNORECASE)


# Letters, accented too; a final "!" or "]" after a small letter is OCR's small l ("Chery!");
# a bracket or bar between a hyphen and a letter is a speck ("Ellis-(Nowak"), which
# people_labels.repair_name takes out.
HYPHEN_SPECK = r"(?<=-)[(\[{|](?=[^\W\d_])"
_NAME_WORD_RE = re.compile(
    rf"[^\W\d_](?:[^\W\d_]|['’\-]|{HYPHEN_SPECK})*"
    r"(?:(?<=[a-z])[!\]](?![^\W\d_]))?\.?"
)


# "Van der Merwe", "de la Cruz", "dos Santos": small surname particles, always before a
# capitalised surname, so a small word followed by a capital is not the name's end.
PARTICLES = {
    "van", "der", "den", "de", "la", "le", "los", "las", "da", "das", "dos", "di", "du", "del",
    "von", "ten", "ter", "bin", "binti", "al", "el",
}  # fmt: skip
_PARTICLE_RE = re.compile(
    r"(?:van|der|den|de|la|le|da|das|dos|di|du|del|von|ten|ter|bin|binti|al|el)"
    r"(?:\s+(?:der|den|de|la|le|los|las))?\s+[A-Z]"
)


def take_name(text: str, start: int, limit: int, max_words: int = 5) -> tuple[int, int] | None:
    """The run of name-like words starting at ``start`` (titles skipped), or None.

    Stops at punctuation, digits, a date label or a word that cannot be part of a name, so
    "Amelia Smith (born 12/03/2019)" and "Karen SMITH, the mother" both give just the name.
    """
    words: list[re.Match[str]] = []
    pos = start
    while pos < limit:
        m = _NAME_WORD_RE.match(text, pos)
        gap = text[pos : m.start()] if m else ""
        if m is None:
            # allow the single spaces between words, nothing else, and before the first
            # word a quote's speck ("SURNAME : “THOMPSON")
            if text[pos] == " " or (not words and text[pos] in _LEADING_SPECKS):
                pos += 1
                continue
            break
        word = m.group(0)
        # "DOB’", "born,": a label word keeps the speck OCR put after it
        lower = word.lower().rstrip(".'’")
        if not words and lower in _TITLES:
            pos = m.end()
            continue
        if gap.strip() or lower in _NAME_STOP or len(words) >= max_words or m.end() > limit:
            break
        if words and _DOB_LABEL_RE.fullmatch(word.rstrip(".'’")):
            break
        if words and _OF_BIRTH_RE.match(text, m.end(), limit):
            break  # "Ben Lawson Oate of birth": whatever OCR made of "Date", it is the label's
        if (
            words
            and words[0].group(0)[0].isupper()
            and word.islower()
            and not _small_l_for_capital_i(word, text[m.end() : limit])
            and not _PARTICLE_RE.match(text, m.start(), limit)
        ):
            break  # in mixed-case text a name ends at the first lower-case word
        if _starts_date(word, text[m.end() : limit]):
            break
        words.append(m)
        pos = m.end()
        if word.endswith(".") and len(word) > 2:  # end of sentence
            if _GLUED_DOB_RE.match(text, m.end()):
                break  # "Declan Joshua Cox.D.O.B, 18.01.05": the label glued to the name
            if text[m.end() : m.end() + 1].isalpha():
                return None  # "Dav.cs": a word cut by a speck, not a name's end
            if not _speck_stop(text, m.end(), limit):
                break
    while words and len(words[-1].group(0).rstrip(".")) == 1 and len(words) > 1:
        words.pop()  # a trailing initial is more often a stray letter
    if not words:
        return None
    return words[0].start(), words[-1].end() - (1 if words[-1].group(0).endswith(".") else 0)


_MONTH_NAMES = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
}  # fmt: skip


def _small_l_for_capital_i(word: str, after: str) -> bool:
    """'Bradley lain Ellis': a middle name whose capital I OCR read as a small l."""
    following = after.lstrip(" ").split(" ", 1)[0]
    return (
        len(word) >= 3
        and word[0] == "l"
        and word[1] in "aeiouy"
        and after[:1] == " "
        and following[:1].isupper()
        and following.lower().rstrip(".,") not in _MONTH_NAMES  # "loli February": a day
    )


# "Layla Hart Girl Monday 24 October 2016", "(born Sunday 26 May 1985)": some software prints
# the weekday of every date; it belongs to the date, not to a name or the cells before it.
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+"
WEEKDAY_RE = re.compile(_WEEKDAY, re.IGNORECASE)
WEEKDAY_TAIL_RE = re.compile(rf"(?<![A-Za-z]){_WEEKDAY}$", re.IGNORECASE)
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


# After a full stop: one capitalised word, then a day or a birth label ("Alison. Bibi 18th
# December", "Mary. Hooper Date of birth: 6 March 1996"): a row of a people table or list,
# where the stop is a speck, not a sentence's end.
_ROW_AFTER_STOP_RE = re.compile(
    r" (?P<word>[A-Z][a-z'’\-]+) (?:\d{1,2}(?:st|nd|rd|th)?[ /.\-]"
    r"|(?i:date\s+of\s+birth|d\.?\s?o\.?\s?b\b|born\b))"
)


def _speck_stop(text: str, at: int, limit: int) -> bool:
    """Whether the full stop ending a word at ``at`` is a speck inside a table row's name."""
    m = _ROW_AFTER_STOP_RE.match(text, at, limit)
    return m is not None and m.group("word").lower() not in _NAME_STOP


def _starts_date(word: str, after: str) -> bool:
    """'Ath January', 'May 1989': a date whose day OCR misread, not more of the name.

    A month is a name too ("April Jones"), so it ends a name only when a year follows it, or
    when the word before it is a day ("4th", read as "Ath").
    """
    nxt = after.split(None, 1)[0].lower().rstrip(".,") if after.strip() else ""
    year_next = re.fullmatch(r"[\dOIlSB]{4}\W?", nxt) is not None
    if word.lower() in _MONTH_NAMES and year_next:
        return True
    if year_next and re.fullmatch(r"(?:19|20)\d\d\W?", nxt) and _bent_month(word):
        return True  # "Melanie Jenkins Fb 1990": "1 Feb 1990" with its day lost, Feb bent
    day_next = re.fullmatch(r"[\d§]{1,2}(?:st|nd|rd|th)?\W?", nxt) is not None
    if word.lower().rstrip(",") in _WEEKDAYS and day_next:
        return True  # "Bethan Ionescu Thursday 14 / April 1983": a printed weekday opens the date
    return bool(re.fullmatch(r"\w{0,2}(?:st|nd|rd|th)", word.lower())) and nxt in _MONTH_NAMES


_MONTH_ABBREVIATIONS = [m for m in _MONTH_NAMES if len(m) == 3]


def _bent_month(word: str) -> bool:
    """'Fb', 'Nv', 'Sp': a month's abbreviation that lost its middle letter.

    Only the middle one: "Ma" (a surname) or "De" are the first two letters of a month and
    stay names.
    """
    lower = word.lower().rstrip(".")
    return len(lower) == 2 and any(lower == m[0] + m[2] for m in _MONTH_ABBREVIATIONS)


def _small_l_forename(word: str) -> bool:
    """A first word whose capital I OCR read as a small l ("lan"): a forename read with the
    I, or Iain, which the census list lacks; not the word as read ("lena" may be a crop)."""
    folded = fold_name(word)
    return folded == "lain" or (len(folded) >= 3 and "i" + folded[1:] in lexicon().forenames)


def looks_like_name(name: str, line: str) -> bool:
    """Capitalised words, unless the whole line lost its capitals in OCR."""
    words = name.split()
    if line.strip().islower():
        return True
    # a middle "lain" is "Iain" with its capital I read as a small l; a first one only when
    # it is a forename so read ("lan", "lvy"; "lain" though the census lacks Iain), since a
    # small first letter is as often a crop of the page's edge ("lolly King" for Holly)
    return all(
        w[0].isupper()
        or (0 < i < len(words) - 1 and w[0] == "l" and len(w) >= 3)
        or (i == 0 < len(words) - 1 and w[0] == "l" and _small_l_forename(w))
        or (0 < i < len(words) - 1 and w in PARTICLES)  # "Van der Merwe"
        for i, w in enumerate(words)
    )


def looks_like_list_name(name: str, line: str) -> bool:
    """A list row's name may lose its first capital to OCR ("judith Dennis"), not its last."""
    words = name.split()
    return looks_like_name(name, line) or (len(words) >= 2 and words[-1][0].isupper())


def clean_name(name: str) -> str:
    return " ".join(name.replace("\n", " ").split())


def odd_case(word: str) -> bool:
    """'wooD', 'es', 'He-aiher' in a name: a case no printed name uses, so OCR debris.

    Names are in capitals, in lower case, or each part (between hyphens and apostrophes)
    in title case, "Mc"/"Mac" allowing one inner capital ("McDonald", "O'Brien-Smith").
    """
    letters = re.sub(r"[^\w'’\-]", "", word)
    if not letters or letters.isupper() or letters.islower():
        return False
    return not all(_title_case(part) for part in re.split(r"['’\-]", letters) if part)


def _title_case(part: str) -> bool:
    """'Renée', 'Zoë', 'McDonald': a capital, then small letters only, accented ones too
    (an ASCII-only test made every accented name OCR debris)."""
    mc = re.match(r"Ma?c(?=[A-Z])", part)
    if mc and len(part) > mc.end() + 1:
        part = part[mc.end() :]
    rest = part[1:]
    return part[:1].isupper() and (not rest or (rest.isalpha() and rest.islower()))


# Row reading that tolerates OCR specks: a letter run (inner apostrophes and hyphens kept),
# quotes that OCR puts round a cell, and one stray mark glued to a word.
_ROW_WORD_RE = re.compile(r"[^\W\d_](?:[^\W\d_]|['’\-](?=[^\W\d_]))*")
_QUOTES = "\"“”‘’'`"
_ROW_LEAD_RE = re.compile(f"[{_QUOTES}]*")
_ROW_GAP_RE = re.compile(f"[{_QUOTES}]*(?P<mark>[.,:;]?)[{_QUOTES}]*(?P<space>[ \t]*)[{_QUOTES}]*")
ROW_NAME_WORDS = 4


@dataclass(frozen=True)
class RowName:
    """A name read from a table or list row whose words OCR dotted with specks."""

    start: int
    end: int
    name: str  # the words with the specks between them dropped
    words: tuple[str, ...]


def take_row_name(text: str, start: int, limit: int) -> RowName | None:
    """The name opening a row, read through the specks OCR glues to its words, or None.

    ``take_name`` ends a name at any mark, since in prose a full stop or comma ends it, and
    at a lower-case word, since in mixed-case text a name does not go on in small letters.
    In a row that a layout vouches for (a table column, a list of children) the cell before
    the date of birth is the name, so "Ashleigh. Davies", '"Deborah, wright', "Mandy:Patel"
    and "julie Wright" are read whole: quotes round a word, one mark after a word, a
    lower-case first letter. Stops at a label word, a date, or a letter glued to digits
    ("T14 February": a speck read into the day). The caller must vouch for the reading
    (:func:`row_name_vouched`) and mark it repaired.
    """
    pos = _ROW_LEAD_RE.match(text, start, limit).end()  # type: ignore[union-attr]
    words: list[re.Match[str]] = []
    while len(words) < ROW_NAME_WORDS:
        m = _ROW_WORD_RE.match(text, pos, limit)
        if m is None or len(m.group(0)) < 2:
            break
        word = m.group(0)
        after = text[m.end() : limit]
        if after[:1].isdigit() or word.lower() in _NAME_STOP or _starts_date(word, after):
            break
        if words and _DOB_LABEL_RE.fullmatch(word):
            break
        words.append(m)
        gap = _ROW_GAP_RE.match(text, m.end(), limit)
        if gap is None or not (gap.group("space") or gap.group("mark")):
            break  # "Smith(" or the line's end: the cell is over
        pos = gap.end()
    if len(words) < 2:
        return None
    names = tuple(w.group(0) for w in words)
    return RowName(words[0].start(), words[-1].end(), " ".join(names), names)


def _listed(word: str, where: str) -> bool:
    """Whether ``word`` is in the census lists ``where`` says ("forename", "surname", "any"),
    also read with a first small l as the capital I it usually is ("lain")."""
    lex = lexicon()
    table = {"forename": lex.forenames, "surname": lex.surnames}.get(where, lex.known)
    folded = fold_name(word)
    return folded in table or (folded[:1] == "l" and "i" + folded[1:] in table)


def row_name_vouched(row: RowName, text: str) -> bool:
    """Whether a name read through specks is a name, not a cropped or garbled cell.

    Each word must be a listed name, and a word that lost its capital must be one for where
    it stands: a small first letter is as often a crop of the page's edge ("lolly King" for
    Holly, "than Moore" for Jonathan) as a misread capital ("julie"), and a crop seldom
    leaves a forename. Failing that, the same name printed elsewhere on the page (the
    order's body repeats the children) vouches for it: a crop does not repeat.
    """
    last = len(row.words) - 1
    if all(
        _listed(w, "any" if w[0].isupper() else "forename" if i < last else "surname")
        for i, w in enumerate(row.words)
    ):
        return True
    pattern = r"(?<![^\W_])" + r"\W{1,3}".join(map(re.escape, row.words)) + r"(?![^\W_])"
    elsewhere = text[: row.start] + "\n" + text[row.end :]
    return re.search(pattern, elsewhere, re.IGNORECASE) is not None
