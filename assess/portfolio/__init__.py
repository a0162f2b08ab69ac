"""A consulting firm's private benchmark: anonymized summaries of its engagements, kept in one
SQLite file or on a shared PostgreSQL server, and an engagement placed against its peers."""
