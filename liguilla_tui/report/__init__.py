"""Resolved Liguilla to words and documents: shared by the CLI and the app, no textual."""
