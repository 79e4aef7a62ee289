from tests.helpers import HEADER, found

PLAN = (
    HEADER
    + """\
rectification:
  - problem: 联系职工不够经常
    lead: [办公室]
    state: 正在推进
    closed: 2026-09-30
  - problem: 会议偏多
    lead: [办公室]
    state: 已完成
    done: 2026-09-20
    closed: 2026-09-10
    evidence: [会议记录]
"""
)


def test_reports_a_closing_on_an_item_not_done_and_a_closing_before_done() -> None:
    assert found(PLAN, "L003") == [("L003", 7, 13), ("L003", 12, 13)]
