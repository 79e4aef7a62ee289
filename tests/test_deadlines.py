"""Deadlines as offices write them, and dates without a year, read and written back."""

from __future__ import annotations

import json
from datetime import date

import pytest

from campaigntool.dates import DateSyntaxError, PlanDate, YearContext
from campaigntool.deadlines import (
    Immediate,
    Ongoing,
    Recurring,
    deadline_phrase,
    parse_deadline,
    suggestion,
)
from tests.helpers import HEADER, diagnostics, run

CONTEXT = YearContext(2026, date(2026, 3, 1))


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("8月底前", "2026-08 底"),
        ("年底前", "2026-12 底"),
        ("2021年2月3日前", "2021-02-03"),
        ("12月下旬", "2026-12 下旬"),
        ("8月25日", "2026-08-25"),
        ("1月中旬", "2027-01 中旬"),  # before the campaign's start: the following year
        ("2026-09 中旬", "2026-09 中旬"),
    ],
)
def test_dates_and_date_deadlines(written: str, canonical: str) -> None:
    assert str(parse_deadline(written, CONTEXT)) == canonical


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("长期坚持", Ongoing()),
        ("立行立改", Immediate()),
        ("每月28日前", Recurring("month", 28)),
        ("每月底", Recurring("month", None)),
        ("每个季度第1个月的20日前", Recurring("quarter", 20, 1)),
        ("每季度末", Recurring("quarter", None, 3)),
        ("每周", Recurring("week", 5)),
        ("每周三前", Recurring("week", 3)),
    ],
)
def test_words_that_are_not_one_date(written: str, expected: object) -> None:
    found = parse_deadline(written, CONTEXT)
    assert found == expected
    assert deadline_phrase(found, 2026) == str(found)


def test_a_date_without_a_year_needs_the_plans_year() -> None:
    with pytest.raises(DateSyntaxError):
        PlanDate.parse("12月下旬")


def test_occurrences_of_a_quarterly_duty() -> None:
    duty = Recurring("quarter", 20, 1)
    assert duty.occurrences(date(2026, 3, 1), date(2026, 12, 31)) == [
        date(2026, 4, 20),
        date(2026, 7, 20),
        date(2026, 10, 20),
    ]


def test_a_month_without_the_day_uses_its_last_day() -> None:
    assert Recurring("month", 31).occurrences(date(2026, 2, 1), date(2026, 4, 30)) == [
        date(2026, 2, 28),
        date(2026, 3, 31),
        date(2026, 4, 30),
    ]


@pytest.mark.parametrize(
    ("written", "deadline", "near"),
    [
        ("2026年12月底前", False, "2026-12 底"),
        ("2013.7.22", False, "2013-07-22"),
        ("２０１３-０７-２２", False, "2013-07-22"),
        ("7月22号", False, "2026-07-22"),
        ("2026年12月底以前", True, "2026-12 底"),
    ],
)
def test_the_nearest_valid_spelling(written: str, deadline: bool, near: str) -> None:
    assert suggestion(written, CONTEXT, deadline=deadline) == near


def test_check_accepts_dates_without_a_year_and_office_deadlines() -> None:
    plan = (
        HEADER
        + """\
date: 2026-02-26
period: {start: 3月上旬, end: 12月下旬}
phases:
  - name: 整改落实
    start: 3月上旬
    end: 12月下旬
    tasks:
      - {title: 报送月度进展, lead: 办公室, due: 每月28日前}
      - {title: 建立制度, lead: 办公室, due: 8月底前}
      - {title: 改进文风, lead: 办公室, due: 立行立改}
      - {title: 联系职工, lead: 办公室, due: 长期坚持}
units:
  - name: 办公室
"""
    )
    assert [d.code for d in diagnostics(plan, as_of=date(2026, 3, 2))] == []
    # Later, the duty's missed months, the date and the at-once deadline are overdue; 长期坚持 never.
    assert [(d.code, d.line) for d in diagnostics(plan, "T002")] == [("T002", 10), ("T002", 11), ("T002", 12)]


def test_a_wrong_date_suggests_its_nearest_valid_spelling(tmp_path: object) -> None:
    from pathlib import Path

    assert isinstance(tmp_path, Path)
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        HEADER + "date: 2026-02-26\nperiod:\n  start: 2026-03 上旬\n  end: 2026年12月底前\n", encoding="utf-8"
    )
    result = run("check", str(plan), "--format", "json", "--lang", "zh", "--as-of", "2026-11-21")
    assert result.exit_code == 1
    [found] = json.loads(result.stdout)["diagnostics"]
    assert (found["code"], found["line"], found["column"]) == ("V004", 6, 8)
    assert found["fix"] == "改为 2026-12 底"
