"""The two sheets of the handover, as one-page A4 PDFs made with Qt (QPdfWriter + QTextDocument).

- the *sleutelbrief* for the colleague: how to open the package (passphrase only if she chose);
- the *noodblad* for the sounding board: the emergency key (or one trustee's share) and who
  may open the envelope, and when.

Plain B1 Dutch. Files are written atomically.
"""

from __future__ import annotations

import datetime as dt
import html
import os
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QSizeF
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPainter,
    QTextDocument,
)

from dorpsboek.domain.dates import format_date
from dorpsboek.printing.a4 import a4_writer

_app: QGuiApplication | None = None
_STYLE = (
    "h1{font-size:17pt;color:#1d4e6b} h2{font-size:12pt;color:#1d4e6b;margin-top:12px}"
    " p,li{font-size:11pt} .key{font-family:'DejaVu Sans Mono',monospace;font-size:12pt}"
    " .small{color:#555555;font-size:9pt}"
)


def _e(text: object) -> str:
    return html.escape(str(text), quote=False)


def write_pages(path: os.PathLike[str] | str, pages: Sequence[str]) -> None:
    """Each HTML string on its own A4 page (one sheet per trustee)."""
    with a4_writer(path, "Dorpsboek") as writer:
        painter = QPainter(writer)
        try:
            rect = writer.pageLayout().paintRectPixels(writer.resolution())
            for index, body in enumerate(pages):
                if index:
                    writer.newPage()
                doc = QTextDocument()
                doc.setDefaultFont(QFont("DejaVu Sans", 11))
                doc.setDefaultStyleSheet(_STYLE)
                doc.setHtml(body)
                # Lay out at a readable width, then scale to the printable area.
                width = 700.0
                doc.setPageSize(QSizeF(width, rect.height() * width / rect.width()))
                painter.save()
                scale = rect.width() / width
                painter.scale(scale, scale)
                doc.drawContents(painter)
                painter.restore()
        finally:
            painter.end()


@dataclass(frozen=True)
class SleutelbriefInfo:
    owner: str
    bundle_name: str
    expected_return: dt.date | None = None
    passphrase: str | None = None  # only when she chose to put it on the letter


def sleutelbrief_html(info: SleutelbriefInfo) -> str:
    back = (
        f"<p>{_e(info.owner)} verwacht terug te zijn op "
        f"<b>{format_date(info.expected_return.isoformat())}</b>.</p>"
        if info.expected_return
        else ""
    )
    if info.passphrase:
        secret = (
            "<p>Het wachtwoord van het pakket is:</p>"
            f"<p class='key'>{_e(info.passphrase)}</p>"
            "<p>Bewaar deze brief daarom goed, net als een pinpas.</p>"
        )
    else:
        secret = (
            f"<p>Het wachtwoord staat <b>niet</b> op deze brief. U krijgt het van "
            f"{_e(info.owner)} op een andere manier, bijvoorbeeld door de telefoon.</p>"
        )
    return (
        f"<h1>Sleutelbrief: de overdracht van {_e(info.owner)}</h1>"
        f"<p>U neemt het werk als dorpsondersteuner tijdelijk over. {_e(info.owner)} heeft alles "
        f"wat u nodig hebt in één versleuteld pakket gezet: <b>{_e(info.bundle_name)}</b>.</p>"
        f"{back}<h2>Het wachtwoord</h2>{secret}"
        "<h2>Zo opent u het pakket</h2><ol>"
        "<li>Zet het pakket op uw eigen laptop (bijvoorbeeld van een USB-stick).</li>"
        "<li>Start Dorpsboek en kies <b>Overdracht openen</b>.</li>"
        "<li>Kies het pakket en typ het wachtwoord van het pakket.</li>"
        "<li>Kies een <b>eigen, nieuw wachtwoord</b> voor uw boek. Dat wachtwoord kent "
        "alleen u.</li>"
        "<li>Lees eerst de <b>overdrachtsbrief</b>: daarin staat wie u snel moet bellen en "
        "wat er loopt.</li></ol>"
        "<h2>Als het werk terug gaat</h2>"
        "<p>Kies in Dorpsboek <b>Overdracht teruggeven</b>. Dan maakt Dorpsboek een "
        "terugpakket dat alleen het boek van "
        f"{_e(info.owner)} kan openen. Geef dat pakket terug en wis daarna uw boek.</p>"
        "<h2>Geen Dorpsboek bij de hand?</h2>"
        "<p>Het pakket is een gewoon age-bestand. Met het programma <i>age</i> en het "
        "wachtwoord kunt u het openen; daarin staat een ZIP-bestand met de brief en een "
        "overzicht (overzicht.html) dat u in elke browser kunt lezen.</p>"
        f"<p class='small'>Gemaakt op {format_date(dt.date.today().isoformat())}.</p>"
    )


def write_sleutelbrief(path: os.PathLike[str] | str, info: SleutelbriefInfo) -> None:
    write_pages(path, [sleutelbrief_html(info)])


@dataclass(frozen=True)
class NoodbladInfo:
    owner: str
    secret: str = ""  # the AGE-SECRET-KEY, when the key is not split
    shares: tuple[str, ...] = ()  # one SLIP-39 share per trustee, when split
    threshold: int = 0
    folder: str = ""


def _instructions(info: NoodbladInfo) -> str:
    where = (
        f"in de map <b>{_e(info.folder)}</b>"
        if info.folder
        else "in de map die zij daarvoor heeft gekozen"
    )
    return (
        "<h2>Wanneer mag deze envelop open?</h2>"
        f"<p>Alleen als {_e(info.owner)} plotseling en voor langere tijd niet kan werken, en "
        "een collega het werk moet overnemen. Spreek dat eerst met de klankbordgroep af. "
        "Bewaar het blad in een <b>dichte envelop</b> op een veilige plek.</p>"
        "<h2>Zo opent de vervanger het noodpakket</h2><ol>"
        f"<li>Het noodpakket heet <b>dorpsboek-noodpakket.age</b> en staat {where}.</li>"
        "<li>Start Dorpsboek op de laptop van de vervanger en kies <b>Noodpakket openen</b>.</li>"
        "<li>Typ de sleutel hieronder over. Een tikfout merkt Dorpsboek zelf op.</li>"
        "<li>De vervanger kiest een eigen, nieuw wachtwoord en leest eerst de "
        "overdrachtsbrief.</li></ol>"
    )


def _test_log() -> str:
    """Lines to write the drill dates on: the sheet is printed once (the key is shown only
    then), so the dates of later tests are written here by hand, as Dorpsboek asks."""
    rows = "".join("<tr><td>&nbsp;</td><td>&nbsp;</td></tr>" for _ in range(4))
    return (
        "<h2>Getest met deze sleutel</h2><p class='small'>Na elke test in Dorpsboek "
        "(Overdracht, Noodpakket testen) schrijft u hier de datum op.</p>"
        f"<table><tr><th>Datum</th><th>Door</th></tr>{rows}</table>"
    )


def noodblad_pages(info: NoodbladInfo) -> list[str]:
    head = f"<h1>Noodblad: het dorpsboek van {_e(info.owner)}</h1>"
    made = (
        f"<p class='small'>Gemaakt op {format_date(dt.date.today().isoformat())}.</p>" + _test_log()
    )
    if not info.shares:
        key = "".join(f"{_e(part)}<br>" for part in _chunks(info.secret, 26))
        return [
            head
            + _instructions(info)
            + "<h2>De sleutel</h2><p class='key'>"
            + key
            + "</p><p>Wie deze sleutel heeft, kan het noodpakket openen. Maak er geen kopie "
            "of foto van.</p>" + made
        ]
    pages = []
    total = len(info.shares)
    for number, share in enumerate(info.shares, start=1):
        words = share.split()
        lines = "".join(f"{_e(' '.join(words[i : i + 6]))}<br>" for i in range(0, len(words), 6))
        pages.append(
            head + f"<p><b>Deel {number} van {total}.</b> Er zijn {info.threshold} delen van "
            f"verschillende vertrouwenspersonen nodig om het noodpakket te openen. Eén deel "
            "alleen opent niets.</p>"
            + _instructions(info).replace(
                "Typ de sleutel hieronder over", f"Typ de woorden van {info.threshold} delen over"
            )
            + "<h2>Uw woorden</h2><p class='key'>"
            + lines
            + "</p>"
            + made
        )
    return pages


def _chunks(text: str, size: int) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), size)]


def write_noodblad(path: os.PathLike[str] | str, info: NoodbladInfo) -> None:
    write_pages(path, noodblad_pages(info))
