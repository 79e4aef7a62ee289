from tests.helpers import HEADER, diagnostics, found

PLAN = (
    HEADER
    + """\
body:
  - heading: 组织领导
    content:
      - 成立领导小组。党组书记赵国红任组长，副主席史桂茹、刘野任副组长。
leading_group:
  head: 赵国红
  deputy_heads: [史桂茹, 刘野]
people:
  - name: 赵国红
  - name: 史桂茹
  - name: 刘野
"""
)


def test_prose_that_agrees_with_the_group_passes() -> None:
    assert found(PLAN, "C003") == []


def test_a_changed_head_is_reported_at_the_name_in_the_prose() -> None:
    text = PLAN.replace("  head: 赵国红", "  head: 刘野").replace(
        "deputy_heads: [史桂茹, 刘野]", "deputy_heads: [史桂茹, 赵国红]"
    )
    assert found(text, "C003") == [("C003", 6, 20), ("C003", 6, 34)]
    assert "刘野" in diagnostics(text, "C003")[0].fix.zh  # type: ignore[union-attr]


def test_an_unknown_name_as_head_is_reported_at_the_clause() -> None:
    text = PLAN.replace("党组书记赵国红任组长", "党组书记王明任组长")
    assert found(text, "C003") == [("C003", 6, 16)]


def test_prose_naming_a_head_without_a_group() -> None:
    text = HEADER + "preamble:\n  - 由主席惠远霖为组长。\n"
    assert found(text, "C003") == [("C003", 4, 5)]


def test_the_group_inserted_from_data_is_never_reported() -> None:
    text = PLAN.replace(
        "      - 成立领导小组。党组书记赵国红任组长，副主席史桂茹、刘野任副组长。",
        "      - use: leading_group",
    )
    assert found(text, "C003") == []
