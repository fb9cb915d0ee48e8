"""ClientBase: an offline client base for a small shop."""

__version__ = "0.1.0"
