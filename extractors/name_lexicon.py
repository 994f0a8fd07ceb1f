"""Doubt about a person's name that Tesseract's confidence cannot see: a word one OCR slip
away from a real name.

Most wrong names in filed documents are a real name with one letter misread: "Sinith" for
Smith, "Chandier" for Chandler, "Ashteigh" for Ashleigh, "Fmily" for Emily. Tesseract
scores such words as confidently as any other (its dictionary does not hold names), so the
OCR term of the confidence cannot catch them. A list of real names can: a name word that is
NOT a known name but IS a known name after undoing one typical misread is far more likely
a slip than a rare real name that happens to sit one letter from a common one.

:func:`misread_likelihood` returns, for a whole name, how likely it is that one of its
words is such a slip (0 = no sign, towards 1 = almost surely); ``confidence.combine`` takes
it as negative evidence (``misread``). Left alone: a word in the lexicon (even when one slip
from another name: "Marshal", "Mortis" are names too), and an unknown word with no near
known name ("Oluwaseun"), which is a rare real name rather than a slip. A word that is a
misread "Female" or "Male" (the Sex cell beside a name in a table, read into the name as
"Femile", "Farnate") is doubted as strongly as a slip.

The slips are the ones Tesseract made on printed names in the dev records: letter pairs it
runs together or splits (rn/m, in/m, ri/m, li/h, cl/d, ii/u, vv/w), thin letters it swaps
(l read as t, i or f; i read as t or l; e/c/o, v/y, u/n) and capitals it confuses (E/F,
T/J/I, D/O), tried on the first letter and anywhere in a word printed in capitals. Undoing
one that gives a known name is strong evidence (``STRONG``), enough to take a labelled name
(~0.85) below the name threshold (0.52). Any other single substitution, dropped, extra or
swapped letter that gives a common name is weaker evidence (``WEAK``), and counts only for
a name's last word (the surname), because almost every rare forename is one plain edit from
a common one and the census forename list lacks many British ones (Jemma -> Emma).

Position matters: every word but the last stands where a forename does, so only a forename
it could be a slip of counts there: "Liam" is one slip from the surname Ham, but nobody is
called Ham Singh. The last word may be a slip of any listed name.

When a word has exactly one such strong reading (:func:`read_name`, :func:`word_correction`)
the slip is undone rather than only doubted: "RACHEL EMTLY BUCKLEY" is filed as RACHEL
EMILY BUCKLEY, printed in the page's style, the reading kept as the field's raw text, and
the confidence takes a repair's discount instead of the slip's doubt. The list validates
the repair as a check character validates a repaired identifier. Left doubted: a word one
slip from two common names (of a common and a rare one, "WIUSON": Wilson, Winson, the
common one is taken), a weak neighbour only, a digit, a word of three letters (one slip
from some listed name far too often), a word that may be a misread "Female", an I inside a
word in capitals, which is a vowel of an unlisted name ("SIAN", one slip from STAN) more
often than a misread T, and a forename in small letters unless its first capital was
misread ("Fmily"): on independent corpus C, whose children have forenames the 1990 census
list lacks, "Inaya" became Maya and "Alfie" Allie. With these limits, on the nine dev
corpora micro-F1 rose 0.9621 -> 0.9659 with the session's other changes, and corpus C's
filed precision stayed at 0.930 (0.912 without the forename limit) and B's at 0.998
(0.995: "Owain" became Dwain).

The lexicon is the 1990 US Census forename and surname frequency lists (public domain;
extractors/data/forenames.txt, surnames.txt, remade by bench/build_name_lexicon.py), not
the Faker lists the sample generator uses, so the dev figures are not inflated by
checking Faker against itself. It lacks some British, Irish and Welsh forenames (Liam,
Sian, Rhys, Niamh, Callum): those are left alone unless they sit one strong slip from a
listed forename ("SIAN" in capitals is one from STAN, the one right name the rule doubted
on the dev records).
A second kind of doubt covers what is not a name at all: on a layout the people finder
does not know, it takes a heading ("IMPORTANT NOTICE", "Placement Order") for a name, or
glues the next cell's word onto one ("Connor O'Sullivan Guardian", "Melanie Jenkins Fb",
"Hayley Gillian Evans DOL"). :func:`not_a_name_likelihood` doubts a name whose every word
is an ordinary English word that is no known name (``HEADING``), whose last word is one or
is a role or heading word (``STRONG``), or whose last word is a 1-2 letter token no name
is (``STRONG``; a 3-letter one only when printed unlike the rest of the name or without a
vowel, else ``WEAK``: "Eze", "Obi" are surnames the census list lacks). The English words
are the WordNet index the spaCy model's lemmatiser carries (``english_words``); a word in
the name lists is never doubted for being English (Smith, Rose, Grace, Baker, Hope). Only
the last word is judged this way: first names that are words (Clive, Sian, Poppy) are
common, surnames that are words the census list lacks (Salt, Oak) are rare.
Loaded once, lazily, into sets and dicts: a lookup costs microseconds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).parent / "data"

# (what OCR printed, what the page said), lower case: the slips Tesseract made on printed
# names in the dev records, and their mirror images where the glyphs are as alike (rn/m).
# Undoing one that gives a known name is strong evidence of a slip. Directional on purpose:
# Tesseract reads a small l as t, i or f, i as t or l, and f as t ("Geoftrey"), but was not
# seen reading a small t as i, so "Sian" is not taken for a misread "Stan" -- except the
# second of a double t, whose crossbar the first one's covers ("Matihew" for Matthew, 319).
_STRONG_PAIRS: tuple[tuple[str, str], ...] = (
    ("ti", "tt"), ("it", "tt"),
    ("rn", "m"), ("m", "rn"), ("in", "m"), ("ni", "m"), ("m", "in"), ("m", "ni"),
    ("m", "n"), ("m", "ri"), ("ri", "m"), ("iii", "m"), ("h", "li"), ("li", "h"), ("cl", "d"),
    ("d", "cl"), ("ii", "u"), ("u", "ii"), ("vv", "w"), ("w", "vv"),
    ("t", "l"), ("i", "l"), ("f", "l"), ("l", "i"), ("t", "i"), ("i", "r"), ("t", "f"),
    ("e", "c"), ("c", "e"), ("e", "o"), ("v", "y"), ("y", "v"), ("u", "n"), ("n", "u"),
)  # fmt: skip
# Capitals Tesseract confuses (F for E and back, T for J, I for T or L, L for I, O for D,
# U for L): tried on a word's first letter, and anywhere in a word printed in capitals.
_CAPITAL_PAIRS: tuple[tuple[str, str], ...] = (
    ("f", "e"), ("e", "f"), ("t", "j"), ("i", "t"), ("i", "l"), ("l", "i"), ("o", "d"),
    ("u", "l"),
)  # fmt: skip

# A word must be this long before it is judged: "Al", "Bo", "Ng" are too short to tell.
_MIN_LENGTH = 3
# ... and this long before it is corrected: 538 of the 17,576 three-letter strings are
# listed names, so a three-letter word one slip from one is as likely a cut-off or a
# different word ("Joc" for Jodie) as that name.
_MIN_CORRECTED_LENGTH = 4
# Capital slips that doubt a word but are not undone inside one: an I inside a word printed
# in capitals is a vowel of a name the census list lacks more often than a misread T ("SIAN",
# a Welsh forename, is one slip from STAN). Tesseract was seen reading a capital T as I only
# as a word's first letter ("IOBY" for TOBY), where the correction still applies.
_DOUBT_ONLY_INNER = frozenset({("i", "t")})
# A weak neighbour (any other single edit) counts only when it is a common name: within
# this many of the most frequent forenames or surnames (Fitzgerald, Howell, Cross).
_COMMON_FORENAMES = 1200
_COMMON_SURNAMES = 5000
STRONG = 0.8
WEAK = 0.4
# Every word of the "name" an English word and no name: a heading or a phrase of the order.
HEADING = 0.9
_ALPHABET = "abcdefghijklmnopqrstuvwxyz"
# Words a table prints in the cell beside a name (its Sex column), with how many edits a
# misread of one may be away: "Female" read as "Femile", "Femate", "Farnate" joins the
# name when the reader cannot see it is the next cell's word.
_BESIDE_NAMES = {"female": 2, "male": 1}
_WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# Words a form prints as a column heading or beside a name (its role, the document's
# subject) that are also in the census surname list, so the English-word rule alone would
# spare them: "... Evans Child", "... Court", "... Council". Doubted as a name's last word
# even so; the rest of the role vocabulary (Guardian, Mother, Applicant, Order, Notice) is
# English and no name, and is caught without a list.
_ROLE_WORDS = frozenset(
    {
        "child", "council", "court", "judge", "police", "check", "trace", "parent", "carer",
        "guardian", "mother", "father", "applicant", "respondent", "solicitor", "order",
        "notice", "address", "birth",
    }
)  # fmt: skip
# Short last words that are part of a name though no census name: suffixes.
_NAME_SUFFIXES = frozenset({"jr", "jnr", "sr", "snr", "ii", "iii", "iv"})
_VOWELS = frozenset("aeiouy")
_POS = ("noun", "verb", "adj", "adv")


class Lexicon:
    """Forenames and surnames as ``name -> frequency rank`` (0 = most frequent)."""

    def __init__(self, forenames: list[str], surnames: list[str]) -> None:
        self.forenames = {n: i for i, n in reversed(list(enumerate(forenames)))}
        self.surnames = {n: i for i, n in reversed(list(enumerate(surnames)))}
        self.known = set(self.forenames) | set(self.surnames)
        self.common_forenames = set(forenames[:_COMMON_FORENAMES])
        self.common_known = self.common_forenames | set(surnames[:_COMMON_SURNAMES])
        self.forename_starts = {n[:2] for n in forenames}


def _read(name: str) -> list[str]:
    lines = (_DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The name lists, read from extractors/data once per process."""
    return Lexicon(_read("forenames.txt"), _read("surnames.txt"))


def fold_name(word: str) -> str:
    """Lower case, apostrophes dropped ("O'Brien" is listed as obrien)."""
    return word.lower().replace("'", "").replace("\u2019", "")


def _replace_each(word: str, seen: str, meant: str, limit: int | None = None) -> set[str]:
    """``word`` with one occurrence of ``seen`` (starting before ``limit``) made ``meant``."""
    out: set[str] = set()
    start = word.find(seen)
    while start != -1 and (limit is None or start < limit):
        out.add(word[:start] + meant + word[start + len(seen) :])
        start = word.find(seen, start + 1)
    return out


def _strong_neighbours(w: str, capitals: bool, correcting: bool = False) -> set[str]:
    """``w`` (folded) with one typical slip undone; ``capitals``: the word was printed in
    capitals, so capital-letter slips count anywhere in it, not only in its first letter.
    ``correcting``: only the slips safe to undo in a correction (``_DOUBT_ONLY_INNER``)."""
    out: set[str] = set()
    for seen, meant in _STRONG_PAIRS:
        out |= _replace_each(w, seen, meant)
    for seen, meant in _CAPITAL_PAIRS:
        inner = capitals and not (correcting and (seen, meant) in _DOUBT_ONLY_INNER)
        out |= _replace_each(w, seen, meant, None if inner else 1)
    return out


def _edits(a: str, b: str) -> int:
    """Levenshtein distance (insertions, deletions and substitutions)."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def _beside_names(w: str, neighbours: set[str]) -> bool:
    """``w`` (or ``w`` with one slip undone) is a misread of a word printed beside names."""
    return any(
        abs(len(v) - len(word)) <= most and _edits(v, word) <= most
        for word, most in _BESIDE_NAMES.items()
        for v in neighbours | {w}
    )


def _weak_neighbours(word: str) -> set[str]:
    """Every word one substitution, deletion, insertion or swap away."""
    out: set[str] = set()
    for i in range(len(word) + 1):
        head, tail = word[:i], word[i:]
        if tail:
            out.add(head + tail[1:])
            if len(tail) > 1:
                out.add(head + tail[1] + tail[0] + tail[2:])
        for c in _ALPHABET:
            out.add(head + c + tail)
            if tail:
                out.add(head + c + tail[1:])
    out.discard(word)
    return out


@lru_cache(maxsize=8192)
def word_doubt(word: str, forename: bool = False) -> float:
    """How likely one name word is an OCR slip of a known name (see the module docstring).

    ``forename``: the word stands where a forename does (any word of a name but its last),
    so only a forename it could be a slip of counts: "Liam" is one slip from the surname
    Ham, but nobody's first name is Ham.
    """
    w = fold_name(word)
    if len(w) < _MIN_LENGTH or not w.isalnum():
        return 0.0
    lex = lexicon()
    if w in lex.known:
        return 0.0
    if not w.isalpha():
        # a digit inside a name is a misread letter whatever it was meant to be
        return STRONG
    targets = lex.forenames.keys() if forename else lex.known
    common = lex.common_forenames if forename else lex.common_known
    capitals = len(word) > 1 and word.isupper()
    strong = _strong_neighbours(w, capitals)
    # a table's Sex cell follows the name, so only a last word can be its misread ("Kemal"
    # is two edits from Female, and a forename)
    if any(n in targets for n in strong) or (not forename and _beside_names(w, strong)):
        return STRONG
    if not forename and any(n in common for n in _weak_neighbours(w)):
        return WEAK
    return 0.0


@dataclass(frozen=True)
class EnglishWords:
    """WordNet's index words by part of speech, with the lemmatiser's exceptions and rules,
    so that inflected forms count too ("arrangements" is the noun arrangement)."""

    words: dict[str, frozenset[str]]
    exceptions: dict[str, frozenset[str]]
    rules: dict[str, tuple[tuple[str, str], ...]]

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        for pos, index in self.words.items():
            if word in index or word in self.exceptions[pos]:
                return True
            for old, new in self.rules[pos]:
                if word.endswith(old) and word[: len(word) - len(old)] + new in index:
                    return True
        return False


@lru_cache(maxsize=1)
def english_words() -> EnglishWords:
    """The lemmatiser tables of the spaCy model ``extractors.nlp`` loads, read once.

    The pipeline loads the model without its lemmatiser (nothing runs it), so its tables
    are read from the model's own folder; the part-of-speech keys are resolved with the
    loaded model's string store: one model load per process. Empty when the tables are
    missing, so this doubt then never fires rather than failing the analysis.
    """
    from spacy.lookups import Lookups

    from extractors.nlp import get_nlp  # here: extractors.nlp imports this module's users

    nlp = get_nlp()
    empty = EnglishWords({}, {}, {})
    folder = Path(nlp.path) / "lemmatizer" / "lookups" if nlp.path else None
    if folder is None or not folder.is_dir():
        return empty
    tables = Lookups().from_disk(folder)
    if not tables.has_table("lemma_index"):
        return empty
    index, exc = tables.get_table("lemma_index"), tables.get_table("lemma_exc")
    rules = tables.get_table("lemma_rules") if tables.has_table("lemma_rules") else {}
    words, exceptions, suffixes = {}, {}, {}
    for pos in _POS:
        key = nlp.vocab.strings[pos]
        words[pos] = frozenset(index.get(key, ()))
        exceptions[pos] = frozenset(exc.get(key, {}) if key in exc else ())
        suffixes[pos] = tuple(
            (old, new) for old, new in (rules.get(key, ()) if key in rules else ())
        )
    return EnglishWords(words, exceptions, suffixes)


def _is_plain_word(w: str) -> bool:
    """``w`` (folded) is an ordinary English word and no known name."""
    return len(w) >= _MIN_LENGTH and w not in lexicon().known and w in english_words()


def _short_junk(word: str, others: list[str]) -> float:
    """Doubt for a last word of 1-3 letters that no name is ("Fb", "DOL", "Ce")."""
    w = fold_name(word)
    if len(w) > 3 or not w.isalpha() or w in lexicon().known:
        return 0.0
    if len(w) <= 2:
        return STRONG
    # A three-letter surname the census list lacks (Eze, Obi) is printed like the rest of
    # the name; a heading or column code glued on is not, or has no vowel ("SSS").
    shouted = word.isupper() and not all(o.isupper() for o in others)
    return STRONG if shouted or not (set(w) & _VOWELS) else WEAK


def not_a_name_likelihood(words: list[str]) -> float:
    """How likely the name made of ``words`` is not (only) a name: a heading taken for one,
    or a name with the next cell's word glued on (see the module docstring)."""
    if len(words) < 2:
        return 0.0
    folded = [fold_name(w) for w in words]
    if all(w in _ROLE_WORDS or _is_plain_word(w) for w in folded):  # Family Court
        return HEADING
    last = folded[-1]
    if last in _NAME_SUFFIXES:  # "Jnr" is a WordNet noun too
        return 0.0
    if last in _ROLE_WORDS or _is_plain_word(last) or _run_on_heading(last):
        return STRONG
    return _short_junk(words[-1], words[:-1])


def _run_on_heading(w: str) -> bool:
    """A heading OCR ran into one word, glued onto the name above it: "Samuel Rhys Wright
    Thechild" (the "The child" line under a respondent). Names starting "The" go on with
    no role or English word: Theo, Thea, Theodore, Thewlis."""
    rest = w[3:]
    return (
        w.startswith("the")
        and w not in lexicon().known
        and (rest in _ROLE_WORDS or _is_plain_word(rest))
    )


def _word_spans(name: str) -> list[tuple[int, int]]:
    """Where each word of ``name`` is: hyphenated names are two words ("Smith-Jones")."""
    spans: list[tuple[int, int]] = []
    for token in _WORD_RE.finditer(name):
        start = token.start()
        for part in re.split(r"[-\u2010]", token.group(0)):
            if part:
                spans.append((start, start + len(part)))
            start += len(part) + 1
    return spans


def _words(name: str) -> list[str]:
    return [name[s:e] for s, e in _word_spans(name)]


def _styled(name: str, word: str) -> str:
    """``name`` (folded) printed the way ``word`` was: in capitals when most of its letters
    were ("PATRiclA"), letter for letter when as long ("Fmily" -> Emily, "McDonaid" ->
    McDonald), else with a capital first letter."""
    if _mostly_capitals(word):
        return name.upper()
    if len(name) == len(word):
        return "".join(n.upper() if w.isupper() else n for n, w in zip(name, word, strict=True))
    return name.capitalize()


def _mostly_capitals(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return sum(c.isupper() for c in letters) * 2 > len(letters)


def word_correction(word: str, forename: bool = False) -> str | None:
    """The known name ``word`` is one typical slip of, printed like ``word``, when there is
    exactly one; else None (a known name, no near name, two near names, a weak neighbour
    only, or a word that may be a misread "Female" from the next cell).

    A forename printed in small letters is corrected only for a misread first capital
    (:func:`_first_capital_slip`). Unique matters: a word one slip from two common names
    keeps its doubt and goes to a person; of two readings only one of which is a common
    name ("WIUSON": Wilson, Winson; "Tumer": Turner, Tuner) the common one is taken.
    ``forename`` as in :func:`word_doubt`: a forename position is corrected only to a
    forename.
    """
    w = fold_name(word)
    if len(w) < _MIN_CORRECTED_LENGTH or not w.isalpha() or w != word.lower():
        return None  # short, a digit in it, or an apostrophe the folded name would lose
    lex = lexicon()
    if w in lex.known:
        return None
    capitals = word.isupper()
    strong = _strong_neighbours(w, capitals)
    targets = lex.forenames.keys() if forename else lex.known
    found = {n for n in strong if n in targets}
    if len(found) > 1:
        # two readings, one a common name and the others rare: "WIUSON" is Wilson (the 7th
        # commonest surname) far more often than Winson (26,923rd)
        common = lex.common_forenames if forename else lex.common_known
        found = found & common if len(found & common) == 1 else found
    if len(found) != 1 or _beside_names(w, strong):
        return None
    (name,) = found
    if name not in _strong_neighbours(w, capitals, correcting=True):
        return None
    if forename and not _mostly_capitals(word) and not _first_capital_slip(w, name):
        return None
    return _styled(name, word)


def _first_capital_slip(w: str, name: str) -> bool:
    """Whether ``name`` is ``w`` with its first letter's capital slip undone, and ``w``
    begins as no listed forename does ("fmily" -> emily), the one slip undone in a forename
    printed in small letters.

    The census forename list lacks many forenames British children are given (Inaya,
    Alfie, Owain), and a slip from a listed one ("Inaya" -> Maya, "Alfie" -> Allie, "Owain"
    -> Dwain) made right names wrong on corpora B and C. A misread capital that leaves a
    start no forename has ("Fm", "Ie") is a slip, not an unlisted name.
    """
    return (
        len(w) == len(name)
        and w[1:] == name[1:]
        and (w[0], name[0]) in _CAPITAL_PAIRS
        and w[:2] not in lexicon().forename_starts
    )


@dataclass(frozen=True)
class NameReading:
    """A name as it will be filed: ``value`` with every word that has one sure correction
    corrected (``corrected``), and the doubt (``misread_likelihood``) left on that value."""

    value: str
    misread: float
    corrected: bool


def read_name(name: str) -> NameReading:
    """``name`` with its typical OCR slips undone where the lexicon allows only one reading.

    A doubted name goes to a person even when the slip is plain ("RACHEL EMTLY BUCKLEY");
    the lexicon validates a unique correction the way a check character validates a
    repaired identifier, so the corrected name carries a repair's discount (callers mark it
    ``repaired``) instead of the slip's doubt. Words with no or several corrections keep
    their doubt in ``misread``.
    """
    spans = _word_spans(name)
    last = len(spans) - 1
    value = name
    for i, (start, end) in reversed(list(enumerate(spans))):
        fixed = word_correction(name[start:end], forename=i < last)
        if fixed is not None:
            value = value[:start] + fixed + value[end:]
    return NameReading(value, misread_likelihood(value), value != name)


def misread_likelihood(name: str) -> float:
    """The most doubtful word of ``name`` decides: one misread word makes the name wrong;
    a name that is not only a name (``not_a_name_likelihood``) is as doubtful."""
    words = _words(name)
    last = len(words) - 1
    slip = max((word_doubt(w, forename=i < last) for i, w in enumerate(words)), default=0.0)
    return max(slip, not_a_name_likelihood(words))
