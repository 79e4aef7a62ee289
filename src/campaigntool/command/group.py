"""The `campaign` command group: every command's help tidied, usage errors in the user's language."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, MutableMapping, Sequence
from typing import Any, ClassVar, NoReturn

import typer
from typer._click import Command, Context, Parameter
from typer._click import exceptions as click
from typer.core import TyperGroup
from typer.exceptions import Abort
from typer.models import CommandInfo

from campaigntool.command import output
from campaigntool.command.coercion import convert_plainly
from campaigntool.command.help import tidy, tidy_param
from campaigntool.i18n import Text


class CampaignGroup(TyperGroup):
    """typer's group, with help and usage errors made for this tool's users."""

    #: Commands built only when run, listed or helped (see `defer_commands`).
    deferred: ClassVar[dict[str, Callable[[], Command]]] = {}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.deferred:
            self.commands = _Commands(self.deferred, self.commands)

    def list_commands(self, ctx: Context) -> list[str]:
        return list(self.commands)  # the names alone, without building every command

    def get_command(self, ctx: Context, cmd_name: str) -> Command | None:
        command = super().get_command(ctx, cmd_name)
        if command is not None:
            tidy(command, ctx)
            for param in [*command.params, command.get_help_option(ctx)]:
                if param is not None:
                    convert_plainly(param)
        return command

    def get_params(self, ctx: Context) -> list[Parameter]:
        params = super().get_params(ctx)
        for param in params:
            tidy_param(param)
            convert_plainly(param)
        return params

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        """Run a command; a usage error is said in the user's language and exits 2."""
        output.reset()
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, False, windows_expand_args, **extra)
        arguments = list(sys.argv[1:] if args is None else args)
        try:
            code = super().main(args, prog_name, complete_var, False, windows_expand_args, **extra)
        except click.NoArgsIsHelpError as error:
            _exit(error.exit_code)  # the help has been shown
        except click.ClickException as error:
            from campaigntool.command import usage  # only a mistake on the command line needs it

            usage.show(error, usage.language_of(arguments))
            _exit(error.exit_code)
        except Abort:
            from campaigntool.command.usage import language_of

            sys.stderr.write(_ABORTED(language_of(arguments)) + "\n")
            _exit(1)
        _exit(code if isinstance(code, int) else 0)


def defer_commands(app: typer.Typer) -> None:
    """Build each of `app`'s commands only when it is needed, not all of them at every start.

    typer builds every command, with every option's types read from its
    signature, before it runs one: for this tool's commands that took longer
    than reading and checking a plan. The commands move from `app` to its
    group class, which builds the one that is run (or each one, for `--help`).
    """
    import functools

    from typer.main import get_command_from_info, get_command_name

    def name_of(info: CommandInfo) -> str:
        assert info.callback is not None
        return info.name or get_command_name(info.callback.__name__)

    build = functools.partial(
        get_command_from_info,
        pretty_exceptions_short=app.pretty_exceptions_short,
        rich_markup_mode=app.rich_markup_mode,
    )
    deferred = {name_of(info): functools.partial(build, info) for info in app.registered_commands}
    group = app.info.cls if isinstance(app.info.cls, type) else CampaignGroup
    app.info.cls = type(group.__name__, (group,), {"deferred": deferred, "__module__": group.__module__})
    app.registered_commands = []


class _Commands(MutableMapping[str, Command]):
    """A group's commands by name, each built the first time it is looked up."""

    def __init__(
        self, deferred: dict[str, Callable[[], Command]], built: MutableMapping[str, Command]
    ) -> None:
        self._deferred = dict(deferred)
        self._built = dict(built)
        self._order = [*deferred, *(name for name in built if name not in deferred)]

    def __getitem__(self, name: str) -> Command:
        if name not in self._built:
            self._built[name] = self._deferred.pop(name)()  # KeyError for an unknown name
        return self._built[name]

    def __setitem__(self, name: str, command: Command) -> None:
        self._deferred.pop(name, None)
        if name not in self._built and name not in self._order:
            self._order.append(name)
        self._built[name] = command

    def __delitem__(self, name: str) -> None:
        if name not in self._built and name not in self._deferred:
            raise KeyError(name)
        self._built.pop(name, None)
        self._deferred.pop(name, None)
        self._order.remove(name)

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._order))

    def __len__(self) -> int:
        return len(self._order)

    def __contains__(self, name: object) -> bool:
        return name in self._built or name in self._deferred


def _exit(code: int) -> NoReturn:
    sys.exit(code)


_ABORTED = Text("已中止。", "Aborted.")
