"""Where the program keeps its files by default (the user's data folder, never beside itself)."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "ClientBase"


def data_dir() -> Path:
    return user_data_path(APP_NAME, appauthor=False, ensure_exists=False)


def default_database_path() -> Path:
    return data_dir() / "clientbase.sqlite"


def demo_database_path() -> Path:
    return data_dir() / "demo.sqlite"
