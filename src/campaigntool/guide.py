"""The generated parts of the Chinese guide: the plan's fields and the rules.

    python -m campaigntool.guide docs/guide.zh-CN.md     # rewrite them in place

The guide marks each generated part with HTML comments; the text between them
comes from the model's field titles and descriptions and from the rules' own
documentation, so the guide cannot drift from what the tool does (a test
compares them).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from pydantic import BaseModel

from campaigntool.model import Plan
from campaigntool.rules import ALL
from campaigntool.validation import _models_in

_SEVERITY = {"error": "错误", "warning": "警告", "info": "提示"}


def _marker(name: str) -> tuple[str, str]:
    return (
        f"<!-- 生成：{name} 开始（用 python -m campaigntool.guide 更新） -->",
        f"<!-- 生成：{name} 结束 -->",
    )


def rules_section() -> str:
    parts = []
    for rule in ALL:
        doc = rule.documentation("zh")
        heading, _, body = doc.partition("\n")
        enabled = "" if rule.default else "默认不启用，"
        parts.append(
            f"### {rule.code} {heading}\n\n代码名 `{rule.name}`，{enabled}默认级别：{_SEVERITY[rule.severity.value]}。\n\n{body.strip()}\n"
        )
    return "\n".join(parts)


def fields_section() -> str:
    parts = []
    for model in _models(Plan):
        rows = ["| 键 | 含义 | 说明 | 必填 |", "| --- | --- | --- | --- |"]
        for name, field in model.model_fields.items():
            description = (field.description or "").replace("|", "\\|").replace("\n", " ")
            if description == field.title:
                description = ""
            rows.append(
                f"| `{name}` | {field.title} | {description} | {'是' if field.is_required() else ''} |"
            )
        title = model.model_config.get("title") or model.__name__
        parts.append(f"#### {title}\n\n" + "\n".join(rows) + "\n")
    return "\n".join(parts)


def _models(root: type[BaseModel]) -> list[type[BaseModel]]:
    """The model and every model inside it, in the order they first appear."""
    seen: list[type[BaseModel]] = []

    def visit(model: type[BaseModel]) -> None:
        if model in seen:
            return
        seen.append(model)
        for field in model.model_fields.values():
            for inner in _models_in(field.annotation):
                visit(inner)

    visit(root)
    return seen


GENERATED = {"字段": fields_section, "规则": rules_section}


def update(text: str) -> str:
    """The guide with every generated part rewritten."""
    for name, make in GENERATED.items():
        start, end = _marker(name)
        pattern = re.compile(re.escape(start) + r".*?" + re.escape(end), re.DOTALL)
        if not pattern.search(text):
            raise ValueError(f"the guide has no markers for {name}")
        # Spliced by position: the generated text may hold backslashes re.sub would read.
        replacement = f"{start}\n\n{make()}\n{end}"
        match = pattern.search(text)
        assert match is not None
        text = text[: match.start()] + replacement + text[match.end() :]
    return text


def main(argv: list[str]) -> int:
    for name in argv or ["docs/guide.zh-CN.md"]:
        path = Path(name)
        path.write_text(update(path.read_text(encoding="utf-8")), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
