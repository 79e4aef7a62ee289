from tests.helpers import HEADER, found

PLAN = (
    HEADER
    + """\
rectification:
  - problem: 联系职工不够经常
    lead: [办公室]
    state: 已完成
    closed: 2026-09-30
  - problem: 会议偏多
    lead: [办公室]
    state: 已完成
    closed: 2026-09-30
    evidence: [整改结果公示.pdf]
"""
)


def test_reports_a_closed_item_without_evidence_at_its_closing_date() -> None:
    assert found(PLAN, "L002") == [("L002", 7, 13)]
