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

_PLACE_STOP = {
    "case", "no", "no.", "number", "before", "dated", "sitting", "in", "the", "and", "of",
    "between", "re", "claim", "ref", "reference", "order", "on", "at", "made", "judge",
    "district", "deputy", "his", "her", "honour", "recorder", "family", "court",
}  # fmt: skip
_JOINERS = {"upon", "on", "under", "super", "le", "in"}
_WORD_RE = re.compile(r"[^\W\d_](?:[^\W\d_]|['’\-])*(?![^\W_])")  # accented letters too

FAMILY_COURT_RE = re.compile(
    r"\b(?:the\s+)?(?P<kw>(?:f[a-z1l]{3,6}|family)\s+c[o0]urt)\s+(?:sitting\s+(?:at\s+)?|at\s+)",
    re.IGNORECASE,
)
NAMED_FAMILY_COURT_RE = re.compile(
    r"\b(?P<name>Central|East\s+London|West\s+London)\s+Family\s+Court\b", re.IGNORECASE
)
HIGH_COURT_RE = re.compile(
    r"\bHigh\s+C[o0]urt(?P<oj>\s+of\s+Justice)?[,\s]+(?:\(?\s*)?Family\s+Division\b",
    re.IGNORECASE,
)
JUDGE_TITLE_RE = re.compile(
    r"\b(?P<title>"
    r"Deputy\s+D[il1]str[il1]ct\s+J[uv]d[gq]e|D[il1]str[il1]ct\s+J[uv]d[gq]e|"
    r"Deputy\s+High\s+C[o0]urt\s+J[uv]d[gq]e|"
    r"H(?:er|is)\s+H[o0]n[o0]u?r\s+J[uv]d[gq]e|Recorder|"
    r"M(?:rs|r|s)\.?\s+Just[il1]ce|C[il1]rcu[il1]t\s+J[uv]d[gq]e|"
    r"Just[il1]ces[’']?\s+Legal\s+Adv[il1]ser|Legal\s+Adv[il1]ser|DDJ|DJ|HHJ)"
    r"\s+",
    re.IGNORECASE,
)
CANONICAL_TITLES = (
    "Deputy District Judge", "District Judge", "Deputy High Court Judge", "Her Honour Judge",
    "His Honour Judge", "Recorder", "Mr Justice", "Mrs Justice", "Ms Justice", "Circuit Judge",
    "Justices' Legal Adviser", "Legal Adviser", "DDJ", "DJ", "HHJ",
)  # fmt: skip
JUDGE_LABEL_RE = re.compile(
    r"(?:\bbefore|\bmade\s+by|\bjudge|\bheard\s+by|\bsigned|\bby)\W*$", re.IGNORECASE
)
_JUDGE_NAME_STOP = {
    "sitting", "on", "in", "at", "the", "and", "dated", "made", "has", "having", "who", "of",
    "for", "to", "considered", "read", "heard", "upon", "is", "was", "ordered", "orders",
    "order", "kc", "qc", "signed", "date", "court", "family", "case", "no",
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


def find_courts(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for m in FAMILY_COURT_RE.finditer(text):
        kw = re.sub(r"\s+", " ", m.group("kw")).lower()
        if kw != "family court" and fuzz.ratio(kw, "family court") < 80:
            continue
        place = _place(text, m.end())
        if place is None:
            continue
        name = " ".join(text[place[0] : place[1]].split())
        if name.isupper() or name.islower():
            name = name.title()
        line_before = text[_line_start(text, m.start()) : m.start()]
        # "In the Family Court ..." or the court as the heading that starts a line
        anchored = bool(re.search(r"(?:\bin\s*|^\W*)$", line_before, re.IGNORECASE))
        out.append(
            Candidate(
                field="court",
                start=m.start("kw"),
                end=place[1],
                raw=text[m.start("kw") : place[1]],
                value=f"Family Court at {name}",
                validated=None,
                repaired=kw != "family court",
                anchored=anchored,
                certainty=0.95,
                source="pattern:court",
            )
        )
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
    return out


def _canonical_title(raw: str) -> tuple[str, bool]:
    """The judicial title with OCR slips undone ("Distr1ct Judqe" -> "District Judge")."""
    title = " ".join(raw.split()).replace("’", "'").replace("Mr.", "Mr").replace("Mrs.", "Mrs")
    for canonical in CANONICAL_TITLES:
        if title.lower() == canonical.lower():
            return title, False
    best = process.extractOne(
        title.lower(), [t.lower() for t in CANONICAL_TITLES], scorer=fuzz.ratio
    )
    return (CANONICAL_TITLES[best[2]], True) if best else (title, False)


def find_judges(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for m in JUDGE_TITLE_RE.finditer(text):
        end_of_line = _line_end(text, m.end())
        taken: list[re.Match[str]] = []
        cut_short = False  # stopped at a lower-case fragment: the name may be split ("Andr ews")
        lower_line = text[_line_start(text, m.start()) : end_of_line].islower()
        for word in _WORD_RE.finditer(text, m.end(), end_of_line):
            gap = text[(taken[-1].end() if taken else m.end()) : word.start()]
            if gap.strip() or word.group(0).lower() in _JUDGE_NAME_STOP or len(taken) >= 4:
                break
            if not lower_line and word.group(0).islower():
                cut_short = bool(taken) and len(word.group(0)) <= 4
                break  # "Owen Hughes noted": a capitalised name ends at a lower-case word
            taken.append(word)
        if not taken:
            continue
        title, title_repaired = _canonical_title(m.group("title"))
        name = " ".join(text[taken[0].start() : taken[-1].end()].split())
        before = text[max(0, _line_start(text, m.start()) - 30) : m.start()]
        anchored = bool(JUDGE_LABEL_RE.search(before)) or not text[
            _line_start(text, m.start()) : m.start()
        ].strip(" :-")
        out.append(
            Candidate(
                field="judge",
                start=m.start(),
                end=taken[-1].end(),
                raw=text[m.start() : taken[-1].end()],
                value=f"{title} {name}",
                anchored=anchored,
                repaired=title_repaired,
                certainty=(0.6 if cut_short else 0.95)
                * (1.0 if len(taken) >= 2 or "justice" in title.lower() else 0.85),
                source="pattern:judge" + ("+repair" if title_repaired else ""),
            )
        )
    return out


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
    """The gazetteer's spelling of the name the page used ("Wakefield Council" stays so)."""
    if matched == canonical.lower():
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


def find_local_authorities(text: str, cutoff: float = 88.0) -> list[Candidate]:
    """Council names on lines that mention a council, fuzzy-matched against the gazetteer."""
    lookup, names = local_authorities()
    out: list[Candidate] = []
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if len(line) > 200 or not COUNCIL_WORD_RE.search(line):
            continue
        lowered = line.lower()
        hits = process.extract(
            lowered, names, scorer=fuzz.partial_ratio, limit=5, score_cutoff=cutoff
        )
        if not hits:
            continue
        best_score = max(h[1] for h in hits)
        # Among equal scores the longest name that fits in the line: "North Somerset Council"
        # over "Somerset Council", but not "City of X Council" when the page says "X Council".
        top = [h for h in hits if h[1] >= best_score - 0.01]
        name = max(top, key=lambda h: (len(h[0]) <= len(lowered.strip()), len(h[0])))[0]
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
        alone = not line[:s].strip(" ,.:") and not line[e:].strip(" ,.:")
        anchored = alone or bool(LA_LABEL_RE.search(text[max(0, start - 40) : start + s]))
        out.append(
            Candidate(
                field="local_authority",
                start=start + s,
                end=start + e,
                raw=line[s:e],
                value=_as_styled(name, lookup[name]),
                validated=True,
                repaired=best_score < 100,
                anchored=anchored,
                certainty=0.6 + 0.35 * (best_score - cutoff) / (100 - cutoff),
                source="gazetteer:local_authority",
            )
        )
    return out


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
