"""Rules about `# noqa` comments themselves; the checking is in campaigntool.noqa.

They look at comments, not at the plan, so `check` yields nothing here: the
checker reports them after applying the comments to the other findings.
"""

from __future__ import annotations

from campaigntool.diagnostics import Severity
from campaigntool.i18n import Text
from campaigntool.rules.base import Rule


class InvalidNoqa(Rule):
    """noqa 注释写错了，不起作用。

    检查什么：“# noqa:” 后面没有规则代码，代码不存在（如少写一位的 D03），或者写的是不能关闭的
    读取、校验错误（Y、V 开头）。
    为什么：写错的 noqa 什么也不关闭，本想关闭的问题照样报告，而看注释的人以为已经处理过了；
    冒号后只写原因、不写代码的注释也不会被当成关闭全部规则。
    错误示例：
        date: 2013-07-22  # noqa: D02 原文如此
        date: 2013-07-22  # noqa: 原文如此
    改为：
        date: 2013-07-22  # noqa: D002 原文如此
    """

    code = "N001"
    name = "invalid-noqa"
    severity = Severity.WARNING
    summary = Text("noqa 注释写错，不起作用", "malformed noqa comment")
    doc_en = """
    A `# noqa` comment that does nothing.

    What it checks: `# noqa:` followed by no code, an unknown code (D03 for D002), or a reading or
    validation code (Y, V), which cannot be silenced.
    Why: a mistyped noqa silences nothing, yet whoever reads it believes the finding was dealt
    with; a colon followed only by a reason is not taken as silencing every rule either.
    Example:
        date: 2013-07-22  # noqa: D02 as in the original
        date: 2013-07-22  # noqa: as in the original
    Use instead:
        date: 2013-07-22  # noqa: D002 as in the original
    """


class UnusedNoqa(Rule):
    """noqa 注释没有关闭任何问题（默认不启用）。

    检查什么：行尾的 “# noqa: 代码” 或文件开头的 “# campaign: noqa: 代码”，所写的规则在该行
    （或整个文件）并没有发现问题；不写代码的 “# noqa” 没有关闭任何问题。只针对本次运行的规则。
    为什么：问题改好以后留下的 noqa 会在以后悄悄关闭新的问题。
    默认不启用：用 --select N002 或在 campaign.toml 的 select 中加上 "N002"。
    错误示例（成文日期早已改到活动开始之前）：
        date: 2013-07-10  # noqa: D002 原文如此
    改为：
        date: 2013-07-10
    """

    code = "N002"
    name = "unused-noqa"
    severity = Severity.INFO
    default = False
    summary = Text("noqa 注释没有关闭任何问题", "unused noqa comment")
    doc_en = """
    A `# noqa` comment that silences nothing (off by default).

    What it checks: a `# noqa: CODE` at the end of a line, or `# campaign: noqa: CODE` at the top of
    the file, whose rule finds nothing on that line (or in the file); a bare `# noqa` that silences
    nothing. Only rules that ran are considered.
    Why: a noqa left behind after the fix will later silence a new, real problem.
    Off by default: turn it on with --select N002, or add "N002" to select in campaign.toml.
    Example (the date has since been moved before the start):
        date: 2013-07-10  # noqa: D002 as in the original
    Use instead:
        date: 2013-07-10
    """


RULES: tuple[type[Rule], ...] = (InvalidNoqa, UnusedNoqa)
