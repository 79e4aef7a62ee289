from tests.helpers import HEADER, found


def test_reports_each_mark_at_its_exact_column_in_plain_text() -> None:
    text = HEADER + "preamble:\n  - 坚持“团结-批评-团结”的公式,既深刻剖析(检查)自己\n"
    assert found(text, "D003") == [("D003", 4, 20), ("D003", 4, 26), ("D003", 4, 29)]


def test_finds_the_column_in_quoted_and_block_text() -> None:
    text = HEADER + (
        'short_name: "教育实践活动(简称)"\npreamble:\n  - |\n    第一段没有问题。\n    第二行有问题;在这里\n'
    )
    assert found(text, "D003") == [("D003", 3, 20), ("D003", 3, 23), ("D003", 7, 11)]


def test_ascii_text_and_full_width_marks_pass() -> None:
    text = (
        HEADER
        + "preamble:\n  - 依据 ISO 9001:2015 标准和 RFC 3339 (dates, times) 的要求，结合实际（试行）；如下：\n"
    )
    assert found(text, "D003") == []


def test_both_brackets_around_a_date_range_are_reported() -> None:
    text = HEADER + "preamble:\n  - 查摆问题阶段(2月中下旬-4月下旬)。\n"
    assert found(text, "D003") == [("D003", 4, 11), ("D003", 4, 22)]


def test_marks_at_the_end_of_the_text_do_not_crash() -> None:
    text = HEADER + "preamble:\n  - 开展活动(\n  - 共计12,\n  - 5,\n"
    assert found(text, "D003") == [("D003", 4, 9)]
