from campaigntool.diagnostics import Severity
from tests.helpers import HEADER, diagnostics, found

PLAN = (
    HEADER
    + """\
date: 2013-07-22
period:
  start: 2013-07 中旬
  end: 2013-11 中旬
"""
)


def test_reports_a_document_dated_after_the_start_as_information() -> None:
    [diagnostic] = diagnostics(PLAN, "D002")
    assert (diagnostic.code, diagnostic.line, diagnostic.col) == ("D002", 3, 7)
    assert diagnostic.severity is Severity.INFO


def test_dated_before_the_start_passes() -> None:
    assert found(PLAN.replace("2013-07-22", "2013-07-10"), "D002") == []


def test_noqa_comment_silences_it() -> None:
    assert found(PLAN.replace("2013-07-22", "2013-07-22  # noqa: D002"), "D002") == []
