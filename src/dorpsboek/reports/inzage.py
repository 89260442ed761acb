"""Inzage: everything the book holds about one resident, in plain Dutch, as one HTML page
(for printing or e-mailing to the resident; the PDF prints the same page)."""

from __future__ import annotations

import json
from html import escape
from typing import Any

from dorpsboek.domain.dates import format_date
from dorpsboek.domain.report import HELP_STATUS_LABELS, NOTE_KIND_LABELS
from dorpsboek.reports.html import STYLE, page

PERSON_STATUS = {"active": "actief", "dormant": "rustig (geen contact)", "closed": "afgesloten"}
ACTIONS = {
    "create": "toegevoegd",
    "update": "gewijzigd",
    "delete": "verwijderd",
    "restore": "teruggezet",
}
KINDS = {"persons": "uw gegevens", "notes": "een notitie", "help_requests": "een hulpvraag"}
ROLES = {"referral": "doorverwezen naar", "match": "gekoppeld aan", "consent": "mag praten met"}
FIELDS = {
    "name": "naam",
    "address": "adres",
    "phone": "telefoon",
    "reach": "bereikbaarheid",
    "status": "stand",
    "consent_on": "toestemming",
    "consent_how": "toestemming",
    "remarks": "opmerkingen",
    "text": "tekst",
    "kind": "soort",
    "minutes": "tijd",
    "on_date": "datum",
    "question": "vraag",
    "themes": "thema's",
    "opened_on": "datum",
    "closed_on": "afgerond op",
}

STYLE_EXTRA = "td{vertical-align:top}"


def _table(headers: list[str], rows: list[list[str]], empty: str) -> str:
    if not rows:
        return f"<p class='muted'>{escape(empty)}</p>"
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def _fields(raw: str) -> str:
    try:
        names = json.loads(raw or "[]")
    except ValueError:
        return ""
    if not isinstance(names, list):
        return ""
    return ", ".join(dict.fromkeys(FIELDS.get(str(n), str(n)) for n in names))


def _person(p: dict[str, Any]) -> str:
    rows = [
        ["Naam", p["name"]],
        ["Adres", p["address"] or "(niet genoteerd)"],
        ["Telefoon", p["phone"] or "(niet genoteerd)"],
        ["Hoe u te bereiken bent", p["reach"] or "(niet genoteerd)"],
        ["Stand", PERSON_STATUS.get(p["status"], p["status"])],
        [
            "Toestemming",
            f"{format_date(p['consent_on'])} {p['consent_how']}".strip() or "(niet genoteerd)",
        ],
        ["Opmerkingen", p["remarks"] or "(geen)"],
        ["In het boek sinds", format_date(p["created_at"])],
    ]
    return _table(["", ""], rows, "")


def subject_access_html(sa: Any) -> str:
    """`sa` is a services.privacy.SubjectAccess."""
    name = sa.person["name"]
    title = f"Wat Dorpsboek over u bewaart: {name}"
    body = [
        f"<h1>{escape(title)}</h1>",
        f"<p>Gemaakt op {escape(format_date(sa.made_on))}. Dit is alles wat de "
        "dorpsondersteuner in haar boek over u heeft opgeschreven. U mag vragen om iets te "
        "verbeteren, of om alles over u te laten wissen.</p>",
        "<h2>Uw gegevens</h2>",
        _person(sa.person),
        "<h2>Contactmomenten</h2>",
        _table(
            ["Datum", "Soort", "Tijd", "Wat er is genoteerd"],
            [
                [
                    format_date(n["on_date"]),
                    NOTE_KIND_LABELS.get(n["kind"] or "", n["kind"]),
                    f"{n['minutes']} min" if n["minutes"] else "",
                    n["text"],
                ]
                for n in sa.notes
            ],
            "Er zijn geen contactmomenten genoteerd.",
        ),
        "<h2>Hulpvragen</h2>",
        _table(
            ["Sinds", "Vraag", "Thema's", "Stand", "Afgerond"],
            [
                [
                    format_date(h["opened_on"]),
                    h["question"],
                    h["themes"],
                    HELP_STATUS_LABELS.get(h["status"], h["status"]),
                    format_date(h["closed_on"]),
                ]
                for h in sa.help_requests
            ],
            "Er zijn geen hulpvragen genoteerd.",
        ),
        "<h2>Afspraken en herinneringen</h2>",
        _table(
            ["Datum", "Wat", "Gedaan"],
            [
                [format_date(r["due_on"]), r["text"], "ja" if r["done"] else "nee"]
                for r in sa.reminders
            ],
            "Er zijn geen afspraken genoteerd.",
        ),
        "<h2>Mensen om u heen</h2>",
        _table(
            ["Wie", "Relatie"],
            [[link["other_name"], link["relation"]] for link in sa.person_links],
            "Er zijn geen familieleden, mantelzorgers of buren genoteerd.",
        ),
        "<h2>Vrijwilligers en organisaties</h2>",
        _table(
            ["Datum", "Wat", "Wie"],
            [
                [format_date(x["day"]), ROLES.get(x["role"], x["role"]), x["to_name"]]
                for x in sa.links
            ],
            "U bent niet gekoppeld aan een vrijwilliger of organisatie.",
        ),
        "<h2>Wanneer er iets is veranderd</h2>",
        _table(
            ["Wanneer", "Door", "Wat"],
            [
                [
                    format_date(a["at"]),
                    a["actor"],
                    f"{KINDS.get(a['kind'], a['kind'])} {ACTIONS.get(a['action'], a['action'])}"
                    + (f" ({_fields(a['fields'])})" if a["action"] == "update" else ""),
                ]
                for a in sa.audit
            ],
            "Geen wijzigingen bijgehouden.",
        ),
    ]
    return page(title, "\n".join(body), STYLE + STYLE_EXTRA)
