"""Command-line values converted the way typer would, without a pydantic TypeAdapter each.

typer 0.29 converts every option's value through a pydantic `TypeAdapter`
that it builds on first use; building the first one imports pydantic's
plugin loader and `importlib.metadata`, about a tenth of this tool's start.
Most of this tool's options are strings, paths and lists of them, whose
values from the command line are strings already: those are converted here
exactly as typer's adapters convert them (a string stays the same string; a
path becomes a `Path` and then goes through typer's own path checks). Any
other value, and any other type (numbers with their bounds, flags given a
value), is handed to typer's own conversion, built only then.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from typer._click import Context, Parameter
from typer._coercion import RuntimeParam, TypeDescriptor, build_runtime_param
from typer._param_types import coerce_cli_path, lenient_issubclass
from typer._typing import get_args, get_origin
from typer.core import _TyperParameter


def convert_plainly(param: Parameter) -> None:
    """Let `param` convert plain string values without pydantic, when its type allows."""
    if not isinstance(param, _TyperParameter) or param._runtime_param is not None:
        return
    descriptor = param.type_descriptor
    if descriptor.file_annotation is not None or descriptor.parameter_info.parser is not None:
        return
    annotation: Any = descriptor.annotation
    many = get_origin(annotation) is list
    if many:
        (annotation,) = get_args(annotation) or (Any,)
    plain: type[Any] | None = None
    if annotation in (str, bool) and not descriptor.is_choice:
        plain = annotation
    elif lenient_issubclass(annotation, Path):
        plain = descriptor.parameter_info.path_type or annotation
    if plain is not None:
        param._runtime_param = _Plain(
            descriptor.parameter_info, descriptor.annotation, descriptor, many, plain
        )


@dataclass(frozen=True)
class _Plain(RuntimeParam):
    """A string, path or flag option, or a list of them; anything unusual goes to typer.

    `None` (an option not given) never reaches `_coerce_value`: typer's own
    `coerce` returns it as it is.
    """

    descriptor: TypeDescriptor
    many: bool
    plain: type[Any]  # str, bool, or the path type

    def _coerce_value(self, value: Any, param: _TyperParameter, ctx: Context) -> Any:
        expected = bool if self.plain is bool else str
        if self.many:
            items = list(value) if isinstance(value, (list, tuple)) else [value]
            if all(isinstance(item, expected) for item in items):
                return [self._one(item, param, ctx) for item in items]
        elif isinstance(value, expected):
            return self._one(value, param, ctx)
        return build_runtime_param(self.descriptor)._coerce_value(value, param=param, ctx=ctx)

    def _one(self, item: Any, param: _TyperParameter, ctx: Context) -> Any:
        if self.plain in (str, bool):
            return item
        return coerce_cli_path(
            self.plain(item), self.parameter_info, path_type=self.plain, param=param, ctx=ctx
        )
