"""Dorpsboek: an offline, encrypted casebook for a Dutch village supporter."""

__version__ = "0.1.0"
