"""The pattern components as spaCy components, on a blank pipeline (no model download)."""

import spacy

import extractors.nlp  # noqa: F401  (registers the factories)


def test_components_store_candidates_and_spans() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("caseclerk_case_number")
    nlp.add_pipe("caseclerk_postcode")
    nlp.add_pipe("caseclerk_dates")
    doc = nlp("Case No: LS24C00123\n1 Leeds Road, Leeds LS1 1UR\nDated 3 May 2024")
    assert [c.value for c in doc._.candidates["case_number"]] == ["LS24C00123"]
    assert [s.text for s in doc.spans["case_number"]] == ["LS24C00123"]
    assert [s.text for s in doc.spans["postcode"]] == ["LS1 1UR"]
    assert [d.value.isoformat() for d in doc._.dates] == ["2024-05-03"]


def test_component_config_is_honoured() -> None:
    strict = spacy.blank("en")
    strict.add_pipe("caseclerk_local_authority", config={"score_cutoff": 99.5})
    loose = spacy.blank("en")
    loose.add_pipe("caseclerk_local_authority")
    text = "Applicant: Leeds City Counci1"
    assert strict(text)._.candidates["local_authority"] == []
    assert [c.value for c in loose(text)._.candidates["local_authority"]] == ["Leeds City Council"]
