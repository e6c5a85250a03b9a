"""A server that stops answering: a plain message within 10 s, and work again once it is back.

The test's own PostgreSQL server is paused with SIGSTOP (the host still accepts TCP, nothing
answers) or its port is dropped by a proxy that stops forwarding; then it is let go again.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from sentra_desktop.core.errors import DatabaseUnavailable
from sentra_desktop.core.messages import describe
from sentra_desktop.db import watchdog
from sentra_desktop.services.audit_log import AuditLogService
from sentra_desktop.services.database import Database
from sentra_desktop.services.listing import ListQuery
from tests import pg

ON_SERVER = pytest.mark.parametrize("db_engine", ["postgresql"], indirect=True)


def _postmaster(cluster: pg.Cluster) -> int:
    return int((Path(cluster.data) / "postmaster.pid").read_text().split()[0])


@pytest.fixture
def paused(pg_cluster: pg.Cluster) -> Iterator[list[int]]:
    """Pause the server (postmaster and every backend) on demand; always let it go after."""
    stopped: list[int] = []
    yield stopped
    for pid in stopped:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGCONT)


def _pause(cluster: pg.Cluster, stopped: list[int]) -> None:
    parent = _postmaster(cluster)
    children = [int(p) for p in Path(f"/proc/{parent}/task/{parent}/children").read_text().split()]
    for pid in [parent, *children]:
        os.kill(pid, signal.SIGSTOP)
        stopped.append(pid)


def _resume(stopped: list[int]) -> None:
    for pid in stopped:
        os.kill(pid, signal.SIGCONT)
    stopped.clear()


def _timed_failure(call) -> tuple[float, DatabaseUnavailable]:  # type: ignore[no-untyped-def]
    start = time.monotonic()
    with pytest.raises(DatabaseUnavailable) as caught:
        call()
    return time.monotonic() - start, caught.value


@ON_SERVER
def test_paused_server_is_a_message_within_ten_seconds_then_recovers(
    db: Database, pg_cluster: pg.Cluster, paused: list[int]
) -> None:
    audit = AuditLogService(db)
    assert audit.count(ListQuery()) >= 0
    _pause(pg_cluster, paused)
    took, error = _timed_failure(lambda: audit.count(ListQuery()))
    assert took < 10, took
    assert describe(error).startswith("The database server cannot be reached")
    took, _ = _timed_failure(lambda: audit.count(ListQuery()))  # a new connection does not hang either
    assert took < 10, took
    _resume(paused)
    assert audit.count(ListQuery()) >= 0  # the same Database works again


@ON_SERVER
def test_long_jobs_have_no_deadline_and_a_busy_query_is_cancelled(db: Database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(watchdog.WATCHDOG, "deadline_s", 0.5)
    with watchdog.unbounded(), db.engine.connect() as conn:
        assert (
            conn.execute(text("SELECT pg_sleep(1.2), current_setting('statement_timeout')")).one()[1] == "0"
        )
    start = time.monotonic()
    with pytest.raises(DatabaseUnavailable), db.reading() as session:
        session.execute(text("SELECT pg_sleep(30)"))
    assert time.monotonic() - start < 3  # cancelled by the client: the server answered the cancel
    with db.engine.connect() as conn:  # back to the interactive limit after a long job
        assert (
            conn.execute(text("SHOW statement_timeout")).scalar()
            == f"{watchdog.STATEMENT_TIMEOUT_MS // 1000}s"
        )


class _Proxy:
    """A TCP proxy in front of the server whose forwarding can be cut (a dropped port)."""

    def __init__(self, port: int) -> None:
        self.target = port
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.cut = threading.Event()
        self.sockets: list[socket.socket] = [self.listener]
        threading.Thread(target=self._accept, daemon=True).start()

    def close(self) -> None:
        for sock in self.sockets:
            sock.close()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            self.sockets.append(client)
            if self.cut.is_set():
                continue  # accepted by the kernel, never answered: a black hole
            server = socket.create_connection(("127.0.0.1", self.target))
            self.sockets.append(server)
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    def _pipe(self, source: socket.socket, target: socket.socket) -> None:
        while True:
            try:
                data = source.recv(65536)
            except OSError:
                return
            while self.cut.is_set():
                time.sleep(0.05)  # swallow: nothing goes through while the port is dropped
            if not data:
                return
            try:
                target.sendall(data)
            except OSError:
                return


def test_dropped_port_is_a_message_within_ten_seconds_then_recovers(pg_url: str) -> None:
    cluster_port = int(pg_url.split(":")[-1].split("/")[0])
    proxy = _Proxy(cluster_port)
    db = Database.open(pg_url.replace(f":{cluster_port}/", f":{proxy.port}/"))
    try:
        audit = AuditLogService(db)
        assert audit.count(ListQuery()) >= 0
        proxy.cut.set()
        took, _ = _timed_failure(lambda: audit.count(ListQuery()))
        assert took < 10, took
        took, _ = _timed_failure(lambda: audit.count(ListQuery()))
        assert took < 10, took
        proxy.cut.clear()
        assert audit.count(ListQuery()) >= 0
    finally:
        db.dispose()
        proxy.close()


@ON_SERVER
def test_the_pools_ping_of_an_idle_connection_has_a_deadline_too(
    db: Database, pg_cluster: pg.Cluster, paused: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """After 30 s idle the pool pings before handing a connection out: that ping must not hang."""
    from sentra_desktop.db import engine

    audit = AuditLogService(db)
    assert audit.count(ListQuery()) >= 0
    monkeypatch.setattr(engine, "PING_AFTER_IDLE_S", 0.0)  # every checkout pings
    _pause(pg_cluster, paused)
    took, _ = _timed_failure(lambda: audit.count(ListQuery()))
    assert took < 10, took
    _resume(paused)
    assert audit.count(ListQuery()) >= 0
