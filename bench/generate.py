"""Write realistic, valid plans for benchmarks.

    python bench/generate.py --files 1000 --tasks 20 bench/out/many
    python bench/generate.py --files 1 --tasks 10000 bench/out/big

Each plan has Chinese prose, three to five phases with 旬 dates, tasks with
leads, supporters, deadlines and progress, units, people and a leading group.
All plans pass `campaign check --as-of 2026-06-15` without errors or warnings.
The output is the same for the same arguments.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

AS_OF = "2026-06-15"
YEAR = 2026

UNITS = [
    "办公室",
    "组织部",
    "宣传教育部",
    "权益保障部",
    "经济技术部",
    "女职工部",
    "财务部",
    "经审办",
    "机关党委",
    "人事处",
    "法律工作部",
    "基层工作部",
    "职工服务中心",
    "职工技协",
    "文化宫",
    "研究室",
    "信息中心",
    "老干部处",
    "保卫处",
    "后勤服务中心",
]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = ["建华", "敏", "涛", "洋", "静", "国红", "桂茹", "野", "岚", "志强", "秀英", "海燕", "立新", "卫东"]
TITLES = [
    ["党组书记", "主席"],
    ["党组副书记", "常务副主席"],
    ["党组成员", "副主席"],
    ["办公室主任"],
    ["组织部部长"],
]
VERBS = ["召开", "组织", "开展", "制定", "落实", "推进", "完善", "举办", "编印", "督查"]
OBJECTS = [
    "专题学习讨论会",
    "职工代表座谈会",
    "基层联系点走访",
    "困难职工帮扶",
    "整改方案",
    "劳动争议调解",
    "职工服务阵地建设",
    "集体协商要约行动",
    "技能竞赛",
    "法律援助进企业",
    "会议文件清理",
    "制度汇编",
]
PROSE = [
    "坚持以职工为中心的工作导向，聚焦职工群众急难愁盼问题，推动工会服务更加精准、更加便捷、更加有效。",
    "各牵头部门是任务落实的第一责任单位，主要负责人要亲自抓、负总责，确保每项任务有人管、有人干、按期完成。",
    "领导小组办公室每月汇总任务进展，对逾期未完成的任务进行督办，并在机关内部通报。",
    "充分运用报刊、网站和新媒体平台，及时宣传活动中的好经验、好做法，营造良好氛围。",
]
XUN = ["上旬", "中旬", "下旬"]


def plan_text(index: int, tasks: int, rng: random.Random) -> str:
    """One plan as YAML text."""
    people = [
        f"{SURNAMES[(index + i) % len(SURNAMES)]}{GIVEN[(index * 3 + i) % len(GIVEN)]}" for i in range(6)
    ]
    people = list(dict.fromkeys(people))
    phase_count = 3 if tasks < 1000 else 5
    months = _phase_months(phase_count)
    lines = [
        f"id: bench-{index:05d}",
        f"title: 第{index + 1}市总工会关于开展“服务职工提质年”活动的实施方案",
        "short_name: 提质年活动",
        f"issuer: 第{index + 1}市总工会",
        f"doc_number: 工发〔{YEAR}〕{index + 1}号",
        f"date: {YEAR}-02-26",
        "period:",
        f"  start: {YEAR}-03 上旬",
        f"  end: {YEAR}-12 下旬",
        "notice:",
        "  recipients: [各区、县（市）总工会, 各产业工会, 机关各部室]",
        "preamble:",
        f"  - {PROSE[0]}",
        "body:",
    ]
    for heading, paragraph in zip(("指导思想", "工作要求", "保障措施"), PROSE[1:], strict=True):
        lines += [f"  - heading: {heading}", "    content:", f"      - {paragraph}"]
    lines.append("phases:")
    per_phase = [tasks // phase_count + (1 if i < tasks % phase_count else 0) for i in range(phase_count)]
    used_units: set[str] = set()
    for number, ((first, last), count) in enumerate(zip(months, per_phase, strict=True)):
        lines += [
            f"  - id: phase-{number + 1}",
            f"    name: 第{number + 1}阶段",
            f"    start: {YEAR}-{first:02d} 上旬",
            f"    end: {YEAR}-{last:02d} 下旬",
            "    tasks:",
        ]
        for t in range(count):
            lead = UNITS[(t + number) % len(UNITS)]
            used_units.add(lead)
            supporter = UNITS[(t + number + 7) % len(UNITS)]
            used_units.add(supporter)
            month = rng.randint(first, last)
            due = f"{YEAR}-{month:02d} {rng.choice(XUN)}"
            lines += [
                f"      - id: t{number + 1}-{t + 1}",
                f"        title: {rng.choice(VERBS)}{rng.choice(OBJECTS)}（第{t + 1}项）",
                f"        lead: {lead}",
                f"        leader: {people[t % len(people)]}",
                f"        supporters: [{supporter}]",
                f"        due: {due}",
            ]
            if month < 6:
                day = rng.randint(1, 28)
                done_month = max(first, month - 1) if day > 10 else month
                lines += ["        status: done", f"        done: {YEAR}-{done_month:02d}-{day:02d}"]
            elif month > 6:
                lines.append(f"        status: {rng.choice(['not_started', 'in_progress'])}")
            else:
                lines += ["        status: done", f"        done: {YEAR}-06-0{rng.randint(1, 9)}"]
            if t % 4 == 0:
                lines.append("        deliverables: [工作总结]")
    lines += [
        "leading_group:",
        f"  head: {people[0]}",
        f"  deputy_heads: [{people[1]}, {people[2]}]",
        "  members_note: 机关各部室主要负责人为成员",
        "  office:",
        f"    director: {people[3]}",
        f"    liaisons: [{people[4]}]",
        "units:",
    ]
    lines += [f"  - name: {unit}" for unit in UNITS if unit in used_units]
    lines.append("people:")
    for i, person in enumerate(people):
        titles = ", ".join(TITLES[i % len(TITLES)])
        lines += [f"  - name: {person}", f"    titles: [{titles}]"]
    # Real plans attach their 总体日程安排, generated from the phases.
    lines += ["attachments:", "  - title: 活动总体日程安排", "    schedule: true"]
    return "\n".join(lines) + "\n"


def _phase_months(count: int) -> list[tuple[int, int]]:
    """Consecutive month ranges covering March to December."""
    months = list(range(3, 13))
    size = len(months) // count
    ranges = []
    for i in range(count):
        chunk = months[i * size : (i + 1) * size] if i < count - 1 else months[i * size :]
        ranges.append((chunk[0], chunk[-1]))
    return ranges


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--files", type=int, default=1, help="how many plans")
    parser.add_argument("--tasks", type=int, default=20, help="tasks per plan")
    parser.add_argument("outdir", type=Path)
    args = parser.parse_args()
    args.outdir.mkdir(parents=True, exist_ok=True)
    for index in range(args.files):
        rng = random.Random(index * 7919 + args.tasks)
        path = args.outdir / f"plan-{index:05d}.yaml"
        path.write_text(plan_text(index, args.tasks, rng), encoding="utf-8")


if __name__ == "__main__":
    main()
