"""Validation errors point at the offending key or value, in both languages."""

from tests.helpers import HEADER, diagnostics, found


def test_unknown_key_at_the_key_with_a_suggestion() -> None:
    [d] = diagnostics(
        HEADER + "phases:\n  - name: 学习\n    start: 2013-07\n    end: 2013-08\n    taks: []\n"
    )
    assert (d.code, d.line, d.col) == ("V001", 7, 5)
    assert "“tasks”" in d.message.zh and "'tasks'" in d.message.en


def test_unknown_key_without_a_close_match_lists_the_keys() -> None:
    [d] = diagnostics(HEADER + "period:\n  start: 2013-07\n  end: 2013-08\n  负责人: 张三\n")
    assert (d.code, d.line, d.col) == ("V001", 6, 3)
    assert d.fix is not None and "start" in d.fix.zh and "end" in d.fix.zh


def test_missing_key_at_the_parent() -> None:
    text = HEADER + "phases:\n  - name: 学习\n    start: 2013-07\n"
    [d] = diagnostics(text)
    assert (d.code, d.line, d.col) == ("V002", 4, 5)
    assert "“end”（结束）" in d.message.zh


def test_missing_key_of_a_nested_mapping_at_its_key() -> None:
    assert found(HEADER + "period:\n  start: 2013-07\n") == [("V002", 3, 1)]


def test_missing_top_level_keys() -> None:
    assert found("issuer: 某机关\n") == [("V002", 1, 1)]


def test_wrong_type_at_the_value() -> None:
    text = HEADER + "units:\n  - name: 办公室\n    short: [办公]\n"
    [d] = diagnostics(text)
    assert (d.code, d.line, d.col) == ("V003", 5, 12)
    assert d.message.en == "expected text, got a list"


def test_empty_value_says_so() -> None:
    [d] = diagnostics("title:\nissuer: 某机关\n")
    assert (d.code, d.line) == ("V003", 1)
    assert "没有填写内容" in d.message.zh


def test_bad_date_at_the_value() -> None:
    text = HEADER + "period:\n  start: 7月中旬\n  end: 2013-02-30\n"
    assert found(text) == [("V004", 4, 10), ("V004", 5, 8)]


def test_status_in_chinese_is_explained() -> None:
    text = HEADER + (
        "phases:\n  - name: 学习\n    start: 2013-07\n    end: 2013-08\n"
        "    tasks:\n      - title: 开会\n        status: 已完成\n"
    )
    [d] = diagnostics(text)
    assert (d.code, d.line, d.col) == ("V005", 9, 17)
    assert d.fix is not None and "done" in d.fix.zh


def test_block_of_the_wrong_kind() -> None:
    text = HEADER + "preamble:\n  - 123\n"
    [d] = diagnostics(text)
    assert (d.code, d.line, d.col) == ("V003", 4, 5)


def test_error_inside_an_enumeration_points_inside_it() -> None:
    text = HEADER + "preamble:\n  - intro: 主要采取两种方式：\n    items: 一是发放征求意见函\n"
    assert found(text) == [("V003", 5, 12)]
