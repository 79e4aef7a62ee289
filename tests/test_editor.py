"""What VS Code's YAML support shows for a plan, asked of the real yaml-language-server.

Skipped when the server is not installed (`make test` installs it with npm
when it can); tests/test_cli_schema.py checks the same schema keywords with a
JSON Schema validator either way.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import REPO, run
from tests.yls_client import YamlLanguageServer, find_server

SERVER = find_server()
if SERVER is None and not os.environ.get("CAMPAIGN_YLS_DIR"):
    default = REPO / ".cache" / "yls"
    os.environ["CAMPAIGN_YLS_DIR"] = str(default)
    SERVER = find_server()

pytestmark = pytest.mark.skipif(SERVER is None, reason="yaml-language-server is not installed")


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A plans folder made the way a new user makes one: `campaign new`, in a subfolder too."""
    root = tmp_path_factory.mktemp("workspace")
    (root / ".git").mkdir()
    cwd = os.getcwd()
    os.chdir(root)
    try:
        for name in ("plans/2027-作风建设.yaml", "plans/2028/调研.yaml"):
            assert run("new", name, "--start", "2027-03 上旬", "--end", "2027-08 下旬").exit_code == 0
    finally:
        os.chdir(cwd)
    return root


@pytest.fixture(scope="module")
def server(workspace: Path) -> Iterator[YamlLanguageServer]:
    assert SERVER is not None
    client = YamlLanguageServer(SERVER, workspace)
    yield client
    client.close()


def test_new_plans_load_their_schema_wherever_they_are(workspace: Path, server: YamlLanguageServer) -> None:
    nested = workspace / "plans" / "2028" / "调研.yaml"
    assert nested.read_text(encoding="utf-8").startswith(
        "# yaml-language-server: $schema=../campaign.schema.json\n"
    )
    assert not (workspace / "plans" / "2028" / "campaign.schema.json").exists()
    for plan in (workspace / "plans" / "2027-作风建设.yaml", nested):
        assert server.diagnostics_of(server.open(plan)) == [], plan.name


def test_a_wrong_date_is_explained_in_chinese(workspace: Path, server: YamlLanguageServer) -> None:
    plan = workspace / "plans" / "wrong-date.yaml"
    text = (workspace / "plans" / "2027-作风建设.yaml").read_text(encoding="utf-8")
    plan.write_text(re.sub(r"start: 2027-03 上旬", "start: 2027-０3 上旬", text, count=1), encoding="utf-8")
    [diagnostic] = server.diagnostics_of(server.open(plan))
    assert diagnostic["message"].startswith("日期写法不对。")
    assert "pattern" not in diagnostic["message"] and "\\d" not in diagnostic["message"]


def test_hovers_show_each_title_once_in_chinese(workspace: Path, server: YamlLanguageServer) -> None:
    plan = workspace / "plans" / "2027-作风建设.yaml"
    lines = plan.read_text(encoding="utf-8").splitlines()
    uri = server.open(plan)
    shown = {}
    for key in ("title", "body", "phase", "start", "due", "lead", "leading_group"):
        number = next(i for i, line in enumerate(lines) if line.lstrip("- ").startswith(key.strip() + ":"))
        column = lines[number].index(key.strip())
        shown[key.strip()] = server.hover(uri, number, column + 1)
    for key, text in shown.items():
        heading, _, rest = text.partition("\n\n")
        assert heading.startswith("#### ") and "||" not in heading, (key, text)
        title = heading.removeprefix("#### ")
        assert re.search(r"[\u4e00-\u9fff]", title), (key, text)
        description = rest.split("\n\n")[0]
        assert description != title, (key, text)
        assert not re.search(r"[A-Za-z]{4,} [a-z]{3,}", description), (key, text)  # no English sentences
    assert shown["due"].startswith("#### 时限\n\n完成时限")
