"""eval's corpus discovery and its summary, on hand-made results whose figures are known."""

import json
import stat
from pathlib import Path

from filing_fixtures import make_record

from pipeline.evaluate import DocumentResult, find_corpus, summarise, write_records
from pipeline.records import empty_truth_fields
from pipeline.text import Box, DocumentText, PageText, Word


def truth(text: str, doc_type: str = "other") -> dict:
    return {**empty_truth_fields(doc_type), "text": text}


def test_find_corpus_pairs_scans_with_truth_files_only(tmp_path: Path) -> None:
    for name in ("a.pdf", "a.truth.json", "b.TIF", "b.truth.json", "c.png", "d.truth.json"):
        (tmp_path / name).write_bytes(b"x")
    pairs = find_corpus(tmp_path)
    assert [(s.name, t.name) for s, t in pairs] == [
        ("a.pdf", "a.truth.json"),
        ("b.TIF", "b.truth.json"),
    ]


def test_summary_counts_a_failed_document_as_unread() -> None:
    good = DocumentResult(
        name="good.png",
        truth=truth("abcdefghij"),
        predicted=empty_truth_fields(),
        text="abcdefghiX",
        pages=1,
        ocr_seconds=1.0,
        analysis_seconds=0.02,
    )
    failed = DocumentResult(name="bad.pdf", truth=truth("abc"), error="corrupt")
    summary = summarise([good, failed], wall_seconds=1.0, workers=1)
    assert summary["documents"] == 2
    assert summary["failed_documents"] == 1
    assert summary["cer_max"] == 1.0  # the failed one read nothing
    assert summary["cer_mean"] == round((0.1 + 1.0) / 2, 4)
    assert summary["seconds_per_page"] == 1.02
    assert summary["analysis_ms_per_page"] == 20.0
    assert summary["doc_type_accuracy"] == 1.0


def test_a_blank_document_with_empty_truth_scores_perfectly() -> None:
    blank = DocumentResult(
        name="blank.tif", truth=truth(""), predicted=empty_truth_fields(), error="blank"
    )
    summary = summarise([blank], wall_seconds=0.1, workers=1)
    assert summary["failed_documents"] == 0
    assert summary["blank_documents"] == 1
    assert summary["cer_mean"] == 0.0


def test_records_are_written_private(tmp_path: Path) -> None:
    out = tmp_path / "records"
    plain = DocumentResult(name="x.png", truth=truth("t"))
    assert write_records([plain], out) == 0  # nothing processed, nothing written
    assert stat.S_IMODE(out.stat().st_mode) == 0o700
    assert list(out.iterdir()) == []
    done = DocumentResult(name="y.png", truth=truth("t"), record=make_record("ab" * 32))
    assert write_records([plain, done], out) == 1
    written = out / "y.png.record.json"
    assert json.loads(written.read_text())["id"] == done.record.id
    assert json.loads((out / "y.png.truth.json").read_text())["text"] == "t"
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert not (out / "y.png.ocr.json").exists()  # no OCR kept, none written


def test_records_keep_the_ocr_words_for_replay(tmp_path: Path) -> None:
    words = [Word(text="Dated", confidence=0.9, box=Box(left=1, top=2, width=3, height=4))]
    text = DocumentText(pages=[PageText(page=1, width=10, height=10, words=words)])
    done = DocumentResult(
        name="z.png", truth=truth("t"), record=make_record("cd" * 32), document_text=text
    )
    assert write_records([done], tmp_path) == 1
    saved = tmp_path / "z.png.ocr.json"
    assert DocumentText.model_validate_json(saved.read_text()).text == "Dated"
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
