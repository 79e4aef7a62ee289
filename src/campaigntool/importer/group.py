"""The leading group (领导小组) read from the text: as prose or as a roster, with people's titles.

The group is kept as data (`leading_group`, `people`) when it is found; it is
inserted into the text (`- use: leading_group`) only where writing it back
with `render.group` gives the source's words exactly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from campaigntool.model import LeadingGroup, Office, Person, Plan
from campaigntool.render import group as written

#: Words a title (职务) ends with; the name follows the last of them.
_TITLE_ENDS = (
    "书记|副书记|主席|副主席|主任|副主任|部长|副部长|处长|副处长|局长|副局长|厅长|副厅长|院长|副院长|"
    "组长|常委|委员|成员|负责人|市长|副市长|县长|副县长|区长|副区长|镇长|秘书长|科长|经理|校长|"
    "调研员|巡视员|总监|董事长|总经理|会长|主任科员|干事|专员|馆长|站长|所长|队长|行长"
)
_NAME = r"[\u4e00-\u9fff]{2,4}"
_TITLED = re.compile(rf"^(?P<titles>.*(?:{_TITLE_ENDS}))(?P<names>{_NAME}(?:、{_NAME})*)$")
_FOUNDED = re.compile(
    r"^(?P<founder>[^，。；：]{1,20}?)成立(?:了)?(?P<name>[^，。；：]{2,40}?领导小组)[。：:]?"
)
_HEAD = re.compile(r"(?P<who>[^，。；]+?)(?:同志)?任组长")
_DEPUTY = re.compile(r"(?P<who>[^，。；]+?)(?:同志)?任副组长")
_MEMBERS = re.compile(r"(?P<who>[^，。；]+?)(?:同志)?为成员")
_MEMBERS_NOTE = re.compile(r"成员由[^，。；]+组成|[^，。；]*为成员")
_OFFICE = re.compile(r"领导小组下设办公室")
_DIRECTOR = re.compile(r"办公室主任由(?P<who>[^，。；]+?)(?:同志)?(?:兼任|担任)")
_OFFICE_DEPUTY = re.compile(r"办公室副主任(?P<liaison>兼联络员)?由(?P<who>[^，。；]+?)(?:同志)?(?:兼任|担任)")
_LIAISON = re.compile(r"(?<!兼)联络员由(?P<who>[^，。；]+?)(?:同志)?(?:兼任|担任)")


@dataclass
class Group:
    """What was read about the group: its data, the people, and how the text writes it."""

    group: LeadingGroup
    people: list[Person] = field(default_factory=list)
    form: str = "prose"
    intro: str | None = None
    outro: str | None = None
    #: Whether writing the data back gives the source's words (then the text uses it).
    exact: bool = False


def _split_titled(text: str) -> tuple[list[str], list[str]]:
    """`省总党组副书记、副主席史桂茹、刘野` → (titles, names); a bare name has no titles."""
    text = text.strip()
    match = _TITLED.match(text)
    if match is None:
        return [], [text]
    return [t for t in match["titles"].split("、") if t], match["names"].split("、")


class _People:
    def __init__(self) -> None:
        self.found: dict[str, Person] = {}

    def add(self, text: str) -> list[str]:
        titles, names = _split_titled(text)
        for name in names:
            if name not in self.found:
                self.found[name] = Person(name=name, titles=titles)
        return names


def from_prose(text: str) -> Group | None:
    """`……赵国红任组长，……史桂茹、刘野任副组长，成员由党组成员组成。领导小组下设办公室……`."""
    head = _HEAD.search(text)
    if head is None:
        return None
    people = _People()
    start = head.start()
    founded = None
    for sentence in re.finditer(r"[^。]*?成立[^。]*?领导小组。", text[:start]):
        founded = sentence
    name = founder = None
    if founded is not None:
        inner = _FOUNDED.match(founded.group().lstrip("，；"))
        if inner is not None:
            founder, name = inner["founder"], inner["name"]
            start = founded.start()
    # the clause naming the head starts after the sentence before it
    clause_start = max(text.rfind(mark, 0, head.start()) for mark in "。；：") + 1
    if founded is None:
        start = clause_start
    head_names = people.add(head["who"][max(0, head["who"].rfind("，") + 1) :])
    deputies: list[str] = []
    deputy = _DEPUTY.search(text, head.end())
    if deputy is not None:
        deputies = people.add(deputy["who"].lstrip("，"))
    members: list[str] = []
    note = None
    members_match = _MEMBERS.search(text, head.end())
    if members_match is not None and "由" not in members_match["who"]:
        members = people.add(members_match["who"].lstrip("，"))
    else:
        note_match = _MEMBERS_NOTE.search(text, head.end())
        if note_match is not None:
            note = note_match.group().lstrip("，")
    office = _office(text, head.end(), people)
    group = LeadingGroup(
        name=name,
        founder=founder,
        head=head_names[0] if head_names else None,
        deputy_heads=deputies,
        members=members,
        members_note=note,
        office=office,
    )
    found = Group(group, list(people.found.values()))
    prose = written.prose(_plan(found), group)
    at = text.find(prose)
    if at >= 0:
        found.intro, found.outro = text[:at] or None, text[at + len(prose) :] or None
        found.exact = True
    elif at < 0 and start >= 0:
        found.exact = False
    return found


def _office(text: str, after: int, people: _People) -> Office | None:
    if _OFFICE.search(text, after) is None:
        return None
    director = _DIRECTOR.search(text, after)
    deputies: list[str] = []
    liaisons: list[str] = []
    for match in _OFFICE_DEPUTY.finditer(text, after):
        names = people.add(match["who"])
        deputies += names
        if match["liaison"]:
            liaisons += names
    for match in _LIAISON.finditer(text, after):
        liaisons += people.add(match["who"])
    return Office(
        name="领导小组办公室",
        director=people.add(director["who"])[0] if director else None,
        deputy_directors=deputies,
        liaisons=liaisons,
    )


def _plan(found: Group) -> Plan:
    return Plan(title="-", issuer="-", people=found.people, leading_group=found.group)


# -------------------------------------------------------------------- roster

_LABELS = {
    "组长": "head",
    "副组长": "deputy_heads",
    "成员": "members",
    "办公室主任": "director",
    "主任": "director",
    "办公室副主任": "deputy_directors",
    "副主任": "deputy_directors",
    "联络员": "liaisons",
    "工作人员": "office_members",
}
_ROSTER_LINE = re.compile(r"^(?P<label>[\u4e00-\u9fff\u3000 ]{2,8}?)[：:](?P<rest>.*)$")
_ENTRY = re.compile(r"^(?P<name>[^（(]+?)\s*[（(](?P<titles>[^）)]*)[）)]$")


def roster_label(line: str) -> str | None:
    match = _ROSTER_LINE.match(line)
    if match is None:
        return None
    label = re.sub(r"[\u3000 ]", "", match["label"])
    return _LABELS.get(label)


def _entries(rest: str) -> list[tuple[str, list[str]]]:
    """`王建华（党组书记、主席）、李敏（…）` → [(name, titles)]: 、 inside brackets is the titles'."""
    entries, depth, current = [], 0, ""
    for char in rest.strip().rstrip("；;。"):
        if char in "（(":
            depth += 1
        elif char in "）)":
            depth -= 1
        if char == "、" and depth == 0:
            entries.append(current)
            current = ""
        else:
            current += char
    entries.append(current)
    out = []
    for entry in entries:
        match = _ENTRY.match(entry.strip())
        if match:
            out.append((match["name"].strip(), [t for t in match["titles"].split("、") if t]))
        else:
            out.append((entry.strip(), []))
    return out


def from_roster(lines: list[str]) -> Group | None:
    """`组　长：王建华（党组书记、主席）` and the lines that follow, one per role."""
    people: dict[str, Person] = {}
    roles: dict[str, list[str]] = {}
    name = founder = note = None
    office = False
    for line in lines:
        label = roster_label(line)
        if label is None:
            founded = _FOUNDED.match(line)
            if founded is not None and line.endswith(("：", ":")):
                founder, name = founded["founder"], founded["name"]
            elif line.rstrip("：:").endswith("领导小组") and name is None:
                name = line.rstrip("：:")
            elif "下设办公室" in line:
                office = True
            elif "成员" in line:
                note = line
            continue
        rest = _ROSTER_LINE.match(line)
        assert rest is not None
        for who, titles in _entries(rest["rest"]):
            if who and who not in people:
                people[who] = Person(name=who, titles=titles)
            roles.setdefault(label, []).append(who)
        if label in ("director", "deputy_directors", "liaisons", "office_members"):
            office = True
    if not roles.get("head"):
        return None
    group = LeadingGroup(
        name=name,
        founder=founder,
        head=roles["head"][0],
        deputy_heads=roles.get("deputy_heads", []),
        members=roles.get("members", []),
        members_note=note,
        office=Office(
            name="领导小组办公室",
            director=next(iter(roles.get("director", [])), None),
            deputy_directors=roles.get("deputy_directors", []),
            liaisons=roles.get("liaisons", []),
            members=roles.get("office_members", []),
        )
        if office
        else None,
    )
    found = Group(group, list(people.values()), form="roster")
    found.exact = written.roster(_plan(found), group) == lines
    return found
