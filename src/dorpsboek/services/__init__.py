"""Application services: the operations a user performs, shared by the CLI and the desktop app."""
