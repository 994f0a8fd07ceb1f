"""Evidence features: which telling phrases are on the page, and where.

Every feature is a named group of phrases a clerk would recognise ("section 38",
"Police National Computer", "known to children's services"), so a classification can be
explained by listing the evidence that fired and its weight in ``model.json``. Order
titles get two features each: the phrase in a title-like line (a short line that is
mostly the phrase) and the phrase anywhere. That is what separates an interim care
order from a care order whose recital mentions "an application for a care order".
Phrases are matched longest first, so "interim care order" is never also a "care order".
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np
from rapidfuzz.distance import Levenshtein

from classifiers.tokens import Vocabulary, line_tokens, shape

# --- document-type evidence -------------------------------------------------------------
DOC_PHRASES: dict[str, tuple[str, ...]] = {
    "court_heading": (
        "in the family court",
        "family court",
        "high court",
        "family division",
        "county court",
        "magistrates court",
        "sitting at",
    ),
    "children_act": ("children act 1989", "children act"),
    "family_law_act": ("family law act 1996", "family law act"),
    "adoption_act": ("adoption and children act 2002", "adoption and children act"),
    "judiciary": (
        "district judge",
        "his honour judge",
        "her honour judge",
        "recorder",
        "mr justice",
        "mrs justice",
        "ms justice",
        "lay justices",
        "magistrates",
        "legal adviser",
        "before",
    ),
    # What only an order says: the court deciding something. A notice of hearing or a
    # solicitor's letter has the court heading and the case number but none of this.
    "order_made": (
        "the court orders",
        "it is ordered",
        "court orders",
        "the court records",
        "upon hearing",
        "upon reading",
        "penal notice",
        "vary or discharge",
        "no order as to costs",
        "ordered",
    ),
    "court_procedure": (
        "recitals",
        "further hearing",
        "children s guardian",
        "applicant",
        "respondent",
        "respondents",
        "parties",
        "hearing",
    ),
    "council": (
        "city council",
        "borough council",
        "county council",
        "district council",
        "metropolitan borough council",
        "council",
        "local authority",
    ),
    "childrens_services": (
        "children s services",
        "childrens services",
        "children s social care",
        "children and families",
        "social care",
        "social work",
        "social worker",
        "safeguarding",
        "early help",
        "multi agency",
        "front door",
        "child protection",
        "child protection plan",
        "child in need",
        "looked after",
    ),
    # A check's answer: what only a records check says, kept apart from "records" in general.
    "check_answer": (
        "known to",
        "not known to",
        "known to this authority",
        "is known",
        "are known",
        "not known",
        "no record",
        "no records",
        "open case",
        "previous involvement",
    ),
    "records_check": (
        "our records",
        "check our records",
        "search of our systems",
        "our systems",
        "records",
        "persons named above",
        "checks",
    ),
    "letter": (
        "dear",
        "yours sincerely",
        "yours faithfully",
        "our ref",
        "your ref",
        "kind regards",
    ),
    "data_protection": ("data protection", "information sharing", "disclosure", "consent"),
    "police": (
        "police",
        "constabulary",
        "police national computer",
        "national computer",
        "police and partners",
        "acro",
        "criminal records",
    ),
    # Who is writing, not who is mentioned: a force's own addresses, units and systems.
    # A council's reply may say "police checks were requested separately" and name the
    # force; only the police sign as a disclosure unit, write from police.uk or report
    # what their systems hold.
    "police_sender": (
        "police uk",
        "constabulary",
        "police service",
        "disclosure unit",
        "disclosure officer",
        "disclosure team",
        "police researcher",
        "police research",
        "police systems",
        "force systems",
        "local systems",
        "police national database",
        "pnd",
        "level 1 check",
        "level 1 checks",
        "level 2 check",
        "level 2 checks",
    ),
    # "No trace" is the PNC's own answer for a person it holds nothing on; a council
    # answers "not known to us". Counted as a check's answer it drew police results with
    # a damaged "Police National Computer" line towards la_check.
    "pnc_terms": (
        "no trace",
        "pnc",
        "pnc id",
        "pnc no",
        "pnc number",
        "cro",
        "cro no",
        "cro number",
        "convictions",
        "conviction",
        "cautions",
        "caution",
        "offences",
        "offence",
        "reprimand",
        "arrest",
        "arrested",
        "charged",
        "nominal",
        "forename",
        "forenames",
        "surname",
        "end of report",
        "warning markers",
        "wanted",
        "bail",
        "enquiry ref",
        "restricted",
        "court appearances",
    ),
    "billing": (
        "account number",
        "statement of account",
        "your bill",
        "bill",
        "invoice",
        "total to pay",
        "amount due",
        "direct debit",
        "kwh",
        "standing charge",
        "tariff",
        "balance",
        "payment",
        "customer",
        "meter",
        "energy",
        "electricity",
        "gas",
        "water",
        "broadband",
        "subscription",
        "sort code",
        "vat",
        "billing period",
        "invoice no",
        "invoice number",
        "invoice date",
        "hourly rate",
        "rate per hour",
        "mileage",
        "travel time",
        "subtotal",
        "sub total",
        "total due",
        "payment terms",
        "remittance",
        "purchase order",
        "po number",
        "please pay",
    ),
    "other_council": (
        "parking",
        "permit",
        "penalty charge",
        "vehicle",
        "council tax",
        "bin",
        "waste",
        "recycling",
        "planning",
        "licence",
        "fee",
        "renew",
    ),
    "blank_page": ("intentionally left blank", "left blank", "blank page", "page left blank"),
    # Paper that arrives with casework but is not casework: each group is what such a page
    # is about, so a letter without records searched or an order made has somewhere to go.
    "housing": (
        "housing",
        "housing association",
        "housing officer",
        "tenancy",
        "tenant",
        "rent",
        "rent account",
        "arrears",
        "landlord",
        "repair",
        "repairs",
        "gas safety",
        "contractor",
        "engineer",
    ),
    "health": (
        "nhs",
        "nhs number",
        "nhs trust",
        "hospital",
        "clinic",
        "outpatient",
        "outpatients",
        "appointment",
        "patient",
        "consultant",
        "surgery",
        "medication",
    ),
    "education": (
        "pupil",
        "pupils",
        "headteacher",
        "head teacher",
        "parents evening",
        "parent carer",
        "parents and carers",
        "class teacher",
        "term dates",
        "uniform",
        "consent slip",
        "school",
        "attendance officer",
        "school days",
        "education welfare",
        "persistent absence",
        "academy",
    ),
    "banking": (
        "bank",
        "building society",
        "statement period",
        "opening balance",
        "closing balance",
        "paid in",
        "paid out",
        "money in",
        "money out",
        "card payment",
        "standing order",
        "instalments",
        "annual charge",
        "precept",
    ),
    "covering_letter": (
        "we act for",
        "we are instructed",
        "we represent",
        "please find enclosed",
        "we enclose",
        "enclosed",
        "enclosure",
        "for your records",
        "for your information",
        "acknowledge receipt",
        "on your file",
    ),
    # A notice tells someone when and where to attend; it decides nothing. (Orders list
    # further hearings too, so "listed for" and "time estimate" are no evidence of a notice.)
    "notice": (
        "notice of hearing",
        "notice of the hearing",
        "notice of a hearing",
        "hearing notice",
        "notice of adjourned hearing",
        "notice of listing",
        "take notice",
        "will be heard",
        "notice of proceedings",
        "bring this notice",
        "take this notice",
        "if you do not attend",
        "if you fail to attend",
        "in your absence",
        "you must attend",
        "you should attend",
        "you are required to attend",
        "attend the hearing",
    ),
    # An invitation asks someone to come to a meeting (a child protection conference, a
    # review, a core group): children's services' paper that answers no records request.
    "invitation": (
        "invitation",
        "invite you",
        "inviting you",
        "you are invited",
        "you are welcome",
        "welcome to bring",
        "supporter",
        "conference chair",
        "chair of the conference",
        "independent reviewing officer",
        "please let me know if you can attend",
        "if you are unable to attend",
        "if you cannot attend",
    ),
    "transmission": (
        "fax",
        "facsimile",
        "cover sheet",
        "transmission",
        "including this page",
        "received it in error",
        "intended only for",
    ),
    "benefits": (
        "universal credit",
        "housing benefit",
        "child benefit",
        "work and pensions",
        "revenue and customs",
        "your circumstances change",
    ),
}

# --- order-type evidence ----------------------------------------------------------------
ORDER_TITLES: dict[str, tuple[str, ...]] = {
    "care_order": ("care order", "final care order", "full care order"),
    "interim_care_order": ("interim care order",),
    "supervision_order": ("supervision order", "final supervision order"),
    "interim_supervision_order": ("interim supervision order",),
    "emergency_protection_order": ("emergency protection order",),
    "child_arrangements_order": ("child arrangements order", "residence order", "contact order"),
    "prohibited_steps_order": ("prohibited steps order",),
    "specific_issue_order": ("specific issue order",),
    "non_molestation_order": (
        "non molestation order",
        "nonmolestation order",
        "molestation order",
    ),
    "occupation_order": ("occupation order",),
    "placement_order": ("placement order",),
    # Orders that are none of the eleven named kinds. Each of these is a real order's own
    # title, so in a title line it says "other_order" as surely as "care order" says
    # care_order; GENERIC_TITLES below are the words any order may be headed with.
    "other_order": (
        "case management order",
        "directions order",
        "order",
        "general form of order",
        "order on directions",
        "interim order",
        "special guardianship order",
        "order appointing a special guardian",
        "parental responsibility order",
        "order for parental responsibility",
        "secure accommodation order",
        "interim secure accommodation order",
        "recovery order",
        "order for contact with a child in care",
        "order under section 34",
        "contact with a child in care",
        "family assistance order",
        "child assessment order",
        "education supervision order",
        "adoption order",
        "parental order",
        "enforcement order",
        "forced marriage protection order",
        "female genital mutilation protection order",
        "fgm protection order",
        "deprivation of liberty order",
        "declaration of parentage",
    ),
}
GENERIC_TITLES = frozenset(
    {("order",), ("general form of order",), ("interim order",), ("order on directions",)}
)
ORDER_BODY: dict[str, tuple[str, ...]] = {
    "s31": ("section 31", "s 31", "s31"),
    "s38": ("section 38", "s 38", "s38"),
    "s44": ("section 44", "s 44", "s44"),
    "s8": ("section 8", "s 8", "s8"),
    "schedule_3": ("schedule 3",),
    "fla_s42": ("section 42", "s 42", "s42"),
    "fla_s33": ("section 33", "s 33", "s33"),
    "acta_s21": ("section 21", "s 21", "s21"),
    "fpr_part12": ("part 12", "family procedure rules", "case management hearing"),
    "interim": ("interim", "until further order", "or further order"),
    "care_of": ("in the care of", "placed in the care", "care plan"),
    "supervise": ("supervise", "supervision of", "under the supervision"),
    "emergency": ("remove to accommodation", "produce the child", "authorised to remove"),
    "live_with": ("live with", "spend time with", "lives with"),
    "must_not_remove": ("must not remove", "shall not remove", "prohibited"),
    "specific": ("shall attend", "admission", "school", "medical treatment", "passport"),
    "molest": ("violence", "threaten", "molest", "harass", "pester", "intimidate"),
    "occupy": ("occupy", "right to occupy", "leave the property", "occupation"),
    "adoption": ("adoption", "prospective adopters", "place for adoption", "dispenses with"),
    "directions": ("directions", "file and serve", "evidence statement", "case management"),
    "special_guardian": ("special guardian", "special guardianship", "section 14a", "s 14a"),
    "secure": ("secure accommodation", "restricting liberty", "section 25", "s 25"),
    "recover": ("section 50", "s 50", "unlawfully taken away", "recovery"),
    "contact_in_care": ("section 34", "s 34", "contact with a child in care", "refuse contact"),
    # An order that ends another names the one it ends ("the interim care order is
    # discharged"): a named title in the body then is no evidence of this order's kind.
    "discharges": ("is discharged", "are discharged", "be discharged", "hereby discharged"),
}

_PNC = re.compile(r"\b\d{2}\s?/\s?\d{5,7}\s?[A-Z]\b")
_CRO = re.compile(r"\b\d{1,6}\s?/\s?\d{2}\s?[A-Z]\b")
_CASE_NO = re.compile(r"\b[A-Z]{2}\s?\d{2}\s?[A-Z]{1,2}\s?\d{5}\b")
_MONEY = re.compile(r"£\s?\d")
_DATE = re.compile(r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b")


def _all_phrases() -> list[str]:
    out: list[str] = []
    for group in (DOC_PHRASES, ORDER_TITLES, ORDER_BODY):
        for phrases in group.values():
            out += phrases
    return out


VOCAB = Vocabulary(w for p in _all_phrases() for w in p.split())

# phrase -> (features it feeds). Longest phrases first so matching is greedy-longest.
_PHRASE_FEATURES: dict[tuple[str, ...], list[tuple[str, str]]] = {}
for _kind, _group in (("doc", DOC_PHRASES), ("title", ORDER_TITLES), ("body", ORDER_BODY)):
    for _name, _phrases in _group.items():
        for _p in _phrases:
            _PHRASE_FEATURES.setdefault(tuple(_p.split()), []).append((_kind, _name))
_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _key in sorted(_PHRASE_FEATURES, key=len, reverse=True):
    _BY_FIRST.setdefault(_key[0], []).append(_key)

DOC_FEATURES: tuple[str, ...] = (
    *DOC_PHRASES,
    "order_title_line",
    "order_title_any",
    "pnc_pattern",
    "cro_pattern",
    "case_number_pattern",
    "court_no_order",
    "letter_no_answer",
    "notice_no_order",
    "invite_no_answer",
    "money",
    "dates",
    "words",
    "vocab_share",
)
ORDER_FEATURES: tuple[str, ...] = (
    *(f"title:{k}" for k in ORDER_TITLES),
    *(f"first_title:{k}" for k in ORDER_TITLES),
    *(f"any:{k}" for k in ORDER_TITLES),
    *(f"body:{k}" for k in ORDER_BODY),
    "interim_in_title",
    "generic_title",
)

TITLE_SLACK = 3  # a title-like line starts with the phrase or has few other words


# Features that say how much text there is, not what kind of text: a page where nothing
# else fired has no evidence, and a blank page, speckle and an OCR failure on a real check
# all read like that. The answer is then this fixed, unsure distribution (court_order,
# la_check, police_check, other) rather than whatever the biases learnt from the corpus's
# class shares happen to say.
SIZE_FEATURES = frozenset({"words", "vocab_share", "dates"})
NO_EVIDENCE = (0.15, 0.15, 0.15, 0.55)


@dataclass
class Evidence:
    """Feature vectors for both models, plus what fired (for explanations and tests)."""

    doc: np.ndarray
    order: np.ndarray
    fired: dict[str, float]

    @property
    def telling(self) -> bool:
        """Whether anything beyond the amount of text fired."""
        return any(name not in SIZE_FEATURES for name in self.fired)


def _match_line(tokens: list[str]) -> list[tuple[tuple[str, ...], int]]:
    """Greedy longest-first phrase matches in one line: (phrase, start index)."""
    out: list[tuple[tuple[str, ...], int]] = []
    i = 0
    while i < len(tokens):
        for phrase in _BY_FIRST.get(tokens[i], ()):
            if tuple(tokens[i : i + len(phrase)]) == phrase:
                out.append((phrase, i))
                i += len(phrase)
                break
        else:
            i += 1
    return out


def evidence(text: str) -> Evidence:
    """Count the evidence on a page (or document) of OCR text."""
    doc_counts: dict[str, float] = dict.fromkeys(DOC_PHRASES, 0.0)
    title_line: dict[str, float] = dict.fromkeys(ORDER_TITLES, 0.0)
    title_any: dict[str, float] = dict.fromkeys(ORDER_TITLES, 0.0)
    generic_title = 0.0  # "ORDER", "General form of order": any order may be headed so
    body: dict[str, float] = dict.fromkeys(ORDER_BODY, 0.0)
    first_title: str | None = None
    interim_title = 0.0
    words = in_vocab = 0
    for line in text.splitlines():
        tokens = line_tokens(line, VOCAB)
        if not tokens:
            continue
        words += len(tokens)
        in_vocab += sum(1 for t in tokens if t in VOCAB.words and len(t) > 2)
        titled = False
        matches = [
            (_PHRASE_FEATURES[phrase], phrase, start) for phrase, start in _match_line(tokens)
        ]
        for feeds, phrase, start in matches:
            for kind, name in feeds:
                if kind == "doc":
                    doc_counts[name] += 1
                elif kind == "body":
                    body[name] += 1
                elif phrase == _BARE_ORDER and len(tokens) > 1:
                    continue  # "Order made by ...": the word alone is only a title on its own
                else:
                    title_any[name] += 1
                    if start <= 1 or len(tokens) <= len(phrase) + TITLE_SLACK:
                        named = name != "other_order" or phrase not in GENERIC_TITLES
                        if named:
                            title_line[name] += 1
                        else:
                            generic_title += 1
                        titled = titled or named
                        if first_title is None and named:
                            first_title = name
                        if "interim" in tokens and name not in _INTERIM_ORDERS:
                            interim_title = 1.0
        if not titled and len(tokens) <= 8:
            name = _fuzzy_title(line)
            if name is not None:
                title_any[name] += 1
                title_line[name] += 1
                if first_title is None:
                    first_title = name
    upper = text.upper()
    fired: dict[str, float] = {}
    doc_values: dict[str, float] = {k: _log(v) for k, v in doc_counts.items()}
    doc_values["order_title_line"] = _log(sum(title_line.values()))
    doc_values["order_title_any"] = _log(sum(title_any.values()) - title_any["other_order"])
    doc_values["pnc_pattern"] = _log(len(_PNC.findall(upper)))
    doc_values["cro_pattern"] = _log(len(_CRO.findall(upper)))
    doc_values["case_number_pattern"] = _log(len(_CASE_NO.findall(upper)))
    # What is missing, which a linear model cannot see by itself: a court heading with
    # nothing ordered and no order title (a notice of hearing, a covering letter), and a
    # letter that never says what the records show.
    courtish = doc_counts["court_heading"] or doc_values["case_number_pattern"]
    ordered = doc_counts["order_made"] or doc_values["order_title_line"]
    doc_values["court_no_order"] = 1.0 if courtish and not ordered else 0.0
    doc_values["letter_no_answer"] = (
        1.0 if doc_counts["letter"] and not doc_counts["check_answer"] else 0.0
    )
    # A notice tells someone to attend, an invitation asks them to come: neither orders
    # anything nor answers a records request, whatever court or council heads the page.
    doc_values["notice_no_order"] = 1.0 if doc_counts["notice"] and not ordered else 0.0
    doc_values["invite_no_answer"] = (
        1.0 if doc_counts["invitation"] and not doc_counts["check_answer"] else 0.0
    )
    doc_values["money"] = _log(len(_MONEY.findall(text)))
    doc_values["dates"] = _log(len(_DATE.findall(text)))
    doc_values["words"] = math.log1p(words) / 5.0
    doc_values["vocab_share"] = in_vocab / words if words else 0.0
    order_values: dict[str, float] = {}
    for k in ORDER_TITLES:
        order_values[f"title:{k}"] = min(title_line[k], 1.0)
        order_values[f"first_title:{k}"] = 1.0 if first_title == k else 0.0
        order_values[f"any:{k}"] = _log(title_any[k])
    for k in ORDER_BODY:
        order_values[f"body:{k}"] = _log(body[k])
    order_values["interim_in_title"] = interim_title
    order_values["generic_title"] = min(generic_title, 1.0)
    for name, value in (*doc_values.items(), *order_values.items()):
        if value:
            fired[name] = round(value, 3)
    return Evidence(
        doc=np.array([doc_values[k] for k in DOC_FEATURES], dtype=np.float64),
        order=np.array([order_values[k] for k in ORDER_FEATURES], dtype=np.float64),
        fired=fired,
    )


_BARE_ORDER = ("order",)
_INTERIM_ORDERS = ("interim_care_order", "interim_supervision_order")
_SQUASHED_TITLES: dict[str, str] = {
    shape(p.replace(" ", "")): name
    for name, phrases in ORDER_TITLES.items()
    for p in phrases
    if len(p.split()) >= 2
}
_LETTERS = re.compile(r"[^a-z0-9]")


def _fuzzy_title(line: str) -> str | None:
    """The order title a short line spells once spaces are ignored ("CHILDAR RANGEMES ORDER").

    A fallback for lines that phrase matching could not read: the line squashed to letters
    is compared whole, and by its start (titles followed by a statute), with each title.
    """
    squashed = shape(_LETTERS.sub("", line.lower()))
    if len(squashed) < 8 or not any(part in squashed for part in ("ord", "rde", "der")):
        return None  # every title ends in "order"; some of it survives
    best, best_score = None, 0.0
    for title, name in _SQUASHED_TITLES.items():
        score = max(
            Levenshtein.normalized_similarity(squashed, title),
            Levenshtein.normalized_similarity(squashed[: len(title)], title),
        )
        if score > best_score or (score == best_score and best is not None and len(title) > 0):
            best, best_score = name, score
    return best if best_score >= 0.8 else None


def _log(count: float) -> float:
    """Counts saturate: the tenth mention of 'police' says little the second did not."""
    return math.log1p(max(count, 0.0))
