"""docs/rules/CODE.md: one page per rule, generated from the rules' documentation."""

from __future__ import annotations

from campaigntool.rulepages import pages
from campaigntool.rules import ALL
from tests.helpers import REPO

FOLDER = REPO / "docs" / "rules"


def test_rule_pages_are_up_to_date() -> None:
    expected = pages()
    assert sorted(p.name for p in FOLDER.glob("*.md")) == sorted(expected)
    for name, text in expected.items():
        assert (FOLDER / name).read_text(encoding="utf-8") == text, "run: make docs"


def test_a_page_holds_both_languages_and_the_examples_as_code() -> None:
    text = pages()["D001.md"]
    assert text.startswith("# D001 发文字号写法不规范\n")
    assert "```yaml\ndoc_number: 辽工党发〔2013〕18号\n```" in text
    assert "## English" in text
    assert len(pages()) == len(ALL)
