"""Horizontal bar charts as inline SVG text (no Qt, no browser scripts): for the HTML export."""

from __future__ import annotations

from html import escape

from dorpsboek.reports.layout import Bar

BAR_COLOUR = "#2f6f8f"
MASKED_COLOUR = "#c9d6de"


def bar_chart(bars: list[Bar], width: int = 640, row: int = 24, label_width: int = 190) -> str:
    """A bar per row; a hidden ('< 3') count gets a pale stub of fixed size, not its length."""
    if not bars:
        return ""
    top = max((b.value for b in bars if not b.masked), default=1) or 1
    room = width - label_width - 60
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{row * len(bars) + 8}" '
        f'role="img" font-family="DejaVu Sans, Arial, sans-serif" font-size="13">'
    ]
    for i, bar in enumerate(bars):
        y = 4 + i * row
        length = 6 if bar.masked else max(2, round(room * bar.value / top)) if bar.value else 0
        colour = MASKED_COLOUR if bar.masked else BAR_COLOUR
        parts.append(
            f'<text x="{label_width - 8}" y="{y + row * 0.65:.0f}" text-anchor="end">'
            f"{escape(bar.label)}</text>"
            f'<rect x="{label_width}" y="{y + 3}" width="{length}" height="{row - 8}" '
            f'fill="{colour}"/>'
            f'<text x="{label_width + length + 6}" y="{y + row * 0.65:.0f}">'
            f"{escape(bar.text)}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)
