"""The volunteer list written out: CSV that `import vrijwilligers` reads back without loss, and a
self-contained HTML page (also the source of the PDF, `dorpsboek.printing.volunteers_pdf`).

The CSV is her own copy and holds every stored field. The HTML/PDF list is for calling and
coordinating: name, phone, e-mail, what they can and like to do, when they are available,
their limits, the VOG date (with the warning) and whether they are paused. Her notes and the
address stay out of it.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence

from dorpsboek.domain.csvtable import write_table
from dorpsboek.domain.dates import format_date
from dorpsboek.domain.textfold import fold
from dorpsboek.domain.volunteers import (
    Volunteer,
    availability_summary,
    availability_text,
    parse_availability,
)
from dorpsboek.services import hand_out

# Headers the volunteer import recognises (domain/columns.py), in the screen's words.
CSV_HEADERS = (
    "Naam",
    "Telefoon",
    "E-mail",
    "Adres",
    "Kan en wil",
    "Beschikbaar",
    "Grenzen",
    "Actief",
    "VOG-datum",
    "Notities",
)

LABELS = {
    "nl": {
        "title": "Vrijwilligers",
        "made": "Gemaakt op {date}",
        "phone": "Telefoon",
        "email": "E-mail",
        "skills": "Kan en wil",
        "available": "Beschikbaar",
        "limits": "Grenzen",
        "vog": "VOG",
        "vog_old": "{date}, ouder dan toegestaan: vraag een nieuwe aan",
        "active": "Actief",
        "paused": "Gepauzeerd",
        "paused_note": "gepauzeerd: nu niet vragen",
        "count": "{active} actief, {paused} gepauzeerd",
        "empty": "Er staan nog geen vrijwilligers in het boek.",
    },
    "en": {
        "title": "Volunteers",
        "made": "Made on {date}",
        "phone": "Phone",
        "email": "E-mail",
        "skills": "Can and likes to do",
        "available": "Available",
        "limits": "Limits",
        "vog": "Certificate of conduct (VOG)",
        "vog_old": "{date}, older than allowed: ask for a new one",
        "active": "Active",
        "paused": "Paused",
        "paused_note": "paused: do not ask now",
        "count": "{active} active, {paused} paused",
        "empty": "There are no volunteers in the book yet.",
    },
}


def _row(v: Volunteer) -> list[str]:
    return [
        v.name,
        v.phone,
        v.email,
        v.address,
        v.skills,
        availability_text(parse_availability(v.availability)),
        v.limits,
        "ja" if v.active else "nee",
        format_date(v.vog_on),
        v.remarks,
    ]


def to_csv(volunteers: Sequence[Volunteer]) -> bytes:
    """Every stored field, one row per volunteer, in columns the import recognises."""
    return write_table(list(CSV_HEADERS), [_row(v) for v in volunteers])


def grouped(volunteers: Sequence[Volunteer]) -> list[tuple[bool, list[Volunteer]]]:
    """(active, volunteers): the active ones first, then the paused ones; by name in each."""
    out = []
    for active in (True, False):
        group = sorted((v for v in volunteers if v.active is active), key=lambda v: fold(v.name))
        if group:
            out.append((active, group))
    return out


def _vog(v: Volunteer, t: dict[str, str]) -> str:
    date = format_date(v.vog_on)
    return t["vog_old"].format(date=date) if date and v.vog_old else date


def _volunteer_html(v: Volunteer, t: dict[str, str], lang: str) -> str:
    name = html.escape(v.name)
    if not v.active:
        name += f' <span class="p">({html.escape(t["paused_note"])})</span>'
    available = availability_summary(parse_availability(v.availability), lang)
    parts = [
        f'<div class="v"><h3>{name}</h3>',
        hand_out.line(t["phone"], v.phone),
        hand_out.line(t["email"], v.email),
        hand_out.line(t["skills"], v.skills),
        hand_out.line(t["available"], available),
        hand_out.line(t["limits"], v.limits, "g"),
        hand_out.line(t["vog"], _vog(v, t), "w" if v.vog_old else "f"),
        "</div>",
    ]
    return "".join(p for p in parts if p)


STYLE = hand_out.BASE_STYLE + (
    ".v{margin-bottom:.5em}.g{color:#7a0010}.w{color:#a40000;font-weight:bold}"
    ".p{color:#777;font-weight:normal}"
)


def hand_out_html(
    volunteers: Sequence[Volunteer], language: str = "nl", today: dt.date | None = None
) -> str:
    """One HTML page, active then paused, inline CSS, no scripts, images or links out."""
    t = LABELS.get(language, LABELS["nl"])
    made = t["made"].format(date=format_date((today or dt.date.today()).isoformat()))
    paused = sum(1 for v in volunteers if not v.active)
    count = t["count"].format(active=len(volunteers) - paused, paused=paused)
    body = [f"<h1>{t['title']}</h1>", f'<p class="made">{made} · {count}</p>']
    if not volunteers:
        body.append(f"<p>{html.escape(t['empty'])}</p>")
    for active, group in grouped(volunteers):
        body.append(f"<h2>{t['active'] if active else t['paused']}</h2>")
        body += [_volunteer_html(v, t, language) for v in group]
    return hand_out.page(t["title"], language, STYLE, body)
