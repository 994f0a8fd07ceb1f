"""Case suggestions for the document page: filed cases naming the same people.

The matching rule is ``pipeline.case_links``'s; this module only gathers the candidates,
through the index's birth-date keys, and reads their records. It is bounded: a date of
birth shared by many documents (a busy family, a popular test date) costs at most
``MAX_CANDIDATES`` record reads per page view.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from fastapi import HTTPException

from pipeline.case_links import CaseSuggestion, birth_dates, suggest_cases, wants_case
from pipeline.records import Record

if TYPE_CHECKING:
    from pipeline.store import Store

log = logging.getLogger(__name__)
MAX_CANDIDATES = 50


def case_suggestions(
    record: Record, store: Store, load: Callable[[str], Record]
) -> list[CaseSuggestion]:
    """The filed cases naming someone ``record`` names; ``load`` reads a record by id."""
    if not wants_case(record):
        return []
    ids: list[str] = []
    for dob in sorted(birth_dates(record)):
        ids += [row.id for row in store.documents_born_on(dob) if row.id not in ids]
    candidates: list[Record] = []
    for doc_id in [i for i in ids if i != record.id][:MAX_CANDIDATES]:
        try:
            candidates.append(load(doc_id))
        except (HTTPException, OSError, ValueError) as exc:  # one bad folder: skip it
            log.warning("suggestion candidate %s skipped: %s", doc_id, type(exc).__name__)
    return suggest_cases(record, candidates)
