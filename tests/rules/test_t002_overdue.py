from datetime import date

import pytest

from campaigntool.diagnostics import Severity
from tests.helpers import HEADER, diagnostics, found

PLAN = (
    HEADER
    + """\
phases:
  - name: 整改落实
    start: 2014-03
    end: 2014-05
    tasks:
      - title: 制定整改方案
        due: {due}
        status: {status}
"""
)


@pytest.mark.parametrize(
    ("due", "as_of", "overdue"),
    [
        ("2014-04 下旬", date(2014, 4, 30), False),
        ("2014-04 下旬", date(2014, 5, 1), True),
        ("2014-04-15", date(2014, 4, 15), False),
        ("2014-04-15", date(2014, 4, 16), True),
        ("2014-04", date(2014, 4, 30), False),
        ("2014-04 中旬", date(2014, 4, 21), True),
        ("2014-02 底", date(2014, 2, 28), False),
        ("2014-02 底", date(2014, 3, 1), True),
    ],
)
def test_a_deadline_counts_to_its_last_day(due: str, as_of: date, overdue: bool) -> None:
    text = PLAN.format(due=due, status="in_progress")
    assert found(text, "T002", as_of=as_of) == ([("T002", 9, 14)] if overdue else [])


@pytest.mark.parametrize("status", ["done", "cancelled"])
def test_finished_tasks_are_never_overdue(status: str) -> None:
    text = PLAN.format(due="2014-04", status=status)
    assert found(text, "T002", as_of=date(2020, 1, 1)) == []


def test_overdue_is_a_warning_with_the_days() -> None:
    text = PLAN.format(due="2014-04 下旬", status="not_started")
    [diagnostic] = diagnostics(text, "T002", as_of=date(2014, 5, 11))
    assert diagnostic.severity is Severity.WARNING
    assert "11 days overdue" in diagnostic.message.en
