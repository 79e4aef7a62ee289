"""The language server: pygls wiring between the editor and the plan checks.

Every open plan is checked again on each change (a seed-size plan takes a few
milliseconds, see docs/performance.md), and its diagnostics published. The
names of the last version that validated are kept, so completion still knows
the units and people while the file is half-typed. No handler lets an
exception reach the editor: a failure is logged and the server keeps serving.

Options (`initializationOptions`, or the `campaign` section of the client's
settings): `lang` (zh or en; default: the client's locale), `asOf` (the day
deadlines are judged by, 2026-06-15; default today), `guide` (the address of
docs/guide.zh-CN.md that diagnostics link to), `files` (patterns of the
plans to check, relative to the workspace root, as `plans/*.yaml`, where `*`
also crosses folders; default: every document the editor sends).
"""

from __future__ import annotations

import fnmatch
import functools
import gc
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TypeVar, cast

from lsprotocol import types as lsp
from pygls.lsp.server import LanguageServer
from pygls.workspace import TextDocument
from pygls.workspace.position_codec import ServerTextPosition, ServerTextRange

from campaigntool import __version__
from campaigntool.diagnostics import Diagnostic, Severity
from campaigntool.i18n import Lang, detect_lang
from campaigntool.lsp.checking import Checked, check_text, suggestion
from campaigntool.lsp.completion import complete
from campaigntool.lsp.fixes import Fix, Problem, fixes_for
from campaigntool.lsp.hover import hover
from campaigntool.lsp.links import default_guide, rule_href
from campaigntool.lsp.names import Entity, NameIndex

SOURCE = "campaign"
_SEVERITY = {
    Severity.ERROR: lsp.DiagnosticSeverity.Error,
    Severity.WARNING: lsp.DiagnosticSeverity.Warning,
    Severity.INFO: lsp.DiagnosticSeverity.Information,
}
_WARM_UP = "title: 关于开展活动的实施方案\nissuer: 办公室\nperiod: {start: 2013-07 中旬, end: 2013-11}\n"

log = logging.getLogger(__name__)
F = TypeVar("F", bound=Callable[..., Any])


@dataclass
class Options:
    """What the client chose; see the module's documentation."""

    lang: Lang | None = None
    locale: Lang | None = None
    as_of: date | None = None
    guide: str | None = field(default_factory=default_guide)
    files: list[str] = field(default_factory=list)

    def language(self) -> Lang:
        return self.lang or self.locale or detect_lang(None)

    def today(self) -> date:
        return self.as_of or date.today()

    def update(self, settings: Any) -> None:
        if not isinstance(settings, dict):
            return
        lang = settings.get("lang")
        if isinstance(lang, str) and lang[:2].lower() in ("zh", "en"):
            self.lang = cast(Lang, lang[:2].lower())
        as_of = settings.get("asOf")
        if isinstance(as_of, str):
            try:
                self.as_of = date.fromisoformat(as_of)
            except ValueError:
                log.warning("asOf is not a date: %s", as_of)
        guide = settings.get("guide")
        if isinstance(guide, str) and guide:
            self.guide = guide
        files = settings.get("files")
        if isinstance(files, list):
            self.files = [str(pattern) for pattern in files]

    def wants(self, path: Path | None, root: Path | None) -> bool:
        """Whether a document is a plan to check (other YAML files are left alone)."""
        if not self.files:
            return True
        if path is None:
            return False
        shown = path.as_posix()
        if root is not None and path.is_relative_to(root):
            shown = path.relative_to(root).as_posix()
        return any(fnmatch.fnmatchcase(shown, pattern) for pattern in self.files)


@dataclass
class OpenPlan:
    """One open document: its last check, its names, the fixes it can offer."""

    checked: Checked
    names: NameIndex | None
    known: list[Entity]
    problems: list[Problem]


class PlanServer(LanguageServer):
    """The server and the state of the plans open in the editor."""

    def __init__(self) -> None:
        super().__init__(
            "campaign", __version__, text_document_sync_kind=lsp.TextDocumentSyncKind.Incremental
        )
        self.options = Options()
        self.plans: dict[str, OpenPlan] = {}

    def check(self, uri: str) -> None:
        """Check a document again and publish what was found."""
        document = self.workspace.get_text_document(uri)
        path = Path(document.path) if document.path and uri.startswith("file:") else None
        root = Path(self.workspace.root_path) if self.workspace.root_path else None
        if not self.options.wants(path, root):
            self.plans.pop(uri, None)
            self.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(uri=uri, diagnostics=[]))
            return
        checked = check_text(document.source, path, self.options.today(), root)
        names = NameIndex.build(checked.loaded) if checked.loaded is not None else None
        previous = self.plans.get(uri)
        known = names.unique() if names is not None else (previous.known if previous else [])
        lang = self.options.language()
        published = [self._diagnostic(document, d, lang) for d in checked.diagnostics]
        problems = [_problem(d, p) for d, p in zip(checked.diagnostics, published, strict=True)]
        self.plans[uri] = OpenPlan(checked, names, known, problems)
        self.text_document_publish_diagnostics(
            lsp.PublishDiagnosticsParams(uri=uri, diagnostics=published, version=document.version)
        )

    def open_plans(self) -> list[str]:
        """The open YAML documents, to check again when the options or configuration change."""
        return [uri for uri in self.workspace.text_documents if uri.endswith((".yaml", ".yml"))]

    def _diagnostic(self, document: TextDocument, found: Diagnostic, lang: Lang) -> lsp.Diagnostic:
        span = found.span
        message = found.message(lang) + (f"\n{found.fix(lang)}" if found.fix else "")
        href = rule_href(found.code, self.options.guide) if found.code else None
        replacement = suggestion(found)
        return lsp.Diagnostic(
            range=to_client(document, span.line - 1, span.col - 1, span.end_line - 1, span.end_col - 1),
            message=message,
            severity=_SEVERITY[found.severity],
            code=found.code or None,
            code_description=lsp.CodeDescription(href=href) if href else None,
            source=SOURCE,
            data={"replacement": replacement} if replacement else None,
        )


def _problem(found: Diagnostic, published: lsp.Diagnostic) -> Problem:
    span = found.span
    data = published.data if isinstance(published.data, dict) else {}
    return Problem(found.code, span.line - 1, span.col - 1, span.end_col - 1, data.get("replacement"))


def to_client(document: TextDocument, line: int, start: int, end_line: int, end: int) -> lsp.Range:
    """A 0-based range in characters as the client counts (UTF-16 unless agreed otherwise)."""
    last = max(len(document.lines) - 1, 0)
    server = ServerTextRange(
        ServerTextPosition(min(line, last), start), ServerTextPosition(min(end_line, last), end)
    )
    return document.range_to_client_units(server)


def _lines(document: TextDocument) -> list[str]:
    return [line.rstrip("\r\n") for line in document.lines]


def guarded(default: Any) -> Callable[[F], F]:
    """Keep serving whatever happens in a handler: log the failure, answer `default`."""

    def decorate(handler: F) -> F:
        @functools.wraps(handler)
        def run(*args: Any) -> Any:
            try:
                return handler(*args)
            except Exception:
                log.exception("campaign lsp: %s failed", handler.__name__)
                return default

        return cast(F, run)

    return decorate


def create_server() -> PlanServer:
    """A server with every feature registered; `start_io()` runs it."""
    server = PlanServer()

    @server.feature(lsp.INITIALIZE)
    @guarded(None)
    def initialize(params: lsp.InitializeParams) -> None:
        if params.locale:
            server.options.locale = "zh" if params.locale.lower().startswith("zh") else "en"
        server.options.update(params.initialization_options)

    @server.feature(lsp.INITIALIZED)
    @guarded(None)
    def initialized(params: lsp.InitializedParams) -> None:
        # The first check builds the model's validators: do it before the first keystroke.
        check_text(_WARM_UP, None, server.options.today())
        # What exists now lives as long as the server; the collector need not scan it again.
        gc.freeze()

    @server.feature(lsp.WORKSPACE_DID_CHANGE_CONFIGURATION)
    @guarded(None)
    def configuration(params: lsp.DidChangeConfigurationParams) -> None:
        settings = params.settings
        if isinstance(settings, dict):
            server.options.update(settings.get("campaign", settings))
        for uri in server.open_plans():
            server.check(uri)

    @server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
    @guarded(None)
    def did_open(params: lsp.DidOpenTextDocumentParams) -> None:
        server.check(params.text_document.uri)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
    @guarded(None)
    def did_change(params: lsp.DidChangeTextDocumentParams) -> None:
        server.check(params.text_document.uri)

    @server.feature(lsp.TEXT_DOCUMENT_DID_SAVE)
    @guarded(None)
    def did_save(params: lsp.DidSaveTextDocumentParams) -> None:
        # A saved campaign.toml changes how every open plan is checked.
        if params.text_document.uri.endswith(("campaign.toml", "pyproject.toml")):
            for uri in server.open_plans():
                server.check(uri)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
    @guarded(None)
    def did_close(params: lsp.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        server.plans.pop(uri, None)
        server.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    @server.feature(lsp.TEXT_DOCUMENT_HOVER)
    @guarded(None)
    def on_hover(params: lsp.HoverParams) -> lsp.Hover | None:
        document = server.workspace.get_text_document(params.text_document.uri)
        plan = server.plans.get(params.text_document.uri)
        at = document.position_from_client_units(params.position)
        calendar = plan.checked.calendar if plan else None
        if calendar is None:
            from campaigntool.workdays import WorkCalendar

            calendar = WorkCalendar()
        found = hover(
            _lines(document),
            at.line,
            at.character,
            plan.names if plan else None,
            calendar,
            server.options.language(),
        )
        if found is None:
            return None
        return lsp.Hover(
            contents=lsp.MarkupContent(kind=lsp.MarkupKind.Markdown, value=found.markdown),
            range=to_client(document, found.line, found.start, found.line, found.end),
        )

    @server.feature(
        lsp.TEXT_DOCUMENT_COMPLETION,
        lsp.CompletionOptions(trigger_characters=[" ", ":", "[", ",", "-"]),
    )
    @guarded(None)
    def on_completion(params: lsp.CompletionParams) -> lsp.CompletionList | None:
        document = server.workspace.get_text_document(params.text_document.uri)
        plan = server.plans.get(params.text_document.uri)
        at = document.position_from_client_units(params.position)
        lang = server.options.language()
        items = complete(
            _lines(document), at.line, at.character, plan.known if plan else [], server.options.today(), lang
        )
        kinds = {
            "unit": lsp.CompletionItemKind.Module,
            "person": lsp.CompletionItemKind.Constant,
            "word": lsp.CompletionItemKind.EnumMember,
            "date": lsp.CompletionItemKind.Value,
        }
        return lsp.CompletionList(
            is_incomplete=False,
            items=[
                lsp.CompletionItem(
                    label=item.label,
                    detail=item.detail or None,
                    kind=kinds[item.kind],
                    sort_text=item.sort,
                    filter_text=item.filter,
                    text_edit=lsp.TextEdit(
                        range=to_client(document, at.line, item.start, at.line, item.end),
                        new_text=item.label,
                    ),
                )
                for item in items
            ],
        )

    def name_at(uri: str, position: lsp.Position) -> tuple[TextDocument, Any, Any] | None:
        """The document, its names and the unit or person named at the position, if any."""
        document = server.workspace.get_text_document(uri)
        plan = server.plans.get(uri)
        if plan is None or plan.names is None:
            return None
        at = document.position_from_client_units(position)
        found = plan.names.at(at.line, at.character)
        return None if found is None else (document, plan.names, found[0])

    @server.feature(lsp.TEXT_DOCUMENT_DEFINITION)
    @guarded(None)
    def on_definition(params: lsp.DefinitionParams) -> list[lsp.Location] | None:
        found = name_at(params.text_document.uri, params.position)
        if found is None:
            return None
        document, _, entity = found
        return [
            lsp.Location(uri=document.uri, range=_span_range(document, span)) for span in entity.definitions
        ]

    @server.feature(lsp.TEXT_DOCUMENT_REFERENCES)
    @guarded(None)
    def on_references(params: lsp.ReferenceParams) -> list[lsp.Location] | None:
        found = name_at(params.text_document.uri, params.position)
        if found is None:
            return None
        document, names, entity = found
        spans = names.references_to(entity)
        if params.context.include_declaration:
            spans = [*entity.definitions, *spans]
        return [lsp.Location(uri=document.uri, range=_span_range(document, span)) for span in spans]

    @server.feature(
        lsp.TEXT_DOCUMENT_CODE_ACTION,
        lsp.CodeActionOptions(code_action_kinds=[lsp.CodeActionKind.QuickFix]),
    )
    @guarded(None)
    def on_code_action(params: lsp.CodeActionParams) -> list[lsp.CodeAction] | None:
        uri = params.text_document.uri
        document = server.workspace.get_text_document(uri)
        plan = server.plans.get(uri)
        if plan is None:
            return None
        asked: list[Problem] = []
        for given in params.context.diagnostics:
            if given.source != SOURCE or not isinstance(given.code, str):
                continue
            start = document.position_from_client_units(given.range.start)
            end = document.position_from_client_units(given.range.end)
            data = given.data if isinstance(given.data, dict) else {}
            asked.append(
                Problem(given.code, start.line, start.character, end.character, data.get("replacement"))
            )
        fixes = fixes_for(_lines(document), asked, plan.problems, server.options.language())
        return [_action(document, fix, params.context.diagnostics) for fix in fixes]

    return server


def _span_range(document: TextDocument, span: Any) -> lsp.Range:
    return to_client(document, span.line - 1, span.col - 1, span.end_line - 1, span.end_col - 1)


def _action(document: TextDocument, fix: Fix, given: Sequence[lsp.Diagnostic]) -> lsp.CodeAction:
    edits = [
        lsp.TextEdit(range=to_client(document, e.line, e.start, e.line, e.end), new_text=e.text)
        for e in fix.edits
    ]
    resolved = [d for d in given for p in fix.fixes if d.code == p.code and d.range.start.line == p.line]
    return lsp.CodeAction(
        title=fix.title,
        kind=lsp.CodeActionKind.QuickFix,
        diagnostics=resolved or None,
        is_preferred=fix.preferred or None,
        edit=lsp.WorkspaceEdit(changes={document.uri: edits}),
    )


def serve(lang: Lang | None = None) -> None:
    """Speak the protocol over standard input and output until the editor says exit.

    `lang` (from `campaign lsp --lang`) wins over the client's locale.
    """
    logging.basicConfig(level=logging.WARNING, format="campaign lsp: %(message)s")
    server = create_server()
    server.options.lang = lang
    server.start_io()
