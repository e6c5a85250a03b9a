"""The agency's actions: importing a sentra's packet into its replica, and reading the registry.

A packet is checked completely first (:func:`packet_file.read_packet`), then judged against the
registry: the first packet of a sentra must be full and registers its key; a later one must be
signed by that key and start where the last one ended (a gap is refused with the missing range
named; a sequence that went back means the sentra restored an older backup and must send a full
packet, which replaces the replica only once confirmed). The replica is written in one
transaction (a full packet into a new replica that takes the old one's place only when complete),
then the registry; the replica remembers how far it was merged, so a stop between the two is
made good on the next import.
"""

from __future__ import annotations

import hashlib
import logging
import os
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from sentra_desktop.core.errors import SentraError
from sentra_desktop.core.places import places
from sentra_desktop.db import agency_store, summaries, watchdog
from sentra_desktop.db.agency_models import AgencyPacket, AgencySentra
from sentra_desktop.db.migrate import known_revisions, upgrade_to_head
from sentra_desktop.db.types import utcnow
from sentra_desktop.services.agency import merge, registry, template
from sentra_desktop.services.agency.replicas import SentraReplica
from sentra_desktop.services.agency.store import Agency
from sentra_desktop.services.backup_files import fsync_folder
from sentra_desktop.services.base import Service
from sentra_desktop.services.packet.format import Packet, fingerprint, read_packet
from sentra_desktop.services.roles import KETUA, MENTOR

log = logging.getLogger("sentra.agency")

# Agency mode has no logins: the agency's operator acts (allowed everything, like a database
# without users). The roles say who would, should the agency's database ever get users: the
# agency's mentors and a head. The domain is not "agency": that is the aid's record kind.
ROLES: dict[str, tuple[str, ...]] = {
    "agency_office.preview": (KETUA, MENTOR),
    "agency_office.import_packet": (KETUA, MENTOR),
    "agency_office.replicas": (KETUA, MENTOR),
    "agency_office.registry": (KETUA, MENTOR),
}


@dataclass(frozen=True)
class PacketFacts:
    """What a checked packet is, and what importing it would do."""

    file_name: str
    sentra_uuid: str
    sentra_name: str
    key_fingerprint: str
    seq_from: int
    seq_to: int
    full: bool
    new_sentra: bool  # the first packet of this sentra: its key is registered on import
    replaces: bool  # a full packet for a registered sentra: its replica is replaced
    already: bool  # this very packet was imported before: nothing would be added


@dataclass(frozen=True)
class ImportResult:
    facts: PacketFacts
    result: str  # "registered", "merged", "replaced" or "already"
    inserted: int = 0
    replaced: int = 0
    deleted: int = 0


class AgencyService(Service, domain="agency_office"):
    """Packets in, replicas kept, the registry read."""

    def __init__(self, agency: Agency, clock: Callable[[], datetime] = utcnow) -> None:
        """``clock``: when a packet counts as received (the demo's quiet sentra was heard long ago)."""
        super().__init__(agency.db)
        self.agency = agency
        self.clock = clock

    def preview(self, path: Path) -> PacketFacts:
        """Check ``path`` and say what importing it would do; refusals are raised as on import."""
        return self._judge(read_packet(path), _digest(path))[0]

    def import_packet(self, path: Path, confirm_full_replace: bool = False) -> ImportResult:
        """Import one packet, all of it or nothing.

        Raises:
            SentraError: the packet is damaged, signed by another key, leaves a gap, went back,
                comes from a newer program, or would replace a replica without confirmation
                (``packet_replace_unconfirmed``).
        """
        packet = read_packet(path)
        sha = _digest(path)
        facts, sentra = self._judge(packet, sha)
        if facts.already:
            self._log(packet, sha, sentra, "already", 0)
            log.info("packet %s was imported before: nothing added", path.name)
            return ImportResult(facts, "already")
        if facts.replaces and not confirm_full_replace:
            raise SentraError("packet_replace_unconfirmed", name=facts.sentra_name)
        uuid_text = facts.sentra_uuid
        name = sentra.replica if sentra else agency_store.replica_name(_uuid(uuid_text), self.agency.url)
        if packet.manifest.get("full"):
            counts = self._build_replica(packet, name)
        else:
            counts = self._merge_into(packet, name)
        result = "registered" if sentra is None else "replaced" if facts.full else "merged"
        self._record(packet, sha, sentra, name, result, counts.changed)
        return ImportResult(
            facts,
            result,
            sum(counts.inserted.values()),
            sum(counts.replaced.values()),
            sum(counts.deleted.values()),
        )

    def replicas(self) -> list[SentraReplica]:
        """Every registered sentra with its replica opened for reading."""
        return registry.replicas(self.agency)

    def registry(self) -> list[registry.RegistryRow]:
        """The registered sentra, their last packets, and who has been quiet for three months."""
        return registry.rows(self.agency)

    # --- judging ----------------------------------------------------------------------------

    def _judge(self, packet: Packet, sha: str) -> tuple[PacketFacts, AgencySentra | None]:
        manifest = packet.manifest
        about = manifest.get("sentra", {})
        uuid_text = str(about.get("uuid", ""))
        seq_from, seq_to = int(manifest.get("seq_from", 0)), int(manifest.get("seq_to", 0))
        full = bool(manifest.get("full"))
        revision = str(manifest.get("schema_revision", ""))
        if revision not in known_revisions():
            raise SentraError("packet_schema_newer", revision=revision)
        with self.db.reading() as session:
            sentra = session.scalars(
                select(AgencySentra).where(AgencySentra.uuid == _uuid(uuid_text))
            ).first()
            seen = session.scalars(
                select(AgencyPacket.id).where(AgencyPacket.sha256 == sha, AgencyPacket.result != "already")
            ).first()
            session.expunge_all()
        if sentra is not None:
            self._recover(sentra)
        key = packet.public_key
        facts = PacketFacts(
            file_name=packet.path.name,
            sentra_uuid=uuid_text,
            sentra_name=str(about.get("name", "")),
            key_fingerprint=fingerprint(key),
            seq_from=seq_from,
            seq_to=seq_to,
            full=full,
            new_sentra=sentra is None,
            replaces=sentra is not None and full,
            already=sentra is not None and seen is not None,
        )
        if sentra is None:
            if not full:
                raise SentraError("packet_first_not_full", name=facts.sentra_name)
            return facts, None
        if bytes(sentra.public_key) != key:
            raise SentraError(
                "packet_wrong_key",
                name=sentra.name,
                known=sentra.key_fingerprint,
                given=facts.key_fingerprint,
            )
        if facts.already or full:
            return facts, sentra
        if seq_from > sentra.last_seq:
            raise SentraError(
                "packet_gap", name=sentra.name, first=str(sentra.last_seq + 1), last=str(seq_from)
            )
        if seq_from < sentra.last_seq or seq_to < sentra.last_seq:
            raise SentraError("packet_rollback", name=sentra.name, last=str(sentra.last_seq))
        return facts, sentra

    def _recover(self, sentra: AgencySentra) -> None:
        """A stop after a replica was written but before the registry was: the replica says how far."""
        engine = self.agency.replica_engine(sentra.replica)
        try:
            with engine.connect() as conn:
                seq = merge.replica_seq(conn)
        finally:
            engine.dispose()
        if seq is not None and seq > sentra.last_seq:
            log.warning(
                "replica of %s was merged up to %d, the registry said %d", sentra.name, seq, sentra.last_seq
            )
            with self.db.transaction() as session:
                row = session.get(AgencySentra, sentra.id)
                assert row is not None
                row.last_seq = seq
            sentra.last_seq = seq

    # --- writing ----------------------------------------------------------------------------

    def _build_replica(self, packet: Packet, name: str) -> merge.MergeCounts:
        """A full packet: a new replica filled completely, then put in the old one's place."""
        started = time.perf_counter()
        building = _building_name(name, self.agency.server)
        self._drop(building)
        if self.agency.server:  # behind only after a program update; another PC may be migrating it
            with agency_store.opening(self.agency.url):
                template.ensure_template(self.agency.url)
        seconds = {"template": time.perf_counter() - started}
        engine = self.agency.replica_engine(building, create=False)
        deferred: template.Deferred | None = None
        try:
            with watchdog.unbounded():
                if not self.agency.server:
                    upgrade_to_head(engine)
                with engine.begin() as conn:
                    if self.agency.server:  # made and cloned in this transaction (see .template)
                        conn.exec_driver_sql(f"CREATE SCHEMA {building}")
                        deferred = template.clone(conn, building)
                    seconds["schema"] = time.perf_counter() - started - sum(seconds.values())
                    counts = merge.merge(conn, packet, fresh=True, deferred=deferred)
                    merge.set_replica_seq(conn, int(packet.manifest.get("seq_to", 0)))
                    seconds.update(counts.seconds)
        except BaseException:
            engine.dispose()
            self._drop(building)
            raise
        engine.dispose()
        seconds["commit"] = time.perf_counter() - started - sum(seconds.values())
        if self.agency.server:
            agency_store.swap_replica_schema(self.agency.url, name)
        else:
            assert self.agency.replicas is not None
            for suffix in ("-wal", "-shm"):
                (self.agency.replicas / f"{name}{suffix}").unlink(missing_ok=True)
            os.replace(self.agency.replicas / building, self.agency.replicas / name)
            fsync_folder(self.agency.replicas)
        seconds["swap"] = time.perf_counter() - started - sum(seconds.values())
        dialect_after_load(self.agency, name)
        seconds["analyze"] = time.perf_counter() - started - sum(seconds.values())
        log.info("full packet phases: %s", ", ".join(f"{k} {v:.2f} s" for k, v in seconds.items()))
        return counts

    def _merge_into(self, packet: Packet, name: str) -> merge.MergeCounts:
        engine = self.agency.replica_engine(name)
        try:
            with watchdog.unbounded():
                upgrade_to_head(engine)  # a replica made by an older program
                with engine.begin() as conn:
                    counts = merge.merge(conn, packet, fresh=False)
                    merge.set_replica_seq(conn, int(packet.manifest.get("seq_to", 0)))
        finally:
            engine.dispose()
        return counts

    def _drop(self, name: str) -> None:
        if self.agency.server:
            agency_store.drop_replica_schema(self.agency.url, name)
            return
        assert self.agency.replicas is not None
        for suffix in ("", "-wal", "-shm", "-journal"):
            (self.agency.replicas / f"{name}{suffix}").unlink(missing_ok=True)

    def _record(
        self, packet: Packet, sha: str, sentra: AgencySentra | None, name: str, result: str, rows: int
    ) -> None:
        manifest = packet.manifest
        about = manifest.get("sentra", {})
        region = places().match_regency(str(about.get("city", "")), str(about.get("province", "")))
        with self.db.transaction() as session:
            row = session.get(AgencySentra, sentra.id) if sentra is not None else None
            if row is None:
                row = AgencySentra(
                    uuid=_uuid(str(about.get("uuid", ""))),
                    public_key=packet.public_key,
                    key_fingerprint=fingerprint(packet.public_key),
                    replica=name,
                    registered_at=self.clock(),
                )
                session.add(row)
            row.name = str(about.get("name", "")) or row.name or "?"
            row.address = str(about.get("address", ""))
            row.city = str(about.get("city", ""))
            row.province = str(about.get("province", ""))
            row.regency_code = str(about.get("regency_code") or (region.code if region else ""))
            row.province_code = str(about.get("province_code") or (region.province_code if region else ""))
            row.last_seq = int(manifest.get("seq_to", 0))
            row.schema_revision = str(manifest.get("schema_revision", ""))
            row.last_packet_at = self.clock()
            session.flush()
            session.add(self._entry(packet, sha, row.id, result, rows))

    def _log(self, packet: Packet, sha: str, sentra: AgencySentra | None, result: str, rows: int) -> None:
        with self.db.transaction() as session:
            session.add(self._entry(packet, sha, sentra.id if sentra else None, result, rows))

    def _entry(self, packet: Packet, sha: str, sentra_id: int | None, result: str, rows: int) -> AgencyPacket:
        manifest = packet.manifest
        return AgencyPacket(
            sentra_id=sentra_id,
            file_name=packet.path.name,
            sha256=sha,
            seq_from=int(manifest.get("seq_from", 0)),
            seq_to=int(manifest.get("seq_to", 0)),
            full=bool(manifest.get("full")),
            rows=rows,
            imported_at=self.clock(),
            imported_by=self.db.actor.name,
            result=result,
        )


def _uuid(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text)
    except ValueError as exc:
        raise SentraError("packet_not_packet", file=text) from exc


def _digest(path: Path) -> str:
    """The whole file's SHA-256: the same packet given twice is known by it."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while block := stream.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def _building_name(name: str, server: bool) -> str:
    return f"{name}{agency_store.NEW_SUFFIX}" if server else f"{name}.new"


LEFT_TO_AUTOVACUUM = frozenset({"stock_movement"})


def dialect_after_load(agency: Agency, name: str) -> None:
    """Planner statistics for a replica filled at once (PostgreSQL): ``ANALYZE`` of its own tables
    only, not a ``VACUUM`` of the whole server database with every other sentra's replica in it.
    The stock ledger (three quarters of a packet's rows, 0.3-0.5 s of statistics) is left to the
    server's autovacuum, which analyzes a table that many rows were written to within a minute:
    the agency's views read the stock balances and summaries, never the ledger."""
    if not agency.server:
        return
    engine = agency.replica_engine(name)
    try:
        with watchdog.unbounded(), engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            for table in merge.tables():
                # The summaries' sources were analysed inside the load, before their sums
                # (summaries.rebuild); those statistics were committed with the rows.
                if table not in LEFT_TO_AUTOVACUUM and table not in summaries.SOURCES:
                    conn.exec_driver_sql(f"ANALYZE {table}")
    finally:
        engine.dispose()
