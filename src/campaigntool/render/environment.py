"""The Jinja environment: sandboxed, strict, user folders before the shipped templates.

Plan text reaches templates only as data: it is never compiled as a template.
HTML templates escape everything they print. A mistake in a template is a
`TemplateProblem` naming the template file and line.
"""

from __future__ import annotations

import traceback
from functools import lru_cache
from pathlib import Path
from typing import Any

from campaigntool.i18n import Text
from campaigntool.render import helpers

FORMATS = ("text", "md", "html")


class TemplateProblem(Exception):
    """A template could not be found, parsed or rendered."""

    def __init__(self, message: Text, where: str | None = None) -> None:
        super().__init__(message.en)
        self.message = message
        self.where = where

    @property
    def text(self) -> Text:
        """The whole sentence, place included, in both languages."""
        return Text(self.render("zh"), self.render("en"))

    def render(self, lang: str) -> str:
        text = self.message.zh if lang == "zh" else self.message.en
        return f"{self.where}: {text}" if self.where else text


def shipped_templates() -> Path:
    """The templates that come with campaign: the project's `templates/` folder,
    installed as the package `campaigntool.templates`."""
    import importlib.util

    spec = importlib.util.find_spec("campaigntool.templates")
    if spec is None or not spec.submodule_search_locations:
        raise TemplateProblem(
            Text(
                "找不到内置模板，请重新安装 campaign", "the shipped templates are missing; reinstall campaign"
            )
        )
    return Path(next(iter(spec.submodule_search_locations)))


def _autoescape(name: str | None) -> bool:
    return name is not None and (name.startswith("html/") or name.endswith((".html", ".html.j2", ".htm")))


@lru_cache(maxsize=8)
def environment(folders: tuple[Path, ...]) -> Any:
    """One environment per search path: `folders` first, then the shipped templates."""
    from jinja2 import ChoiceLoader, FileSystemLoader, StrictUndefined
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    loader = ChoiceLoader(
        [FileSystemLoader([str(f) for f in folders]), FileSystemLoader(str(shipped_templates()))]
    )
    env = ImmutableSandboxedEnvironment(
        loader=loader,
        undefined=StrictUndefined,
        autoescape=_autoescape,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        chinese_numeral=helpers.chinese_numeral,
        heading_number=helpers.heading_number,
        ordinal=helpers.ordinal,
        enumeration=helpers.enumeration,
        chinese_date=helpers.chinese_date,
        xun_range=helpers.xun_range,
        join_list=helpers.join_list,
        center=center,
        right=right,
        signoff=signoff,
        title_lines=title_lines,
    )
    return env


LINE_CELLS = 56  # 28 Chinese characters a line, two terminal cells each


def _cells(text: str) -> int:
    from rich.cells import cell_len

    return cell_len(text)


def center(text: str, width: int = LINE_CELLS) -> str:
    """Centred on a line of `width` cells (28 characters), for plain text."""
    pad = max((width - _cells(text)) // 2, 0)
    return " " * pad + text


def right(text: str, margin: int = 0, width: int = LINE_CELLS) -> str:
    """Right-aligned with `margin` characters left empty at the end of the line."""
    pad = max(width - margin * 2 - _cells(text), 0)
    return " " * pad + text


def signoff(issuer: str, date: str) -> str:
    """署名 and 成文日期: the date four characters from the right, the issuer centred over it."""
    if not date:
        return right(issuer, 2)
    date_start = LINE_CELLS - 8 - _cells(date)
    issuer_start = max(date_start + (_cells(date) - _cells(issuer)) // 2, 0)
    return " " * issuer_start + issuer + "\n" + " " * date_start + date


def title_lines(text: str) -> list[str]:
    """A title's lines, broken by meaning as in the Word file (GB/T 9704-2012 7.3.1)."""
    from campaigntool.render.title_lines import break_title

    return break_title(text)


def render(template_name: str, folders: tuple[Path, ...], **context: Any) -> str:
    """Render a template by name, turning every Jinja failure into a TemplateProblem."""
    from jinja2 import TemplateNotFound, TemplateSyntaxError, UndefinedError
    from jinja2.exceptions import SecurityError

    env = environment(folders)
    try:
        template = env.get_template(template_name)
        return str(template.render(**context))
    except TemplateNotFound as error:
        raise TemplateProblem(Text(f"找不到模板 {error.name}", f"template not found: {error.name}")) from None
    except TemplateSyntaxError as error:
        where = f"{error.filename or error.name}:{error.lineno}"
        raise TemplateProblem(
            Text(f"模板语法错误：{error.message}", f"template syntax error: {error.message}"), where
        ) from None
    except SecurityError as error:
        raise TemplateProblem(
            Text(
                f"模板试图访问不安全的内容，已拒绝：{error}",
                f"the template tried something unsafe and was refused: {error}",
            ),
            _where(error),
        ) from None
    except UndefinedError as error:
        raise TemplateProblem(
            Text(
                f"模板中有未定义的名称：{error.message}", f"undefined name in the template: {error.message}"
            ),
            _where(error),
        ) from None
    except (TypeError, ValueError, AttributeError, KeyError, IndexError, ZeroDivisionError) as error:
        raise TemplateProblem(
            Text(f"模板出错：{error}", f"the template failed: {error}"), _where(error)
        ) from None


def _where(error: BaseException) -> str | None:
    """The template file and line a rendering error came from (Jinja rewrites the traceback)."""
    frames = [
        f
        for f in traceback.extract_tb(error.__traceback__)
        if f.filename.endswith((".j2", ".jinja", ".html", ".txt", ".md"))
    ]
    if not frames:
        return None
    frame = frames[-1]
    return f"{frame.filename}:{frame.lineno}"
