"""The pieces of the server that need no process: rule links, cursor reading, start-up."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from campaigntool.lsp.cursor import value_at
from campaigntool.lsp.links import anchor, rule_href
from campaigntool.lsp.start import start
from campaigntool.rules import ALL

GUIDE = Path(__file__).parents[2] / "docs" / "guide.zh-CN.md"


def _github_slug(heading: str) -> str:
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def test_every_rule_links_to_its_heading_in_the_guide() -> None:
    headings = {
        _github_slug(line.removeprefix("### "))
        for line in GUIDE.read_text(encoding="utf-8").splitlines()
        if line.startswith("### ")
    }
    for rule in ALL:
        assert anchor(rule.code) in headings, rule.code


def test_href_joins_the_guide_and_the_anchor() -> None:
    assert rule_href("S001", "https://example.org/g.md#old") == (
        "https://example.org/g.md#s001-%E7%BB%93%E6%9D%9F%E6%97%A9%E4%BA%8E%E5%BC%80%E5%A7%8B"
    )
    assert rule_href("S001", None) is None
    assert rule_href("", "https://example.org/g.md") is None


@pytest.mark.parametrize(
    ("lines", "col", "key", "typed"),
    [
        (["    lead: 办"], 11, "lead", "办"),
        (["    supporters: [办公室, 机关"], 26, "supporters", "机关"),
        (["    supporters:", "      - 机"], 9, "supporters", "机"),
        (["  members:", "  - 张"], 5, "members", "张"),
        (["    status: "], 12, "status", ""),
        (["    due: '2013-07"], 17, "due", "2013-07"),
    ],
)
def test_value_at_reads_the_key_and_what_is_typed(lines: list[str], col: int, key: str, typed: str) -> None:
    found = value_at(lines, len(lines) - 1, col)
    assert found is not None
    assert (found.key, found.typed.text) == (key, typed)


def test_value_at_ignores_comments_and_keys() -> None:
    assert value_at(["    lead: 办公室  # 原文"], 0, 20) is None
    assert value_at(["    lea"], 0, 7) is None
    assert value_at(["- 甲"], 0, 3) is None


def test_without_pygls_start_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, "campaigntool.lsp.server", raising=False)
    monkeypatch.setitem(sys.modules, "pygls.lsp.server", None)
    problem = start()
    assert problem is not None and "campaigntool[lsp]" in problem.zh
