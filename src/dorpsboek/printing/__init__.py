"""Printing and PDF output made with Qt (QPdfWriter, QTextDocument); front ends call it."""

from dorpsboek.ui.qt_refcount import protect_none

# The command line prints PDFs without the desktop app: the same PySide6 6.12 guard as
# dorpsboek.ui, before any Qt call here (see ui/qt_refcount.py).
protect_none()
