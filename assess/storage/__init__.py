"""Engagement workspaces: one SQLite file per engagement (see ``workspace.py``)."""

from assess.storage.schema import APPLICATION_ID, MIGRATIONS, schema_version
from assess.storage.workspace import Workspace

__all__ = ["APPLICATION_ID", "MIGRATIONS", "Workspace", "schema_version"]
