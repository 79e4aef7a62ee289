"""Templates: sandboxed, strict, user folders first, plan text never evaluated."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import HEADER, PLANS, run

DEMO = str(PLANS / "demo-2026.yaml")


def test_hostile_template_is_refused(tmp_path: Path) -> None:
    for text in (
        '{{ "".__class__.__mro__ }}',
        "{{ plan.__class__.__init__.__globals__ }}",
        "{{ cycler.__init__ }}",
    ):
        template = tmp_path / "evil.txt.j2"
        template.write_text(text, encoding="utf-8")
        result = run("render", DEMO, "--template", str(template))
        assert result.exit_code == 2, text
        assert result.stdout == ""
        assert "unsafe" in result.stderr or "undefined" in result.stderr


def test_misspelled_name_is_an_error_naming_file_and_line(tmp_path: Path) -> None:
    template = tmp_path / "mine.txt.j2"
    template.write_text("{{ document.title }}\n{{ documnet.title }}\n", encoding="utf-8")
    result = run("render", DEMO, "--template", str(template))
    assert result.exit_code == 2
    assert f"{template}:2" in result.stderr and "documnet" in result.stderr


def test_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    template = tmp_path / "broken.txt.j2"
    template.write_text("line one\n{% if %}\n", encoding="utf-8")
    result = run("render", DEMO, "--template", str(template))
    assert result.exit_code == 2
    assert "broken.txt.j2:2" in result.stderr


def test_user_template_extends_the_shipped_one(tmp_path: Path) -> None:
    template = tmp_path / "mine.txt.j2"
    template.write_text('{% extends "text/document.j2" %}', encoding="utf-8")
    ours = run("render", DEMO, "--template", str(template))
    assert ours.exit_code == 0
    assert ours.stdout == run("render", DEMO).stdout


def test_templates_folder_restyles_one_piece(tmp_path: Path) -> None:
    (tmp_path / "text").mkdir()
    (tmp_path / "text" / "notice.j2").write_text("【通知另排】\n", encoding="utf-8")
    result = run("render", DEMO, "--templates", str(tmp_path))
    assert result.exit_code == 0
    assert "【通知另排】" in result.stdout
    assert "一、指导思想" in result.stdout  # the plan still uses the shipped template


def test_templates_beside_the_plans_are_found(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(HEADER, encoding="utf-8")
    (tmp_path / "templates" / "text").mkdir(parents=True)
    (tmp_path / "templates" / "text" / "plan.j2").write_text(
        "本单位格式：{{ piece.blocks[0].text }}\n", encoding="utf-8"
    )
    result = run("render", str(plan))
    assert result.stdout.strip() == "本单位格式：某机关关于开展某活动的实施方案"


def test_plan_text_is_data_and_html_is_escaped(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(HEADER + 'preamble:\n  - "{{ 7*7 }} <script>alert(1)</script>"\n', encoding="utf-8")
    text = run("render", str(plan)).stdout
    assert "{{ 7*7 }} <script>alert(1)</script>" in text and "49" not in text
    html = run("render", str(plan), "--format", "html").stdout
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>" not in html


def test_missing_elements_leave_no_trace(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(HEADER + "preamble:\n  - 根据有关要求，制定如下方案。\n", encoding="utf-8")
    for fmt in ("text", "md", "html"):
        out = run("render", str(plan), "--format", fmt).stdout
        for absent in ("None", "抄送", "印发", "附件", "签发人", "发文"):
            assert absent not in out, (fmt, absent)
