"""Backups: automatic backups, restoring one, and the rescue window for a damaged book."""
