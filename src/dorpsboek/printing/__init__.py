"""Printing and PDF output made with Qt (QPdfWriter, QTextDocument); front ends call it."""
