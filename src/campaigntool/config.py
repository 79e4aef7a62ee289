"""Configuration: `campaign.toml`, or `[tool.campaign]` in pyproject.toml.

    [check]
    select = ["ALL"]          # codes or prefixes: "S", "R002", "ALL"
    ignore = ["D004"]
    strict = false            # warnings fail the run too

    [check.severity]
    S004 = "info"

    [calendar]
    closed = ["2026-12-31"]   # extra non-working days
    open = ["2026-10-10"]     # extra working days

    [render]
    signature = "unsealed"    # 署名 without a seal (default "sealed")

    [render.fonts]            # font names in Word files
    body = "仿宋"              # body, title, heading1, heading2, mark, page

The nearest file from the current directory upward is used. A mistake here
is a usage error (exit 2), reported with the file's line and column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from campaigntool.diagnostics import Severity, Span
from campaigntool.i18n import Text
from campaigntool.workdays import WorkCalendar

CONFIG_NAME = "campaign.toml"
_CHECK_KEYS = {"select", "ignore", "strict", "severity"}
_TOP_KEYS = {"check", "calendar", "render"}
FONT_ROLES = ("body", "title", "heading1", "heading2", "mark", "page")
_CALENDAR_KEYS = {"closed", "open", "deadline_on_holiday"}


@dataclass
class Settings:
    """What the configuration says; CLI options are applied on top of it."""

    select: list[str] = field(default_factory=lambda: ["ALL"])
    ignore: list[str] = field(default_factory=list)
    strict: bool = False
    severity: dict[str, Severity] = field(default_factory=dict)
    closed_days: list[date] = field(default_factory=list)
    open_days: list[date] = field(default_factory=list)
    #: Where a recurring deadline on a day off moves: "before" (as offices do), "after" or "keep".
    deadline_on_holiday: str = "before"
    fonts: dict[str, str] = field(default_factory=dict)
    #: 署名 layout in Word files: "sealed" (centred over the date) or "unsealed".
    signature: str = "sealed"
    path: Path | None = None

    def calendar(self) -> WorkCalendar:
        from campaigntool.workdays import ROLLS, Roll

        roll: Roll = next((r for r in ROLLS if r == self.deadline_on_holiday), "before")
        return WorkCalendar(self.closed_days, self.open_days, roll)


class ConfigError(Exception):
    """A mistake in configuration or in command-line options."""

    def __init__(self, message: Text, path: str | None = None, span: Span | None = None) -> None:
        super().__init__(message.en)
        self.message = message
        self.path = path
        self.span = span

    @property
    def text(self) -> Text:
        """The whole sentence, place included, in both languages."""
        return Text(self.render("zh"), self.render("en"))

    def render(self, lang: str) -> str:
        text = self.message.zh if lang == "zh" else self.message.en
        if self.path is None:
            return text
        span = self.span or Span.point(1, 1)
        return f"{self.path}:{span.line}:{span.col}: {text}"


def find_config(start: Path) -> tuple[Path, dict[str, Any], str] | None:
    """The nearest campaign.toml, or pyproject.toml with [tool.campaign]."""
    for folder in (start, *start.parents):
        candidate = folder / CONFIG_NAME
        if candidate.is_file():
            text, table = _read(candidate)
            return candidate, table, text
        pyproject = folder / "pyproject.toml"
        if not pyproject.is_file():
            continue
        text = _text(pyproject)
        # Most pyproject.toml files never hold our table, and are not parsed.
        if _TOOL_CAMPAIGN.search(text):
            tool = _parse(text, pyproject).get("tool", {}).get("campaign")
            if isinstance(tool, dict):
                return pyproject, tool, text
    return None


#: A line that could start a `tool.campaign` table: `[tool]`, `tool = {`,
#: `[tool.campaign]`, `tool.campaign.x = `, quoted or spaced; or a key with an
#: escape, which could spell either word.
_TOOL_CAMPAIGN = re.compile(
    r"""(?m)^[ \t]*\[?[ \t]*["']?tool["']?[ \t]*(?:\]|=|\.[ \t]*["']?campaign)|\\[uU]"""
)


def load_settings(explicit: Path | None = None, start: Path | None = None) -> Settings:
    """Settings from `explicit`, or from the nearest configuration file."""
    if explicit is not None:
        if not explicit.is_file():
            raise ConfigError(Text(f"找不到配置文件 {explicit}", f"no configuration file {explicit}"))
        text, table = _read(explicit)
        if explicit.name == "pyproject.toml":
            table = table.get("tool", {}).get("campaign", {})
        return parse_settings(table, explicit, text)
    found = find_config(start or Path.cwd())
    if found is None:
        return Settings()
    return parse_settings(found[1], found[0], found[2])


def _read(path: Path) -> tuple[str, dict[str, Any]]:
    text = _text(path)
    return text, _parse(text, path)


def _text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(Text(f"无法读取：{error}", f"cannot read: {error}"), str(path)) from None


def _parse(text: str, path: Path) -> dict[str, Any]:
    import tomllib  # only when there is a file that may configure us

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        where = re.search(r"line (\d+), column (\d+)", str(error))
        span = Span.point(int(where[1]), int(where[2])) if where else None
        raise ConfigError(
            Text(f"TOML 语法错误：{error}", f"TOML syntax error: {error}"), str(path), span
        ) from None


def parse_settings(table: dict[str, Any], path: Path, text: str) -> Settings:
    """Validate a configuration table; every mistake names its place."""
    from campaigntool.rules import BY_CODE

    def fail(message: Text, needle: str) -> ConfigError:
        return ConfigError(message, str(path), _locate(text, needle))

    for key in table:
        if key not in _TOP_KEYS:
            raise fail(Text(f"未知的配置项“{key}”", f"unknown setting '{key}'"), key)
    check = table.get("check", {})
    if not isinstance(check, dict):
        raise fail(Text("check 应为一个表 [check]", "check must be a table [check]"), "check")
    for key in check:
        if key not in _CHECK_KEYS:
            raise fail(Text(f"未知的配置项“check.{key}”", f"unknown setting 'check.{key}'"), key)
    settings = Settings(path=path)
    for key in ("select", "ignore"):
        if key in check:
            value = check[key]
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise fail(Text(f"{key} 应为代码列表", f"{key} must be a list of codes"), key)
            for code in value:
                validate_selector(code, path=str(path), span=_locate(text, code), ignoring=key == "ignore")
            setattr(settings, key, list(value))
    if "strict" in check:
        if not isinstance(check["strict"], bool):
            raise fail(Text("strict 应为 true 或 false", "strict must be true or false"), "strict")
        settings.strict = check["strict"]
    severities = check.get("severity", {})
    if not isinstance(severities, dict):
        raise fail(Text("severity 应为一个表", "severity must be a table"), "severity")
    for code, level in severities.items():
        rule = BY_CODE.get(code)
        if rule is None or not rule.configurable:
            raise fail(_unknown_code(code), code)
        try:
            settings.severity[code] = Severity(level)
        except ValueError:
            raise fail(
                Text(
                    f"“{level}”不是严重程度：可选 error、warning、info",
                    f"'{level}' is not a severity: error, warning or info",
                ),
                str(level),
            ) from None
    _parse_calendar(table.get("calendar", {}), settings, fail)
    _parse_render(table.get("render", {}), settings, fail)
    return settings


def _parse_render(render: Any, settings: Settings, fail: Any) -> None:
    if not isinstance(render, dict):
        raise fail(Text("render 应为一个表 [render]", "render must be a table [render]"), "render")
    for key in render:
        if key not in ("fonts", "signature"):
            raise fail(Text(f"未知的配置项“render.{key}”", f"unknown setting 'render.{key}'"), key)
    signature = render.get("signature", "sealed")
    if signature not in ("sealed", "unsealed"):
        raise fail(
            Text(
                "render.signature 应为 sealed（加盖印章）或 unsealed（不加盖印章）",
                "render.signature must be sealed or unsealed",
            ),
            "signature",
        )
    settings.signature = signature
    fonts = render.get("fonts", {})
    if not isinstance(fonts, dict):
        raise fail(Text("render.fonts 应为一个表", "render.fonts must be a table"), "fonts")
    for role, name in fonts.items():
        if role not in FONT_ROLES:
            raise fail(
                Text(
                    f"未知的字体用途“{role}”；可选：{'、'.join(FONT_ROLES)}",
                    f"unknown font role '{role}'; one of {', '.join(FONT_ROLES)}",
                ),
                role,
            )
        if not isinstance(name, str) or not name.strip():
            raise fail(
                Text(f"render.fonts.{role} 应为字体名称", f"render.fonts.{role} must be a font name"), role
            )
        settings.fonts[role] = name.strip()


def _parse_calendar(calendar: Any, settings: Settings, fail: Any) -> None:
    if not isinstance(calendar, dict):
        raise fail(Text("calendar 应为一个表 [calendar]", "calendar must be a table [calendar]"), "calendar")
    for key, value in calendar.items():
        if key not in _CALENDAR_KEYS:
            raise fail(Text(f"未知的配置项“calendar.{key}”", f"unknown setting 'calendar.{key}'"), key)
        if key == "deadline_on_holiday":
            if value not in ("before", "after", "keep"):
                raise fail(
                    Text(
                        "calendar.deadline_on_holiday 应为 before、after 或 keep",
                        "calendar.deadline_on_holiday must be before, after or keep",
                    ),
                    key,
                )
            settings.deadline_on_holiday = value
            continue
        if not isinstance(value, list):
            raise fail(Text(f"calendar.{key} 应为日期列表", f"calendar.{key} must be a list of dates"), key)
        days: list[date] = []
        for item in value:
            try:
                days.append(item if isinstance(item, date) else date.fromisoformat(str(item)))
            except ValueError:
                raise fail(
                    Text(f"“{item}”不是 2026-10-01 这样的日期", f"'{item}' is not a date like 2026-10-01"),
                    str(item),
                ) from None
        if key == "closed":
            settings.closed_days = days
        else:
            settings.open_days = days


def validate_selector(
    selector: str, *, path: str | None = None, span: Span | None = None, ignoring: bool = False
) -> None:
    """Raise ConfigError unless the selector names at least one configurable rule."""
    from campaigntool.rules import BY_CODE, matching

    rule = BY_CODE.get(selector.strip().upper())
    if rule is not None and not rule.configurable and ignoring:
        raise ConfigError(
            Text(
                f"{rule.code} 是读取错误，不能忽略",
                f"{rule.code} is a reading error and cannot be ignored",
            ),
            path,
            span,
        )
    if rule is None and not matching(selector):
        raise ConfigError(_unknown_code(selector), path, span)


def _unknown_code(code: str) -> Text:
    return Text(
        f"未知的规则代码“{code}”；用 campaign rule 查看全部规则",
        f"unknown rule code '{code}'; `campaign rule` lists them all",
    )


def _locate(text: str, needle: str) -> Span | None:
    """Where a value first appears in the file (TOML parsers keep no positions)."""
    for number, line in enumerate(text.splitlines(), start=1):
        col = line.find(needle)
        if col >= 0 and not line.lstrip().startswith("#"):
            return Span(number, col + 1, number, col + 1 + len(needle))
    return None
