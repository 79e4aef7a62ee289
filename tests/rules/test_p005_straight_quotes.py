from tests.helpers import HEADER, found


def test_each_straight_quote_in_chinese_is_reported() -> None:
    text = HEADER + "preamble:\n  - 开展\"服务职工提质年\"活动，学习'四风'问题\n"
    assert found(text, "P005") == [("P005", 4, 7), ("P005", 4, 15), ("P005", 4, 21), ("P005", 4, 24)]


def test_quotes_in_latin_text_pass() -> None:
    assert found(HEADER + "preamble:\n  - 按照 \"ISO 9001\" 'draft' 执行。\n", "P005") == []
