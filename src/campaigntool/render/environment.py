"""The Jinja environment: sandboxed, strict, user folders before the shipped templates.

Plan text reaches templates only as data: it is never compiled as a template.
HTML templates escape everything they print. A mistake in a template is a
`TemplateProblem` naming the template file and line.
"""

from __future__ import annotations

import traceback
from collections.abc import Iterator
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
    from jinja2.filters import do_format, do_indent, do_slice

    from campaigntool.render.bounds import BoundedSandbox, bounded_filter

    loader = ChoiceLoader(
        [FileSystemLoader([str(f) for f in folders]), FileSystemLoader(str(shipped_templates()))]
    )
    env = BoundedSandbox(
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
        center=bounded_filter(center),
        right=bounded_filter(right),
        signoff=signoff,
        title_lines=title_lines,
        indent=bounded_filter(do_indent),
        format=bounded_filter(do_format),
        slice=bounded_filter(do_slice),
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

    from campaigntool.render.bounds import TemplateLimit, time_limit

    env = environment(folders)
    try:
        template = env.get_template(template_name)
        with time_limit():
            return "".join(_checked(template.generate(**context), template_name))
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
    except TemplateLimit as error:
        raise TemplateProblem(error.text, _where(error)) from None
    except RecursionError as error:
        raise TemplateProblem(
            Text(
                "模板递归过深（宏调用自身或模板包含自身）",
                "the template recurses too deeply (a macro or include calls itself)",
            ),
            _where(error),
        ) from None
    except UnicodeDecodeError as error:
        line = error.object[: error.start].count(b"\n") + 1
        raise TemplateProblem(
            Text("模板文件不是 UTF-8 编码", "the template file is not UTF-8"), f"{template_name}:{line}"
        ) from None
    except (OverflowError, MemoryError) as error:
        raise TemplateProblem(
            Text("模板中的数值或文字过大", f"a number or text in the template is too large: {error}"),
            _where(error),
        ) from None
    except (TypeError, ValueError, AttributeError, KeyError, IndexError, ZeroDivisionError) as error:
        raise TemplateProblem(
            Text(f"模板出错：{error}", f"the template failed: {error}"), _where(error)
        ) from None


def _checked(stream: Iterator[str], name: str) -> Iterator[str]:
    """The output, stopped past its size limit or at text that is not UTF-8 (a lone surrogate)."""
    from campaigntool.render import bounds

    size = 0
    for chunk in stream:
        size += len(chunk)
        if size > bounds.MAX_OUTPUT:
            raise TemplateProblem(bounds.output_too_large().text, _generator_place(stream, 0) or name)
        try:
            chunk.encode("utf-8")
        except UnicodeEncodeError as error:
            raise TemplateProblem(
                Text(
                    "模板输出了无法编码的字符（单独的代理项，如 \\ud800）",
                    "the template writes a character that cannot be encoded (a lone surrogate such as \\ud800)",
                ),
                _generator_place(stream, chunk[: error.start].count("\n")) or name,
            ) from None
        yield chunk


def _generator_place(stream: Iterator[str], lines_into: int) -> str | None:
    """The template file and line a render generator is paused at (plus lines into its output)."""
    generator: Any = stream
    while getattr(generator, "gi_yieldfrom", None) is not None:
        generator = generator.gi_yieldfrom
    frame = getattr(generator, "gi_frame", None)
    if frame is None:
        return None
    template = frame.f_globals.get("__jinja_template__")
    line = template.get_corresponding_lineno(frame.f_lineno) if template is not None else frame.f_lineno
    return f"{frame.f_code.co_filename}:{line + lines_into}"


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
