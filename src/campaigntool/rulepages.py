"""One page per rule, docs/rules/CODE.md, from the rule's own documentation.

    python -m campaigntool.rulepages docs/rules     # rewrite them

SARIF reports link each rule to its page (campaigntool.links), so code
scanning shows the reader what the rule checks, why, an example and the fix,
in Chinese and in English. The pages are generated, never edited by hand: a
test compares them with the rules.
"""

from __future__ import annotations

import sys
from pathlib import Path

from campaigntool.rules import ALL, Rule

_SEVERITY = {"error": ("错误", "error"), "warning": ("警告", "warning"), "info": ("提示", "info")}


def page(rule: type[Rule]) -> str:
    heading, _, body = rule.documentation("zh").partition("\n")
    zh_level, en_level = _SEVERITY[rule.severity.value]
    zh_default = "" if rule.default else "默认不启用；"
    en_default = "" if rule.default else "off by default; "
    return (
        f"# {rule.code} {heading.rstrip('。')}\n\n"
        f"`{rule.name}` · {zh_default}默认级别：{zh_level} · {en_default}default severity: {en_level}\n\n"
        "<!-- 由 python -m campaigntool.rulepages 生成，请勿手改 -->\n\n"
        f"{_markdown(body)}\n\n"
        "## English\n\n"
        f"{_markdown(rule.documentation('en'))}\n"
    )


_ENDS = tuple("。；：.:;)）")


def _markdown(text: str) -> str:
    """Indented example lines become YAML code blocks; a line ending a sentence ends a paragraph.

    The docstrings wrap long sentences; a wrapped line joins the previous one
    (without a space after Chinese).
    """
    blocks: list[str] = []
    code: list[str] = []
    for line in text.strip().splitlines():
        if line.startswith("    "):
            code.append(line[4:])
            continue
        if code:
            blocks.append("```yaml\n" + "\n".join(code) + "\n```")
            code = []
        if not line.strip():
            continue
        previous = blocks[-1] if blocks else ""
        if previous and not previous.startswith("```") and not previous.endswith(_ENDS):
            joiner = "" if ord(previous[-1]) > 0x2E80 else " "
            blocks[-1] = previous + joiner + line.strip()
        else:
            blocks.append(line.strip())
    if code:
        blocks.append("```yaml\n" + "\n".join(code) + "\n```")
    return "\n\n".join(blocks)


def pages() -> dict[str, str]:
    """File name → text, for every rule."""
    return {f"{rule.code}.md": page(rule) for rule in ALL}


def main(argv: list[str]) -> int:
    folder = Path(argv[0] if argv else "docs/rules")
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in pages().items():
        (folder / name).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
