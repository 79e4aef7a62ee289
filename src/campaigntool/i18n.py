"""Bilingual text: every user-facing sentence exists in Chinese and English.

Messages are built once with both languages and the language is chosen only
when they are shown, so results stay plain data and tests can ask for either.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Literal

Lang = Literal["zh", "en"]
LANGS: tuple[Lang, ...] = ("zh", "en")


@dataclass(frozen=True, slots=True)
class Text:
    """One sentence in both languages."""

    zh: str
    en: str

    def __call__(self, lang: Lang) -> str:
        return self.zh if lang == "zh" else self.en


def detect_lang(explicit: str | None = None) -> Lang:
    """Choose the language: --lang, then CAMPAIGN_LANG, then the locale."""
    for value in (explicit, os.environ.get("CAMPAIGN_LANG")):
        if value:
            lang = value.strip().lower()[:2]
            if lang in LANGS:
                return lang
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var)
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"


def days_en(count: int) -> str:
    """`1 day`, `3 days`: English needs the plural, Chinese does not."""
    return f"{count} day" if count == 1 else f"{count} days"
