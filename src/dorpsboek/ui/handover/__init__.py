"""Handover windows: export wizard, opening a package, merge, retire, the banner."""
