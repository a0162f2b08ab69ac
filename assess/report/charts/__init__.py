"""Charts as inline SVG strings, generated in Python (no matplotlib, no JavaScript)."""
