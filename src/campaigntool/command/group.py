"""The `campaign` command group: every command's help tidied, usage errors in the user's language."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from typer._click import Command, Context, Parameter
from typer._click import exceptions as click
from typer.core import TyperGroup
from typer.exceptions import Abort

from campaigntool.command import output, usage
from campaigntool.command.help import tidy, tidy_param
from campaigntool.i18n import Text


class CampaignGroup(TyperGroup):
    """typer's group, with help and usage errors made for this tool's users."""

    def get_command(self, ctx: Context, cmd_name: str) -> Command | None:
        command = super().get_command(ctx, cmd_name)
        if command is not None:
            tidy(command, ctx)
        return command

    def get_params(self, ctx: Context) -> list[Parameter]:
        params = super().get_params(ctx)
        for param in params:
            tidy_param(param)
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
            usage.show(error, usage.language_of(arguments))
            _exit(error.exit_code)
        except Abort:
            sys.stderr.write(_ABORTED(usage.language_of(arguments)) + "\n")
            _exit(1)
        _exit(code if isinstance(code, int) else 0)


def _exit(code: int) -> NoReturn:
    sys.exit(code)


_ABORTED = Text("已中止。", "Aborted.")
