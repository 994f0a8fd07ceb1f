"""extractors.extract with the real spaCy model, on documents written in several wordings.

The texts are written here (not taken from samples/) in layouts the rules were not tuned on,
with the noise OCR adds: character confusions, lower case, broken lines, lost punctuation.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from extractors.confidence import SUGGESTED_THRESHOLD
from extractors.identifiers import format_pnc

_spec = importlib.util.spec_from_file_location(
    "extractors_test_doctext", Path(__file__).resolve().parents[1] / "extractors" / "doctext.py"
)
assert _spec is not None and _spec.loader is not None
_doctext = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_doctext)
doc_from_text = _doctext.doc_from_text

pytestmark = pytest.mark.integration

PNC = format_pnc("03", "456789")

COURT_ORDER = """IN THE FAMILY COURT SITTING AT SHEFFIELD
Case No: SH23C00417
CARE ORDER
Section 31 Children Act 1989
Before Her Honour Judge Priya Raman sitting in private
The parties
Applicant: Sheffield City Council
First Respondent: Leanne Marie Hollis (mother)
Second Respondent: Craig Dobson (father)
The children
Name Gender Date of birth
Tyler Hollis Male 04/09/2015
Maisie Hollis Female 17th June 2019
Recitals
The court read the care plan dated 2 February 2024.
IT IS ORDERED THAT:
1. The children are placed in the care of Sheffield City Council.
Court address: 50 West Bar, Sheffield S3 8PH
Order made by Her Honour Judge Priya Raman on 14 March 2024"""

LA_LETTER = """Kent County Counci1
Children, Young People and Education
Sessions House, Maidstone ME14 1XQ
Our ref: KCC/88213
Date: 9th Jan 2024
Dear Sir or Madam
Re: safeguarding checks
Name: Ruby May Carter
DOB: 21.11.2017
Name: Daniel Carter (father)
D.O.B. 03/05/1988
Kent County Council holds no records about the family."""

PNC_PRINT = f"""POLICE NATIONAL COMPUTER - PERSON PRINT
DATE PRINTED: 05/02/2024
SURNAME: OKAFOR
FORENAME(S): JAMES CHUKWUEMEKA
DATE OF BIRTH: 12/08/1979
PNC ID: {PNC}
ADDRESS: 14 Wellington Street, Leeds LS1 4DL"""

NOISY_ORDER = """in the family court at leeds
case no: ls24c0Ol23
before district judge sarah thompson
the child: amelia smith born 12 march 2019
dated 3 may 2024"""


def test_court_order() -> None:
    from extractors import extract

    e = extract(doc_from_text(COURT_ORDER), "court_order")
    assert e.case_number is not None and e.case_number.value == "SH23C00417"
    assert e.court is not None and e.court.value == "Family Court at Sheffield"
    assert e.judge is not None and e.judge.value == "Her Honour Judge Priya Raman"
    assert e.local_authority is not None and e.local_authority.value == "Sheffield City Council"
    assert e.document_date is not None and e.document_date.value == "2024-03-14"
    assert [(c.name.value, c.date_of_birth and c.date_of_birth.value) for c in e.children] == [
        ("Tyler Hollis", "2015-09-04"),
        ("Maisie Hollis", "2019-06-17"),
    ]
    assert [(p.name.value, p.role) for p in e.people] == [
        ("Leanne Marie Hollis", "mother"),
        ("Craig Dobson", "father"),
    ]
    assert [p.value for p in e.postcodes] == ["S3 8PH"]
    for fv in (e.case_number, e.court, e.local_authority, e.document_date):
        assert fv.confidence >= SUGGESTED_THRESHOLD
        assert fv.page == 1 and fv.box is not None


def test_la_letter_with_ocr_damage() -> None:
    from extractors import extract

    e = extract(doc_from_text(LA_LETTER), "la_check")
    assert e.local_authority is not None and e.local_authority.value == "Kent County Council"
    assert e.document_date is not None and e.document_date.value == "2024-01-09"
    assert [(c.name.value, c.date_of_birth and c.date_of_birth.value) for c in e.children] == [
        ("Ruby May Carter", "2017-11-21")
    ]
    assert [(p.name.value, p.role) for p in e.people] == [("Daniel Carter", "father")]
    assert e.people[0].date_of_birth is not None
    assert e.people[0].date_of_birth.value == "1988-05-03"
    assert [p.value for p in e.postcodes] == ["ME14 1XQ"]


def test_pnc_print() -> None:
    from extractors import extract

    e = extract(doc_from_text(PNC_PRINT), "police_check")
    assert [p.value for p in e.pnc_ids] == [PNC]
    assert e.pnc_ids[0].validated is True
    assert e.pnc_ids[0].confidence >= SUGGESTED_THRESHOLD
    assert [(p.name.value, p.role) for p in e.people] == [("JAMES CHUKWUEMEKA OKAFOR", "subject")]
    assert e.document_date is not None and e.document_date.value == "2024-02-05"
    assert e.case_number is None and e.children == []


def test_lower_case_noisy_order_is_read_but_repairs_are_doubted() -> None:
    from extractors import extract

    e = extract(doc_from_text(NOISY_ORDER), "court_order")
    assert e.case_number is not None and e.case_number.value == "LS24C00123"
    assert e.case_number.raw == "ls24c0Ol23" and "repair" in e.case_number.source
    assert e.case_number.confidence < SUGGESTED_THRESHOLD
    assert e.court is not None and e.court.value == "Family Court at Leeds"
    assert e.judge is not None and e.judge.value.lower() == "district judge sarah thompson"
    assert [c.name.value for c in e.children] == ["amelia smith"]
    assert e.document_date is not None and e.document_date.value == "2024-05-03"


def test_pipeline_is_built_once_from_registered_components() -> None:
    from extractors.nlp import PATTERN_COMPONENTS, get_nlp

    nlp = get_nlp()
    assert get_nlp() is nlp
    assert set(PATTERN_COMPONENTS) <= set(nlp.pipe_names)
    assert "parser" not in nlp.pipe_names and "lemmatizer" not in nlp.pipe_names
