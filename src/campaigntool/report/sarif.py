"""SARIF 2.1.0, as GitHub code scanning accepts it.

Every rule is described (its summary, its documentation as help, and the
address of its page as helpUri); results carry regions whose columns count Unicode code points, and URIs relative to
the repository root (the nearest folder with `.git`, else the current one)
and fingerprints that survive unrelated edits.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, TextIO

from campaigntool import __version__
from campaigntool.diagnostics import CheckResult, Severity
from campaigntool.i18n import Lang
from campaigntool.links import HOMEPAGE, rule_page
from campaigntool.report.fingerprint import fingerprints
from campaigntool.report.paths import repository_root
from campaigntool.rules import ALL

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def document(result: CheckResult, lang: Lang) -> dict[str, Any]:
    root = repository_root(Path.cwd())
    index = {rule.code: i for i, rule in enumerate(ALL)}
    rules = [
        {
            "id": rule.code,
            "name": rule.name,
            "shortDescription": {"text": rule.summary(lang)},
            "fullDescription": {"text": rule.documentation(lang).splitlines()[0]},
            "help": {"text": rule.documentation(lang), "markdown": rule.documentation(lang)},
            "helpUri": rule_page(rule.code),
            "defaultConfiguration": {"level": _LEVEL[rule.severity]},
        }
        for rule in ALL
    ]
    results = []
    for d, uri, fingerprint in fingerprints(result, root):
        text = d.message(lang) + (f"\n{d.fix(lang)}" if d.fix else "")
        results.append(
            {
                "ruleId": d.code,
                "ruleIndex": index[d.code],
                "level": _LEVEL[d.severity],
                "message": {"text": text},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": {"uri": uri, "uriBaseId": "%SRCROOT%"},
                            "region": {
                                "startLine": d.span.line,
                                "startColumn": d.span.col,
                                "endLine": d.span.end_line,
                                "endColumn": d.span.end_col,
                            },
                        }
                    }
                ],
                "partialFingerprints": {"campaignFinding/v2": fingerprint[:32]},
            }
        )
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "campaign",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "informationUri": HOMEPAGE,
                        "rules": rules,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "originalUriBaseIds": {"%SRCROOT%": {"uri": root.resolve().as_uri() + "/"}},
                "results": results,
            }
        ],
    }


def report(result: CheckResult, lang: Lang, out: TextIO) -> None:
    json.dump(document(result, lang), out, ensure_ascii=False, indent=2)
    out.write("\n")
