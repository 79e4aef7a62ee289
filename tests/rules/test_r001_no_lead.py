from tests.helpers import HEADER, found

PLAN = (
    HEADER
    + """\
units:
  - name: 办公室
phases:
  - name: 学习教育
    start: 2013-07 中旬
    end: 2013-08 下旬
    tasks:
      - title: 召开动员大会
        lead: 办公室
      - title: 无人牵头
        due: 2013-08 上旬
"""
)


def test_reports_the_task_without_a_lead_at_its_first_key() -> None:
    assert found(PLAN, "R001") == [("R001", 12, 9)]
