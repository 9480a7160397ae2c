from alembic import context
from sqlalchemy import create_engine

import db.schema  # noqa: F401  (registers every table)
from db.base import Base

config = context.config


def _run(connection) -> None:
    context.configure(connection=connection, target_metadata=Base.metadata,
                      render_as_batch=True, compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is None:
    with create_engine(config.get_main_option("sqlalchemy.url")).begin() as conn:
        _run(conn)
else:
    _run(connection)
