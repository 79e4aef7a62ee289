"""The HTML page read back: titles broken by meaning, print rules, a layout for narrow screens."""

from __future__ import annotations

import re

from tests.helpers import PLANS, run


def html_of(plan: str) -> str:
    result = run("render", str(PLANS / plan), "--format", "html")
    assert result.exit_code == 0, result.stderr
    return result.stdout


def css_rule(html: str, selector: str) -> str:
    match = re.search(re.escape(selector) + r"\s*\{([^}]*)\}", html)
    assert match is not None, selector
    return match.group(1)


def test_titles_are_broken_by_meaning_as_in_the_word_file() -> None:
    html = html_of("demo-2026.yaml")
    titles = re.findall(r'<h1 class="title">(.*?)</h1>', html)
    lines = [re.findall(r'<span class="line">(.*?)</span>', title) for title in titles]
    assert lines[0] == [
        "辽河市总工会关于印发《辽河市总工会",
        "关于开展“服务职工提质年”",
        "活动的实施方案》的通知",
    ]
    assert lines[1] == ["辽河市总工会关于开展", "“服务职工提质年”活动的实施方案"]
    assert "display: block" in css_rule(html, "h1.title .line")


def test_print_pages_are_a4_with_the_official_margins_and_numbers() -> None:
    html = html_of("demo-2026.yaml")
    page = css_rule(html, "@page {\n  size: A4;\n  margin: 37mm 26mm 35mm 28mm;\n  @bottom-right")
    assert 'counter(page) " —"' in page
    assert "content: none" in html.split("@page unnumbered", 1)[1].split("}", 2)[0]


def test_the_signature_and_headings_are_kept_with_the_text() -> None:
    html = html_of("demo-2026.yaml")
    signoff = css_rule(html, ".signoff")
    assert "break-before: avoid" in signoff and "break-inside: avoid" in signoff
    assert "break-after: avoid" in css_rule(html, ".heading:not(.run-in)")
    assert "orphans: 2" in css_rule(html, "p") and "break-inside: avoid" in css_rule(
        html, "table.schedule tr"
    )
    assert '<p class="heading level1">' in html and '<p class="heading level2 run-in">' in html


def test_the_imprint_is_sized_to_the_foot_of_an_even_page_when_printing() -> None:
    html = html_of("demo-2026.yaml")
    assert html.count('<footer class="imprint">') == 1
    script = html.split("<script>", 1)[1].split("</script>", 1)[0]
    assert 'addEventListener("beforeprint", prepare)' in script
    assert "225 * 96 / 25.4" in script and "page % 2 === 0" in script
    imprint = css_rule(html, ".imprint")
    assert "border-top: 0.35mm solid black" in imprint and "break-inside: avoid" in imprint
    assert "0.25mm solid black" in css_rule(html, ".imprint p + p")


def test_a_narrow_window_reflows_instead_of_cutting_the_page_off() -> None:
    html = html_of("liaoning-2013-mass-line.yaml")
    document = css_rule(html, ".document")
    assert "width: 210mm" in document and "max-width: 100%" in document
    narrow = html.split("@media screen and (max-width: 220mm) {", 1)[1]
    assert "width: auto" in css_rule(narrow, "html:not(.measuring) .document")
    assert "overflow-x: auto" in css_rule(narrow, "html:not(.measuring) .table-wrap")
    assert '<div class="table-wrap"><table class="schedule">' in html
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html
