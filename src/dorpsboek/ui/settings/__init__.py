"""Instellingen: the settings dialog and its folder choices."""
