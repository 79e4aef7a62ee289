"""Tasks the text states: who leads (由……牵头, 以……为主, 牵头单位：……) and by when (6月15日前, 年底前)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from campaigntool.dates import DateRangeError, Part, PlanDate

_UNIT = r"[^，。；：:,;（）()“”]{2,40}?"
_RESPONSIBILITY = [
    re.compile(
        rf"牵头单位[：:]\s*(?P<lead>{_UNIT})[；;，,\s]*(?:责任单位|配合单位|协办单位|参与单位)[：:]\s*(?P<sup>{_UNIT})(?=[。；;，,\s]|$)"
    ),
    re.compile(
        rf"主办单位[：:]\s*(?P<lead>{_UNIT})[；;，,\s]*协办单位[：:]\s*(?P<sup>{_UNIT})(?=[。；;，,\s]|$)"
    ),
    re.compile(rf"(?:牵头单位|责任单位|牵头部门|责任部门)[：:]\s*(?P<lead>{_UNIT})(?=[。；;，,\s]|$)"),
    re.compile(rf"由(?P<lead>{_UNIT})牵头(?:[，,](?P<sup>{_UNIT})(?:配合|参与|协助))?"),
    re.compile(rf"以(?P<lead>{_UNIT})为主(?![要题线体导])"),
    re.compile(rf"(?:^|[，。；])(?P<lead>{_UNIT})为(?:活动)?牵头(?:单位|部门)"),
    re.compile(rf"(?:^|[，。；])(?P<lead>{_UNIT})牵头[，,](?P<sup>{_UNIT})(?:配合|参与|协助)"),
]
#: The first patterns, whose units follow a label.
_LABELLED = 3
_LIST = re.compile(r"[、和及与]")
#: How the name of a unit (or of a collective of units) ends.
_UNITISH = re.compile(
    r"(?:部|处|室|办|委|会|局|厅|组|科|股|队|所|院|校|站|中心|单位|部门|支部|党委|党组|政府|公司|集团|机关|办公室|小组|区|县|市|镇|街道)$|^各"
)
_DEADLINE = re.compile(
    r"(?:(?P<y>\d{4})年)?(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})日|(?P<p>上旬|中旬|下旬|底|末))?(?:之)?前"
)
_YEAR_END = re.compile(r"(?:(?P<y>\d{4})年)?年[底末](?:之)?前|(?P<y2>\d{4})年底前")


@dataclass
class Facts:
    lead: str | None = None
    supporters: list[str] = field(default_factory=list)
    due: PlanDate | None = None
    #: What the reading assumed, for the `# 推测：` comment.
    guesses: list[str] = field(default_factory=list)

    @property
    def found(self) -> bool:
        return self.lead is not None


def units(text: str) -> list[str]:
    """`办公室、经济技术部` → [办公室, 经济技术部]."""
    return [part.strip() for part in _LIST.split(text) if part.strip()]


def responsibility(text: str) -> Facts:
    """Who leads and who supports, if the text says so."""
    for index, pattern in enumerate(_RESPONSIBILITY):
        match = pattern.search(text)
        if match is None:
            continue
        leads = units(match["lead"])
        labelled = index < _LABELLED  # `牵头单位：……` names units whatever they are called
        if not leads or any(len(lead) > 20 or not (labelled or _UNITISH.search(lead)) for lead in leads):
            continue
        groups = match.groupdict()
        supporters = units(groups["sup"]) if groups.get("sup") else []
        facts = Facts(leads[0], leads[1:] + supporters)
        if len(leads) > 1:
            facts.guesses.append(f"原文“{match['lead']}”，第一个作牵头，其余作配合")
        return facts
    return Facts()


def deadline(text: str, year: int | None) -> tuple[PlanDate, str] | None:
    """The first deadline the text states, and its words: `6月15日前`, `8月底前`, `年底前`."""
    match = _DEADLINE.search(text)
    if match is not None:
        when_year = int(match["y"]) if match["y"] else year
        if when_year is None:
            return None
        month = int(match["m"])
        try:
            if match["d"]:
                return PlanDate(when_year, month, Part.DAY, int(match["d"])), match.group()
            part = {"上旬": Part.EARLY, "中旬": Part.MID, "下旬": Part.LATE, "底": Part.END, "末": Part.END}
            return PlanDate(when_year, month, part[match["p"]] if match["p"] else Part.MONTH), match.group()
        except (ValueError, DateRangeError):
            return None
    match = _YEAR_END.search(text)
    if match is not None:
        when_year = int(match["y"] or match["y2"] or 0) or year
        if when_year is not None:
            return PlanDate(when_year, 12, Part.END), match.group()
    return None
