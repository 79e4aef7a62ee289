from tests.helpers import HEADER, found

PLAN = (
    HEADER
    + """\
period: {start: 2026-03 上旬, end: 2026-12 下旬}
phases:
  - name: 整改落实
    start: 2026-03 上旬
    end: 2026-12 下旬
    tasks:
      - title: 报送月度进展
        lead: 办公室
        due: 每月32日前
      - title: 报送季度进展
        lead: 办公室
        due: 每季度第4个月的20日前
      - title: 报送月底进展
        lead: 办公室
        due: 每月31日前
rectification:
  - problem: 信息报送不及时
    lead: [办公室]
    due: 每月0日前
"""
)


def test_reports_days_that_do_not_exist_at_the_deadline() -> None:
    assert found(PLAN, "T004") == [("T004", 11, 14), ("T004", 14, 14), ("T004", 21, 10)]
