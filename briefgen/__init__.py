"""briefgen: turn a week of local-government news into a printable 通报-style briefing."""

__version__ = "0.1.0"
