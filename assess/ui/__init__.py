"""The terminal app (Textual): a thin shell over the core. Only this package imports textual."""
