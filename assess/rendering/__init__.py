"""The rendering engine: report content (``assess.report``) to HTML, PDF and JSON files."""
