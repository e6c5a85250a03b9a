"""Three demo sentra as replicas, made once per run and only read by the tests (SQLite)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from sentra_desktop.services.agency.replicas import SentraReplica
from tests.agency_replicas import SENTRA, demo_file, plant_overlaps, replica


@pytest.fixture(scope="session")
def replicas(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[SentraReplica]]:
    """Sentra of seeds 11, 12, 13; the second silent since March, the third never heard from;
    overlaps planted in the first two."""
    folder = tmp_path_factory.mktemp("replicas")
    heard = (datetime(2026, 6, 20, 8, tzinfo=UTC), datetime(2026, 3, 20, 8, tzinfo=UTC), None)
    made = [
        replica(demo_file(folder, 11 + n), name, province, regency, heard[n], n)
        for n, (name, province, regency) in enumerate(SENTRA)
    ]
    plant_overlaps(made[0].database, made[1].database)
    yield made
    for r in made:
        r.database.dispose()
