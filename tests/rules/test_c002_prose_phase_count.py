from tests.helpers import HEADER, found

PLAN = (
    HEADER
    + """\
body:
  - heading: 方法步骤
    content:
      - 着力抓好以下三个环节。
    sections:
      - phase: 学习教育
        start: 2013-07 中旬
        end: 2013-08 下旬
      - phase: 查摆问题
        start: 2013-09 上旬
        end: 2013-09 下旬
      - phase: 整改落实
        start: 2013-10 上旬
        end: 2013-11 中旬
"""
)


def test_the_right_count_passes() -> None:
    assert found(PLAN, "C002") == []


def test_a_wrong_count_is_reported_at_the_numeral() -> None:
    assert found(PLAN.replace("三个环节", "四个环节"), "C002") == [("C002", 6, 15)]


def test_arabic_numerals_and_stages_count_too() -> None:
    text = PLAN.replace("着力抓好以下三个环节", "活动分学习、查摆、整改2个阶段进行")
    assert found(text, "C002") == [("C002", 6, 20)]


def test_every_phase_without_a_number_is_no_count() -> None:
    assert found(PLAN.replace("着力抓好以下三个环节", "使每个环节都为中心工作服务"), "C002") == []
