"""The desktop app (PySide6 Qt Widgets): a front end over dorpsboek.services, never over SQL."""
