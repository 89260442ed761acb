"""Parts of the Signalen en verhalen screen (ui/screens/signals.py)."""
