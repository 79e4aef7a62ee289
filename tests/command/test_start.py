"""What makes a command start fast changes nothing a user sees.

Commands are built only when used, plain option values skip typer's pydantic
conversion, and a pyproject.toml that cannot hold `[tool.campaign]` is not
parsed; each is compared here with what typer or the full parse would do.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import typer
import typer.main
from typer._click import Context
from typer._click.exceptions import BadParameter
from typer._coercion import build_runtime_param
from typer.core import _TyperParameter

from campaigntool.cli import app
from campaigntool.config import find_config
from tests.helpers import PLANS, REPO, run

NAMES = [
    "check", "rule", "overdue", "status", "timeline", "ics", "render", "schema", "new", "fmt",
    "lsp", "import", "ledger", "report",
]  # fmt: skip


def _group() -> Any:
    return typer.main.get_command(app)


def test_commands_are_listed_in_order_and_built_only_when_looked_up() -> None:
    group = _group()
    context = Context(group)
    assert group.list_commands(context) == NAMES
    assert len(group.commands) == len(NAMES) and "check" in group.commands
    assert group.commands._deferred.keys() == set(NAMES)  # nothing built yet
    check = group.get_command(context, "check")
    assert check is not None and check.name == "check"
    assert set(group.commands._deferred) == set(NAMES) - {"check"}
    assert group.get_command(context, "chek") is None


def test_help_lists_every_command() -> None:
    result = run("--help")
    assert result.exit_code == 0
    for name in NAMES:
        assert f" {name} " in result.stdout


def test_a_mistyped_command_is_still_suggested() -> None:
    result = run("chek")
    assert result.exit_code == 2
    assert "No such command 'chek'. Did you mean 'check'" in result.stderr


def _plain_parameters() -> list[tuple[str, _TyperParameter]]:
    """Every option and argument that converts its values without typer's adapters."""
    group = _group()
    context = Context(group)
    found = []
    for name in NAMES:
        command = group.get_command(context, name)
        for param in command.params:
            if isinstance(param, _TyperParameter) and param._runtime_param is not None:
                found.append((f"{name} {param.name}", param))
    return found


def test_most_options_convert_plainly() -> None:
    assert len(_plain_parameters()) >= 70


def _outcome(convert: Any, value: Any, param: _TyperParameter, context: Context) -> Any:
    try:
        return ("value", convert(value, param=param, ctx=context))
    except BadParameter as error:
        return ("error", error.format_message())


@pytest.mark.parametrize(
    ("where", "param"), _plain_parameters(), ids=lambda x: x if isinstance(x, str) else ""
)
def test_plain_conversion_agrees_with_typers_own(where: str, param: _TyperParameter) -> None:
    context = Context(typer.main.get_command(app))
    plain = param._runtime_param
    assert plain is not None
    typers = build_runtime_param(param.type_descriptor)
    samples: list[Any] = ["x", "", "-", str(PLANS / "demo-2026.yaml"), str(PLANS), str(REPO / "nowhere.yaml")]
    samples += [True, False, 3, ["a", "b"], ("plans", str(PLANS))]
    for value in samples:
        assert _outcome(plain.coerce, value, param, context) == _outcome(
            typers.coerce, value, param, context
        ), (
            where,
            value,
        )


def test_options_still_report_bad_values_in_both_languages() -> None:
    result = run("overdue", str(PLANS / "demo-2026.yaml"), "--within", "abc")
    assert result.exit_code == 2
    assert "Invalid value for '--within': Input should be a valid integer" in result.stderr
    result = run("timeline", str(PLANS / "demo-2026.yaml"), "--width", "10", "--lang", "zh")
    assert result.stderr.startswith("错误：--width 的值不对：不能小于 40")


@pytest.mark.parametrize(
    "text",
    [
        "[tool.campaign]\nstrict = true\n",
        "[ tool . 'campaign' ]\nstrict = true\n",
        '["tool".campaign]\nstrict = true\n',
        "[tool]\ncampaign = { strict = true }\n",
        "tool = { campaign = { strict = true } }\n",
        "tool.campaign.strict = true\n",
        '[tool."\\u0063ampaign"]\nstrict = true\n',
    ],
)
def test_every_way_of_writing_the_table_is_read(tmp_path: Path, text: str) -> None:
    (tmp_path / "pyproject.toml").write_text(text, encoding="utf-8")
    found = find_config(tmp_path)
    assert found is not None
    assert found[1] == {"strict": True}


def test_a_pyproject_without_the_table_is_passed_over_unparsed(tmp_path: Path) -> None:
    outer = tmp_path / "outer"
    inner = outer / "inner"
    inner.mkdir(parents=True)
    (outer / "pyproject.toml").write_text("[tool.campaign]\nstrict = true\n", encoding="utf-8")
    # Not TOML at all: parsing it would be an error, but it cannot be ours.
    (inner / "pyproject.toml").write_text(
        '[project]\nname = "x\n[tool.ruff]\nline-length = 1\n', encoding="utf-8"
    )
    found = find_config(inner)
    assert found is not None and found[0] == outer / "pyproject.toml"
