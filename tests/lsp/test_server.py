"""`campaign lsp` driven over stdio as an editor drives it.

The sample plan (sample.yaml) has a half-width comma in Chinese text (D003,
line 17) and a lead spelt 办公厅 where 办公室 is defined (R002, line 18).
Positions here are 0-based, as the protocol counts them.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.lsp.client import LspClient

HERE = Path(__file__).parent
SAMPLE = (HERE / "sample.yaml").read_text(encoding="utf-8")
GUIDE = "https://example.org/guide.zh-CN.md"
OPTIONS = {"asOf": "2026-04-01", "guide": GUIDE}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shutil.copy(HERE / "sample.yaml", tmp_path / "plan.yaml")
    return tmp_path


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LspClient, Path]]:
    """One server for the tests that leave its options alone (starting one takes a second)."""
    root = tmp_path_factory.mktemp("shared")
    client = LspClient(root)
    client.initialize(root, OPTIONS)
    yield client, root
    client.close()


@pytest.fixture
def server(shared: tuple[LspClient, Path]) -> LspClient:
    return shared[0]


@pytest.fixture
def uri(shared: tuple[LspClient, Path], request: pytest.FixtureRequest) -> str:
    """A document of its own for each test; it needs no file on disk."""
    return (shared[1] / f"{request.node.name}.yaml").as_uri()


def uri_of(folder: Path) -> str:
    return (folder / "plan.yaml").as_uri()


def found(diagnostics: list[dict[str, Any]]) -> list[tuple[str, int, int, int]]:
    """(code, line, start, end) of each diagnostic, in order."""
    return [
        (
            d["code"],
            d["range"]["start"]["line"],
            d["range"]["start"]["character"],
            d["range"]["end"]["character"],
        )
        for d in diagnostics
    ]


def test_initialize_announces_every_feature(folder: Path) -> None:
    client = LspClient(folder)
    try:
        capabilities = client.initialize(folder, OPTIONS)["capabilities"]
    finally:
        client.close()
    assert capabilities["hoverProvider"] is True
    assert capabilities["definitionProvider"] is True
    assert capabilities["referencesProvider"] is True
    assert capabilities["codeActionProvider"]["codeActionKinds"] == ["quickfix"]
    assert " " in capabilities["completionProvider"]["triggerCharacters"]
    assert capabilities["textDocumentSync"]["change"] == 2  # incremental


def test_diagnostics_on_open_have_codes_ranges_links_and_chinese(server: LspClient, uri: str) -> None:
    diagnostics = server.open(uri, SAMPLE)
    assert found(diagnostics) == [("D003", 16, 21, 22), ("R002", 17, 14, 17)]
    comma, name = diagnostics
    assert comma["severity"] == 2 and name["severity"] == 1
    assert comma["source"] == "campaign"
    assert comma["message"] == "中文中的半角“,”\n改为全角“，”"
    assert name["message"] == "“办公厅”未在 units 或 people 中定义\n是否应为“办公室”？"
    assert name["codeDescription"]["href"] == (
        GUIDE
        + "#r002-%E5%BC%95%E7%94%A8%E4%BA%86%E6%9C%AA%E5%AE%9A%E4%B9%89%E7%9A%84%E5%8D%95%E4%BD%8D%E6%88%96%E4%BA%BA%E5%91%98"
    )


def test_edits_update_the_diagnostics(server: LspClient, uri: str) -> None:
    server.open(uri, SAMPLE)
    # Type the full-width comma over the half-width one: D003 goes away.
    assert found(server.change(uri, 2, 16, 21, 22, "，")) == [("R002", 17, 14, 17)]
    # Make the phase end before it starts: S001 at the end date.
    assert ("S001", 8, 9, 19) in found(server.change(uri, 3, 8, 9, 19, "2026-02 下旬"))
    # Half-typed YAML: a reading error, and the server keeps serving.
    broken = server.change(uri, 4, 11, 14, 14, "[")
    assert [d["code"] for d in broken] == ["Y002"]
    assert server.at("textDocument/hover", uri, 3, 10) is not None


def test_english_by_client_locale(folder: Path) -> None:
    client = LspClient(folder)
    try:
        client.initialize(folder, {"asOf": "2026-04-01"}, locale="en-US")
        diagnostics = client.open(uri_of(folder), SAMPLE)
    finally:
        client.close()
    assert diagnostics[0]["message"] == "half-width ',' in Chinese text\nuse the full-width '，'"


def test_setting_wins_over_locale_and_changes_apply_at_once(folder: Path) -> None:
    client = LspClient(folder)
    try:
        client.initialize(folder, OPTIONS)
        uri = uri_of(folder)
        client.open(uri, SAMPLE)
        client.notify("workspace/didChangeConfiguration", {"settings": {"campaign": {"lang": "en"}}})
        diagnostics = client.diagnostics(uri)
    finally:
        client.close()
    assert (
        diagnostics[1]["message"] == "'办公厅' is not defined under units or people\ndid you mean '办公室'?"
    )


def test_configuration_from_the_nearest_campaign_toml(folder: Path) -> None:
    (folder / "campaign.toml").write_text('[check]\nignore = ["D003"]\n', encoding="utf-8")
    nested = folder / "plans"
    nested.mkdir()
    (nested / "plan.yaml").write_text(SAMPLE, encoding="utf-8")
    client = LspClient(folder)
    try:
        client.initialize(folder, OPTIONS)
        diagnostics = client.open((nested / "plan.yaml").as_uri(), SAMPLE)
    finally:
        client.close()
    assert [d["code"] for d in diagnostics] == ["R002"]


def test_a_broken_campaign_toml_is_reported_and_defaults_apply(folder: Path) -> None:
    (folder / "campaign.toml").write_text('[check]\nignore = ["X999"]\n', encoding="utf-8")
    client = LspClient(folder)
    try:
        client.initialize(folder, OPTIONS)
        diagnostics = client.open(uri_of(folder), SAMPLE)
    finally:
        client.close()
    assert "配置有误" in diagnostics[0]["message"] and "X999" in diagnostics[0]["message"]
    assert [d["code"] for d in diagnostics[1:]] == ["D003", "R002"]


def test_noqa_is_honoured(server: LspClient, uri: str) -> None:
    text = SAMPLE.replace("lead: 办公厅", "lead: 办公厅  # noqa: R002 原文如此")
    assert [d["code"] for d in server.open(uri, text)] == ["D003"]


def test_positions_count_utf16_units(server: LspClient, uri: str) -> None:
    # 𠀋 lies outside the Basic Multilingual Plane: two UTF-16 units.
    text = SAMPLE.replace("开展专题学习,撰写心得", "𠀋开展专题学习,撰写心得")
    assert ("D003", 16, 23, 24) in found(server.open(uri, text))


def hover_text(server: LspClient, uri: str, line: int, character: int) -> str:
    answer = server.at("textDocument/hover", uri, line, character)
    assert answer is not None
    value: str = answer["contents"]["value"]
    return value


def test_hover_on_a_date(server: LspClient, uri: str) -> None:
    server.open(uri, SAMPLE)
    text = hover_text(server, uri, 13, 16)  # due: 2026-03 中旬
    assert text.startswith("**2026年3月11日至20日**")
    assert "作为结束或时限：2026年3月20日（工作日）" in text
    day = hover_text(server, uri, 15, 15)  # done: 2026-03-12
    assert day == "**2026年3月12日**，星期四，工作日"


def test_hover_on_a_holiday(server: LspClient, uri: str) -> None:
    server.open(uri, SAMPLE.replace("done: 2026-03-12", "done: 2026-10-01"))
    assert hover_text(server, uri, 15, 15) == "**2026年10月1日**，星期四，非工作日（国庆节）"


def test_hover_on_names(server: LspClient, uri: str) -> None:
    server.open(uri, SAMPLE)
    head = hover_text(server, uri, 20, 9)  # head: 张三
    assert head.split("\n\n")[:3] == ["**张三**（人员）", "职务：党组书记、主任", "单位：办公室"]
    member = hover_text(server, uri, 21, 13)  # members: [李四]
    assert "单位：党委（机关党委）" in member
    unit = hover_text(server, uri, 12, 22)  # supporters: [机关党委]
    assert unit.split("\n\n") == ["**机关党委**（单位）", "简称：党委", "牵头 0 项任务，配合 1 项"]


def test_hover_on_a_rule_code_in_noqa(server: LspClient, uri: str) -> None:
    server.open(uri, SAMPLE.replace("lead: 办公厅", "lead: 办公厅  # noqa: D003, R002"))
    text = hover_text(server, uri, 17, 37)
    assert text.startswith("**R002** `undefined-name` (错误)\n\n引用了未定义的单位或人员。")


def labels(answer: Any) -> list[str]:
    return [item["label"] for item in answer["items"]]


def test_completion_of_names(server: LspClient, uri: str) -> None:
    server.open(uri, SAMPLE)
    lead = server.at("textDocument/completion", uri, 17, 14)
    assert labels(lead) == ["办公室", "机关党委", "张三", "李四"]
    assert lead["items"][2]["detail"] == "党组书记、主任（办公室）"
    # Replacing what is typed so far: 办公厅 up to the cursor after 办.
    partial = server.at("textDocument/completion", uri, 17, 15)
    assert partial["items"][0]["textEdit"]["range"] == {
        "start": {"line": 17, "character": 14},
        "end": {"line": 17, "character": 15},
    }
    members = server.at("textDocument/completion", uri, 21, 12)  # members: [|李四]
    assert labels(members) == ["张三", "李四"]


def test_completion_keeps_names_while_the_file_is_half_typed(server: LspClient, uri: str) -> None:
    server.open(uri, SAMPLE)
    text = SAMPLE.replace(
        "        supporters: [机关党委]\n", "        supporters:\n          - \n        oops: [\n"
    )
    diagnostics = server.replace_all(uri, 2, text)
    assert [d["code"] for d in diagnostics] == ["Y002"]
    answer = server.at("textDocument/completion", uri, 13, 12)
    assert labels(answer) == ["办公室", "机关党委", "张三", "李四"]


def test_completion_of_words_and_dates(server: LspClient, uri: str) -> None:
    server.open(uri, SAMPLE)
    status = server.at("textDocument/completion", uri, 14, 16)
    assert labels(status)[:4] == ["not_started", "in_progress", "done", "cancelled"]
    assert status["items"][2]["detail"] == "已完成"
    text = SAMPLE.replace("due: 2026-04 下旬", "due: 2026-05")
    server.replace_all(uri, 2, text)
    dates = server.at("textDocument/completion", uri, 18, 20)
    assert labels(dates) == [
        "2026-05",
        "2026-05 上旬",
        "2026-05 中旬",
        "2026-05 下旬",
        "2026-05 上中旬",
        "2026-05 中下旬",
        "2026-05 底",
    ]
    assert dates["items"][3]["detail"] == "2026年5月21日至31日"


def test_definition_and_references(server: LspClient, uri: str) -> None:
    server.open(uri, SAMPLE)
    definition = server.at("textDocument/definition", uri, 12, 22)  # 机关党委 in supporters
    assert [(d["range"]["start"]["line"], d["range"]["start"]["character"]) for d in definition] == [
        (24, 10),
        (25, 11),
    ]
    references = server.at(
        "textDocument/references", uri, 24, 11, context={"includeDeclaration": False}
    )  # from the definition: by name in supporters, by short name in people
    assert [(r["range"]["start"]["line"], r["range"]["start"]["character"]) for r in references] == [
        (12, 21),
        (32, 10),
    ]
    office = server.at("textDocument/references", uri, 11, 15, context={"includeDeclaration": True})
    assert [r["range"]["start"]["line"] for r in office] == [23, 11, 29]


def apply(text: str, action: dict[str, Any], uri: str) -> str:
    lines = text.split("\n")
    edits = sorted(
        action["edit"]["changes"][uri],
        key=lambda e: (e["range"]["start"]["line"], e["range"]["start"]["character"]),
        reverse=True,
    )
    for edit in edits:
        start, end = edit["range"]["start"], edit["range"]["end"]
        assert start["line"] == end["line"]
        line = lines[start["line"]]
        lines[start["line"]] = line[: start["character"]] + edit["newText"] + line[end["character"] :]
    return "\n".join(lines)


def actions_for(server: LspClient, uri: str, diagnostics: list[dict[str, Any]]) -> Any:
    return server.request(
        "textDocument/codeAction",
        {
            "textDocument": {"uri": uri},
            "range": diagnostics[0]["range"],
            "context": {"diagnostics": diagnostics},
        },
    )


def test_quick_fixes(server: LspClient, uri: str) -> None:
    comma, name = server.open(uri, SAMPLE)
    (fix,) = actions_for(server, uri, [comma])
    assert fix["title"] == "改为全角“，”" and fix["kind"] == "quickfix" and fix["isPreferred"] is True
    (rename,) = actions_for(server, uri, [name])
    assert rename["title"] == "改为“办公室”"
    fixed = apply(apply(SAMPLE, fix, uri), rename, uri)
    assert "开展专题学习，撰写心得" in fixed and "lead: 办公厅" not in fixed
    assert server.replace_all(uri, 2, fixed) == []


def test_quick_fix_for_a_misspelt_key_and_for_all_punctuation(server: LspClient, uri: str) -> None:
    text = SAMPLE.replace("supporters:", "suporters:").replace("召开动员大会", "召开(动员)大会")
    diagnostics = server.open(uri, text)
    (key,) = [d for d in diagnostics if d["code"] == "V001"]
    assert (key["range"]["start"]["line"], key["range"]["start"]["character"]) == (12, 8)
    (rename,) = actions_for(server, uri, [key])
    assert rename["title"] == "改为“supporters”"
    assert "        supporters: [机关党委]" in apply(text, rename, uri)
    # Once the key is right the plan validates and D003 shows the brackets.
    diagnostics = server.replace_all(uri, 2, apply(text, rename, uri))
    punctuation = [d for d in diagnostics if d["code"] == "D003"]
    assert len(punctuation) == 3
    actions = actions_for(server, uri, punctuation[:1])
    assert [a["title"] for a in actions] == ["改为全角“（”", "本文件的半角标点全部改为全角（3 处）"]
    fixed = apply(apply(text, rename, uri), actions[1], uri)
    assert "召开（动员）大会" in fixed and "开展专题学习，撰写心得" in fixed


def test_the_seed_plan_is_clean_and_its_names_resolve(server: LspClient) -> None:
    plan = Path(__file__).parents[2] / "plans" / "liaoning-2013-mass-line.yaml"
    text = plan.read_text(encoding="utf-8")
    assert server.open(plan.as_uri(), text) == []
    lines = text.split("\n")
    # Tasks are written in the body's phase sections; their leads resolve to `units`.
    lead = next(i for i, line in enumerate(lines) if line.strip() == "lead: 党组")
    defined = next(i for i, line in enumerate(lines) if line.strip() == "- name: 党组")
    column = lines[lead].index("党组")
    (definition,) = server.at("textDocument/definition", plan.as_uri(), lead, column)
    assert definition["range"]["start"]["line"] == defined
    assert hover_text(server, plan.as_uri(), lead, column).startswith("**党组**（单位）")


def test_files_option_leaves_other_yaml_alone(folder: Path) -> None:
    workflow = folder / "ci.yaml"
    workflow.write_text("name: ci\non: push\n", encoding="utf-8")
    client = LspClient(folder)
    try:
        client.initialize(folder, {**OPTIONS, "files": ["*plan.yaml"]})
        assert client.open(workflow.as_uri(), workflow.read_text(encoding="utf-8")) == []
        assert [d["code"] for d in client.open(uri_of(folder), SAMPLE)] == ["D003", "R002"]
    finally:
        client.close()


def test_never_fails_on_half_typed_text(server: LspClient, uri: str) -> None:
    """Every prefix of a real plan, as if typed from the top: answers, and no failure logged."""
    plan = (Path(__file__).parents[2] / "plans" / "liaoning-2013-mass-line.yaml").read_text(encoding="utf-8")
    server.open(uri, "")
    step = len(plan) // 40
    for version, cut in enumerate(range(step, len(plan), step), start=2):
        text = plan[:cut]
        diagnostics = server.replace_all(uri, version, text)
        assert all(d["source"] == "campaign" for d in diagnostics)
        last = text.count("\n")
        server.at("textDocument/hover", uri, last, 3)
        server.at("textDocument/completion", uri, last, len(text.split("\n")[-1]))
        server.at("textDocument/definition", uri, last, 3)
    assert not any("failed" in line for line in server.stderr), "".join(server.stderr)
