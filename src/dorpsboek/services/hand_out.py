"""What the printable hand-outs (sociale kaart, volunteer list) share: the page around the
entries, its base style, and one labelled line per field."""

from __future__ import annotations

import html

BASE_STYLE = (
    "body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:10pt;color:#222;margin:2em}"
    "h1{font-size:18pt;margin:0 0 .2em 0}h2{font-size:13pt;margin:1.2em 0 .3em 0;"
    "border-bottom:1px solid #888;color:#1d4e6b}h3{font-size:11pt;margin:.6em 0 .1em 0}"
    "p{margin:0 0 .1em 0}.l{color:#555}.made{color:#555}"
)


def line(label: str, value: str, css: str = "f") -> str:
    """`<p>Label: value</p>`, escaped, line breaks kept; "" for an empty value."""
    if not value.strip():
        return ""
    text = html.escape(value).replace("\n", "<br>")
    return f'<p class="{css}"><span class="l">{html.escape(label)}:</span> {text}</p>'


def page(title: str, language: str, style: str, body: list[str]) -> str:
    """A self-contained page: inline CSS, no scripts, images or links out."""
    return (
        f'<!DOCTYPE html>\n<html lang="{language}"><head><meta charset="utf-8">'
        f"<title>{title}</title><style>{style}</style></head>"
        f"<body>{''.join(body)}</body></html>\n"
    )
