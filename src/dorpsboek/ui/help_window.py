"""Help (F1): the Dutch user manual, rendered in the app from docs/handleiding.md."""

from __future__ import annotations

import markdown
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from dorpsboek.ui.markdown_view import MarkdownView, _SafeExtension
from dorpsboek.ui.resources import docs_dir


def manual_html() -> str:
    """The manual as HTML, through the same defanging as notes (no remote images, no raw HTML)."""
    try:
        text = (docs_dir() / "handleiding.md").read_text(encoding="utf-8")
    except OSError:
        return ""
    md = markdown.Markdown(extensions=[_SafeExtension(), "tables", "sane_lists"])
    return str(md.convert(text))


class HelpWindow(QDialog):
    """A plain reading window; the manual is the same text as the one in the repository."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Dorpsboek: handleiding"))
        self.resize(760, 640)
        self.view = MarkdownView(self)
        self.view.setAccessibleName(self.tr("Handleiding"))
        body = manual_html() or self.tr("De handleiding is niet gevonden.")
        self.view.set_notes_html(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
