"""WeasyPrint tuning: speed-ups that reach into the internals of one pinned WeasyPrint version."""
