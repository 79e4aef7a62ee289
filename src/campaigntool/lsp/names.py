"""Who is defined where, and who is named where: units and people of a plan.

Built from the loaded plan (its `units`, `people`, leading group and its
tasks' `lead`, `leader` and `supporters`, wherever the tasks are written) and
the positions of the YAML source. A unit may be named by its short name; both lead to the same entry.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from campaigntool.diagnostics import Span
from campaigntool.i18n import Text
from campaigntool.plan import LoadedPlan
from campaigntool.rules.responsibility import definitions, references

Kind = Literal["unit", "person", "any"]


@dataclass
class Entity:
    """A unit or a person, with where it is defined and how often it is named."""

    kind: Literal["unit", "person"]
    name: str
    short: str | None = None
    titles: tuple[str, ...] = ()
    unit: str | None = None
    definitions: list[Span] = field(default_factory=list)
    leads: int = 0
    supports: int = 0

    def describe(self, index: NameIndex) -> Text:
        """What a reader wants to know on hovering the name (Markdown)."""
        if self.kind == "person":
            titles = "、".join(self.titles)
            lines_zh = [f"**{self.name}**（人员）"]
            lines_en = [f"**{self.name}** (person)"]
            if titles:
                lines_zh.append(f"职务：{titles}")
                lines_en.append(f"titles: {titles}")
            if self.unit:
                unit = index.entity(self.unit)
                full = unit.name if unit is not None and unit.name != self.unit else None
                shown = f"{self.unit}（{full}）" if full else self.unit
                lines_zh.append(f"单位：{shown}")
                lines_en.append(f"unit: {shown}")
        else:
            lines_zh = [f"**{self.name}**（单位）"]
            lines_en = [f"**{self.name}** (unit)"]
            if self.short:
                lines_zh.append(f"简称：{self.short}")
                lines_en.append(f"short name: {self.short}")
        lines_zh.append(f"牵头 {self.leads} 项任务，配合 {self.supports} 项")
        lines_en.append(f"leads {self.leads} tasks, supports {self.supports}")
        return Text("\n\n".join(lines_zh), "\n\n".join(lines_en))


@dataclass(frozen=True)
class Mention:
    """A place that names a unit or person (a reference, not a definition)."""

    name: str
    span: Span
    wants: Kind


@dataclass
class NameIndex:
    """The names of one plan: by name (and short name), and every mention."""

    entities: dict[str, Entity] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)

    @classmethod
    def build(cls, loaded: LoadedPlan) -> NameIndex:
        """The names of a plan that loaded (`loaded.ok`)."""
        plan, source = loaded.plan, loaded.source_map
        assert source is not None
        index = cls()
        for unit in plan.units:
            index._add(Entity("unit", unit.name, unit.short))
        for person in plan.people:
            index._add(Entity("person", person.name, None, tuple(person.titles), person.unit))
        for loc, name, _ in definitions(plan):
            entity = index.entities.get(name)
            if entity is not None:
                entity.definitions.append(source.span(loc))
        for loc, name, wants in references(loaded):
            index.mentions.append(Mention(name, source.span(loc), wants))
            entity = index.entities.get(name)
            if entity is not None and loc[0] not in ("people", "leading_group"):
                if "supporters" in loc:
                    entity.supports += 1
                elif loc[-1] == "lead":
                    entity.leads += 1
        return index

    def _add(self, entity: Entity) -> None:
        # The first definition wins, as R004 reports the later ones.
        self.entities.setdefault(entity.name, entity)
        if entity.short:
            self.entities.setdefault(entity.short, entity)

    def entity(self, name: str) -> Entity | None:
        return self.entities.get(name)

    def at(self, line: int, col: int) -> tuple[Entity, Span] | None:
        """The known name at a 0-based position, in a definition or a mention."""
        for mention in self.mentions:
            if _contains(mention.span, line, col):
                entity = self.entities.get(mention.name)
                return (entity, mention.span) if entity is not None else None
        for entity in self.unique():
            for span in entity.definitions:
                if _contains(span, line, col):
                    return entity, span
        return None

    def references_to(self, entity: Entity) -> list[Span]:
        names = {entity.name, *([entity.short] if entity.short else [])}
        return [m.span for m in self.mentions if m.name in names]

    def unique(self) -> list[Entity]:
        """Each entity once, in the order the plan defines them."""
        seen: dict[int, Entity] = {}
        for entity in self.entities.values():
            seen.setdefault(id(entity), entity)
        return list(seen.values())


def _contains(span: Span, line: int, col: int) -> bool:
    """Whether a 0-based cursor stands in a span (its end included, as editors expect)."""
    return span.line == line + 1 and span.col <= col + 1 <= span.end_col
