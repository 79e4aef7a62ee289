from tests.helpers import HEADER, found

PLAN = (
    HEADER
    + """\
body:
  - heading: 一级
    sections:
      - heading: 二级
        sections:
          - heading: 三级
            sections:
              - heading: 四级
                sections:
                  - heading: 五级
"""
)


def test_reports_the_fifth_level_heading() -> None:
    assert found(PLAN, "D005") == [("D005", 12, 30)]


def test_four_levels_pass() -> None:
    text = PLAN.rsplit("                sections:\n", 1)[0]
    assert found(text, "D005") == []
