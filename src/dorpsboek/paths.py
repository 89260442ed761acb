"""Where things live by default: the per-user data folder of each platform."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_config_dir, user_data_dir

APP = "Dorpsboek"


def data_dir() -> Path:
    return Path(user_data_dir(APP, appauthor=False))


def config_dir() -> Path:
    return Path(user_config_dir(APP, appauthor=False))


def default_book() -> Path:
    return data_dir() / "dorpsboek.db"
