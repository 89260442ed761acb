"""The account as Markdown (for the sounding board's newsletter or a word processor)."""

from __future__ import annotations

from dorpsboek.domain.dates import format_date
from dorpsboek.domain.report import Account
from dorpsboek.reports.layout import THRESHOLD_NOTE, byline, headline, period_text, sections


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def account_markdown(account: Account, title: str = "Verantwoording") -> str:
    out = [f"# {title}", ""]
    if byline(account):
        out += [f"*{_cell(byline(account))}*", ""]
    for paragraph in (p for p in account.intro.split("\n\n") if p.strip()):
        out += [_cell(" ".join(paragraph.split())), ""]
    out += [
        f"Periode: {period_text(account.numbers)}. "
        f"Vergeleken met de periode ervoor: {period_text(account.previous)}.",
        "",
        THRESHOLD_NOTE.format(t=account.threshold),
        "",
        "## Kerncijfers",
        "",
        "| | Deze periode | Periode ervoor | Verschil |",
        "|---|---:|---:|---:|",
    ]
    out += [f"| {r.label} | {r.now} | {r.before} | {r.change} |" for r in headline(account)]
    for section in sections(account):
        out += ["", f"## {section.title}", ""]
        if section.bars:
            out += ["| | Aantal |", "|---|---:|"]
            out += [f"| {_cell(b.label)} | {b.text} |" for b in section.bars]
            if section.lines:
                out.append("")
        out += [f"- {_cell(line)}" if section.key == "signals" else line for line in section.lines]
        if not section.bars and not section.lines:
            out.append(section.empty)
    out += ["", "## Verhalen", ""]
    if not account.stories:
        out.append("Geen verhalen gekozen voor deze periode.")
    for story in account.stories:
        out += [f"### {story.title}", "", f"*{format_date(story.on_date)}*", "", story.text, ""]
    return "\n".join(out).rstrip() + "\n"
