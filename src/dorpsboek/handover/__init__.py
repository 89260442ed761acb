"""Handover bundles: export, open, return, merge and the emergency kit (Qt-free).

See docs/handover-format.md for the file format.
"""
