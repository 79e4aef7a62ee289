from tests.helpers import HEADER, found

PLAN = (
    HEADER
    + """\
phases:
  - name: 查摆问题
    start: 2013-09 上旬
    end: 2013-09 下旬
  - name: 学习教育
    start: 2013-07 中旬
    end: 2013-08 下旬
"""
)


def test_reports_a_phase_starting_before_the_one_above_it() -> None:
    assert found(PLAN, "S003") == [("S003", 8, 12)]


def test_phases_in_order_pass() -> None:
    text = PLAN.replace("2013-07 中旬", "2013-10 上旬").replace("2013-08 下旬", "2013-10 下旬")
    assert found(text, "S003") == []
