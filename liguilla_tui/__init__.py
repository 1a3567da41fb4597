"""liguilla-tui: the Liga MX Liguilla in a terminal."""

__version__ = "0.1.0"
