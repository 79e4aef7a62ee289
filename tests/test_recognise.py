"""Which YAML files are plans: the rest of a repository's YAML is skipped with a notice."""

from __future__ import annotations

from pathlib import Path

import pytest

from campaigntool.recognise import recognise_text
from tests.helpers import HEADER, run

WORKFLOW = "name: plans\non: [push]\njobs:\n  check:\n    runs-on: ubuntu-latest\n"
PRECOMMIT = "repos:\n  - repo: local\n    hooks: []\n"
HOOKS = "- id: campaign-check\n  name: campaign check\n"
JEKYLL = "title: 我的博客\nemail: a@b.c\ndescription: 随笔\nbaseurl: /blog\n"
MODELINE = "# yaml-language-server: $schema=../campaign.schema.json\n"


@pytest.mark.parametrize(
    "text",
    [
        HEADER,
        HEADER + "titel: 错拼的键\n",
        MODELINE + "anything: 1\n",
        "---\n" + HEADER,
        "\ufeff" + HEADER,
        "",
        "# 只有注释\n",
    ],
)
def test_plans(text: str) -> None:
    assert recognise_text(text).is_plan


@pytest.mark.parametrize(
    "text",
    [
        WORKFLOW,
        PRECOMMIT,
        HOOKS,
        JEKYLL,
        '{"repos": []}',
        '[{"id": "campaign-check"}]',
        "# yaml-language-server: $schema=https://json.schemastore.org/github-workflow.json\n" + HEADER,
    ],
)
def test_not_plans(text: str) -> None:
    assert not recognise_text(text).is_plan


def test_named_files_that_are_not_plans_are_skipped_with_a_notice(tmp_path: Path) -> None:
    workflow = tmp_path / "plans.yml"
    workflow.write_text(WORKFLOW, encoding="utf-8")
    schema = tmp_path / "campaign.schema.json"
    schema.write_text("{}\n", encoding="utf-8")
    result = run("check", str(workflow), str(schema), "--format", "concise")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "plans.yml: not a plan (its top-level keys name, on, jobs are not a plan's)" in result.stderr
    assert "campaign.schema.json: not a plan (not a .yaml or .yml file)" in result.stderr


def test_zh_notice(tmp_path: Path) -> None:
    workflow = tmp_path / "plans.yml"
    workflow.write_text(WORKFLOW, encoding="utf-8")
    result = run("check", str(workflow), "--lang", "zh")
    assert (
        "跳过" in result.stderr
        and "plans.yml：不是方案文件（顶层的键 name、on、jobs 都不是方案的键）" in (result.stderr)
    )


def test_a_folder_is_checked_for_plans_only(tmp_path: Path) -> None:
    (tmp_path / "mkdocs.yml").write_text("site_name: 文档\nnav: []\n", encoding="utf-8")
    (tmp_path / "plan.yaml").write_text(HEADER + "doc_number: 某发[2026]1号\n", encoding="utf-8")
    result = run("check", str(tmp_path), "--format", "concise")
    assert result.exit_code == 1
    assert [line.split(":")[0].rsplit("/", 1)[-1] for line in result.stdout.splitlines()] == ["plan.yaml"]
    assert "mkdocs.yml: not a plan" in result.stderr


def test_fmt_leaves_files_that_are_not_plans_alone(tmp_path: Path) -> None:
    workflow = tmp_path / "ci.yml"
    workflow.write_text("on:   [push]\nname:    ci\n", encoding="utf-8")
    result = run("fmt", str(workflow))
    assert result.exit_code == 0
    assert workflow.read_text(encoding="utf-8") == "on:   [push]\nname:    ci\n"
    assert "ci.yml: not a plan" in result.stderr


def test_a_folder_without_plans_is_a_usage_error(tmp_path: Path) -> None:
    """A CI job pointed at the wrong folder must fail, not pass having checked nothing."""
    (tmp_path / "README.md").write_text("说明\n", encoding="utf-8")
    result = run("check", str(tmp_path))
    assert result.exit_code == 2
    assert "no plan files (.yaml or .yml) found; check the path" in result.stderr
    assert run("check", str(tmp_path), "--lang", "zh").stderr.startswith("没有找到方案文件")


def test_a_folder_with_only_other_yaml_is_a_usage_error_too(tmp_path: Path) -> None:
    (tmp_path / "ci.yml").write_text(WORKFLOW, encoding="utf-8")
    result = run("check", str(tmp_path))
    assert result.exit_code == 2
    assert "ci.yml: not a plan" in result.stderr
