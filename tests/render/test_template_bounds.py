"""Hostile templates are template diagnostics with file and line (exit 2), bounded in time and size."""

from __future__ import annotations

from pathlib import Path

import pytest

from campaigntool.render import bounds
from tests.helpers import PLANS, run

DEMO = str(PLANS / "demo-2026.yaml")

HOSTILE = {
    "huge range": ("line\n{% for i in range(10**9) %}x{% endfor %}", 2, "too large"),
    "recursive macro": ("{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}\n{{ f(1) }}", None, "recurses"),
    "includes itself": ('{% include "self.txt.j2" %}', 1, "recurses"),
    "unknown filter": ("a\n{{ plan.title | nosuch }}", 2, "No filter named"),
    "float overflow": ("{{ (2**10000) | float }}", 1, "too large"),
    "huge power": ("{{ 7 ** 10000000 }}", 1, "power"),
    "huge repeat": ("\n\n{{ 'x' * 10**10 }}", 3, "too large"),
    "huge padding": ("{{ 'x'.ljust(10**10) }}", 1, "too large"),
    "huge format width": ("{{ '%999999999s' % 'x' }}", 1, "too large"),
    "huge str.format width": ("{{ '{:>999999999}'.format('x') }}", 1, "too large"),
    "huge indent": ("{{ 'a\nb' | indent(10**10) }}", 2, "too large"),
    "huge centre": ("{{ 'x' | center(10**10) }}", 1, "too large"),
    "lone surrogate": ('ok\n{{ "\\ud800" }}', 2, "surrogate"),
}


@pytest.mark.parametrize(("text", "line", "reason"), HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_template_is_a_diagnostic(text: str, line: int | None, reason: str, tmp_path: Path) -> None:
    template = tmp_path / "self.txt.j2"
    template.write_text(text, encoding="utf-8")
    result = run("render", DEMO, "--template", str(template))
    assert result.exit_code == 2, result.stderr
    assert result.stdout == ""
    assert reason in result.stderr
    assert str(template) + (f":{line}" if line else ":") in result.stderr
    assert "internal error" not in result.stderr


def test_a_template_file_that_is_not_utf8_is_named(tmp_path: Path) -> None:
    template = tmp_path / "bad.txt.j2"
    template.write_bytes(b"one\n\xed\xa0\x80\n")
    result = run("render", DEMO, "--template", str(template))
    assert result.exit_code == 2 and "bad.txt.j2:2" in result.stderr and "UTF-8" in result.stderr


def test_rendering_has_a_time_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bounds, "MAX_SECONDS", 0.5)
    template = tmp_path / "slow.txt.j2"
    template.write_text(
        "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}", encoding="utf-8"
    )
    result = run("render", DEMO, "--template", str(template))
    assert result.exit_code == 2 and "stopped" in result.stderr and "slow.txt.j2:1" in result.stderr


def test_rendering_has_an_output_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bounds, "MAX_OUTPUT", 1000)
    template = tmp_path / "long.txt.j2"
    template.write_text("{% for i in range(2000) %}x{% endfor %}", encoding="utf-8")
    result = run("render", DEMO, "--template", str(template), "--lang", "zh")
    assert result.exit_code == 2 and "模板输出过大" in result.stderr


def test_messages_in_chinese_carry_no_english_detail(tmp_path: Path) -> None:
    template = tmp_path / "range.txt.j2"
    template.write_text("{% for i in range(10**9) %}x{% endfor %}", encoding="utf-8")
    result = run("render", DEMO, "--template", str(template), "--lang", "zh")
    assert result.exit_code == 2 and "模板中的数值或文字过大" in result.stderr
    assert "Range" not in result.stderr
