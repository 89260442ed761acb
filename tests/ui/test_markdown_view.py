"""Notes render as Markdown, safely: hostile input never becomes markup, a link or a fetch."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot

from dorpsboek.ui.markdown_view import MarkdownView, plain_preview, render_markdown

HOSTILE = [
    "<script>alert('x')</script>",
    "Hallo <img src=http://evil.invalid/p.png> daar",
    "<img src='file:///etc/passwd'>",
    "![foto](http://evil.invalid/foto.png)",
    "![](https://evil.invalid/spoor.gif)",
    "<iframe src=http://evil.invalid></iframe>",
    "[klik hier](javascript:alert(1))",
    "[klik](JaVaScRiPt:alert(1))",
    "<a href='http://evil.invalid'>link</a>",
    "<https://evil.invalid/auto>",
    "[ref][1]\n\n[1]: http://evil.invalid/ref",
    '<div style="background:url(http://evil.invalid)">x</div>',
    "<style>p{background:url(http://evil.invalid)}</style>",
    "<svg onload=alert(1)>",
    "<object data=http://evil.invalid></object>",
    "text <!-- comment --> <b onmouseover=x>vet</b>",
    "`<script>` in code",
    "    <script>in een codeblok</script>",
    "<p>\n<script>alert(1)</script>\n</p>",
    "<![CDATA[<script>]]>",
]


SAFE_TAGS = {"p", "span", "strong", "em", "ul", "ol", "li", "code", "pre", "blockquote", "hr", "br"}
SAFE_TAGS |= {f"h{i}" for i in range(1, 7)}


class _Tags(HTMLParser):
    """Every element and attribute a rich-text widget would see, and any comment."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.attributes: list[tuple[str, str | None]] = []
        self.other: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attributes.extend(attrs)

    def handle_comment(self, data: str) -> None:
        self.other.append(data)

    def unknown_decl(self, data: str) -> None:
        self.other.append(data)


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_input_becomes_harmless_text(text: str) -> None:
    parsed = _Tags()
    parsed.feed(render_markdown(text))
    assert parsed.tags <= SAFE_TAGS, text
    assert parsed.attributes == [], text
    assert parsed.other == [], text


def test_markdown_still_formats() -> None:
    html = render_markdown("**vet** en _schuin_ #vervoer\n\n- een\n- twee")
    assert "<strong>vet</strong>" in html
    assert "<em>schuin</em>" in html
    assert "<li>een</li>" in html
    assert "#vervoer" in html


def test_images_show_their_alt_text_and_links_their_address() -> None:
    assert "[foto van de tuin]" in render_markdown("![foto van de tuin](http://x.invalid/t.png)")
    html = render_markdown("[de site](https://voorbeeld.invalid) en [kwaad](javascript:x)")
    assert "de site (https://voorbeeld.invalid)" in html
    assert "kwaad" in html and "javascript" not in html


def test_raw_html_shows_as_typed(qtbot: QtBot) -> None:
    view = MarkdownView()
    qtbot.addWidget(view)
    view.set_markdown_text("<b>niet vet</b> & <script>x</script>")
    assert view.toPlainText() == "<b>niet vet</b> & <script>x</script>"


def test_view_never_loads_a_resource_or_follows_a_link(qtbot: QtBot) -> None:
    view = MarkdownView()
    qtbot.addWidget(view)
    assert not view.openLinks() and not view.openExternalLinks()
    assert view.loadResource(2, QUrl("http://evil.invalid/x.png")) is None
    assert view.loadResource(2, QUrl("file:///etc/passwd")) is None


def test_plain_preview_folds_and_shortens() -> None:
    assert plain_preview("een\n\ntwee   drie") == "een twee drie"
    assert plain_preview("x" * 200, 10) == "x" * 9 + "…"
