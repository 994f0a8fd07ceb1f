"""The run artifact says what became of each file and nothing personal."""

from __future__ import annotations

from flows.report import DocumentResult, artifact_description, artifact_rows, summary_counts


def results() -> list[DocumentResult]:
    return [
        DocumentResult("a.pdf", "filed", case_number="LV24C00123", folder="cases/LV24C00123/x"),
        DocumentResult("b.pdf", "needs_review", folder="cases/_unassigned/y"),
        DocumentResult("c.pdf", "failed", reason="corrupt", stage="load"),
        DocumentResult("d.pdf", "skipped"),
    ]


def test_rows_carry_outcome_case_and_folder_only() -> None:
    rows = artifact_rows(results())
    assert [r["file"] for r in rows] == ["a.pdf", "b.pdf", "c.pdf"]  # skipped: not ours
    assert all(set(r) == {"file", "outcome", "case_number", "folder", "reason"} for r in rows)
    assert rows[0]["case_number"] == "LV24C00123"
    assert rows[2]["reason"] == "corrupt"


def test_counts_and_description() -> None:
    counts = summary_counts(results())
    assert counts == {"filed": 1, "needs_review": 1, "duplicate": 0, "failed": 1, "skipped": 1}
    assert "**1** failed" in artifact_description(results())


def test_results_round_trip_through_a_flow_return_value() -> None:
    row = results()[0]
    assert DocumentResult.from_dict({**row.as_dict(), "unknown": 1}) == row
