"""Sentra Desktop: record keeping for a small-industry production centre."""

__version__ = "0.1.0"
APP_NAME = "Sentra Desktop"
APP_ID = "sentra-desktop"
