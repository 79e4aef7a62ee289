"""`campaign fmt` never damages a file: unusual but valid plans, non-plans, failures."""

from __future__ import annotations

from pathlib import Path

import pytest

from campaigntool import fmtlayout
from campaigntool.dates import PlanDate
from campaigntool.fmt import comments, format_text
from campaigntool.load import load_text
from campaigntool.yamlsource import compose, to_data
from tests.helpers import PLANS, run

HEAD = "title: 某机关关于开展某活动的实施方案\nissuer: 某机关\n"

UNUSUAL = {
    "flow collections with comments": HEAD
    + "units: [{name: 甲, # 甲的注释\n   short: 乙}, # 第二项前\n  {name: 丙}]\npeople: [{name: 张三}]\n",
    "block scalars": "issuer: 某机关\ntitle: 某机关关于开展某活动的实施方案\npreamble:\n  - |-\n    第一段\n\n"
    "      缩进的行\n  - >\n    折叠\n    的段落\n\nnote: |+\n  保留结尾的空行\n\n",
    "quoted keys": "\"issuer\": 某机关\n'title': 某机关关于开展某活动的实施方案\n",
    "anchors and aliases": "title: &t 某机关关于开展某活动的实施方案\nissuer: 某机关\nsignature: *t\n"
    "units:\n  - &u {name: 办公室}\nimprint:\n  cc: [*t]\n",
    "comments everywhere": "# 文件头\nissuer: 某机关 # 行尾\n# 标题前\ntitle: # 键后\n  # 值前\n"
    "  某机关关于开展某活动的实施方案 # 值后\nunits: # 单位\n  # 第一项前\n  - name: 甲 # 名称\n"
    "    # 项内\n    short: 甲 # 简称\n  # 列表末尾\n# 文件末尾\n",
    "Unicode line separators": HEAD.replace("某机关\n", "某机关  # 注释\u2029\n")
    + "note: 附注  # 注释\x85\n",
    "four-space indentation": HEAD + "phases:\n    -   name: 学习\n        start: 2026年3月上旬\n"
    "        end: 2026-04\n        tasks:\n        -   title: 学习\n            due: 2026年3月\n",
    "multi-line scalars": HEAD + 'preamble:\n    - 第一行\n      第二行\n    - "引号\n      续行"\n',
    "document markers": "%YAML 1.2\n---\n# 注释\n" + HEAD + "...\n",
    "properties on a mapping": HEAD + "period: !!map\n  end: 2026-04\n  start: 2026-03\n",
    "empty value with a comment": HEAD + "note:   # 以后再写\nid: x\n",
    "tab inside a key": HEAD + "no\tte: x\n",
    "a date that does not exist": HEAD + "date: 2026-02-30\n",
    "odd tags": "title: !!str 某机关关于开展某活动的实施方案\nissuer: !!timestamp x\nnote: !!bool 是\n",
    "a huge integer": HEAD + "note: " + "9" * 4301 + "\n",
}


@pytest.mark.parametrize("text", UNUSUAL.values(), ids=UNUSUAL.keys())
def test_unusual_plans_keep_data_and_comments_and_are_idempotent(text: str, tmp_path: Path) -> None:
    target = tmp_path / "plan.yaml"
    target.write_bytes(text.encode())
    result = run("fmt", str(target))
    assert result.exit_code == 0, result.stderr
    after = target.read_text(encoding="utf-8")
    assert _meaning(after) == _meaning(text)
    old, new = load_text(text, "before"), load_text(after, "after")
    assert old.model == new.model
    assert comments(after) == comments(text)
    assert format_text(after) == after
    assert run("fmt", "--check", str(target)).exit_code == 0


def _meaning(text: str) -> object:
    """The data of a document, dates by what they mean (fmt rewrites only their spelling)."""

    def normal(value: object) -> object:
        if isinstance(value, dict):
            return {k: normal(v) for k, v in value.items()}
        if isinstance(value, list):
            return [normal(v) for v in value]
        if isinstance(value, str):
            try:
                return str(PlanDate.parse(value))
            except ValueError:
                return value
        return value

    root = compose(text)
    assert root is not None
    return normal(to_data(root, text))


def test_an_unknown_key_stays_where_it_is() -> None:
    text = "issuer: 某机关\ntitel: 错拼的标题\nid: x\nnote: 附注\n"
    assert format_text(text) == "id: x\ntitel: 错拼的标题\nissuer: 某机关\nnote: 附注\n"


def test_crlf_becomes_lf_throughout(tmp_path: Path) -> None:
    target = tmp_path / "plan.yaml"
    target.write_bytes(
        b"# head\r\n# second\r\n" + HEAD.replace("\n", "\r\n").encode() + b"note: |\r\n  a\r\n  b\r\n"
    )
    assert run("fmt", "--check", str(target)).exit_code == 1
    assert run("fmt", str(target)).exit_code == 0
    assert b"\r" not in target.read_bytes()
    assert run("fmt", "--check", str(target)).exit_code == 0


def test_json_and_other_yaml_are_left_alone(tmp_path: Path) -> None:
    schema = tmp_path / "campaign.schema.json"
    schema.write_bytes((PLANS / "campaign.schema.json").read_bytes())
    disguised = tmp_path / "data.yaml"
    disguised.write_text('{"title": "t", "issuer": "i"}\n', encoding="utf-8")
    other = tmp_path / ".pre-commit-config.yaml"
    other.write_text("repos:\n    - repo: local\n", encoding="utf-8")
    before = {p: p.read_bytes() for p in (schema, disguised, other)}
    result = run("fmt", str(schema), str(disguised), str(other))
    assert result.exit_code == 0
    for path in (schema, disguised, other):
        assert f"{path}" in result.stderr  # each named in a notice
    assert "3 not plans and skipped" in result.stderr
    assert {p: p.read_bytes() for p in before} == before


def test_one_failing_file_does_not_stop_the_run(tmp_path: Path) -> None:
    (tmp_path / "a-broken.yaml").write_bytes(b"title: [\n")
    (tmp_path / "b-fifo.yaml").symlink_to("/dev/null")
    good = tmp_path / "c-good.yaml"
    good.write_text("issuer: 某机关\ntitle: 某机关关于某的方案\n", encoding="utf-8")
    result = run("fmt", str(tmp_path))
    assert result.exit_code == 1
    assert "a-broken.yaml:2:1: error Y002" in result.stderr
    assert "b-fifo.yaml:1:1: error Y001" in result.stderr and "not a regular file" in result.stderr
    assert good.read_text(encoding="utf-8").startswith("title:")
    assert "1 files reformatted, 0 left unchanged, 2 could not be read or formatted." in result.stderr


def test_a_layout_that_would_lose_something_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "plan.yaml"
    original = "issuer: 某机关  # 注释\ntitle: 某机关关于某的方案\n"
    target.write_text(original, encoding="utf-8")
    damaged = {
        "comment lost": "title: 某机关关于某的方案\nissuer: 某机关\n",
        "value changed": "title: 某机关关于某的方案\nissuer: 某机关改  # 注释\n",
        "broken YAML": "title: 某机关关于某的方案 issuer: 某机关  # 注释\n",
        "comment in a value": "title: '某机关关于某的方案\n\n  # 注释'\nissuer: 某机关\n",
    }
    for name, text in damaged.items():
        monkeypatch.setattr(fmtlayout, "layout", lambda *_, text=text: text)
        monkeypatch.setattr("campaigntool.fmt.layout", lambda *_, text=text: text)
        result = run("fmt", str(target))
        assert result.exit_code == 1, name
        assert "cannot be formatted safely" in result.stderr, name
        assert target.read_text(encoding="utf-8") == original, name
        assert "0 files reformatted, 0 left unchanged, 1 could not be read or formatted." in result.stderr


def test_refusal_is_explained_in_chinese(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "plan.yaml"
    target.write_text("issuer: 某机关  # 注释\ntitle: 某机关关于某的方案\n", encoding="utf-8")
    monkeypatch.setattr("campaigntool.fmt.layout", lambda *_: "title: x\n")
    result = run("fmt", str(target), "--lang", "zh")
    assert "无法安全整理" in result.stderr and "文件未改动" in result.stderr


def test_only_a_plan_in_the_old_form_goes_through_the_slow_round_trip(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import campaigntool.roundtrip
    from campaigntool.fmt import format_bytes

    tried: list[str] = []
    real = campaigntool.roundtrip.convert_text

    def counted(text: str) -> str | None:
        tried.append(text)
        return real(text)

    monkeypatch.setattr(campaigntool.roundtrip, "convert_text", counted)
    phases = "phases:\n  - name: 动员部署\n    start: 2026-03-01\n    end: 2026-03-31\n"
    tracking_only = HEAD + "body:\n  - heading: 总体要求\n" + phases
    assert format_bytes(tracking_only.encode(), "plan.yaml").outcome in ("changed", "unchanged")
    assert tried == []
    old_form = HEAD + "body:\n  - heading: 总体要求\n    sections:\n      - heading: 动员部署\n" + phases
    result = format_bytes(old_form.encode(), "plan.yaml")
    assert len(tried) == 1
    assert result.outcome == "changed" and result.formatted is not None
    assert "phase: 动员部署" in result.formatted and "phases:" not in result.formatted
