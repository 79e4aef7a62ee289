"""Generated valid plans written in many styles, with comments in every position, for the fmt property."""

from __future__ import annotations

from collections import Counter
from typing import Any

from hypothesis import strategies as st

from campaigntool.dates import PlanDate
from campaigntool.fmt import FormatRefused, format_bytes, format_text
from campaigntool.load import load_text
from campaigntool.yamlsource import compose, to_data

WORDS = ["办公室", "组织部", "学习", "动员", "整改", "总结", "关于", "方案", "开展", "活动"]
DATES = [
    "2026-03",
    "2026-03 上旬",
    "2026年4月中旬",
    "2026-5中下旬",
    "2026-06-15",
    "2026年7月底",
    "2026-08 下旬",
]
COMMENTS = ["注释", "说明：见附件", "# 双井号", "'引号' \"双引号\"", "a: b", "x\u3000y", "-", "末尾  "]


class Map(list[tuple[str, Any]]):
    """A mapping to write, as its (key, value) pairs."""


class Writer:
    """Writes a plan line by line, choosing styles and sprinkling comments as drawn."""

    def __init__(self, draw: st.DrawFn) -> None:
        self.draw = draw
        self.lines: list[str] = []
        self.comments: Counter[str] = Counter()

    def comment(self) -> str:
        if self.draw(st.integers(0, 3)) != 0:
            return ""
        text = self.draw(st.sampled_from(COMMENTS))
        self.comments[("# " + text).rstrip()[1:].strip()] += 1
        return "  # " + text

    def comment_line(self, indent: int) -> None:
        for _ in range(self.draw(st.integers(0, 1))):
            if self.draw(st.booleans()):
                self.lines.append("")
            text = self.draw(st.sampled_from(COMMENTS))
            self.comments[text.rstrip()] += 1
            self.lines.append(" " * indent + "# " + text)

    def scalar(self, value: str) -> str:
        style = self.draw(st.sampled_from(["plain", "single", "double"]))
        if style == "single":
            return "'" + value.replace("'", "''") + "'"
        if style == "double":
            return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
        return value

    def mapping(self, pairs: list[tuple[str, Any]], indent: int, step: int) -> None:
        pairs = list(self.draw(st.permutations(pairs)))
        for key, value in pairs:
            self.comment_line(indent)
            pad = " " * indent
            shown_key = self.draw(st.sampled_from([key, f'"{key}"', f"'{key}'"]))
            if isinstance(value, str):
                self.lines.append(f"{pad}{shown_key}: {self.scalar(value)}{self.comment()}")
            elif isinstance(value, Map):
                self.lines.append(f"{pad}{shown_key}:{self.comment()}")
                self.mapping(value, indent + step, step)
            elif (
                isinstance(value, list)
                and all(isinstance(v, str) for v in value)
                and self.draw(st.booleans())
            ):
                items = ", ".join(self.scalar(v) for v in value)
                self.lines.append(f"{pad}{shown_key}: [{items}]{self.comment()}")
            else:
                self.lines.append(f"{pad}{shown_key}:{self.comment()}")
                self.sequence(value, indent + step, step)

    def sequence(self, items: list[Any], indent: int, step: int) -> None:
        dash = indent if self.draw(st.booleans()) else max(indent - step, 0)
        for item in items:
            self.comment_line(dash)
            pad = " " * dash
            if isinstance(item, str):
                self.lines.append(f"{pad}- {self.scalar(item)}{self.comment()}")
                continue
            inner = Writer(self.draw)
            inner.mapping(item, dash + 2, step)
            first = next(
                i for i, line in enumerate(inner.lines) if line.strip() and not line.lstrip().startswith("#")
            )
            self.lines.extend(inner.lines[:first])
            self.lines.append(pad + "- " + inner.lines[first][dash + 2 :])
            self.lines.extend(inner.lines[first + 1 :])
            self.comments.update(inner.comments)


def _text(draw: st.DrawFn) -> str:
    return "".join(draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=4)))


@st.composite
def commented_plans(draw: st.DrawFn) -> tuple[str, Counter[str]]:
    units = [Map([("name", w)] + ([("short", w[:1])] if draw(st.booleans()) else [])) for w in WORDS[:2]]
    tasks = [
        Map(
            [("title", _text(draw)), ("lead", "办公室"), ("due", draw(st.sampled_from(DATES)))]
            + ([("supporters", ["组织部"])] if draw(st.booleans()) else [])
        )
        for _ in range(draw(st.integers(1, 3)))
    ]
    phase = Map([("name", _text(draw)), ("start", "2026-03 上旬"), ("end", "2026-08 下旬"), ("tasks", tasks)])
    pairs: list[tuple[str, Any]] = [
        ("title", "某机关关于开展" + _text(draw) + "活动的实施方案"),
        ("issuer", "某机关"),
        ("period", Map([("start", "2026-03 上旬"), ("end", "2026年8月下旬")])),
        ("phases", [phase]),
        ("units", units),
    ]
    if draw(st.booleans()):
        pairs.append(("preamble", [_text(draw) for _ in range(draw(st.integers(1, 3)))]))
    if draw(st.booleans()):
        pairs.append(("date", draw(st.sampled_from(DATES))))
    writer = Writer(draw)
    if draw(st.booleans()):
        writer.lines.append("# yaml-language-server: $schema=campaign.schema.json")
        writer.comments["yaml-language-server: $schema=campaign.schema.json"] += 1
    writer.mapping(pairs, 0, draw(st.sampled_from([2, 4])))
    writer.comment_line(0)
    ending = draw(st.sampled_from(["\n", "\r\n"]))
    return ending.join(writer.lines) + ending, writer.comments


def _meaning(text: str) -> Any:
    def normal(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: normal(v) for k, v in value.items()}
        if isinstance(value, list):
            return [normal(v) for v in value]
        try:
            return str(PlanDate.parse(value))
        except ValueError:
            return value

    root = compose(text)
    assert root is not None
    return normal(to_data(root, text))


def fmt_keeps_everything(case: tuple[str, Counter[str]]) -> None:
    text, written = case
    loaded = load_text(text, "plan.yaml")
    assert loaded.model is not None, loaded.problems
    try:
        result = format_bytes(text.encode(), "plan.yaml")
    except FormatRefused as refused:
        raise AssertionError(f"fmt refused a valid plan: {refused.reason.en}\n{text}") from None
    after = result.formatted or text
    assert load_text(after, "after.yaml").model == loaded.model
    assert _meaning(after) == _meaning(text)
    assert "\r" not in after
    found: Counter[str] = Counter()
    for line in after.split("\n"):
        if "#" in line:
            found[line.split("#", 1)[1].strip()] += 1
    for comment, count in written.items():
        assert found[comment] >= count, (comment, after)
    assert format_text(after) == after
