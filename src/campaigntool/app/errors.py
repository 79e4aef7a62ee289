"""The one exception a command raises: the command line asks for something impossible."""

from __future__ import annotations

from campaigntool.i18n import Text


class UsageError(Exception):
    """A usage or configuration mistake; the CLI prints the text and exits 2."""

    def __init__(self, text: Text) -> None:
        super().__init__(text.en)
        self.text = text


def missing(path: object) -> UsageError:
    return UsageError(Text(f"路径不存在：{path}", f"no such file or folder: {path}"))


def folder_given(path: object) -> UsageError:
    return UsageError(Text(f"{path} 是目录，请给出一个方案文件", f"{path} is a folder; give one plan file"))
