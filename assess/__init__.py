"""assess: internet-thinking maturity assessment toolkit."""

__version__ = "0.1.0"
