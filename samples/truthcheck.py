"""Check a truth record against the shared format (../shared/truth-format.md).

Used by the tests and handy for anyone building a corpus by hand: it returns a list of
problems rather than raising, so one run reports everything wrong with a file.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from extractors.identifiers import is_valid_pnc
from pipeline.records import DOC_TYPES, ORDER_TYPES
from samples.templates.common import TRUTH_KEYS

POSTCODE_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}$")
CASE_NUMBER_RE = re.compile(r"^[A-Z]{2}\d{2}[A-Z]{1,2}\d{5}$")


def _iso_or_none(value: Any) -> bool:
    if value is None:
        return True
    if not isinstance(value, str):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def problems(truth: dict[str, Any]) -> list[str]:
    """Everything about ``truth`` that breaks the shared format; empty when it is valid."""
    found: list[str] = []
    missing = [key for key in TRUTH_KEYS if key not in truth]
    if missing:
        return [f"missing keys: {', '.join(missing)}"]
    extra = [k for k in truth if k not in TRUTH_KEYS and not k.startswith("_")]
    if extra:
        found.append(f"unknown keys: {', '.join(extra)}")
    if truth["doc_type"] not in DOC_TYPES:
        found.append(f"doc_type {truth['doc_type']!r} not allowed")
    if truth["doc_type"] == "court_order":
        if truth["order_type"] not in ORDER_TYPES:
            found.append(f"order_type {truth['order_type']!r} not allowed")
    elif truth["order_type"] is not None:
        found.append("order_type set on a document that is not a court order")
    for key in ("case_number", "court", "judge", "local_authority"):
        if truth[key] is not None and not (isinstance(truth[key], str) and truth[key]):
            found.append(f"{key} must be a non-empty string or null")
    if truth["case_number"] is not None and not CASE_NUMBER_RE.match(truth["case_number"]):
        found.append(f"case_number {truth['case_number']!r} not in family-court format")
    if not _iso_or_none(truth["document_date"]):
        found.append("document_date is not an ISO date")
    for child in _list(truth, "children", found):
        if not isinstance(child, dict) or set(child) != {"name", "date_of_birth"}:
            found.append(f"child {child!r} must have exactly name and date_of_birth")
        elif not child["name"] or not _iso_or_none(child["date_of_birth"]):
            found.append(f"child {child!r} has an empty name or a bad date")
    for person in _list(truth, "people", found):
        if not isinstance(person, dict) or not {"name", "role"} <= set(person):
            found.append(f"person {person!r} must have name and role")
        elif not _iso_or_none(person.get("date_of_birth")):
            found.append(f"person {person!r} has a bad date_of_birth")
    for pnc in _list(truth, "pnc_ids", found):
        if not isinstance(pnc, str) or not is_valid_pnc(pnc):
            found.append(f"PNC ID {pnc!r} is not valid")
    for code in _list(truth, "postcodes", found):
        if not isinstance(code, str) or not POSTCODE_RE.match(code):
            found.append(f"postcode {code!r} is not an upper-case UK postcode with one space")
    if not isinstance(truth["text"], str):
        found.append("text must be a string")
    return found


def _list(truth: dict[str, Any], key: str, found: list[str]) -> list[Any]:
    value = truth[key]
    if not isinstance(value, list):
        found.append(f"{key} must be a list")
        return []
    return value
