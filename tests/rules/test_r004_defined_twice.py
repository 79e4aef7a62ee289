from tests.helpers import HEADER, found

PLAN = (
    HEADER
    + """\
units:
  - name: 办公室
  - name: 经审办
  - name: 经费审查委员会办公室
    short: 经审办
  - name: 办公室
people:
  - name: 赵国红
  - name: 赵国红
"""
)


def test_reports_the_second_definition() -> None:
    assert found(PLAN, "R004") == [("R004", 7, 12), ("R004", 8, 11), ("R004", 11, 11)]
