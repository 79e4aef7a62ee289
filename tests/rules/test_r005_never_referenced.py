from campaigntool.diagnostics import Severity
from tests.helpers import HEADER, diagnostics

PLAN = (
    HEADER
    + """\
units:
  - name: 办公室
  - name: 宣传部
people:
  - name: 白岚
    unit: 办公室
  - name: 刘双
phases:
  - name: 学习教育
    start: 2013-07 中旬
    end: 2013-08 下旬
    tasks:
      - title: 召开动员大会
        lead: 白岚
"""
)


def test_reports_unused_definitions_as_information() -> None:
    found = [(d.code, d.line, d.col, d.severity) for d in diagnostics(PLAN, "R005")]
    assert found == [("R005", 5, 11, Severity.INFO), ("R005", 9, 11, Severity.INFO)]
