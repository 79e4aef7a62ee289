"""Why a file cannot be imported: a code and a sentence in both languages."""

from __future__ import annotations

from campaigntool.i18n import Text


class ImportProblem(Exception):
    """The file cannot become a plan (empty, unreadable, not a plan …)."""

    def __init__(self, code: str, text: Text, fix: Text | None = None) -> None:
        super().__init__(text.en)
        self.code = code
        self.text = text
        self.fix = fix


#: The codes, for the documentation and the tests.
CODES = {
    "I001": "empty file",
    "I002": "unreadable or corrupt file",
    "I003": "password-protected file",
    "I004": "format not supported (legacy Word without LibreOffice, PDF)",
    "I005": "not a plan",
}
