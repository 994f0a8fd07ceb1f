from extractors.pnc_outcome import find_no_trace


def test_each_no_trace_statement_is_found_in_its_common_wordings() -> None:
    text = (
        "SUBJECT 1 OF 3\nSURNAME: PRICE\n*** N0 TRACE ON PNC ***\n"
        "SUBJECT 2 OF 3\nRESULT: no trace\n"
        "SUBJECT 3 OF 3\nNO RECORDS HELD\n"
    )
    found = find_no_trace(text)
    assert len(found) == 3
    assert text[found[0].start : found[0].end].upper() == "N0 TRACE"


def test_every_statement_keeps_its_own_value_so_none_is_merged_away() -> None:
    text = (
        "Subject 1: Ann Lee\nResult: NO TRACE on the Police National Computer.\n"
        "Subject 2: Bob Lee\nResult: N0 TRACE on the Police Nationa! Computer.\n"
    )
    values = [c.value for c in find_no_trace(text)]
    assert len(values) == 2
    assert len(set(values)) == 2


def test_disclosure_letter_wordings_are_no_trace_statements() -> None:
    for line in (
        "Outcome: No record held on PNC",
        "Result - no PNC record for this subject",
        "Ms Lee is not known to police in this force area",
        "RESULT: NOTHING TRACED",
        "PNC: NIL TRACE",
        "No trace(s) found",
        "No criminal records found on the Police National Computer",
    ):
        assert len(find_no_trace(line)) == 1, line


def test_a_check_with_a_record_has_no_no_trace_statement() -> None:
    text = (
        "PNC ID: 17/0013853Q\nCONVICTIONS: 1 OFFENCES: 1\nTRACE HISTORY: none noted\n"
        "Disposal: NFA\nLocal information: incident recorded; no offences disclosed.\n"
    )
    assert find_no_trace(text) == []
    assert find_no_trace("The applicant has no traceable address.") == []


def test_a_condition_naming_no_trace_is_no_result() -> None:
    text = (
        "If no trace is found on PNC please say so in your reply.\n"
        "Where there is no record held, local systems are searched.\n"
        "SUBJECT 1\nRESULT: NO TRACE\n"
    )
    found = find_no_trace(text)
    assert len(found) == 1
    assert text[found[0].start : found[0].end] == "NO TRACE"
