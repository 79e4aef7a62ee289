from tests.helpers import HEADER, found

PLAN = (
    HEADER
    + """\
period: {start: 2026-03 上旬, end: 2026-12 下旬}
rectification:
  - problem: 联系职工不够经常
    lead: [办公室]
    due: 2027-03 底
  - problem: 会议偏多
    lead: [办公室]
    due: 长期坚持
    state: 长期坚持
  - problem: 文件偏长
    lead: [办公室]
    due: 年底前
"""
)


def test_reports_a_date_after_the_campaign_ends() -> None:
    assert found(PLAN, "L006") == [("L006", 7, 10)]
