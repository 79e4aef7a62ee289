"""The published pre-commit hooks and this repository's use of them."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from tests.helpers import PLANS, REPO, run


def load(name: str) -> Any:
    return YAML(typ="safe").load((REPO / name).read_text(encoding="utf-8"))


def test_published_hooks_run_the_commands() -> None:
    hooks = {hook["id"]: hook for hook in load(".pre-commit-hooks.yaml")}
    assert set(hooks) == {"campaign-check", "campaign-fmt"}
    assert hooks["campaign-check"]["entry"] == "campaign check"
    assert hooks["campaign-fmt"]["entry"] == "campaign fmt"
    assert all(hook["language"] == "python" for hook in hooks.values())


def test_this_repository_uses_them_on_plans() -> None:
    [repo] = load(".pre-commit-config.yaml")["repos"]
    used = {hook["id"]: hook for hook in repo["hooks"]}
    assert set(used) == {"campaign-check", "campaign-fmt"}
    assert all(hook["files"] == r"^plans/.*\.ya?ml$" for hook in used.values())


def test_the_hooks_pass_on_the_shipped_plans() -> None:
    files = [str(p) for p in sorted(PLANS.glob("*.yaml"))]
    assert run("fmt", "--check", *files).exit_code == 0
    assert run("check", *files, "--as-of", "2026-11-21").exit_code == 0


def _hooks_for(repo: Path) -> str:
    """This repository's published hooks, as a `local` repo running the installed `campaign`.

    Everything but the entry and language is taken from .pre-commit-hooks.yaml,
    so the defaults under test are the published ones; pre-commit would
    otherwise build an environment for the hooks from the network.
    """
    import json

    campaign = Path(sys.executable).parent / "campaign"
    hooks = []
    for hook in load(".pre-commit-hooks.yaml"):
        local = {**hook, "language": "system", "entry": f"{campaign} {hook['entry'].split(' ', 1)[1]}"}
        local["args"] = ["--format", "concise"] if hook["id"] == "campaign-check" else []
        hooks.append(local)
    # JSON is YAML: no need to write YAML by hand.
    return json.dumps({"repos": [{"repo": "local", "hooks": hooks}]}, ensure_ascii=False, indent=2)


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_real_pre_commit_reports_only_the_broken_plan(tmp_path: Path) -> None:
    """pre-commit hands the hooks every YAML file; only the plan is checked, nothing else is touched."""
    from campaigntool.fmt import format_text
    from campaigntool.schema import schema_text

    repo = tmp_path / "plans-repo"
    files = {
        ".github/workflows/plans.yml": (
            "name: plans\non: [push, pull_request]\njobs:\n  check:\n    runs-on: ubuntu-latest\n"
            "    steps:\n      - uses: actions/checkout@v4\n      - run:   campaign check plans/\n"
        ),
        ".pre-commit-config.yaml": _hooks_for(repo),
        "plans/campaign.schema.json": schema_text(),
        "plans/broken.yaml": format_text(
            "# yaml-language-server: $schema=campaign.schema.json\n"
            "title: 某机关关于开展某活动的实施方案\nissuer: 某机关\ndoc_number: 某发[2026]1号\n"
        ),
    }
    for name, text in files.items():
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        (repo / name).write_text(text, encoding="utf-8")
    # Run from a git hook or `git rebase --exec`, the environment names the outer repository
    # (GIT_DIR, GIT_INDEX_FILE …): `git init` here would then turn that one bare.
    outer = {key: value for key, value in os.environ.items() if not key.startswith("GIT_")}
    env = {
        **outer,
        "PRE_COMMIT_HOME": str(tmp_path / "cache"),
        "CAMPAIGN_LANG": "en",
        "GITHUB_ACTIONS": "",
        "NO_COLOR": "1",
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
    }
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run([*git, "init", "-q"], cwd=repo, check=True, env=env)
    subprocess.run([*git, "add", "-A"], cwd=repo, check=True, env=env)
    done = subprocess.run(
        [sys.executable, "-m", "pre_commit", "run", "--all-files", "--color", "never"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    output = done.stdout + done.stderr
    assert done.returncode == 1, output
    reported = [line for line in output.splitlines() if re.match(r"^\S+:\d+:\d+: ", line)]
    assert reported == [
        "plans/broken.yaml:4:15: error D001 the year is in '[]'; use hexagonal brackets 〔〕"
    ], output
    assert "campaign fmt" in output and "Passed" in output  # fmt had nothing to do
    assert "skipped .github/workflows/plans.yml: not a plan" in output
    assert "skipped .pre-commit-config.yaml: not a plan" in output
    for name, text in files.items():
        assert (repo / name).read_text(encoding="utf-8") == text, name
