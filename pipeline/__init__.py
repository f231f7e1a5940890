"""minutes: consented meeting recordings -> draft formal minutes for review."""

__version__ = "0.1.0"
