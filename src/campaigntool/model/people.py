"""Who is responsible: units, people with their titles, the leading group."""

from __future__ import annotations

from pydantic import ConfigDict, Field

from campaigntool.model.base import StrictModel


class Unit(StrictModel):
    """A department or body that leads or supports tasks (牵头、配合单位)."""

    model_config = ConfigDict(title="单位（units 中的每一项）")

    name: str = Field(title="单位名称", description="任务的 lead、supporters 用这个名称引用")
    short: str | None = Field(None, title="简称", description="也可用简称引用")


class Person(StrictModel):
    """A person named in the plan, with the titles written before the name."""

    model_config = ConfigDict(title="人员（people 中的每一项）")

    name: str = Field(title="姓名")
    titles: list[str] = Field(
        default_factory=list,
        title="职务",
        description="按公文顺序，如 省委常委、省总工会主席、党组书记",
    )
    unit: str | None = Field(None, title="所在单位", description="units 中的单位名称")


class Office(StrictModel):
    """领导小组办公室."""

    model_config = ConfigDict(title="领导小组办公室（office）")

    name: str | None = Field(None, title="办公室名称")
    director: str | None = Field(None, title="办公室主任", description="people 中的姓名")
    deputy_directors: list[str] = Field(default_factory=list, title="办公室副主任")
    liaisons: list[str] = Field(default_factory=list, title="联络员")
    members: list[str] = Field(default_factory=list, title="工作人员")


class LeadingGroup(StrictModel):
    """领导小组: 组长, 副组长, 成员, and its office."""

    model_config = ConfigDict(title="领导小组（leading_group）")

    name: str | None = Field(None, title="领导小组名称")
    founder: str | None = Field(None, title="成立单位", description="叙述时写“××成立××领导小组”，如 省总")
    head: str | None = Field(None, title="组长", description="people 中的姓名")
    deputy_heads: list[str] = Field(default_factory=list, title="副组长")
    members: list[str] = Field(default_factory=list, title="成员")
    members_note: str | None = Field(
        None, title="成员说明", description="成员不逐一列名时的说明，如“成员由党组成员组成”"
    )
    office: Office | None = Field(None, title="办公室")
