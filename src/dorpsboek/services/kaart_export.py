"""The sociale kaart written out: CSV that imports back without loss, and a self-contained HTML
page to print or share. Her own notes go into the CSV (her backup) but never into the HTML or
PDF hand-out. The PDF is made by `dorpsboek.printing.kaart_pdf` from `hand_out_html`.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence

from dorpsboek.domain.csvtable import write_table
from dorpsboek.domain.dates import format_date
from dorpsboek.domain.kaart import Entry
from dorpsboek.domain.textfold import fold
from dorpsboek.services import hand_out

CSV_HEADERS = {
    "name": "Naam",
    "category": "Categorie",
    "themes": "Thema's",
    "description": "Omschrijving",
    "when_to_call": "Wanneer bellen",
    "phone": "Telefoon",
    "email": "E-mail",
    "website": "Website",
    "address": "Adres",
    "postcode": "Postcode",
    "city": "Plaats",
    "opening_hours": "Openingstijden",
    "remarks": "Eigen notities",
    "last_checked_on": "Laatst gecontroleerd",
}
CONTACT_HEADERS = (
    ("name", "Contactpersoon {n}"),
    ("role", "Functie contactpersoon {n}"),
    ("phone", "Telefoon contactpersoon {n}"),
    ("email", "E-mail contactpersoon {n}"),
)

LABELS = {
    "nl": {
        "title": "Sociale kaart",
        "made": "Gemaakt op {date}",
        "phone": "Telefoon",
        "email": "E-mail",
        "website": "Website",
        "address": "Adres",
        "hours": "Open",
        "when": "Wanneer bellen",
        "contacts": "Contactpersonen",
        "none": "Zonder categorie",
        "count": "{n} adressen",
    },
    "en": {
        "title": "Social map",
        "made": "Made on {date}",
        "phone": "Phone",
        "email": "E-mail",
        "website": "Website",
        "address": "Address",
        "hours": "Open",
        "when": "When to call",
        "contacts": "Contact persons",
        "none": "No category",
        "count": "{n} entries",
    },
}


def to_csv(entries: Sequence[Entry]) -> bytes:
    """Every field and every contact person, in columns the import recognises."""
    most = max((len(e.contacts) for e in entries), default=0)
    headers = list(CSV_HEADERS.values())
    for n in range(1, max(most, 1) + 1):
        headers += [label.format(n=n) for _, label in CONTACT_HEADERS]
    rows = []
    for e in entries:
        row = [str(getattr(e, key) or "") for key in CSV_HEADERS if key != "last_checked_on"]
        row.append(format_date(e.last_checked_on))
        for c in e.contacts:
            row += [c.name, c.role, c.phone, c.email]
        rows.append(row + [""] * (len(headers) - len(row)))
    return write_table(headers, rows)


def grouped(entries: Sequence[Entry]) -> list[tuple[str, list[Entry]]]:
    """(category, entries) sorted by category then name; entries without one come last."""
    groups: dict[str, list[Entry]] = {}
    names: dict[str, str] = {}
    for e in entries:
        key = fold(e.category)
        names.setdefault(key, e.category.strip())
        groups.setdefault(key, []).append(e)
    order = sorted(groups, key=lambda k: (k == "", k))
    return [(names[k], sorted(groups[k], key=lambda e: fold(e.name))) for k in order]


def _entry_html(e: Entry, t: dict[str, str]) -> str:
    place = " ".join(p for p in (e.postcode, e.city) if p)
    address = ", ".join(p for p in (e.address, place) if p)
    parts = [f'<div class="e"><h3>{html.escape(e.name)}</h3>']
    if e.description:
        parts.append(f'<p class="d">{html.escape(e.description).replace(chr(10), "<br>")}</p>')
    parts += [
        hand_out.line(t["phone"], e.phone),
        hand_out.line(t["email"], e.email),
        hand_out.line(t["website"], e.website),
        hand_out.line(t["address"], address),
        hand_out.line(t["hours"], e.opening_hours),
        hand_out.line(t["when"], e.when_to_call),
    ]
    if e.contacts:
        people = "; ".join(
            ", ".join(p for p in (c.name, c.role, c.phone, c.email) if p) for c in e.contacts
        )
        parts.append(hand_out.line(t["contacts"], people))
    parts.append("</div>")
    return "".join(p for p in parts if p)


STYLE = hand_out.BASE_STYLE + ".d{font-style:italic}.e{margin-bottom:.5em}"


def hand_out_html(
    entries: Sequence[Entry], language: str = "nl", today: dt.date | None = None
) -> str:
    """One HTML page grouped by category, inline CSS, no scripts, images or links out."""
    t = LABELS.get(language, LABELS["nl"])
    made = t["made"].format(date=format_date((today or dt.date.today()).isoformat()))
    body = [f"<h1>{t['title']}</h1>", f'<p class="made">{made}</p>']
    for category, items in grouped(entries):
        title = html.escape(category[:1].upper() + category[1:] if category else t["none"])
        body.append(f"<h2>{title}</h2>")
        body += [_entry_html(e, t) for e in items]
    return hand_out.page(t["title"], language, STYLE, body)
