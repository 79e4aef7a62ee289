"""`campaign new`: a commented starter plan that passes `campaign check`.

Placeholders in 【】 say what to fill in; they are valid text, so the file
checks clean from the start and the secretary replaces them one by one.
"""

from __future__ import annotations

import re
from datetime import date

from campaigntool.dates import Part, PlanDate

_XUN = (Part.EARLY, Part.MID, Part.LATE)


def _xun_index(value: date) -> int:
    """A running number of 旬: three a month."""
    return value.year * 36 + (value.month - 1) * 3 + min((value.day - 1) // 10, 2)


def _xun(index: int) -> PlanDate:
    year, rest = divmod(index, 36)
    month, part = divmod(rest, 3)
    return PlanDate(year, month + 1, _XUN[part])


def default_period(today: date) -> tuple[PlanDate, PlanDate]:
    """From the first 旬 of next month, six months long."""
    start = _xun(_xun_index(today.replace(day=1)) + 3)
    end = _xun(_xun_index(start.first) + 17)
    return start, end


def _phases(start: PlanDate, end: PlanDate) -> list[tuple[PlanDate, PlanDate]]:
    """Three consecutive phases at 旬 granularity covering the period."""
    first, last = _xun_index(start.first), _xun_index(end.last)
    count = last - first + 1
    if count < 3:
        raise ValueError("the period must span at least three 旬")
    cuts = [first, first + count // 3, first + 2 * count // 3, last + 1]
    return [(_xun(cuts[i]), _xun(cuts[i + 1] - 1)) for i in range(3)]


def _slug(text: str) -> str:
    """An ASCII id from the file name; never a bare number, which YAML would read as one."""
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    if not slug or not slug[0].isalpha():
        slug = f"plan-{slug}" if slug else "new-plan"
    return slug


def starter_plan(
    file_stem: str,
    title: str | None,
    org: str | None,
    start: PlanDate,
    end: PlanDate,
    schema: str = "campaign.schema.json",
) -> str:
    """The starter plan's YAML text."""
    org = org or "【发文机关全称】"
    title = title or f"{org}关于开展【活动名称】的实施方案"
    year = start.year
    phases = _phases(start, end)
    p = [(a.chinese(year), b.chinese(year)) for a, b in phases]

    def due(phase: int, step: int) -> str:
        a, b = phases[phase]
        low, high = _xun_index(a.first), _xun_index(b.last)
        return str(_xun(low + (high - low) * step // 2))

    return f"""\
# yaml-language-server: $schema={schema}
# 实施方案。把【】中的提示换成实际内容，保存后运行 campaign check 检查。
# 日期写法：2026-03-15（某一天）、2026-03（整月）、2026-03 上旬 / 中旬 / 下旬 / 上中旬 / 中下旬 / 底。
# 每件事只写一次：环节的名称和起止时间写在正文的 phase 中，标题里的日期、日程表、督办和日历都由它生成。
# 各项的含义见 campaign schema 或使用说明。
id: {_slug(file_stem)}
title: {title}
short_name: 【正文中的简称，如 教育实践活动】
issuer: {org}
# doc_number: 某工党发〔{year}〕1号    # 发文字号：代字〔年份〕序号号
# date: {start.first.isoformat()}               # 成文日期

notice:                      # 印发通知；不需要时删去这一段
  recipients: [【主送机关，如 各市总工会】, 【机关各部门】]

preamble:
  - 为【依据和目的】，结合【本单位】实际，制定如下方案。

principles:                  # 基本原则：不写“一是”“二是”，由工具编号
  style: sentence
  items:
    - 坚持【原则一】。【具体要求】
    - 坚持【原则二】。【具体要求】

body:                        # 正文：一、（一）1.（1）由层级自动编号
  - heading: 指导思想和基本原则
    sections:
      - heading: 指导思想
        run_in: true         # 标题后接“。”与正文连排
        content:
          - 【指导思想】
      - heading: 基本原则
        run_in: true
        content:
          - use: principles
  - heading: 方法步骤
    content:
      - 活动集中在{p[0][0]}至{p[2][1]}进行，着力抓好以下三个环节。
    sections:
      - phase: 学习教育、听取意见   # 环节：标题写成“学习教育、听取意见（{p[0][0]}至{p[0][1]}）”
        id: study
        start: {phases[0][0]}
        end: {phases[0][1]}
        run_in: true
        content:
          - 【这一环节的总体要求】
          - text: 召开动员大会，安排部署活动。【具体内容】
            id: mobilize     # 带 lead、due 的段落同时是一项任务，进入日程表和督办
            lead: 领导小组办公室
            supporters: [办公室]
            due: {due(0, 0)}
            status: not_started  # not_started 未开始、in_progress 进行中、done 已完成、cancelled 已取消
          - text: 组织集中学习和专题学习讨论。【具体内容】
            id: study
            lead: 机关党委
            due: {due(0, 1)}
          - text: 广泛征求职工群众意见建议。【具体内容】
            id: opinions
            lead: 领导小组办公室
            supporters: [机关党委]
      - phase: 查摆问题、开展批评
        id: review
        start: {phases[1][0]}
        end: {phases[1][1]}
        run_in: true
        content:
          - text: 撰写对照检查材料。【具体内容】
            id: self-examination
            lead: 领导小组办公室
            due: {due(1, 1)}
            deliverables: [对照检查材料]
          - text: 召开专题民主生活会。【具体内容】
            id: life-meeting
            lead: 机关党委
      - phase: 整改落实、建章立制
        id: rectify
        start: {phases[2][0]}
        end: {phases[2][1]}
        run_in: true
        content:
          - text: 制定整改方案，明确整改内容、目标、措施、时限、责任。【具体内容】
            id: rectification-plan
            lead: 领导小组办公室
            due: {due(2, 0)}
            deliverables: [整改方案]
          - text: 健全完善相关制度。【具体内容】
            id: rules
            lead: 办公室
            due: {due(2, 1)}
        tasks:               # 正文里不单独成段、只需跟踪的任务
          - id: summary
            title: 上报活动总结报告
            lead: 领导小组办公室
            deliverables: [总结报告]
  - heading: 组织领导
    content:
      - use: leading_group   # 由下面的 leading_group 生成“……任组长，……任副组长”；form: roster 则写成名单
  - heading: 工作要求
    content:
      - 【工作要求】

leading_group:
  name: 【活动名称】领导小组
  founder: 【成立单位，如 省总】
  head: 【组长姓名】
  deputy_heads: [【副组长姓名】]
  members_note: 成员由【成员说明，如 党组成员】组成
  office:
    name: 领导小组办公室
    director: 【办公室主任姓名】

units:                       # 牵头、配合单位
  - name: 领导小组办公室
  - name: 办公室
  - name: 机关党委

people:                      # 人员：职务按公文顺序
  - name: 【组长姓名】
    titles: [【职务】]
  - name: 【副组长姓名】
    titles: [【职务】]
  - name: 【办公室主任姓名】
    titles: [【职务】]

attachments:
  - title: 【活动名称】总体日程安排
    schedule: true           # 由各环节和任务自动生成
"""
