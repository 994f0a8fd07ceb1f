"""Courts, judges, local authorities and order-type phrases: the legal furniture of a page.

These are found with patterns that tolerate the common OCR errors in their fixed words
("Distr1ct Judqe", "Farnily Court") and a gazetteer of councils matched with rapidfuzz
("Leeds City Counci1"). Values are normalised to the form the truth format uses
("Family Court at Leeds", "District Judge Sarah Thompson", "Leeds City Council").
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process

from extractors.candidates import Candidate
from extractors.name_lexicon import fold_name, lexicon, read_name

_PLACE_STOP = {
    "case", "no", "no.", "number", "before", "dated", "sitting", "in", "the", "and", "of",
    "between", "re", "claim", "ref", "reference", "order", "on", "at", "made", "judge",
    "district", "deputy", "his", "her", "honour", "recorder", "family", "court",
}  # fmt: skip
_JOINERS = {"upon", "on", "under", "super", "le", "in"}
_WORD_RE = re.compile(r"[^\W\d_](?:[^\W\d_]|['’\-])*(?![^\W_])")  # accented letters too

NAMED_FAMILY_COURT_RE = re.compile(
    r"\b(?P<name>Central|East\s+London|West\s+London)\s+Family\s+Court\b", re.IGNORECASE
)
HIGH_COURT_RE = re.compile(
    r"\bHigh\s+C[o0]urt(?P<oj>\s+of\s+Justice)?[,\s]+(?:\(?\s*)?Family\s+Division\b",
    re.IGNORECASE,
)
# "Judge" as OCR writes it: "Judqe", "hudge", "Juuge"; "Justice" as "Justiée", "Justies",
# "sustice"; "District" as "Distr1ct", "Distnct" (ri read as n).
_JUDGE_WORD = r"[JjhI] ?[uv][dcu][gq]e"  # "His Honour J udge": a space OCR put in
_JUSTICE_WORD = r"[JjsI]ust[il1][cée][eés]"
_DISTRICT_WORD = r"D[il1]st(?:r[il1]|n|m)ct"
# A district judge who sits in the magistrates' courts: "District Judge (MC) Alan Price"
_MC = r"\s*\(\s*(?:M\.?\s?C\.?|Magistrates[’']?\s+Courts?)\s*\)"
JUDGE_TITLE_RE = re.compile(
    r"\b(?P<title>"
    rf"(?:Deputy\s+)?{_DISTRICT_WORD}\s+{_JUDGE_WORD}{_MC}|"
    rf"Deputy\s+{_DISTRICT_WORD}\s+{_JUDGE_WORD}|{_DISTRICT_WORD}\s+{_JUDGE_WORD}|"
    rf"Deputy\s+High\s+C[o0]urt\s+{_JUDGE_WORD}|"
    rf"H(?:er|is)\s+H[o0]n[o0]u?r\s+{_JUDGE_WORD}|Recorder|"
    rf"M(?:rs|r|s)\.?\s+{_JUSTICE_WORD}|C[il1]rcu[il1]t\s+{_JUDGE_WORD}|"
    r"Just[il1]ces[’']?\s+Legal\s+Adv[il1]ser|Legal\s+Adv[il1]ser|DDJ|DJ|HHJ)"
    r"\s+",
    re.IGNORECASE,
)
CANONICAL_TITLES = (
    "District Judge (MC)", "Deputy District Judge (MC)", "Deputy District Judge", "District Judge",
    "Deputy High Court Judge",
    "Her Honour Judge", "His Honour Judge", "Recorder", "Mr Justice", "Mrs Justice", "Ms Justice",
    "Circuit Judge",
    "Justices' Legal Adviser", "Legal Adviser", "DDJ", "DJ", "HHJ",
)  # fmt: skip
# A title whose first words OCR bent past the patterns above ("Dist at Judge", "wactrict
# Judge"): up to three words and "Judge", read as the nearest title's opening words when
# they are nearer to one than to any ordinary words before "Judge" (the decoys).
_BENT_TITLE_RE = re.compile(
    rf"(?P<title>(?P<pre>[^\W\d_]{{2,}}(?: [^\W\d_]{{2,}}){{0,2}}) +{_JUDGE_WORD})\s+"
)
_TITLE_OPENINGS = {
    "district": "District Judge",
    "deputy district": "Deputy District Judge",
    "his honour": "His Honour Judge",
    "her honour": "Her Honour Judge",
    "circuit": "Circuit Judge",
}
_TITLE_DECOYS = ("the", "a", "high court", "designated family", "family", "senior", "resident")
_TITLE_CHOICES = (*_TITLE_OPENINGS, *_TITLE_DECOYS)
# "wactrict" is 62 from "district"; "high court" is 60 from "his honour", so it is a decoy
BENT_TITLE_MIN = 60

# "Order-made hy Mr Justice X", "Order made by oo District Judge X": OCR's hyphens, h for b
# and specks between a label and the title
JUDGE_LABEL_RE = re.compile(
    r"(?:\bbefore|\bmade[\s\-]+[bh]y|\bjudge|\bheard\s+by|\bsigned|\bby)\W*(?:\b\w{1,2}\W*)?$",
    re.IGNORECASE,
)
_JUDGE_NAME_STOP = {
    "sitting", "on", "in", "at", "the", "and", "dated", "made", "has", "having", "who", "of",
    "for", "to", "considered", "read", "heard", "upon", "is", "was", "ordered", "orders",
    "order", "kc", "qc", "signed", "date", "court", "family", "case", "no",
    "dbe", "cbe", "obe", "mbe", "jp",
}  # fmt: skip
# Words that are also surnames ("Read", "Heard", "Hasting") end a name only in lower case.
_JUDGE_NAME_STOP_LOWER_ONLY = {"read", "heard", "considered", "having", "has", "who", "upon"}
_HEADING_WORDS = {
    "parties", "party", "applicant", "applicants", "respondent", "respondents", "recitals",
    "children", "child", "case", "order", "orders", "made", "date", "dated", "before", "in",
    "the", "court", "family", "notice", "warning", "between", "and", "re",
}  # fmt: skip
COUNCIL_WORD_RE = re.compile(
    r"\b(c[o0]un[c]?[il1]{1,2}|b[o0]r[o0]ugh|c[o0]rp[o0]rat[il1][o0]n|city\s+of|"
    r"county|cyngor)",
    re.IGNORECASE,
)
LA_LABEL_RE = re.compile(r"(local\s+authority|applicant)\s*[:\-]?\s*$", re.IGNORECASE)

ORDER_PHRASES: tuple[tuple[str, str], ...] = (
    ("interim_care_order", r"interim\s+care\s+order"),
    ("interim_supervision_order", r"interim\s+supervision\s+order"),
    ("emergency_protection_order", r"emergency\s+protection\s+order"),
    ("child_arrangements_order", r"child(?:ren)?\s+arrangements?\s+order"),
    ("prohibited_steps_order", r"prohibited\s+steps\s+order"),
    ("specific_issue_order", r"specific\s+issues?\s+order"),
    ("non_molestation_order", r"non[\s\-]*molestation\s+order"),
    ("occupation_order", r"occupation\s+order"),
    ("placement_order", r"placement\s+order"),
    ("supervision_order", r"supervision\s+order"),
    ("care_order", r"care\s+order"),
)
_ORDER_RE = re.compile(
    "|".join(f"(?P<{name}>\\b{pattern}\\b)" for name, pattern in ORDER_PHRASES), re.IGNORECASE
)


# How much two readings of the same value in different places vouch for its characters:
# two OCR passes over different pixels rarely make the same mistake. On the dev corpora every
# judge, court and council read the same way twice was right (216 of 216).
AGREEMENT_SUPPORT = 0.5
# How much a court heading read letter for letter, its place one of the gazetteer's hearing
# centres, vouches for the reading: a misread rarely lands exactly on another real place (on
# the dev corpora none of the 434 courts matched in the gazetteer was wrong), so Tesseract
# scoring a clean "Family" or "Plymouth" 0 should not send the court to review. Only for a
# heading with "Family Court" read clean too: a mended one ("Fainily") says the line is worn.
GAZETTEER_EXACT_SUPPORT = 0.4


def with_agreement(cands: list[Candidate]) -> list[Candidate]:
    """Candidates whose value is read again, the same, elsewhere on the page get support."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for c in cands:
        spans.setdefault(_agreement_key(c), []).append((c.start, c.end))

    def elsewhere(c: Candidate) -> bool:
        return any(e <= c.start or c.end <= s for s, e in spans[_agreement_key(c)])

    support = AGREEMENT_SUPPORT
    return [c.with_(support=max(c.support, support)) if elsewhere(c) else c for c in cands]


def _agreement_key(c: Candidate) -> str:
    return " ".join(c.value.lower().split())


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _place(text: str, start: int) -> tuple[int, int] | None:
    """The place name that follows 'Family Court at': up to four words on the same line."""
    end_of_line = _line_end(text, start)
    words = list(_WORD_RE.finditer(text, start, end_of_line))
    taken: list[re.Match[str]] = []
    for word in words:
        if taken and text[taken[-1].end() : word.start()].strip():
            break  # punctuation between words ends the name
        if not taken and word.start() != start:
            break
        lower = word.group(0).lower()
        if lower in _JOINERS and taken:
            taken.append(word)
            continue
        if lower in _PLACE_STOP or len(taken) >= 4:
            break
        taken.append(word)
    while taken and taken[-1].group(0).lower() in _JOINERS:
        taken.pop()
    if not taken:
        return None
    return taken[0].start(), taken[-1].end()


@lru_cache(maxsize=1)
def family_courts() -> tuple[dict[str, str], tuple[str, ...]]:
    """Every spelling of every family-court place, lower-cased, mapped to how to write it."""
    path = Path(__file__).with_name("data") / "family_courts.txt"
    lookup: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        for name in (n.strip() for n in line.split("|")):
            lookup.setdefault(_fold_place(name), name)
    return lookup, tuple(lookup)


def _fold_place(name: str) -> str:
    """Letters only, lower case, hyphens as spaces: "Stoke-on-Trent" == "stoke on trent"."""
    return " ".join(re.sub(r"[^a-z' ]+", " ", name.lower().replace("-", " ")).split())


_TOKEN_RE = re.compile(r"\S+")
_JUNK_TOKEN_RE = re.compile(r"^[^A-Za-z0-9]+$")  # "|", "§", "~~": table rules and specks
_PLACE_TOKEN_RE = re.compile(r"^\W*(?P<w>[^\W\d_][^\W\d_'’\-]*(?:['’\-][^\W\d_]+)*)\W*$")
_NOT_FAMILY = {"high", "county", "crown", "magistrates", "magistrates'", "appeal", "the", "this"}


def _letters(token: str) -> str:
    return re.sub(r"[^a-z]", "", token.lower())


def _is_court_word(token: str) -> bool:
    """ "Court", and what OCR makes of it: "C0urt", "Count", "Courl"."""
    word = _letters(token.replace("0", "o"))
    return word[:1] == "c" and 4 <= len(word) <= 6 and fuzz.ratio(word, "court") >= 80


def _is_family_before(tokens: list[re.Match[str]], i: int) -> tuple[int, bool] | None:
    """Where "Family" starts before token ``i`` and whether it was misread, or None.

    OCR splits and mangles it ("§ amily", "Fauii!y", "ramily"), so the one or two tokens
    before "Court" are joined and compared loosely.
    """
    for back in (1, 2):
        if i - back < 0:
            break
        joined = _letters("".join(t.group(0) for t in tokens[i - back : i]))
        if joined in _NOT_FAMILY:
            return None
        if joined == "family":
            return tokens[i - back].start(), False
        if 4 <= len(joined) <= 7 and fuzz.ratio(joined, "family") >= 60:
            return tokens[i - back].start(), True
    return None


def _place_words(text: str, pos: int, lines: int = 2) -> list[tuple[int, int, str]]:
    """The words a place name could be made of after ``pos``: letters-only tokens, this line
    and (for a name or an "at" pushed down by a table) the next non-empty lines."""
    words: list[tuple[int, int, str]] = []
    for _ in range(lines):
        end = _line_end(text, pos)
        for tok in _TOKEN_RE.finditer(text, pos, end):
            raw = tok.group(0)
            if _JUNK_TOKEN_RE.match(raw) or (not words and _letters(raw) == "at"):
                continue
            m = _PLACE_TOKEN_RE.match(raw)
            if m is None:
                return words  # a case number or a date: the name has ended
            glued = _glued_case_label(m.group("w"), text[tok.end() : end])
            if glued is not None:
                start = tok.start() + m.start("w")
                words.append((start, start + len(glued), glued))
                return words
            words.append((tok.start() + m.start("w"), tok.start() + m.end("w"), m.group("w")))
            if len(words) >= 5 or raw[-1] in ",.;:)":
                return words
        pos = end + 1
        while pos < len(text) and text[pos] == "\n":
            pos += 1
        if pos >= len(text):
            break
    return words


# A heading's place run into the "Case No." beside it: "NEWCASTLE UPON TYNECase No.",
# "MANCHESTEBse No.", "LEICESTEWase No." (the space and the C lost or merged into a letter)
_GLUED_CASE_RE = re.compile(r"^(?P<place>[A-Za-z'’\-]{3,}?)(?:[Cc]ase|[A-Za-z]?ase|se)$")
_CASE_NO_AFTER_RE = re.compile(r"^\s*(?:no\b|number\b)", re.IGNORECASE)


def _glued_case_label(word: str, rest_of_line: str) -> str | None:
    """The place in a word that has "Case" glued to its end, when "No." follows, else None.

    A two-column heading sets the case number right after the court; when the gap is lost
    the place no longer matches the gazetteer, or matches only its first word ("Newcastle").
    A word that is itself a place stays as it is.
    """
    m = _GLUED_CASE_RE.match(word)
    if m is None or not _CASE_NO_AFTER_RE.match(rest_of_line):
        return None
    lookup, _ = family_courts()
    return None if _fold_place(word) in lookup else m.group("place")


def match_court_place(
    words: list[tuple[int, int, str]], cutoff: float = 85.0
) -> tuple[str, int, float] | None:
    """(place as the gazetteer spells it, how many words it took, score) or None.

    Every run of one to four leading words is tried as written and with its pieces joined
    ("She ffieid" -> "Sheffield"); the best score wins, the longer run on a tie, so "Newcastle
    upon Tyne" beats "Newcastle" and "Bradford" beats "Bradford anne".
    """
    lookup, names = family_courts()
    best: tuple[str, int, float] | None = None
    for n in range(1, min(4, len(words)) + 1):
        parts = [_fold_place(w[2]) for w in words[:n]]
        spaced, joined = " ".join(parts), "".join(parts)
        # "rn" is how OCR most often reads "m" ("Plyrnouth"): tried as a mended reading
        for phrase in dict.fromkeys((spaced, joined, spaced.replace("rn", "m"))):
            if not phrase:
                continue
            hit = process.extractOne(phrase, names, scorer=fuzz.ratio, score_cutoff=cutoff)
            if hit is None or (best is not None and hit[1] < best[2]):
                continue
            if phrase != spaced:
                hit = (hit[0], min(hit[1], 99.0), hit[2])  # a mended reading is a repair
            if hit[1] == 100 and phrase == spaced:
                # read cleanly: keep the page's own spelling ("Stoke on Trent" stays so)
                best = (_styled_place(" ".join(w[2] for w in words[:n])), n, hit[1])
            else:
                best = (lookup[hit[0]], n, hit[1])
    return best


def _cut_short(place: str, text: str, end: int) -> str | None:
    """The longer place ``place`` begins, when the page goes on with its next word smudged.

    "NEWCASTLE UPO®Q4B¥Nib." matches Newcastle, a place of its own in the gazetteer, because
    the smudged word ends the name; its first letters say it was "upon Tyne". Taken as a
    repair, so the court waits for a person. A clean continuation never gets here: the
    longer run of words matches better.
    """
    lookup, names = family_courts()
    folded = _fold_place(place)
    following = text[end : _line_end(text, end)].split(maxsplit=1)
    smudged = _letters(following[0]) if following else ""
    for name in names:
        if name.startswith(folded + " "):
            next_word = name[len(folded) + 1 :].split()[0]
            if len(smudged) >= 2 and smudged.startswith(next_word[:3]):
                return lookup[name]
    return None


def _styled_place(name: str) -> str:
    """A place in capitals or lower case written as a name, joining words in lower case."""
    if not (name.isupper() or name.islower()):
        return name
    return " ".join(
        w.lower() if w.lower() in _JOINERS | {"of"} else w.capitalize() for w in name.split()
    )


def _court_at(
    text: str, start: int, pos: int, kw_repaired: bool, certainty: float
) -> Candidate | None:
    """The court whose place name follows ``pos`` (just after "sitting at"/"at")."""
    words = _place_words(text, pos)
    line_before = text[_line_start(text, start) : start]
    # "In the Family Court ..." or the court as the heading that starts a line
    anchored = bool(re.search(r"(?:\bin\W*(?:the\W*)?|^\W*(?:the\W*)?)$", line_before, re.I))
    matched = match_court_place(words)
    # "Fauii!y Count" can only be "Family Court": mending it costs a little certainty; the
    # place is where a wrong value would come from, so only a mended place is a repair
    certainty *= 0.95 if kw_repaired else 1.0
    if matched is not None:
        place, n, score = matched
        end = words[n - 1][1]
        longer = _cut_short(place, text, end)
        if longer is not None:
            place, score = longer, min(score, 99.0)
        return Candidate(
            field="court",
            start=start,
            end=end,
            raw=text[start:end],
            value=f"Family Court at {place}",
            validated=True,
            repaired=score < 100,
            anchored=anchored,
            certainty=certainty,
            source="gazetteer:court" + ("+repair" if kw_repaired or score < 100 else ""),
            support=GAZETTEER_EXACT_SUPPORT if score == 100 and not kw_repaired else 0.0,
        )
    span = _place(text, pos + len(text[pos:]) - len(text[pos:].lstrip(" \t|)(,.:")))
    if span is None:
        return None
    name = " ".join(text[span[0] : span[1]].split())
    if name.isupper() or name.islower():
        name = name.title()
    # Not a place we know: read it, but leave it for a person to confirm; and what looks like
    # no place name at all ("i R", "Eradfi-") is a smudge's reading, hardly worth showing.
    looks_like_place = (
        all(w[:1].isupper() and len(w) >= 2 for w in name.split())
        and any(len(w) >= 4 for w in name.split())
        and not name.endswith(("-", "'", "’"))
    )
    return Candidate(
        field="court", start=start, end=span[1], raw=text[start : span[1]],
        value=f"Family Court at {name}", validated=None, repaired=kw_repaired,
        anchored=anchored, certainty=certainty * (0.75 if looks_like_place else 0.3),
        source="pattern:court",
    )  # fmt: skip


def _is_sitting(token: str, before_at: bool = False) -> bool:
    """ "sitting" as OCR writes it ("sitang", "sittn"); just before "at", even without its
    first letters ("ating at")."""
    word = _letters(token)
    if not 4 <= len(word) <= 9:
        return False
    if word[:1] == "s" and fuzz.ratio(word, "sitting") >= 70:
        return True
    return before_at and word.endswith(("ing", "ting", "tng")) and fuzz.ratio(word, "sitting") >= 50


def _next_is_at(tokens: list[re.Match[str]], j: int) -> bool:
    return j + 1 < len(tokens) and _letters(tokens[j + 1].group(0)) == "at"


def _after_connector(tokens: list[re.Match[str]], j: int) -> tuple[int, bool] | None:
    """Skip "sitting", "at" and table junk after "Court"; (index of the next token, whether a
    connector was seen) or None if the line does not go on to name a place."""
    seen = False
    while j < len(tokens):
        raw = tokens[j].group(0)
        if _JUNK_TOKEN_RE.match(raw):
            j += 1
        elif (not seen and _is_sitting(raw, _next_is_at(tokens, j))) or (
            _letters(raw) == "at" and len(raw) <= 4
        ):
            seen = True
            j += 1
        else:
            break
    return (j, seen) if seen else None


_AT_LINE_START_RE = re.compile(
    r"[ \t|]*(?:(?P<sitting>[^\W\d_]{4,9})[ \t]+)?at[ \t]+(?=[A-Za-z])", re.IGNORECASE
)


def _at_starting_next_line(text: str, pos: int) -> int | None:
    """Where the place starts when the next non-empty line begins with "at" or "sitting at"
    (the order form's "IN THE FAMILY COURT" over "sitting at Reading"), else None."""
    while pos < len(text) and text[pos] == "\n":
        pos += 1
    m = _AT_LINE_START_RE.match(text, pos)
    if m is None or (m.group("sitting") and not _is_sitting(m.group("sitting"), True)):
        return None
    return m.end()


# "at" as OCR misreads it: "ot Bristol", "al Leeds", "af Derby"
_AT_LOOKALIKE_RE = re.compile(r"^[aoe][tlf]$", re.IGNORECASE)


def _court_without_at(
    text: str, line_start: int, family_at: int, tokens: list[re.Match[str]], j: int
) -> Candidate | None:
    """A court named with its "at" misread ("Family Cuurt ot Bristol") or left out, as a
    printout's request line writes it ("REQUESTED FOR: FAMILY COURT LEICESTER").

    Without the connector nothing says the next words are a place, so only a place the
    gazetteer knows is kept (the caller checks ``validated``), and with less certainty than
    a court named in full: 0.9 after an "at" look-alike, 0.85 with none.
    """
    if j >= len(tokens):
        return None
    certainty = 0.85
    if _AT_LOOKALIKE_RE.match(tokens[j].group(0)):
        certainty, j = 0.9, j + 1
        if j >= len(tokens):
            return None
    place_pos = line_start + tokens[j].start()
    cand = _court_at(text, line_start + family_at, place_pos, True, certainty)
    return cand.with_(repaired=True) if cand is not None else None


def find_courts(text: str) -> list[Candidate]:
    """Family Court hearing centres, the London family courts and the High Court.

    "The Family Court sitting at <place>" is found token by token rather than with one
    pattern because OCR mangles every part of it: "Fauii!y Count", "sitang at", "sitting
    | Derby" with "at" pushed to the next line, "NEWCASTLE UPON\nTYNE". The place is matched
    against the gazetteer of hearing centres; one that matches is validated.
    """
    out: list[Candidate] = []
    pos = 0
    for line in text.split("\n"):
        line_start, pos = pos, pos + len(line) + 1
        tokens = list(_TOKEN_RE.finditer(line))
        for i, tok in enumerate(tokens):
            if _is_court_word(tok.group(0)):
                family = _is_family_before(tokens, i)
                if family is None:
                    continue
                after = _after_connector(tokens, i + 1)
                kw_repaired = family[1] or _letters(tok.group(0)) != "court"
                if after is None:
                    # a form's two-column heading: "The Family Court   Case No. ..." then
                    # "at Exeter" starting the next line, the place under the court
                    below = _at_starting_next_line(text, pos)
                    if below is not None:
                        cand = _court_at(text, line_start + family[0], below, kw_repaired, 0.95)
                    elif not family[1] and tok.group(0)[-1:].isalpha():
                        # "Family" read clean and nothing closing the phrase ("Mill Court,")
                        cand = _court_without_at(text, line_start, family[0], tokens, i + 1)
                    else:
                        continue
                    if cand is not None and cand.validated:
                        out.append(cand)
                    continue
                j = after[0]
                place_pos = line_start + (tokens[j].start() if j < len(tokens) else len(line))
                cand = _court_at(text, line_start + family[0], place_pos, kw_repaired, 0.95)
            elif _is_sitting(tok.group(0)) and i + 1 < len(tokens):
                # "... sittn tg at Cardiff" with "Family Court" lost in a smudge: only a
                # place in the gazetteer, right after "at", is taken, and with less certainty
                if i > 0 and _is_court_word(tokens[i - 1].group(0)):
                    continue
                k = i + 1
                if _letters(tokens[k].group(0)) != "at" and k + 1 < len(tokens):
                    k += 1
                if _letters(tokens[k].group(0)) != "at" or k + 1 >= len(tokens):
                    continue
                cand = _court_at(
                    text, line_start + tok.start(), line_start + tokens[k + 1].start(), True, 0.8
                )
                if cand is None or cand.validated is not True:
                    continue
                cand = cand.with_(repaired=True)  # the court itself is only inferred
            else:
                continue
            if cand is not None:
                out.append(cand)
    for m in NAMED_FAMILY_COURT_RE.finditer(text):
        name = " ".join(m.group("name").split()).title()
        out.append(
            Candidate(
                field="court", start=m.start(), end=m.end(), raw=m.group(0),
                value=f"{name} Family Court", anchored=True, certainty=0.9,
                source="pattern:court",
            )
        )  # fmt: skip
    for m in HIGH_COURT_RE.finditer(text):
        value = (
            "High Court of Justice Family Division"
            if m.group("oj")
            else "High Court Family Division"
        )
        out.append(
            Candidate(
                field="court", start=m.start(), end=m.end(), raw=m.group(0), value=value,
                anchored=True, certainty=0.95, source="pattern:court",
            )
        )  # fmt: skip
    out += _court_from_address(text, out)
    return with_agreement(out)


# "Court address: Wakefield Combined Court Centre, 114 York Lane, ...": the order's own court
# building, named for its place. On the dev corpora the place there was the court's in every
# one of 170 orders that print the line.
COURT_ADDRESS_RE = re.compile(
    r"^\W{0,3}(?P<court>\S{4,6})[ \t]+address\b[ \t]*[:.;,]?", re.I | re.M
)
_BUILDING_WORDS = ("combined", "county", "family", "court", "law", "justice", "civil")
# How sure a court read only from the address line is: the heading that names the court was
# lost, so it is kept as a repair and, at 0.8 x 0.75, stays below the court threshold: it
# saves the analyst typing the court, never sends an order past review on its own.
COURT_ADDRESS_CERTAINTY = 0.8


def _court_from_address(text: str, found: list[Candidate]) -> list[Candidate]:
    """The court named by the order's "Court address:" line, when no heading names one.

    A smudged heading ("The Family Court siting Cy", or none at all) leaves the court to be
    typed in; the address line names the same hearing centre. Only a gazetteer place that is
    followed by a court building's word ("Combined Court Centre") is taken, and only when the
    heading gave no place the gazetteer knows.
    """
    if any(c.validated and c.value.startswith("Family Court at ") for c in found):
        return []
    out: list[Candidate] = []
    for m in COURT_ADDRESS_RE.finditer(text):
        if not _is_court_word(m.group("court")):
            continue
        words = _place_words(text, m.end(), lines=1)
        matched = match_court_place(words)
        if matched is None or matched[1] >= len(words):
            continue
        place, n, _score = matched
        if not _is_building_word(words[n][2]):
            continue  # "Court address: 12 Leeds Road": a street, not the court's building
        start, end = words[0][0], words[n - 1][1]
        out.append(
            Candidate(
                field="court", start=start, end=end, raw=text[start:end],
                value=f"Family Court at {place}", validated=True, repaired=True, anchored=True,
                certainty=COURT_ADDRESS_CERTAINTY, source="gazetteer:court+address",
            )
        )  # fmt: skip
    return out


def _is_building_word(word: str) -> bool:
    """'Combined', 'County', 'Court' as OCR reads them ("Combmed", "Gourt")."""
    letters = _letters(word)
    return any(fuzz.ratio(letters, w) >= 75 for w in _BUILDING_WORDS)


def _canonical_title(raw: str) -> tuple[str, bool]:
    """The judicial title with OCR slips undone ("Distr1ct Judqe" -> "District Judge")."""
    title = " ".join(raw.split()).replace("’", "'").replace("Mr.", "Mr").replace("Mrs.", "Mrs")
    title = re.sub(_MC, " (MC)", title, flags=re.IGNORECASE)
    for canonical in CANONICAL_TITLES:
        if title.lower() == canonical.lower():
            return title, False
    best = process.extractOne(
        title.lower(), [t.lower() for t in CANONICAL_TITLES], scorer=fuzz.ratio
    )
    return (CANONICAL_TITLES[best[2]], True) if best else (title, False)


def _name_on_next_line(text: str, end_of_line: int, most: int) -> list[re.Match[str]]:
    """A name (or its surname) a narrow column pushed onto the next line: the whole line up
    to ``most`` capitalised words that are not a heading ("Oliver" / "Jackson" / "Case No")."""
    if end_of_line >= len(text):
        return []
    start = end_of_line + 1
    end = _line_end(text, start)
    line = text[start:end]
    words = list(_WORD_RE.finditer(text, start, end))
    if not 1 <= len(words) <= most or line.strip(" .,|") != " ".join(w.group(0) for w in words):
        return []
    if any(not w.group(0)[0].isupper() or w.group(0).lower() in _HEADING_WORDS for w in words):
        return []
    return words


# Specks OCR leaves between a title and the name: "Mrs Justies ‘King"
_NAME_SPECKS = " \t‘’'\"`“”,."
# A name's last letter read as "!" or "|" and glued to it: "Recorder Melissa Mitchel!"
_GLUED_L_RE = re.compile(r"[!|]")


def _name_certainty(taken: list[re.Match[str]], title: str) -> float:
    """A judge is often named by surname alone ("HHJ Redfern"), so one word costs little;
    a single letter ("Recorder I" from "I.uke") is no name at all, and a forename that is
    no surname ("Her Honour Judge Harriet", "White" lost to the line's end) is half one."""
    if len(taken) >= 2 or "justice" in title.lower():
        return 1.0
    word = taken[0].group(0)
    if len(word) < 3:
        return 0.5
    folded = fold_name(word)
    names = lexicon()
    return 0.6 if folded in names.forenames and folded not in names.surnames else 0.93


_DEPUTY_TAKERS = ("District Judge", "District Judge (MC)")
_LETTERS_RE = re.compile(r"[^\W\d_]{2,}")
LOST_DEPUTY_CERTAINTY = 0.8

# What a mended title costs: a slip undone in a title the patterns read, or a title guessed
# from bent words (which may also have lost a "Deputy").
MENDED_TITLE_CERTAINTY = 0.95
BENT_TITLE_CERTAINTY = 0.85


def _judge_titles(text: str) -> list[tuple[re.Match[str], str, float]]:
    """Every judicial title on the page, with its canonical form and what mending it cost:
    those the patterns read, then bent ones (``_BENT_TITLE_RE``) where no pattern did."""
    found = []
    for m in JUDGE_TITLE_RE.finditer(text):
        title, mended = _canonical_title(m.group("title"))
        found.append((m, title, MENDED_TITLE_CERTAINTY if mended else 1.0))
    for m in _BENT_TITLE_RE.finditer(text):
        if any(o.start() < m.end() and m.start() < o.end() for o, _, _ in found):
            continue
        # the words nearest "Judge" that read best as a title's opening: "Deputy Dist at"
        # as a whole, "made by Dist at" from its second word on
        scored = []
        for word in re.finditer(r"\S+", m.group("pre")):
            best = process.extractOne(
                m.group("pre")[word.start() :].lower(), _TITLE_CHOICES, scorer=fuzz.ratio
            )
            if best:
                scored.append((best[1], best[0], m.start("pre") + word.start()))
        score, opening, start = max(scored, default=(0.0, "", 0))
        # an exact opening is one the patterns skipped for a reason ("District Judge's")
        if opening in _TITLE_OPENINGS and BENT_TITLE_MIN <= score < 100:
            bent = _BENT_TITLE_RE.match(text, start)
            if bent is not None:
                found.append((bent, _TITLE_OPENINGS[opening], BENT_TITLE_CERTAINTY))
    return sorted(found, key=lambda item: item[0].start())


def find_judges(text: str) -> list[Candidate]:
    """Judicial titles and the name after them, the title mended to its canonical form.

    The title comes from a short closed list, so undoing OCR slips in it ("hudge", "Distnct",
    "sustice") costs a little certainty; the name is where a wrong value would come from,
    so a name that had to be mended or may be cut short is marked repaired.
    """
    out: list[Candidate] = []
    for m, title, title_certainty in _judge_titles(text):
        end_of_line = _line_end(text, m.end())
        taken: list[re.Match[str]] = []
        cut_short = False  # stopped at a lower-case fragment: the name may be split ("Andr ews")
        lower_line = text[_line_start(text, m.start()) : end_of_line].islower()
        for word in _WORD_RE.finditer(text, m.end(), end_of_line):
            gap = text[(taken[-1].end() if taken else m.end()) : word.start()]
            lower = word.group(0).lower()
            stop = lower in _HEADING_WORDS or (
                lower in _JUDGE_NAME_STOP
                and not (lower in _JUDGE_NAME_STOP_LOWER_ONLY and word.group(0)[0].isupper())
            )
            if (gap.strip(_NAME_SPECKS) if not taken else gap.strip()) or stop or len(taken) >= 4:
                break
            if not lower_line and word.group(0).islower():
                cut_short = bool(taken) and len(word.group(0)) <= 4
                break  # "Owen Hughes noted": a capitalised name ends at a lower-case word
            taken.append(word)
        wrapped = False
        rest = text[taken[-1].end() if taken else m.end() : end_of_line]
        if len(taken) <= 1 and not cut_short and not rest.strip():
            more = _name_on_next_line(text, end_of_line, 1 if taken else 3)
            if more:
                taken += more
                wrapped = True
        if not taken:
            continue
        name = " ".join(text[taken[0].start() : taken[-1].end()].split())
        end = taken[-1].end()
        glued_l = bool(_GLUED_L_RE.match(text, end)) and not text[end + 1 : end + 2].isalnum()
        if glued_l:
            name, end = name + "l", end + 1
        before = text[max(0, _line_start(text, m.start()) - 30) : m.start()]
        lead = text[_line_start(text, m.start()) : m.start()]
        anchored = bool(JUDGE_LABEL_RE.search(before)) or not lead.strip(" :-")
        certainty = (0.6 if cut_short else 0.75 if wrapped else 0.95) * _name_certainty(
            taken, title
        )
        if not anchored and title in _DEPUTY_TAKERS and _LETTERS_RE.search(lead):
            # "Aw auty District Judge Henry Perry": words no label explains, right before
            # a title a "Deputy" can open, may be that "Deputy" bent out of reading
            certainty *= LOST_DEPUTY_CERTAINTY
        reading = read_name(name)  # a slip with one known-name reading is undone
        repaired = glued_l or reading.corrected
        out.append(
            Candidate(
                field="judge",
                start=m.start(),
                end=end,
                raw=text[m.start() : end],
                value=f"{title} {reading.value}",
                anchored=anchored,
                repaired=repaired,
                certainty=certainty * title_certainty,
                source="pattern:judge" + ("+repair" if title_certainty < 1 or repaired else ""),
                misread=reading.misread,
            )
        )
    return with_agreement(out)


@lru_cache(maxsize=1)
def local_authorities() -> tuple[dict[str, str], tuple[str, ...]]:
    """Every name and alias of every council, mapped to the council's own name."""
    path = Path(__file__).with_name("data") / "local_authorities.txt"
    lookup: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        names = [n.strip() for n in line.split("|")]
        for name in names:
            lookup[name.lower()] = names[0]
    return lookup, tuple(lookup)


def _as_styled(matched: str, canonical: str) -> str:
    """The gazetteer's spelling of the name the page used ("Wakefield Council" stays so); a
    Welsh name on a bilingual letterhead is filed under the council's own English style, so
    the two halves of one letterhead agree."""
    if matched == canonical.lower() or matched.startswith("cyngor"):
        return canonical
    for line in _gazetteer_lines():
        for name in line:
            if name.lower() == matched:
                return name
    return canonical


@lru_cache(maxsize=1)
def _gazetteer_lines() -> tuple[tuple[str, ...], ...]:
    path = Path(__file__).with_name("data") / "local_authorities.txt"
    return tuple(
        tuple(n.strip() for n in line.split("|"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    )


_GENERIC_COUNCIL_WORDS = {
    "city", "council", "county", "borough", "metropolitan", "district", "of", "the", "and",
    "royal", "corporation", "cyngor", "sir", "london",
}  # fmt: skip


def _place_score(name: str, line: str) -> float:
    """How well the part of a council's name that is not "City Council" is on the line."""
    place = " ".join(w for w in name.split() if w not in _GENERIC_COUNCIL_WORDS)
    return 100.0 if not place else fuzz.partial_ratio(place, line)


def _best_council(
    lowered: str, names: tuple[str, ...], cutoff: float
) -> tuple[str, float, float] | None:
    """(gazetteer name, score on the line, score of its place words) of the council a line
    names, or None.

    A name whose place words are on the line ("Leeds" in "Leeds City Counci1") wins over one
    that only shares "City Council" with it; among names read only approximately ("Shelheld
    City Council") the one whose place is nearest wins, not the one whose generic words are.
    """
    hits = process.extract(lowered, names, scorer=fuzz.partial_ratio, limit=10, score_cutoff=cutoff)
    # "City Council" alone on a line (the place wrapped onto the line above) lies inside
    # every city council's name: the words that tell councils apart must be on the line.
    scored = [(h[0], h[1], _place_score(h[0], lowered)) for h in hits]
    scored = [h for h in scored if h[2] >= 50]
    if not scored:
        return None
    clear = [h for h in scored if h[2] >= 80]
    if not clear:
        return max(scored, key=lambda h: (h[1] + h[2], len(h[0])))
    best_score = max(h[1] for h in clear)
    # Among equal scores the longest name that fits in the line: "North Somerset Council"
    # over "Somerset Council", but not "City of X Council" when the page says "X Council".
    top = [h for h in clear if h[1] >= best_score - 0.01]
    return max(top, key=lambda h: (len(h[0]) <= len(lowered.strip()), len(h[0])))


_WRAPPED_COUNCIL_RE = re.compile(
    r"^\W*(?:(?:city|county|borough|metropolitan\s+borough|district)\s+)?c[o0]unc[il1]{1,2}\b",
    re.IGNORECASE,
)
_PLACE_TAIL_RE = re.compile(r"(?:\b[A-Z][\w'\-]*[ \t]+){0,2}\b[A-Z][\w'\-]*[ \t]*$")


def find_local_authorities(text: str, cutoff: float = 88.0) -> list[Candidate]:
    """Council names on lines that mention a council, fuzzy-matched against the gazetteer.

    A council read only approximately is a guess; when the page also names a council
    clearly (its letterhead), the guesses are dropped: they are most likely the same name
    misread in a footer or a stamp, and a rival would only cast doubt on the clear one.
    """
    lookup, names = local_authorities()
    out: list[tuple[Candidate, bool]] = []
    pos = 0
    previous = ""
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        above, previous = previous, line
        if len(line) > 200 or not COUNCIL_WORD_RE.search(line):
            continue
        lowered = line.lower()
        found = _best_council(lowered, names, cutoff)
        wrapped = False
        tail = _PLACE_TAIL_RE.search(above) if _WRAPPED_COUNCIL_RE.match(line) else None
        if found is None and tail is not None:
            # "...in the care of Birmingham\nCity Council": the place ends the line above;
            # the two lines are read as one, the line break as a space so offsets hold
            tail_start = start - len(above) - 1 + tail.start()
            joined = text[tail_start : start + len(line)].replace("\n", " ")
            found = _best_council(joined.lower(), names, cutoff)
            if found is not None and found[2] >= 80:
                line, start, wrapped = joined, tail_start, True
            else:
                found = None
        if found is None:
            continue
        name, score, place = found
        lowered = line.lower()
        align = fuzz.partial_ratio_alignment(name, lowered)
        s, e = (align.dest_start, align.dest_end) if align else (0, len(line))
        # A shorter alias inside a longer name ("Somerset Council" in "North Somerset Council")
        # must not win: widen to whole words.
        while s > 0 and line[s - 1].isalnum():
            s -= 1
        while e < len(line) and line[e].isalnum():
            e += 1
        while s < e and not line[s].isalnum():
            s += 1
        # a label before it, or the council's name as a line of its own (a letterhead)
        alone = not wrapped and not line[:s].strip(" ,.:") and not line[e:].strip(" ,.:")
        anchored = alone or bool(LA_LABEL_RE.search(text[max(0, start - 40) : start + s]))
        cand = Candidate(
            field="local_authority",
            start=start + s,
            end=start + e,
            raw=text[start + s : start + e],
            value=_as_styled(name, lookup[name]),
            validated=True,
            repaired=score < 100,
            anchored=anchored,
            # a place read so badly ("CcRBY City Council") is a guess for a person to check
            certainty=(0.6 + 0.35 * (score - cutoff) / (100 - cutoff))
            * (1.0 if place >= 80 else 0.5)
            * (0.9 if wrapped else 1.0),
            source="gazetteer:local_authority",
        )
        out.append((cand, place >= 80))
    out = _one_style_per_council(out, lookup)
    if any(clear for _, clear in out):
        return with_agreement([c for c, clear in out if clear])
    return with_agreement([c for c, _ in out])


def _one_style_per_council(
    found: list[tuple[Candidate, bool]], lookup: dict[str, str]
) -> list[tuple[Candidate, bool]]:
    """One council written two ways on a page ("Hull City Council" in the text, "Kingston
    upon Hull City Council" under the signature) is one value, the council's own style: two
    spellings of it are not rival councils."""
    styles: dict[str, set[str]] = {}
    for cand, _ in found:
        styles.setdefault(lookup.get(cand.value.lower(), cand.value), set()).add(cand.value)
    return [
        (cand.with_(value=own) if len(styles[own]) > 1 else cand, clear)
        for cand, clear in found
        if (own := lookup.get(cand.value.lower(), cand.value))
    ]


def find_order_phrases(text: str) -> list[Candidate]:
    """Order-type phrases ("interim care order", ...) for the classifier and the record."""
    out: list[Candidate] = []
    for m in _ORDER_RE.finditer(text):
        kind = m.lastgroup or "other_order"
        out.append(
            Candidate(
                field="order_type", start=m.start(), end=m.end(), raw=m.group(0), value=kind,
                certainty=0.9, source="pattern:order_type",
            )
        )  # fmt: skip
    return out
