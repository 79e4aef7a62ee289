from tests.helpers import HEADER, diagnostics, found

PLAN = (
    HEADER
    + """\
preamble:
  - 活动集中在7月中旬至11月中旬进行。
body:
  - heading: 方法步骤
    content:
      - 从2013年7月中旬开始，至11月中旬结束，着力抓好以下两个环节。
    sections:
      - phase: 学习教育
        start: 2013-07 中旬
        end: 2013-08 下旬
        run_in: true
        content:
          - 7月中旬至8月下旬。召开动员大会，8月上旬至8月中旬集中学习。
      - phase: 整改落实
        start: 2013-09 上旬
        end: 2013-11 中旬
"""
)


def test_text_that_agrees_with_the_schedule_passes() -> None:
    assert found(PLAN, "C001") == []


def test_prose_contradicting_the_period_is_reported_at_the_words() -> None:
    text = PLAN.replace("end: 2013-11 中旬", "end: 2013-12 上旬")
    assert found(text, "C001") == [("C001", 4, 10), ("C001", 8, 9)]
    first = diagnostics(text, "C001")[0]
    assert "7月中旬至12月上旬" in first.message.zh


def test_the_opening_dates_of_a_phase_must_equal_the_phase() -> None:
    text = PLAN.replace("end: 2013-08 下旬", "end: 2013-08 中旬")
    # the opening range differs, and the later one still lies inside the phase
    assert found(text, "C001") == [("C001", 15, 13)]


def test_a_range_inside_a_phase_must_lie_within_it() -> None:
    text = PLAN.replace("8月上旬至8月中旬集中学习", "9月上旬至9月中旬集中学习")
    assert found(text, "C001") == [("C001", 15, 30)]


def test_cross_year_ranges_take_the_year_they_name() -> None:
    text = (
        HEADER
        + """\
date: 2008-09-01
period:
  start: 2008-12 中旬
  end: 2009-02 上旬
preamble:
  - 活动从12月中旬至2009年2月上旬进行。
"""
    )
    assert found(text, "C001") == []
    assert found(text.replace("2009年2月上旬", "2009年3月上旬"), "C001") == [("C001", 8, 7)]
