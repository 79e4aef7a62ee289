"""`campaign lsp`: the checks, names and dates of a plan, live in the editor.

`checking` is the only module that calls into the check pipeline; `names`
indexes who is defined and referred to where; `cursor` reads what stands at
the cursor from the text alone (so it works on half-typed files); `hover`,
`completion` and `fixes` answer the editor's requests; `server` wires them to
the protocol through pygls.
"""
