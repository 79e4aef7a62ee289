"""The published pre-commit hooks and this repository's use of them."""

from __future__ import annotations

from typing import Any

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
