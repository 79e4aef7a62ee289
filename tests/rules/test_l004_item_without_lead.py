from tests.helpers import HEADER, found

PLAN = (
    HEADER
    + """\
units:
  - name: 办公室
rectification:
  - problem: 联系职工不够经常
    due: 2026-09 底
  - problem: 会议偏多
    responsible: [办公室]
"""
)


def test_reports_an_item_with_neither_lead_nor_responsible_units() -> None:
    assert found(PLAN, "L004") == [("L004", 6, 5)]


def test_responsible_units_lead_when_no_lead_is_given() -> None:
    assert found(PLAN, "R002") == []
