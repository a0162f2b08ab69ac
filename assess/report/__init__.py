"""What the report says: its content (context, sections, charts), in one language, as data."""
