"""Printing and PDF output made with Qt (QPdfWriter, QTextDocument); front ends call it."""

from dorpsboek.qt_refcount import protect_singletons

# The command line prints PDFs without the desktop app: the same PySide6 6.12 guard as
# dorpsboek.ui, before any Qt call here (see qt_refcount.py).
protect_singletons()
