"""Bad input: every case is one diagnostic with a place, never an exception."""

from __future__ import annotations

from pathlib import Path

import pytest

from campaigntool.load import MAX_BYTES, load_bytes, load_file
from tests.helpers import run

VALID = "title: 某机关关于开展某活动的实施方案\nissuer: 某机关\n"


def problems(raw: bytes) -> list[tuple[str, int, int]]:
    loaded = load_bytes(raw, "plan.yaml")
    return [(p.code, p.span.line, p.span.col) for p in loaded.problems]


def test_valid_plan_loads() -> None:
    loaded = load_bytes(VALID.encode(), "plan.yaml")
    assert loaded.problems == []
    assert loaded.plan is not None and loaded.plan.issuer == "某机关"


def test_bom_and_crlf_are_fine() -> None:
    raw = b"\xef\xbb\xbf" + VALID.replace("\n", "\r\n").encode()
    assert problems(raw) == []


def test_crlf_keeps_positions() -> None:
    raw = (VALID + "titel: x\n").replace("\n", "\r\n").encode()
    assert problems(raw) == [("V001", 3, 1)]


def test_gbk_file_is_told_to_be_saved_as_utf8() -> None:
    raw = VALID.encode("gbk")
    loaded = load_bytes(raw, "plan.yaml")
    [problem] = loaded.problems
    # GBK's first two bytes here happen to form a valid UTF-8 character, so
    # decoding fails one character later.
    assert (problem.code, problem.span.line, problem.span.col) == ("Y001", 1, 9)
    assert "GBK" in problem.message.zh and problem.fix is not None and "UTF-8" in problem.fix.zh


def test_utf16_is_reported() -> None:
    assert problems(VALID.encode("utf-16")) == [("Y001", 1, 1)]


def test_nul_bytes_are_reported_where_they_are() -> None:
    assert problems(b"title: a\nissuer: b\x00c\n") == [("Y001", 2, 10)]


@pytest.mark.parametrize("text", ["", "   \n", "# 只有注释\n"])
def test_empty_file(text: str) -> None:
    assert problems(text.encode()) == [("Y006", 1, 1)]


def test_top_level_list() -> None:
    assert problems(b"- title: x\n") == [("Y006", 1, 1)]


def test_top_level_scalar() -> None:
    assert problems("只是一句话\n".encode()) == [("Y006", 1, 1)]


def test_syntax_error_points_at_the_problem() -> None:
    assert problems(b"title: [a\nissuer: b\n") == [("Y002", 2, 7)]


def test_several_documents_are_a_syntax_error() -> None:
    assert [p[0] for p in problems(VALID.encode() + b"---\ntitle: x\n")] == ["Y002"]


def test_duplicate_key() -> None:
    assert problems((VALID + "title: 另一个\n").encode()) == [("Y003", 3, 1)]


def test_python_tag_is_refused() -> None:
    raw = (VALID + "note: !!python/object/apply:os.system ['echo hi']\n").encode()
    assert problems(raw) == [("Y004", 3, 7)]


def test_local_tag_and_merge_key_are_refused() -> None:
    raw = (VALID + "note: !secret x\nheader:\n  <<: {secrecy: 秘密}\n").encode()
    assert [p[0] for p in problems(raw)] == ["Y004", "Y004"]


def test_alias_bomb_is_refused_before_expanding() -> None:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        refs = ",".join(f"*a{i - 1}" for _ in range(9))
        lines.append(f"a{i}: &a{i} [{refs}]")
    assert problems(("\n".join(lines) + "\n").encode()) == [("Y005", 1, 1)]


def test_recursive_alias_is_refused() -> None:
    assert [p[0] for p in problems(b"title: &t [*t]\n")] == ["Y005"]


def test_small_aliases_are_allowed() -> None:
    raw = (VALID + "units:\n  - &o {name: 办公室}\n").encode()
    assert problems(raw) == []


def test_deep_nesting_is_refused() -> None:
    raw = b"title: " + b"[" * 200 + b"]" * 200 + b"\n"
    assert [p[0] for p in problems(raw)] == ["Y006"]


def test_very_deep_nesting_does_not_crash() -> None:
    raw = b"title: " + b"[" * 20000 + b"]" * 20000 + b"\n"
    assert [p[0] for p in problems(raw)] in (["Y006"], ["Y002"])


def test_too_large_file_is_refused_without_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    with big.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)
    loaded = load_file(big)
    assert [(p.code, p.span.line) for p in loaded.problems] == [("Y006", 1)]


def test_unreadable_path_is_a_diagnostic(tmp_path: Path) -> None:
    loaded = load_file(tmp_path / "missing.yaml")
    assert [p.code for p in loaded.problems] == ["Y001"]


def test_one_bad_file_does_not_stop_the_others(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_bytes(VALID.encode("gbk"))
    (tmp_path / "b.yaml").write_text(VALID + "titel: x\n", encoding="utf-8")
    (tmp_path / "c.yaml").write_text(VALID, encoding="utf-8")
    result = run("check", str(tmp_path), "--format", "concise")
    assert result.exit_code == 1
    codes = [line.split(": ")[1].split()[1] for line in result.stdout.splitlines()]
    assert codes == ["Y001", "V001"]


def test_bad_inputs_through_the_cli_never_raise(tmp_path: Path) -> None:
    samples = {
        "gbk.yaml": VALID.encode("gbk"),
        "empty.yaml": b"",
        "list.yaml": b"- a\n",
        "nul.yaml": b"a\x00",
        "tag.yaml": b"title: !!python/object/apply:os.system ['x']\n",
        "syntax.yaml": b"title: 'unterminated\n",
        "binary.yaml": bytes(range(256)),
    }
    for name, raw in samples.items():
        (tmp_path / name).write_bytes(raw)
    result = run("check", str(tmp_path), "--format", "json")
    assert result.exit_code == 1
    # A list at the top level is not taken for a plan (campaigntool.recognise): it is skipped, said so.
    assert result.stdout.count('"code": "Y') == len(samples) - 1
    assert "list.yaml: not a plan (its top level is a list)" in result.stderr


def test_common_syntax_errors_are_explained_in_chinese() -> None:
    tab = load_bytes(b"title: x\n\tissuer: y\n", "plan.yaml").problems[0]
    assert (tab.code, tab.span.line, tab.span.col) == ("Y002", 2, 1)
    assert "制表符" in tab.message.zh and tab.fix is not None and "空格" in tab.fix.zh
    colon = load_bytes("title: 通知: 印发\n".encode(), "plan.yaml").problems[0]
    assert (colon.code, colon.span.line, colon.span.col) == ("Y002", 1, 10)
    assert colon.fix is not None and "中文冒号" in colon.fix.zh


def test_unclosed_quote_points_at_where_it_opened() -> None:
    [problem] = load_bytes(b'title: x\nissuer: "y\nnote: z\n', "plan.yaml").problems
    assert (problem.code, problem.span.line, problem.span.col) == ("Y002", 2, 9)
