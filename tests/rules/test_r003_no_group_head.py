from tests.helpers import HEADER, found

PLAN = (
    HEADER
    + """\
people:
  - name: 史桂茹
leading_group:
  deputy_heads: [史桂茹]
"""
)


def test_reports_a_leading_group_without_head_at_its_key() -> None:
    assert found(PLAN, "R003") == [("R003", 5, 1)]


def test_group_with_head_passes() -> None:
    assert found(PLAN + "  head: 史桂茹\n", "R003") == []
