"""Fictional demo and benchmark data: an invented Dutch village, reproducible by seed."""
