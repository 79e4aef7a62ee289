from tests.helpers import HEADER, diagnostics, found

PLAN = (
    HEADER
    + """\
units:
  - name: 办公室
  - name: 机关党委
people:
  - name: 赵国红
    unit: 机关党
phases:
  - name: 学习教育
    start: 2013-07 中旬
    end: 2013-08 下旬
    tasks:
      - title: 召开动员大会
        lead: 办公厅
        leader: 赵国洪
        supporters: [机关党委, 财务部]
leading_group:
  head: 赵国红
  deputy_heads: [刘野]
"""
)


def test_reports_every_undefined_reference() -> None:
    assert found(PLAN, "R002") == [
        ("R002", 8, 11),
        ("R002", 15, 15),
        ("R002", 16, 17),
        ("R002", 17, 28),
        ("R002", 20, 18),
    ]


def test_suggests_the_closest_defined_name() -> None:
    fixes = [d.fix.zh for d in diagnostics(PLAN, "R002") if d.fix]
    assert fixes[:3] == ["是否应为“机关党委”？", "是否应为“办公室”？", "是否应为“赵国红”？"]


def test_short_names_count_as_defined() -> None:
    text = HEADER + (
        "units:\n  - name: 经费审查委员会办公室\n    short: 经审办\n"
        "phases:\n  - name: 整改\n    start: 2013-10\n    end: 2013-11\n"
        "    tasks:\n      - title: 清理小金库\n        lead: 经审办\n"
    )
    assert found(text, "R002") == []
