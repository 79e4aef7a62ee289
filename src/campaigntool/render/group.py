"""The leading group (领导小组) written into the text, from the one set of data.

Two forms, as real plans write it: prose (seed 000: `……赵国红任组长，……史桂茹、
刘野任副组长，成员由党组成员组成。领导小组下设办公室，办公室主任由刘野同志兼任……`)
and a roster (`组　长：……`, one line per role).
"""

from __future__ import annotations

from itertools import groupby

from campaigntool.model import LeadingGroup, Person, Plan


def _people(plan: Plan) -> dict[str, Person]:
    return {person.name: person for person in plan.people}


def _titled(names: list[str], people: dict[str, Person]) -> str:
    """`省总党组副书记、副主席史桂茹、刘野`: people who share their titles are written together."""

    def titles(name: str) -> str:
        person = people.get(name)
        return "、".join(person.titles) if person else ""

    groups = [(title, list(members)) for title, members in groupby(names, key=titles)]
    written = [f"{title}{'、'.join(members)}" for title, members in groups]
    if len(written) <= 1:
        return "".join(written)
    return "、".join(written[:-1]) + "和" + written[-1]


def prose(plan: Plan, group: LeadingGroup) -> str:
    """The group and its office as one or two sentences."""
    people = _people(plan)
    sentences: list[str] = []
    if group.founder and group.name:
        sentences.append(f"{group.founder}成立{group.name}。")
    roles: list[str] = []
    if group.head:
        roles.append(f"{_titled([group.head], people)}任组长")
    if group.deputy_heads:
        roles.append(f"{_titled(group.deputy_heads, people)}任副组长")
    if group.members:
        roles.append(f"{_titled(group.members, people)}为成员")
    elif group.members_note:
        roles.append(group.members_note)
    if roles:
        sentences.append("，".join(roles) + "。")
    office = _office(group, people)
    if office:
        sentences.append(office)
    return "".join(sentences)


def _office(group: LeadingGroup, people: dict[str, Person]) -> str:
    office = group.office
    if office is None:
        return ""
    leaders = {group.head, *group.deputy_heads, *group.members}
    parts = ["领导小组下设办公室"]
    if office.director:
        if office.director in leaders:
            parts.append(f"办公室主任由{office.director}同志兼任")
        else:
            parts.append(f"办公室主任由{_titled([office.director], people)}担任")
    liaisons = list(office.liaisons)
    for deputy in office.deputy_directors:
        role = "办公室副主任"
        if deputy in liaisons:
            liaisons.remove(deputy)
            role += "兼联络员"
        parts.append(f"{role}由{_titled([deputy], people)}担任")
    if liaisons:
        parts.append(f"联络员由{_titled(liaisons, people)}担任")
    if office.members:
        parts.append(f"{_titled(office.members, people)}为办公室工作人员")
    return "，".join(parts) + "。"


def roster(plan: Plan, group: LeadingGroup) -> list[str]:
    """One line per role: `组　长：赵国红（省委常委、省总工会主席、党组书记）`."""
    people = _people(plan)

    def line(label: str, names: list[str]) -> str:
        written = []
        for name in names:
            person = people.get(name)
            titles = f"（{'、'.join(person.titles)}）" if person and person.titles else ""
            written.append(f"{name}{titles}")
        return f"{label}：{'、'.join(written)}"

    lines: list[str] = []
    if group.name:
        lines.append(f"{group.name}：" if not group.founder else f"{group.founder}成立{group.name}：")
    if group.head:
        lines.append(line("组　长", [group.head]))
    if group.deputy_heads:
        lines.append(line("副组长", group.deputy_heads))
    if group.members:
        lines.append(line("成　员", group.members))
    elif group.members_note:
        lines.append(group.members_note)
    office = group.office
    if office is not None:
        lines.append("领导小组下设办公室：")
        if office.director:
            lines.append(line("办公室主任", [office.director]))
        if office.deputy_directors:
            lines.append(line("办公室副主任", office.deputy_directors))
        if office.liaisons:
            lines.append(line("联络员", office.liaisons))
        if office.members:
            lines.append(line("工作人员", office.members))
    return lines
