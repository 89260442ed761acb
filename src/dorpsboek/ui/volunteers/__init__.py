"""Volunteers: the form, the availability grid and matching a help request."""
