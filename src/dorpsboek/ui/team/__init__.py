"""Samenwerken: the team box on Overdracht and the dialog for conflicts between members."""
