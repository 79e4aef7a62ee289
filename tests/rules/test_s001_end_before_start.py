from tests.helpers import HEADER, found

PLAN = (
    HEADER
    + """\
period:
  start: 2013-08 中旬
  end: 2013-08 上旬
phases:
  - name: 学习教育
    start: 2013-08 中旬
    end: 2013-08 上旬
    tasks:
      - title: 开会
        start: 2013-08 下旬
        due: 2013-08 中旬
"""
)


def test_reports_each_reversed_range_at_its_end() -> None:
    assert found(PLAN, "S001") == [("S001", 5, 8), ("S001", 9, 10), ("S001", 13, 14)]


def test_same_xun_as_start_and_end_is_fine() -> None:
    text = HEADER + "period:\n  start: 2013-08 中旬\n  end: 2013-08 中旬\n"
    assert found(text, "S001") == []
