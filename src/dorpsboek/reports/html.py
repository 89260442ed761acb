"""The account as one self-contained HTML file: inline style, charts as inline SVG, no scripts,
no outside links. The PDF prints the same structure (charts as images drawn with QPainter)."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from dorpsboek.domain.dates import format_date
from dorpsboek.domain.report import Account
from dorpsboek.reports.layout import (
    THRESHOLD_NOTE,
    Section,
    byline,
    headline,
    period_text,
    sections,
)
from dorpsboek.reports.svg import bar_chart

STYLE = (
    "body{font-family:'DejaVu Sans',Arial,sans-serif;max-width:48em;margin:2em auto;"
    "color:#222;line-height:1.45;padding:0 1em}"
    "h1{color:#1d4e6b}h2{color:#1d4e6b;margin-top:1.6em;border-bottom:1px solid #ccd}"
    "table{border-collapse:collapse;margin:.5em 0}td,th{padding:3px 10px;text-align:left;"
    "border-bottom:1px solid #e4e4ea}td.n,th.n{text-align:right}.muted{color:#555}"
    ".story{margin:1em 0;padding:.2em 1em;border-left:4px solid #2f6f8f;background:#f4f8fa}"
)

ChartFn = Callable[[Section], str]


def _svg_chart(section: Section) -> str:
    return f"<div>{bar_chart(section.bars)}</div>"


def _table(section: Section) -> str:
    rows = "".join(
        f"<tr><td>{escape(b.label)}</td><td class='n'>{escape(b.text)}</td></tr>"
        for b in section.bars
    )
    return f"<table><tr><th></th><th class='n'>Aantal</th></tr>{rows}</table>"


def _section(section: Section, chart: ChartFn) -> str:
    out = [f"<h2>{escape(section.title)}</h2>"]
    if section.bars and section.chart:
        out.append(chart(section))  # the chart prints every number next to its bar
    elif section.bars:
        out.append(_table(section))
    if section.lines:
        items = "".join(f"<li>{escape(line)}</li>" for line in section.lines)
        out.append(f"<ul>{items}</ul>" if section.key == "signals" else
                   "".join(f"<p>{escape(line)}</p>" for line in section.lines))  # fmt: skip
    if not section.bars and not section.lines:
        out.append(f"<p class='muted'>{escape(section.empty)}</p>")
    return "".join(out)


def account_body(account: Account, title: str, chart: ChartFn = _svg_chart) -> str:
    """The body of the account; `chart` draws a section's bars (SVG here, images in the PDF)."""
    rows = "".join(
        f"<tr><td>{escape(r.label)}</td><td class='n'>{escape(r.now)}</td>"
        f"<td class='n'>{escape(r.before)}</td><td class='n'>{escape(r.change)}</td></tr>"
        for r in headline(account)
    )
    out = [f"<h1>{escape(title)}</h1>"]
    if byline(account):
        out.append(f"<p><i>{escape(byline(account))}</i></p>")
    out += [f"<p>{escape(p)}</p>" for p in account.intro.split("\n\n") if p.strip()]
    out += [
        f"<p>Periode: <b>{escape(period_text(account.numbers))}</b>. Vergeleken met de periode "
        f"ervoor: {escape(period_text(account.previous))}.</p>",
        f"<p class='muted'>{escape(THRESHOLD_NOTE.format(t=account.threshold))}</p>",
        "<h2>Kerncijfers</h2>",
        "<table><tr><th></th><th class='n'>Deze periode</th><th class='n'>Periode ervoor</th>"
        f"<th class='n'>Verschil</th></tr>{rows}</table>",
    ]
    out += [_section(s, chart) for s in sections(account)]
    out.append("<h2>Verhalen</h2>")
    if not account.stories:
        out.append("<p class='muted'>Geen verhalen gekozen voor deze periode.</p>")
    for story in account.stories:
        paragraphs = "".join(f"<p>{escape(p)}</p>" for p in story.text.split("\n\n") if p.strip())
        out.append(
            f"<div class='story'><h3>{escape(story.title)}</h3>"
            f"<p class='muted'>{escape(format_date(story.on_date))}</p>{paragraphs}</div>"
        )
    return "\n".join(out)


def page(title: str, body: str, style: str = STYLE) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title><style>{style}</style></head>"
        f"<body>\n{body}\n</body></html>\n"
    )


def account_html(account: Account, title: str = "Verantwoording") -> str:
    return page(title, account_body(account, title))
