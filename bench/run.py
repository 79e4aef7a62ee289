"""`make bench`: time `campaign check` against yamllint on the same inputs.

Both tools run as fresh processes, alternately, several times; the fastest
run of each is compared (as `timeit` does: the minimum is the measurement
least disturbed by the rest of the machine). Budgets (yamllint only parses and checks style; we do more):

- one plan from plans/, cold process:            <= 1.0 x yamllint
- 1,000 plans of 20 tasks, one invocation:       <= 0.5 x
- one plan of 10,000 tasks:                      <= 0.3 x, peak memory <= 200 MiB,
                                                   time linear in tasks

Exits 1 when a budget is missed. Inputs are generated into bench/out/.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
BIN = Path(sys.executable).parent
AS_OF = "2026-06-15"


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


def elapsed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def compare(name: str, ours: list[str], theirs: list[str], budget: float, repeat: int) -> Row:
    """Run both alternately `repeat` times and compare the fastest runs."""
    mine, other = [], []
    for _ in range(repeat):
        mine.append(elapsed(ours))
        other.append(elapsed(theirs))
    return Row(name, min(mine), min(other), budget)


def peak_mib(command: list[str]) -> float:
    """Peak resident memory of a command, measured in a fresh child."""
    probe = (
        "import resource, subprocess, sys;"
        "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL);"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    done = subprocess.run([sys.executable, "-c", probe, *command], capture_output=True, text=True, check=True)
    return int(done.stdout.strip()) / 1024


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=7, help="runs per tool for the small cases")
    args = parser.parse_args()

    plan = ROOT / "plans" / "liaoning-2013-mass-line.yaml"
    many = generate(1000, 20, OUT / "many")
    sizes = {n: generate(1, n, OUT / f"tasks-{n}") for n in (2500, 5000, 10000)}

    rows = [
        compare("one plan, cold process", campaign(plan), yamllint(plan), 1.0, args.repeat),
        compare("1,000 plans x 20 tasks", campaign(many), yamllint(many), 0.5, 3),
        compare("1 plan x 10,000 tasks", campaign(sizes[10000]), yamllint(sizes[10000]), 0.3, 3),
    ]
    scaling = {n: min(elapsed(campaign(folder)) for _ in range(5)) for n, folder in sizes.items()}
    memory = peak_mib(campaign(sizes[10000]))
    # Linear means a constant cost per task once startup is paid: compare the
    # cost per task of the 5,000 -> 10,000 step with the 2,500 -> 5,000 step.
    early = (scaling[5000] - scaling[2500]) / 2500
    late = (scaling[10000] - scaling[5000]) / 5000
    growth = late / early if early > 0 else 1.0

    print(f"{'case':<26}{'campaign':>10}{'yamllint':>10}{'ratio':>8}{'budget':>8}  ok")
    for row in rows:
        mark = "yes" if row.ok else "NO"
        print(
            f"{row.name:<26}{row.ours:>9.3f}s{row.theirs:>9.3f}s{row.ratio:>8.2f}{row.budget:>8.1f}  {mark}"
        )
    print()
    print("time by tasks (one plan): " + ", ".join(f"{n}: {t:.3f}s" for n, t in scaling.items()))
    linear = growth <= 1.5
    print(
        f"cost per task, 5k->10k vs 2.5k->5k: {late * 1e6:.0f} vs {early * 1e6:.0f} us "
        f"({growth:.2f}x; linear is 1x, budget 1.5x)  {'yes' if linear else 'NO'}"
    )
    print(f"peak memory, 10,000 tasks: {memory:.0f} MiB (budget 200 MiB)  {'yes' if memory <= 200 else 'NO'}")
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
