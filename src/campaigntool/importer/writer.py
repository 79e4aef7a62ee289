"""The plan data as a plan file: the schema modeline, a note on where it came from, canonical YAML."""

from __future__ import annotations

import io

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from campaigntool.roundtrip import canonical


def plan_text(plan: CommentedMap, comments: list[str]) -> str:
    """YAML text in the form `campaign fmt` writes (so that `fmt --check` passes on it).

    The data is put in canonical order before the one dump: writing it out and
    reading it back through `fmt` would give the same text at three times the cost.
    """
    plan.yaml_set_start_comment("\n".join(comments))
    _flow(plan)
    canonical(plan)
    yaml = YAML(typ="rt")
    yaml.width = 4096  # never fold long Chinese paragraphs
    yaml.indent(mapping=2, sequence=4, offset=2)
    out = io.StringIO()
    yaml.dump(plan, out)
    return out.getvalue()


def _flow(node: object) -> None:
    """Short lists of names on one line, as the shipped plans write them: `[机关党委, 财务部]`."""
    if isinstance(node, CommentedMap):
        for key, value in node.items():
            if isinstance(value, list) and not isinstance(value, CommentedSeq):
                value = node[key] = CommentedSeq(value)
            _flow(value)
    elif isinstance(node, CommentedSeq):
        if node and all(isinstance(item, str) and len(item) <= 20 for item in node):
            node.fa.set_flow_style()
        for item in node:
            _flow(item)
