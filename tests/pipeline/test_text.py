from pipeline.text import Box, DocumentText, PageText, Word


def word(text: str, line: int, block: int = 0, x: int = 0) -> Word:
    return Word(
        text=text,
        confidence=0.9,
        box=Box(left=x, top=line * 20, width=10, height=10),
        block=block,
        line=line,
    )


def doc() -> DocumentText:
    page1 = PageText(
        page=1,
        width=100,
        height=100,
        words=[
            word("Case", 0),
            word("No:", 0, x=20),
            word("LS24C00123", 1),
            word("Dated", 2, block=1),
        ],
    )
    page2 = PageText(page=2, width=100, height=100, words=[word("Second", 0), word("page", 0)])
    return DocumentText(pages=[page1, page2])


def test_text_joins_words_lines_blocks_and_pages() -> None:
    assert doc().text == "Case No:\nLS24C00123\n\nDated\n\nSecond page"


def test_span_maps_back_to_the_words_and_pages() -> None:
    d = doc()
    start = d.text.index("LS24C00123")
    refs = d.words_in_span(start, start + len("LS24C00123"))
    assert [(r.page, r.word.text) for r in refs] == [(1, "LS24C00123")]
    start = d.text.index("Second")
    refs = d.words_in_span(start + 2, start + 9)  # "cond pa"
    assert [(r.page, r.index, r.word.text) for r in refs] == [(2, 0, "Second"), (2, 1, "page")]


def test_span_on_separator_only_finds_nothing() -> None:
    d = doc()
    gap = d.text.index("\n\nSecond")
    assert d.words_in_span(gap, gap + 2) == []


def test_box_union() -> None:
    a = Box(left=0, top=0, width=10, height=10)
    b = Box(left=20, top=5, width=10, height=10)
    assert Box.union([a, b]) == Box(left=0, top=0, width=30, height=15)
    assert Box.union([]) is None


def test_a_word_shown_with_an_unread_accent_marks_every_reading_of_it() -> None:
    def word(text: str, line: int) -> Word:
        return Word(
            text=text, confidence=0.95, box=Box(left=0, top=0, width=1, height=1), line=line
        )

    page = PageText(
        page=1,
        width=10,
        height=10,
        words=[word("Sian", 1), word("Ashworth", 1), word("SIAN.", 2), word("Liam", 2)],
        unread_marks=[0],
    )
    doc = DocumentText(pages=[page])
    start = doc.text.index("SIAN.")
    assert doc.shows_unread_mark([(start, start + 4)])  # same word, case and stop aside
    assert not doc.shows_unread_mark([(doc.text.index("Liam"), len(doc.text))])
    assert not DocumentText(pages=[page.model_copy(update={"unread_marks": []})]).shows_unread_mark(
        [(0, len(doc.text))]
    )
