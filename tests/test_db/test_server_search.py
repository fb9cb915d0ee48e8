"""On PostgreSQL the search is an index search too: pg_trgm, behind the same function."""

import pytest
from sqlalchemy import text

from clientbase.services.client_query import ClientQuery, find_client_ids
from clientbase.services.workspace import Workspace
from tests.conftest import person


def test_search_on_the_server_reads_the_trigram_index(workspace: Workspace) -> None:
    if workspace.db.engine.dialect.name != "postgresql":
        pytest.skip("SQLite searches through FTS5 (tests/test_services/test_client_query.py)")
    workspace.clients.create(person("Пётрова", "Алёна", phones=("8 916 123-45-67",)))
    workspace.clients.create(person("Иванов", "Иван"))
    assert len(find_client_ids(workspace.db, ClientQuery(search="ПЕТРОВА"))) == 1
    assert len(find_client_ids(workspace.db, ClientQuery(search="916 123"))) == 1

    # The condition the search adds (text_search.apply_search) is a LIKE on search_text,
    # which the trigram index answers; with two rows the planner would read the table.
    with workspace.db.engine.connect() as connection:
        connection.execute(text("SET enable_seqscan = off"))
        plan = "\n".join(
            row[0]
            for row in connection.execute(
                text("EXPLAIN SELECT id FROM client WHERE search_text LIKE :term"),
                {"term": "%петрова%"},
            )
        )
    assert "ix_client_search_trgm" in plan
