"""The first-run guide: a few short pages before the welcome screen, shown once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget, QWizard, QWizardPage

from dorpsboek.ui.resources import icon_path


def _page(title: str, paragraphs: list[str]) -> QWizardPage:
    page = QWizardPage()
    page.setTitle(title)
    layout = QVBoxLayout(page)
    for text in paragraphs:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(label)
    layout.addStretch(1)
    return page


class FirstRunGuide(QWizard):
    """What Dorpsboek is, passphrases, the emergency kit, backups, and the demo book."""

    def __init__(self, backup_hint: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Dorpsboek: eerste keer"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Volgende"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("Vorige"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Beginnen"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Overslaan"))
        self.setMinimumSize(560, 420)
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, QPixmap(str(icon_path(64))))
        where = str(backup_hint) if backup_hint else self.tr("een map naast uw boek")
        pages = [
            _page(
                self.tr("Welkom bij Dorpsboek"),
                [
                    self.tr(
                        "Dorpsboek is uw notitieboek als dorpsondersteuner. U schrijft kort op "
                        "wie u hebt gesproken, wat er gevraagd is en wat er nog moet gebeuren."
                    ),
                    self.tr(
                        "Alles staat alleen op deze laptop, versleuteld. Dorpsboek gebruikt "
                        "nooit internet."
                    ),
                ],
            ),
            _page(
                self.tr("Een goed wachtwoord"),
                [
                    self.tr(
                        "Uw boek gaat op slot met een wachtwoord. Kies een zin van vier of meer "
                        "gewone woorden, bijvoorbeeld <i>fiets kaas molen regen</i>. Dat is "
                        "makkelijk te onthouden en moeilijk te raden."
                    ),
                    self.tr(
                        "<b>Bent u het wachtwoord kwijt, dan kan niemand het boek nog openen.</b> "
                        "Ook wij niet. Schrijf het op en bewaar het op een veilige plek."
                    ),
                ],
            ),
            _page(
                self.tr("Als u onverwacht uitvalt"),
                [
                    self.tr(
                        "Met een noodset kan een collega uw werk overnemen als u ziek wordt. "
                        "Dorpsboek maakt dan zelf steeds een versleuteld pakket, bijvoorbeeld "
                        "op een USB-stick."
                    ),
                    self.tr(
                        "De sleutel staat op een noodblad dat u in een dichte envelop geeft aan "
                        "iemand van de klankbordgroep. U kunt de noodset nu of later maken, "
                        "onder <b>Overdracht</b>."
                    ),
                ],
            ),
            _page(
                self.tr("Reservekopieën"),
                [
                    self.tr(
                        "Dorpsboek maakt zelf elke dag een versleutelde reservekopie als u het "
                        "boek sluit. Die staan in: %1"
                    ).replace("%1", where),
                    self.tr(
                        "Gaat er iets mis met het boek, dan biedt Dorpsboek de nieuwste goede "
                        "kopie aan. Het beschadigde boek blijft bewaard."
                    ),
                ],
            ),
            _page(
                self.tr("Eerst even proberen?"),
                [
                    self.tr(
                        "Met het <b>demoboek</b> kunt u rustig rondkijken. Alle namen daarin "
                        "zijn verzonnen, en er is geen wachtwoord nodig."
                    ),
                    self.tr(
                        "Klaar om te beginnen? Maak daarna een nieuw boek, of open een "
                        "overdrachtspakket van een collega."
                    ),
                ],
            ),
        ]
        for page in pages:
            self.addPage(page)
