"""SARIF 2.1.0 and GitLab Code Quality output, validated against their schemas."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from campaigntool.rules import ALL
from tests.helpers import HEADER, REPO, run

SARIF_SCHEMA = REPO / "tests" / "fixtures" / "schemas" / "sarif-2.1.0.json"

#: The fields GitLab's Code Quality widget reads (docs: "Code Quality report format").
GITLAB_SCHEMA: dict[str, Any] = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["description", "check_name", "fingerprint", "severity", "location"],
        "properties": {
            "description": {"type": "string", "minLength": 1},
            "check_name": {"type": "string"},
            "fingerprint": {"type": "string", "minLength": 1},
            "severity": {"enum": ["info", "minor", "major", "critical", "blocker"]},
            "location": {
                "type": "object",
                "required": ["path", "lines"],
                "properties": {
                    "path": {"type": "string", "pattern": "^[^/]"},
                    "lines": {
                        "type": "object",
                        "required": ["begin"],
                        "properties": {"begin": {"type": "integer", "minimum": 1}},
                    },
                },
            },
        },
    },
}


@pytest.fixture
def repo_with_plan(tmp_path: Path) -> Iterator[Path]:
    (tmp_path / ".git").mkdir()
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "a.yaml").write_text(
        HEADER + "doc_number: 某发[2026]01号\npreamble:\n  - 为了落实,制定方案,如下。\n", encoding="utf-8"
    )
    cwd = os.getcwd()
    os.chdir(tmp_path / "plans")
    yield tmp_path
    os.chdir(cwd)


def test_sarif_validates_and_describes_every_rule(repo_with_plan: Path) -> None:
    result = run("check", "a.yaml", "--format", "sarif", "--lang", "zh")
    assert result.exit_code == 1
    sarif = json.loads(result.stdout)
    jsonschema.Draft4Validator(json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))).validate(sarif)
    [run_] = sarif["runs"]
    rules = run_["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == [rule.code for rule in ALL]
    assert all(r["help"]["text"] and r["shortDescription"]["text"] for r in rules)
    results = run_["results"]
    assert [(r["ruleId"], r["level"]) for r in results] == [
        ("D001", "error"),
        ("D001", "error"),
        ("D003", "warning"),
        ("D003", "warning"),
    ]
    location = results[2]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "plans/a.yaml"  # relative to the repository root
    assert location["region"] == {"startLine": 5, "startColumn": 9, "endLine": 5, "endColumn": 10}
    assert rules[results[2]["ruleIndex"]]["id"] == "D003"


def test_gitlab_report_validates_with_unique_fingerprints(repo_with_plan: Path) -> None:
    result = run("check", "a.yaml", "--format", "gitlab")
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    jsonschema.validate(report, GITLAB_SCHEMA)
    assert len(report) == 4
    assert len({issue["fingerprint"] for issue in report}) == 4
    assert {issue["location"]["path"] for issue in report} == {"plans/a.yaml"}
    assert [issue["severity"] for issue in report] == ["major", "major", "minor", "minor"]


def test_fingerprints_are_stable_between_runs(repo_with_plan: Path) -> None:
    first = [i["fingerprint"] for i in json.loads(run("check", "a.yaml", "-f", "gitlab").stdout)]
    second = [i["fingerprint"] for i in json.loads(run("check", "a.yaml", "-f", "gitlab").stdout)]
    assert first == second


def test_shell_completion_script() -> None:
    import subprocess
    import sys

    script = Path(sys.executable).parent / "campaign"
    done = subprocess.run(
        [str(script), "--show-completion", "bash"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0
    assert "complete -o default -F _campaign_completion campaign" in done.stdout


def test_gitlab_fingerprints_survive_lines_inserted_above(repo_with_plan: Path) -> None:
    plan = repo_with_plan / "plans" / "a.yaml"
    before = json.loads(run("check", "a.yaml", "-f", "gitlab").stdout)
    plan.write_text("# 修订说明\n\n" + plan.read_text(encoding="utf-8"), encoding="utf-8")
    after = json.loads(run("check", "a.yaml", "-f", "gitlab").stdout)
    assert [i["location"]["lines"]["begin"] for i in after] == [
        i["location"]["lines"]["begin"] + 2 for i in before
    ]
    assert [i["fingerprint"] for i in after] == [i["fingerprint"] for i in before]


def test_fingerprints_do_not_follow_the_calendar(repo_with_plan: Path) -> None:
    """An overdue task's message changes every day (`late by N days`); its fingerprint does not."""
    plan = repo_with_plan / "plans" / "a.yaml"
    plan.write_text(
        HEADER + "phases:\n  - name: 学习\n    start: 2026-03\n    end: 2026-04\n    tasks:\n"
        "      - title: 开会\n        lead: 某机关\n        due: 2026-03 中旬\nunits:\n  - name: 某机关\n",
        encoding="utf-8",
    )
    days = [
        json.loads(run("check", "a.yaml", "-f", "gitlab", "--as-of", when).stdout)
        for when in ("2026-04-01", "2026-04-02")
    ]
    assert days[0][0]["description"] != days[1][0]["description"]
    assert days[0][0]["fingerprint"] == days[1][0]["fingerprint"]
    sarif = [
        json.loads(run("check", "a.yaml", "-f", "sarif", "--as-of", when).stdout)["runs"][0]["results"]
        for when in ("2026-04-01", "2026-04-02")
    ]
    assert sarif[0][0]["partialFingerprints"] == sarif[1][0]["partialFingerprints"]


def test_sarif_links_the_tool_and_every_rule_to_its_page(repo_with_plan: Path) -> None:
    sarif = json.loads(run("check", "a.yaml", "--format", "sarif").stdout)
    driver = sarif["runs"][0]["tool"]["driver"]
    assert driver["informationUri"].startswith("https://")
    for rule in driver["rules"]:
        assert rule["helpUri"].startswith(driver["informationUri"])
        assert rule["helpUri"].endswith(f"/docs/rules/{rule['id']}.md")
        assert (REPO / "docs" / "rules" / f"{rule['id']}.md").is_file()


def test_github_paths_are_relative_to_the_repository_root(repo_with_plan: Path) -> None:
    """From a `working-directory: plans` step, annotations still name plans/a.yaml."""
    result = run("check", "a.yaml", env={"GITHUB_ACTIONS": "true"})
    assert result.stdout.startswith("::error file=plans/a.yaml,line=3,")
    assert all("file=plans/a.yaml," in line for line in result.stdout.splitlines())
