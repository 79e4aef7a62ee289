"""Breaking a title over lines by meaning (GB/T 9704-2012 7.3.1).

回行时词意完整、排列对称、长短适宜，梯形或菱形: a title that does not fit on
one line is broken only between words (rjieba, a maintained port of jieba, finds
them), never inside a quotation, preferably after 关于, before 的通知 / 的实施方案,
and outside 《》; its lines are of similar length and form a trapezoid or a diamond.
Imported only by the renderers: `campaign check` never loads the segmenter.
"""

from __future__ import annotations

from itertools import combinations, pairwise
from math import comb

#: A line of the 2号 title in the 156 mm type area: 442 pt / 22 pt.
TITLE_CHARS = 20

_OPENING = "《“‘（〔【"
_CLOSING = "》”’）〕】、，。：；！？"
_QUOTES = {"“": "”", "‘": "’"}
_GENRES = ("的通知", "的实施方案", "的方案", "的意见", "的决定", "的报告", "的请示", "的办法", "的规定")


def width(text: str) -> float:
    """Display width in characters: full-width 1, Latin letters and digits a little over ½.

    Chinese fonts set their Latin digits proportionally, most a little wider than half a
    character: counted as exactly ½, a full line with a digit in it wrapped its last
    character onto a line of its own in LibreOffice.
    """
    return sum(1.0 if ord(ch) > 0x2E7F else 0.55 for ch in text)


def _tokens(title: str) -> list[str]:
    """Words, with marks attached so no line starts with a closing or ends with an opening mark."""
    import rjieba

    words: list[str] = [w for w in rjieba.cut(title) if w]
    # A quotation stays whole: “为民四服务” is one name.
    merged: list[str] = []
    closing: str | None = None
    for word in words:
        if closing is not None:
            merged[-1] += word
            if word.endswith(closing):
                closing = None
            continue
        merged.append(word)
        if word in _QUOTES and width(title) > 0:
            closing = _QUOTES[word]
    tokens: list[str] = []
    for word in merged:
        if tokens and (tokens[-1][-1] in _OPENING or word[0] in _CLOSING):
            tokens[-1] += word
        else:
            tokens.append(word)
    return tokens


def _break_cost(left: str, right: str, inside_book: bool) -> float:
    if left.endswith("关于") or right.startswith(_GENRES):
        return 0.0
    if right.startswith("《") or left.endswith("》") or left.endswith("”") or right.startswith("“"):
        return 1.0
    cost = 4.0
    if inside_book:
        cost += 4.0
    if left.endswith("的") or right.startswith("的"):
        cost += 6.0  # 党的/群众路线: 的 binds what it joins
    if (left[-1] in "省市县区" and right[0] not in _OPENING) or right[0] in "省市县区":
        cost += 8.0  # 辽宁省/总工会: a body's name stays on one line
    return cost


def _shape_cost(lengths: list[float]) -> float:
    """0 for a trapezoid or a diamond; otherwise a penalty."""
    pairs = list(pairwise(lengths))
    if all(a >= b for a, b in pairs) or all(a <= b for a, b in pairs):
        return 0.0
    peak = lengths.index(max(lengths))
    rising, falling = pairs[:peak], pairs[peak:]
    if all(a <= b for a, b in rising) and all(a >= b for a, b in falling):
        return 0.0
    return 20.0


#: Beyond this many ways to break a title, it is broken greedily: titles of a normal
#: length (two or three lines) always get the best layout, a freak one gets a fast one.
MAX_LAYOUTS = 20_000


def _greedy(tokens: list[str], chars: int, count: int) -> list[str]:
    """Lines of about equal width, each ending at a word boundary, none wider than `chars`."""
    target = sum(width(token) for token in tokens) / count
    lines: list[str] = []
    line = ""
    for token in tokens:
        if line and (width(line + token) > chars or width(line) >= target):
            lines.append(line)
            line = ""
        line += token
    return [*lines, line] if line else lines


def break_title(title: str, chars: int = TITLE_CHARS) -> list[str]:
    """The title's lines, each at most `chars` wide where the words allow."""
    if width(title) <= chars:
        return [title]
    tokens = _tokens(title)
    depth, books = 0, []
    for token in tokens:
        depth += token.count("《") - token.count("》")
        books.append(depth > 0)
    cuts = range(1, len(tokens))
    best: tuple[float, list[str]] | None = None
    lines_needed = int(-(-width(title) // chars))
    if comb(len(cuts), lines_needed + 1) > MAX_LAYOUTS:
        return _greedy(tokens, chars, lines_needed)
    for count in (lines_needed, lines_needed + 1, lines_needed + 2):
        for chosen in combinations(cuts, count - 1):
            bounds = [0, *chosen, len(tokens)]
            lines = ["".join(tokens[a:b]) for a, b in pairwise(bounds)]
            lengths = [width(line) for line in lines]
            if max(lengths) > chars or min(lengths) < 2:
                continue
            mean = sum(lengths) / len(lengths)
            cost = sum((n - mean) ** 2 for n in lengths) / 4
            cost += _shape_cost(lengths) + 3.0 * (count - lines_needed)
            cost += sum(
                _break_cost(tokens[c - 1], tokens[c], books[c - 1] and "《" not in tokens[c - 1][-1:])
                for c in chosen
            )
            if best is None or cost < best[0]:
                best = (cost, lines)
        if best is not None:
            return best[1]
    return [title]  # no word boundaries to break at: let the renderer wrap it
