import pytest

from campaigntool.dates import PlanDate
from campaigntool.render.helpers import (
    chinese_date,
    chinese_numeral,
    enumeration,
    heading_number,
    join_list,
    ordinal,
    xun_range,
)


@pytest.mark.parametrize(
    ("number", "text"),
    [
        (1, "一"),
        (9, "九"),
        (10, "十"),
        (11, "十一"),
        (19, "十九"),
        (20, "二十"),
        (21, "二十一"),
        (99, "九十九"),
        (100, "一百"),
        (101, "一百零一"),
        (110, "一百一十"),
        (1005, "一千零五"),
        (2013, "二千零一十三"),
    ],
)
def test_chinese_numerals(number: int, text: str) -> None:
    assert chinese_numeral(number) == text


def test_numerals_outside_the_range_are_refused() -> None:
    with pytest.raises(ValueError):
        chinese_numeral(0)


@pytest.mark.parametrize(
    ("level", "index", "text"),
    [(1, 1, "一、"), (1, 12, "十二、"), (2, 3, "（三）"), (3, 4, "4."), (4, 2, "（2）")],
)
def test_heading_numbers_by_level(level: int, index: int, text: str) -> None:
    assert heading_number(level, index) == text


def test_there_is_no_fifth_level() -> None:
    with pytest.raises(ValueError):
        heading_number(5, 1)


def test_ordinals() -> None:
    assert [ordinal(i) for i in (1, 2, 10, 11)] == ["一是", "二是", "十是", "十一是"]


def test_semicolon_enumeration_is_one_paragraph() -> None:
    paragraphs = enumeration(
        ["向各方发放征求意见函；", "党组成员带队调研。"], "semicolon", intro="主要采取两种方式："
    )
    assert paragraphs == ["主要采取两种方式：一是向各方发放征求意见函；二是党组成员带队调研。"]


def test_sentence_enumeration_closes_each_item() -> None:
    assert enumeration(["坚持正面教育为主", "坚持领导带头。"], "sentence") == [
        "一是坚持正面教育为主。二是坚持领导带头。"
    ]


def test_paragraph_enumeration_gives_a_paragraph_each() -> None:
    assert enumeration(
        ["加大组建力度", "加大帮扶力度"], "paragraph", intro="重点是：", outro="以上各项年底前完成。"
    ) == [
        "重点是：",
        "一是加大组建力度。",
        "二是加大帮扶力度。",
        "以上各项年底前完成。",
    ]


def test_dates_and_ranges() -> None:
    assert chinese_date(PlanDate.parse("2013-07-22")) == "2013年7月22日"
    assert (
        xun_range(PlanDate.parse("2014-02 中下旬"), PlanDate.parse("2014-04 下旬"), 2014)
        == "2月中下旬至4月下旬"
    )
    assert (
        xun_range(PlanDate.parse("2008-12 中旬"), PlanDate.parse("2009-02 上旬"), 2008)
        == "12月中旬至2009年2月上旬"
    )
    assert xun_range(PlanDate.parse("2013-08"), PlanDate.parse("2013-09 底"), 2013) == "8月至9月底"


def test_join_list() -> None:
    assert join_list(["办公室", "经济技术部"]) == "办公室、经济技术部"
    assert join_list([]) == ""
