"""Where the project's documentation is published, for links in reports.

SARIF viewers such as GitHub code scanning link each rule to its page; the
pages are docs/rules/CODE.md, generated from the rules' own documentation
(campaigntool.rulepages). Change the address here when the project moves.
"""

from __future__ import annotations

HOMEPAGE = "https://github.com/campaigntool/campaign"
DOCS = f"{HOMEPAGE}/blob/main/docs"


def rule_page(code: str) -> str:
    return f"{DOCS}/rules/{code}.md"
