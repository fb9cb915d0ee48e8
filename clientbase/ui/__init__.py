"""Qt widgets, models and dialogs. Everything below this package is Qt-free."""
