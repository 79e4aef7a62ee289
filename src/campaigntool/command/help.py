"""Help that reads well: no Python types, examples on lines of their own, bilingual built-ins.

typer's help shows each option's Python type (`<list[Path]>`, `--strict
<bool>`), which means nothing to an office secretary. Every value option
gets a Chinese metavar instead (its declaration's, or one from the table
below), and flags show none. The group applies this to each command as it
is looked up, so a new command needs nothing to get it.
"""

from __future__ import annotations

import re
from typing import Any

from typer._click import Command, Context, Parameter
from typer.core import TyperArgument, TyperOption

from campaigntool.i18n import Text

#: Metavars of options that declare none, by name; others by their type below.
_BY_NAME = {
    "format": "格式",
    "output": "文件",
    "within": "天数",
    "by": "分组",
    "part": "部分",
    "template": "文件",
    "templates": "目录",
    "font": "用途=字体",
    "width": "列数",
    "title": "标题",
    "org": "机关",
    "start": "日期",
    "end": "日期",
    "select": "代码",
    "ignore": "代码",
    "plan": "方案",
    "file": "文件",
    "code": "代码",
    "paths": "路径",
}
_BY_TYPE = {"Path": "路径", "int": "数", "float": "数", "date": "日期"}

_BUILT_IN_HELP = {
    "help": Text("显示帮助并退出。", "Show this message and exit."),
    "install_completion": Text("为当前 shell 安装命令补全。", "Install completion for the current shell."),
    "show_completion": Text("显示补全脚本。", "Show the completion script."),
}


def examples(*pairs: tuple[str, str]) -> str:
    """A help epilog: each example's explanation, then the command alone on the next line.

    Each pair is (explanation, command). The command stands on a line of its
    own so that it can be copied whole.
    """
    items = "\n".join(f"- {explanation}  \n  `{command}`" for explanation, command in pairs)
    return f"示例 Examples:\n\n{items}\n"


#: An example written the earlier way, command first: "* `campaign check` 检查全部方案".
_COMMAND_FIRST = re.compile(r"^\* `(?P<command>[^`]+)`[ \t]*(?P<explanation>.*)$", re.MULTILINE)


def examples_apart(epilog: str) -> str:
    """An epilog's examples written command first, laid out as `examples` lays them out.

    A command followed by its explanation on one line is copied with the
    explanation; this keeps every command's help alike, however its epilog
    was written.
    """

    def apart(match: re.Match[str]) -> str:
        explanation = match["explanation"].strip()
        if not explanation:
            return f"- `{match['command']}`"
        return f"- {explanation}  \n  `{match['command']}`"

    # Items one after another, as `examples` writes them: no blank line between.
    return re.sub(r"(?m)^((?:- |  `).*\n)\n(?=- )", r"\1", _COMMAND_FIRST.sub(apart, epilog))


def tidy(command: Command, context: Context) -> None:
    """Metavars instead of types, examples apart from their explanations, built-ins in both languages."""
    if command.epilog:
        command.epilog = examples_apart(command.epilog)
    params: list[Parameter] = list(command.params)
    help_option = command.get_help_option(context)
    if help_option is not None:
        params.append(help_option)
    for param in params:
        tidy_param(param)


def tidy_param(param: Parameter) -> None:
    if isinstance(param, TyperArgument) and type(param) is TyperArgument:
        param.__class__ = _Argument
    name = _name(param)
    if name in _BUILT_IN_HELP and isinstance(param, TyperOption):
        text = _BUILT_IN_HELP[name]
        param.help = f"{text.zh}{text.en}"
    if param.metavar is not None:
        return
    if getattr(param, "is_flag", False) or getattr(param, "count", False):
        param.metavar = ""
        return
    param.metavar = _BY_NAME.get(name) or _BY_TYPE.get(_type_name(param), "值")


class _Argument(TyperArgument):
    """An argument whose help shows its metavar only.

    typer shows an argument's Python type beside it whatever its metavar;
    an option's type it replaces with the metavar. Arguments are given this
    class so that both read alike.
    """

    def display_type_rich(self, ctx: Context) -> str | None:
        return None


def _name(param: Parameter) -> str:
    """An option's long name without dashes (`--format`: format), else the parameter's name."""
    for opt in getattr(param, "opts", ()):
        if opt.startswith("--"):
            return str(opt[2:]).replace("-", "_")
    return param.name or ""


def _type_name(param: Parameter) -> str:
    descriptor: Any = getattr(param, "type_descriptor", None)
    annotation = getattr(descriptor, "annotation", None)
    for candidate in (annotation, *getattr(annotation, "__args__", ())):
        name = getattr(candidate, "__name__", "")
        if name in _BY_TYPE:
            return str(name)
    return ""
