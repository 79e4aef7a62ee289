"""`# noqa` comments on a line and for a whole file, through `campaign check`."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import HEADER, found, run

#: Half-width punctuation throughout, as in text copied from a web page.
COPIED = HEADER + "preamble:\n  - 为了落实,制定方案;如下。\n  - 一是(试行),二是。\n"


def test_a_file_level_comment_silences_a_rule_in_the_whole_file() -> None:
    assert [code for code, _, _ in found(COPIED)] == ["D003"] * 5
    assert found("# campaign: noqa: D003 原文如此\n" + COPIED) == []


def test_a_file_level_comment_leaves_other_rules_alone() -> None:
    text = "# campaign: noqa: D003 原文如此\n" + COPIED + "doc_number: 某发[2026]1号\n"
    assert found(text) == [("D001", 7, 15)]


def test_a_file_level_comment_without_codes_silences_every_rule() -> None:
    assert found("# campaign: noqa\n" + COPIED + "doc_number: 某发[2026]1号\n") == []


def test_the_checker_reports_a_mistyped_file_level_code(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text("# campaign: noqa: D03 原文如此\n" + COPIED, encoding="utf-8")
    result = run("check", str(plan), "--format", "concise", "--select", "N")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0].endswith(":1:19: warning N001 no rule 'D03'; it silences nothing")


def test_unused_comments_are_reported_only_on_request(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(HEADER + "short_name: 活动  # noqa: D003\n", encoding="utf-8")
    assert run("check", str(plan), "--format", "concise").stdout == ""
    result = run("check", str(plan), "--format", "concise", "--select", "ALL,N002")
    assert result.exit_code == 0
    assert result.stdout.strip().endswith(
        "plan.yaml:3:25: info N002 D003 finds nothing on this line; the noqa code is unused"
    )
