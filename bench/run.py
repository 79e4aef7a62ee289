"""`make bench`: time every command against yamllint, and the cold start against bare Typer.

Every tool runs as a fresh process, alternately with its yardstick, several
times; the fastest run of each is compared (as `timeit` does: the minimum is
the measurement least disturbed by the rest of the machine). Budgets:

- every command on one plan of 10,000 tasks:    <= 0.5 x yamllint on the same file
  (check, overdue with and without --workdays, status, timeline in both
  formats, ics, fmt --check, render to text, Markdown and HTML)
- the same commands, 2,500 -> 10,000 tasks:      cost per task not growing (<= 1.15x, noise)
- `campaign check` on one plan, cold process:    <= 1.2 x a bare Typer app of one command
- 1,000 plans of 20 tasks, one invocation:       <= 0.5 x yamllint
- peak memory of check on 10,000 tasks:          <= 200 MiB

Exits 1 when a budget is missed. Inputs are generated into bench/out/.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
BIN = Path(sys.executable).parent
AS_OF = "2026-06-15"
NO_CACHE = {"CAMPAIGN_NO_CACHE": "1"}


@dataclass
class Row:
    name: str
    ours: float
    theirs: float
    budget: float

    @property
    def ratio(self) -> float:
        return self.ours / self.theirs

    @property
    def ok(self) -> bool:
        return self.ratio <= self.budget


def generate(files: int, tasks: int, folder: Path) -> Path:
    if not folder.exists() or len(list(folder.glob("*.yaml"))) != files:
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob("*.yaml"):
            old.unlink()
        subprocess.run(
            [
                sys.executable,
                str(ROOT / "bench" / "generate.py"),
                "--files",
                str(files),
                "--tasks",
                str(tasks),
                str(folder),
            ],
            check=True,
        )
    return folder


def campaign(*paths: Path) -> list[str]:
    return [str(BIN / "campaign"), "check", *map(str, paths), "--as-of", AS_OF]


def yamllint(*paths: Path) -> list[str]:
    return [str(BIN / "yamllint"), *map(str, paths)]


def elapsed(command: list[str], env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    environment = None if env is None else {**os.environ, **env}
    subprocess.run(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=environment
    )
    return time.perf_counter() - start


def compare(
    name: str,
    ours: list[str],
    theirs: list[str],
    budget: float,
    repeat: int,
    env: dict[str, str] | None = None,
) -> Row:
    """Run both alternately `repeat` times and compare the fastest runs (`env` is for ours)."""
    mine, other = [], []
    for _ in range(repeat):
        mine.append(elapsed(ours, env))
        other.append(elapsed(theirs))
    return Row(name, min(mine), min(other), budget)


def show(rows: list[Row]) -> None:
    print(f"{'case':<34}{'campaign':>10}{'yardstick':>11}{'ratio':>8}{'budget':>8}  ok")
    for row in rows:
        mark = "yes" if row.ok else "NO"
        print(
            f"{row.name:<34}{row.ours:>9.3f}s{row.theirs:>10.3f}s{row.ratio:>8.2f}{row.budget:>8.1f}  {mark}"
        )


def peak_mib(command: list[str]) -> float:
    """Peak resident memory of a command, measured in a fresh child."""
    probe = (
        "import resource, subprocess, sys;"
        "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL);"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    done = subprocess.run([sys.executable, "-c", probe, *command], capture_output=True, text=True, check=True)
    return int(done.stdout.strip()) / 1024


BARE_TYPER = """
import typer

app = typer.Typer()


@app.command()
def check(path: str) -> None:
    print(path)


app()
"""


def commands(plan: Path, scratch: Path) -> dict[str, list[str]]:
    """Every command on one plan, as `make bench` times it."""
    exe, day = str(BIN / "campaign"), ["--as-of", AS_OF]
    return {
        "check": [exe, "check", str(plan), *day],
        "overdue": [exe, "overdue", str(plan), *day],
        "overdue --workdays": [exe, "overdue", str(plan), "--workdays", *day],
        "status": [exe, "status", str(plan), *day],
        "timeline": [exe, "timeline", str(plan), "--width", "100", *day],
        "timeline mermaid": [exe, "timeline", str(plan), "-f", "mermaid", *day],
        "ics": [exe, "ics", str(plan), "-o", str(scratch / "out.ics")],
        "fmt --check": [exe, "fmt", "--check", str(plan)],
        "render text": [exe, "render", str(plan), "--force"],
        "render md": [exe, "render", str(plan), "-f", "md", "--force"],
        "render html": [exe, "render", str(plan), "-f", "html", "--force"],
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=21, help="runs per tool for the cold start")
    parser.add_argument("--big-repeat", type=int, default=2, help="runs per tool on the large plans")
    parser.add_argument("--cold-only", action="store_true", help="only the cold start")
    args = parser.parse_args()

    plan = ROOT / "plans" / "liaoning-2013-mass-line.yaml"
    scratch = OUT / "scratch"
    scratch.mkdir(parents=True, exist_ok=True)
    bare = scratch / "bare_typer.py"
    bare.write_text(BARE_TYPER, encoding="utf-8")

    typer_app = [sys.executable, str(bare), str(plan)]
    rows = [compare("cold start vs bare Typer", campaign(plan), typer_app, 1.2, args.repeat)]
    # Not a budget: the first run after installing or upgrading builds the plan
    # model's validator instead of reading it from the cache.
    first = compare("  first run (validator built)", campaign(plan), typer_app, 99, args.repeat, NO_CACHE)
    if args.cold_only:
        show([*rows, first])
        return 0 if rows[0].ok else 1
    many = generate(1000, 20, OUT / "many")
    small, big = (generate(1, n, OUT / f"tasks-{n}") / "plan-00000.yaml" for n in (2500, 10000))
    rows.append(compare("1,000 plans x 20 tasks", campaign(many), yamllint(many), 0.5, args.big_repeat))
    growth: list[tuple[str, float, float, float]] = []
    for name, command in commands(big, scratch).items():
        rows.append(compare(f"10k tasks: {name}", command, yamllint(big), 0.5, args.big_repeat))
        smaller = commands(small, scratch)[name]
        at_small = min(elapsed(smaller) for _ in range(args.big_repeat))
        per_small, per_big = at_small / 2500, rows[-1].ours / 10000
        growth.append((name, per_small * 1e6, per_big * 1e6, per_big / per_small))
    memory = peak_mib(campaign(big))

    show(rows)
    print(f"{first.name:<34}{first.ours:>9.3f}s{first.theirs:>10.3f}s{first.ratio:>8.2f}{'-':>8}")
    print()
    print(f"{'cost per task':<34}{'2,500':>10}{'10,000':>11}{'growth':>8}{'budget':>8}  ok")
    for name, small_us, big_us, factor in growth:
        mark = "yes" if factor <= 1.15 else "NO"
        print(f"{name:<34}{small_us:>8.0f}us{big_us:>9.0f}us{factor:>8.2f}{1.15:>8.2f}  {mark}")
    print(
        f"\npeak memory, check on 10,000 tasks: {memory:.0f} MiB (budget 200 MiB)  {'yes' if memory <= 200 else 'NO'}"
    )
    linear = all(factor <= 1.15 for *_, factor in growth)
    word_ok = word_against_text(generate(1, 1000, OUT / "tasks-1000"))
    return 0 if all(r.ok for r in rows) and linear and memory <= 200 and word_ok else 1


def word_against_text(folder: Path) -> bool:
    """A 1,000-task plan with its schedule attachment: Word within 3x of text."""
    [plan] = folder.glob("*.yaml")
    target = folder / "plan.docx"

    def render(*options: str) -> list[str]:
        return [str(BIN / "campaign"), "render", str(plan), "--force", *options]

    text = min(elapsed(render("--format", "text")) for _ in range(3))
    word = min(elapsed(render("--format", "docx", "-o", str(target))) for _ in range(3))
    ok = word <= 3 * text
    print(
        f"render 1,000 tasks: docx {word:.3f}s, text {text:.3f}s "
        f"({word / text:.2f}x, budget 3x)  {'yes' if ok else 'NO'}"
    )
    return ok


if __name__ == "__main__":
    sys.exit(main())
