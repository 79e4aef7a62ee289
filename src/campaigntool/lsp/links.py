"""Where a rule is documented: its heading in the Chinese guide.

The guide's rule headings are generated from the rules (`campaigntool.guide`),
`### R002 引用了未定义的单位或人员。`; the anchor is the heading as GitHub and
most Markdown viewers slug it.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote

from campaigntool.rules import BY_CODE

GUIDE_NAME = "docs/guide.zh-CN.md"
_NOT_IN_SLUG = re.compile(r"[^\w\- ]")


def anchor(code: str) -> str | None:
    """`r002-引用了未定义的单位或人员` for R002; None for an unknown code."""
    rule = BY_CODE.get(code)
    if rule is None:
        return None
    heading = rule.documentation("zh").partition("\n")[0]
    return _NOT_IN_SLUG.sub("", f"{rule.code} {heading}".strip().lower()).replace(" ", "-")


def default_guide() -> str | None:
    """The guide of the checkout campaign runs from, as a file URI, if there is one."""
    guide = Path(__file__).resolve().parents[3] / GUIDE_NAME
    return guide.as_uri() if guide.is_file() else None


def rule_href(code: str, guide: str | None) -> str | None:
    """The address of a rule's section in the guide at `guide` (a URL or file URI)."""
    slug = anchor(code)
    if guide is None or slug is None:
        return None
    return f"{guide.split('#')[0]}#{quote(slug)}"
