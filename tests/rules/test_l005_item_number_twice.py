from tests.helpers import HEADER, found

PLAN = (
    HEADER
    + """\
rectification:
  - number: 1
    problem: 联系职工不够经常
    lead: [办公室]
  - number: 1
    problem: 会议偏多
    lead: [办公室]
  - problem: 文件偏长
    lead: [办公室]
"""
)


def test_reports_a_number_used_twice() -> None:
    # The third item counts as 3 (its position): not a repeat.
    assert found(PLAN, "L005") == [("L005", 7, 13)]
