from tests.helpers import HEADER, found


def test_marks_after_chinese_are_reported() -> None:
    text = HEADER + "preamble:\n  - 请认真遵照执行.为什么?真好!\n"
    assert found(text, "P006") == [("P006", 4, 12), ("P006", 4, 16), ("P006", 4, 19)]


def test_numbers_and_latin_text_pass() -> None:
    text = HEADER + "preamble:\n  - 附件1.日程安排，增长3.5倍，见 www.example.org 和 Why? 一节。\n"
    assert found(text, "P006") == []
