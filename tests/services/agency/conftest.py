"""Three demo sentra as replicas, made once per run and only read by the tests (SQLite)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from sentra_desktop.services.agency.replicas import SentraReplica
from tests.agency_replicas import demo_replicas


@pytest.fixture(scope="session")
def replicas(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[SentraReplica]]:
    """Sentra of seeds 11, 12, 13; the second silent since March, the third never heard from."""
    heard = (datetime(2026, 6, 20, 8, tzinfo=UTC), datetime(2026, 3, 20, 8, tzinfo=UTC), None)
    made = demo_replicas(tmp_path_factory.mktemp("replicas"), heard)
    yield made
    for r in made:
        r.database.dispose()
