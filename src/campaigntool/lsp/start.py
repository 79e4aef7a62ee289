"""Start the server, or say how to install it: pygls comes with `campaigntool[lsp]`."""

from __future__ import annotations

from campaigntool.i18n import Lang, Text


def start(lang: Lang | None = None) -> Text | None:
    """Serve until the editor stops; a sentence instead when pygls is missing."""
    try:
        from campaigntool.lsp.server import serve
    except ImportError as error:
        if (error.name or "").split(".")[0] not in ("pygls", "lsprotocol"):
            raise
        return Text(
            "语言服务器需要 pygls：pip install 'campaigntool[lsp]'",
            "the language server needs pygls: pip install 'campaigntool[lsp]'",
        )
    serve(lang)
    return None
