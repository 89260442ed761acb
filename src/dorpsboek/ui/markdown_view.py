"""Notes rendered as Markdown, safely: no raw HTML, no images, no clickable links, no network.

Python-Markdown without its raw-HTML handlers escapes any HTML she (or a pasted text) typed;
a tree processor then turns images into their alt text and links into plain text. The view
widget refuses to load any resource, as a second wall.
"""

from __future__ import annotations

import html
import xml.etree.ElementTree as etree
from typing import Any

import markdown
from markdown.treeprocessors import Treeprocessor
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QTextBrowser, QWidget

_SHOWN_SCHEMES = ("http://", "https://", "mailto:", "tel:")


class _Defang(Treeprocessor):  # type: ignore[misc]
    """Images become their alt text; links become text (with the address when it is plain)."""

    def run(self, root: etree.Element) -> None:
        for parent in list(root.iter()):
            for index, child in enumerate(list(parent)):
                if child.tag == "img":
                    _replace(parent, index, child, _image_text(child))
                elif child.tag == "a":
                    _replace(parent, index, child, None)
        for element in root.iter():
            for attr in list(element.attrib):
                del element.attrib[attr]


def _image_text(img: etree.Element) -> str:
    alt = img.get("alt", "").strip()
    return f"[{alt}]" if alt else ""


def _replace(parent: etree.Element, index: int, child: etree.Element, text: str | None) -> None:
    """Swap `child` for a <span> holding `text` (or the link's own content)."""
    span = etree.Element("span")
    if text is None:
        span.text = child.text
        for grandchild in list(child):
            span.append(grandchild)
        href = child.get("href", "")
        label = "".join(child.itertext()).strip()
        if href.lower().startswith(_SHOWN_SCHEMES) and href != label:
            shown = href.removeprefix("mailto:").removeprefix("tel:")
            if shown != label:
                _append_text(span, f" ({shown})")
    else:
        span.text = text
    span.tail = child.tail
    parent.remove(child)
    parent.insert(index, span)


def _append_text(element: etree.Element, text: str) -> None:
    children = list(element)
    if children:
        children[-1].tail = (children[-1].tail or "") + text
    else:
        element.text = (element.text or "") + text


class _SafeExtension(markdown.Extension):  # type: ignore[misc]
    def extendMarkdown(self, md: Any) -> None:
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        md.treeprocessors.register(_Defang(md), "defang", 5)


def render_markdown(text: str) -> str:
    """HTML for a note: safe to give to a Qt rich-text widget."""
    md = markdown.Markdown(extensions=[_SafeExtension(), "sane_lists", "nl2br"])
    return str(md.convert(text))


def plain_preview(text: str, limit: int = 120) -> str:
    """One line of a note for lists: Markdown marks left as typed, whitespace folded."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


class MarkdownView(QTextBrowser):
    """Read-only view of rendered notes that never follows a link or loads a resource."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)

    def set_markdown_text(self, text: str) -> None:
        self.setHtml(render_markdown(text))

    def set_notes_html(self, body: str) -> None:
        self.setHtml(body)

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        return None


def escape(text: str) -> str:
    return html.escape(text, quote=True)
