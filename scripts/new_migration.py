"""Write a new Alembic migration by comparing the tables with a database at head.

    .venv/bin/python scripts/new_migration.py "add swap history"

Revision ids are the next number plus a slug; storage/schema.py relies on that order.
Read the generated file before you commit it: autogenerate is a draft, not a decision.
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

from alembic import command
from alembic.config import Config

from welcome_point.storage import schema
from welcome_point.storage.engine import create_sqlite_engine


def main(message: str) -> None:
    revisions = schema.known_revisions()
    number = int(revisions[-1].split("_")[0]) + 1 if revisions else 1
    slug = re.sub(r"[^a-z0-9]+", "_", message.lower()).strip("_")[:40]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "draft.sqlite3"
        if revisions:
            schema.run_alembic(path, "upgrade", "head")
        engine = create_sqlite_engine(path)
        config = Config()
        config.set_main_option("script_location", str(schema.MIGRATIONS_DIR))
        config.set_main_option("file_template", "%%(rev)s")
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.revision(config, message=message, autogenerate=True,
                             rev_id=f"{number:04d}_{slug}")
        engine.dispose()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "change")
