"""lektorat: a copy desk for machine-translated German news."""

__version__ = "0.1.0"
