from extractors.pnc_outcome import find_no_trace


def test_each_no_trace_statement_is_found_in_its_common_wordings() -> None:
    text = (
        "SUBJECT 1 OF 3\nSURNAME: PRICE\n*** N0 TRACE ON PNC ***\n"
        "SUBJECT 2 OF 3\nRESULT: no trace\n"
        "SUBJECT 3 OF 3\nNO RECORDS HELD\n"
    )
    found = find_no_trace(text)
    assert len(found) == 3
    assert all(c.value == "no trace" for c in found)
    assert text[found[0].start : found[0].end].upper() == "N0 TRACE"


def test_a_check_with_a_record_has_no_no_trace_statement() -> None:
    text = "PNC ID: 17/0013853Q\nCONVICTIONS: 1 OFFENCES: 1\nTRACE HISTORY: none noted\n"
    assert find_no_trace(text) == []
    assert find_no_trace("The applicant has no traceable address.") == []
