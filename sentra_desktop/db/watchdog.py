"""A deadline for every interactive call on a database server: a lost server is a message, not a hang.

Keepalives and ``tcp_user_timeout`` do not do it: a server that is paused (SIGSTOP), or a host
that still answers TCP but whose PostgreSQL does not, left a psycopg call waiting for as long as
the kernel kept the connection, 25 s and more. So every statement, commit, rollback and the pool's
ping gets a deadline enforced here, on the client:

1. after :data:`DEADLINE_S` the query is cancelled (psycopg's ``cancel_safe``, a separate
   connection asking the server to stop it); a live but busy server stops it and the call
   fails at once;
2. if the call still has not returned :data:`DROP_AFTER_S` later (the server does not answer the
   cancel either), the connection's socket is shut down under it. The call then fails as a
   broken connection, which SQLAlchemy invalidates and the program shows as
   :class:`~sentra_desktop.core.errors.DatabaseUnavailable`; the pool opens new connections
   once the server is back.

The server also gets ``statement_timeout`` (:data:`STATEMENT_TIMEOUT_MS`), so a query whose client
went away does not run on for ever, and new connections give up after :data:`CONNECT_TIMEOUT_S`.

Long jobs (migrate-data, backups of a server, VACUUM, index builds in migrations, large imports)
run inside :func:`unbounded`: no client deadline and no statement timeout for the calls made by
that thread; they show progress instead. SQLite files never get a deadline (a local file does
not vanish; a locked one has its own busy timeout).
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, event

log = logging.getLogger("sentra.db")

DEADLINE_S = 5.0  # an interactive call longer than this is cancelled
DROP_AFTER_S = 2.0  # ... and its connection dropped when the cancel is not answered either
STATEMENT_TIMEOUT_MS = 6_000  # the server's own limit, a little above the client's
CONNECT_TIMEOUT_S = 2  # a paused server accepts TCP but never answers the startup (libpq: at least 2)

_local = threading.local()


@contextmanager
def unbounded() -> Iterator[None]:
    """Calls made by this thread inside are long jobs: no deadline, no statement timeout.

    Usable as a decorator too (``@unbounded()``).
    """
    _local.depth = getattr(_local, "depth", 0) + 1
    try:
        yield
    finally:
        _local.depth -= 1


def is_unbounded() -> bool:
    """True inside :func:`unbounded` in this thread."""
    return getattr(_local, "depth", 0) > 0


class Watchdog:
    """One thread watching the deadlines of every armed connection (at most one call each)."""

    def __init__(self, deadline_s: float = DEADLINE_S, drop_after_s: float = DROP_AFTER_S) -> None:
        self.deadline_s = deadline_s
        self.drop_after_s = drop_after_s
        self._cond = threading.Condition()
        self._armed: dict[int, tuple[float, Any, bool]] = {}  # id -> (when, connection, cancelled)
        self._thread: threading.Thread | None = None
        self.fired = 0  # deadlines that ran out (cancel sent), for tests and the log

    def arm(self, connection: Any) -> None:
        """Start the clock for one call on ``connection`` (a psycopg connection)."""
        if is_unbounded():
            return
        with self._cond:
            self._armed[id(connection)] = (time.monotonic() + self.deadline_s, connection, False)
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._watch, name="sentra-db-watchdog", daemon=True)
                self._thread.start()
            self._cond.notify()

    def disarm(self, connection: Any) -> None:
        """The call on ``connection`` returned (or failed): stop its clock."""
        with self._cond:
            self._armed.pop(id(connection), None)

    def _watch(self) -> None:
        while True:
            to_cancel: list[Any] = []
            to_drop: list[Any] = []
            with self._cond:
                now = time.monotonic()
                for key, (when, connection, cancelled) in list(self._armed.items()):
                    if when > now:
                        continue
                    if not cancelled:
                        self._armed[key] = (now + self.drop_after_s, connection, True)
                        to_cancel.append(connection)
                    else:
                        del self._armed[key]
                        to_drop.append(connection)
                if not to_cancel and not to_drop:
                    nearest = min((when for when, _, _ in self._armed.values()), default=None)
                    self._cond.wait(None if nearest is None else max(nearest - now, 0.01))
                    continue
            for connection in to_cancel:
                self.fired += 1
                log.warning("database call over %.0f s: cancelling it", self.deadline_s)
                threading.Thread(target=_cancel, args=(connection, self.drop_after_s), daemon=True).start()
            for connection in to_drop:
                log.warning("database server does not answer: dropping the connection")
                drop(connection)


def _cancel(connection: Any, timeout: float) -> None:
    try:
        connection.cancel_safe(timeout=timeout)
    except Exception as exc:  # the server may not answer this either; the drop follows
        log.info("cancel not delivered: %s", exc)


def drop(connection: Any) -> None:
    """Shut the socket of ``connection`` down, so a call waiting on it fails at once."""
    try:
        fd = connection.pgconn.socket
        with socket.socket(fileno=os.dup(fd)) as sock:
            sock.shutdown(socket.SHUT_RDWR)
    except (OSError, ValueError, AttributeError) as exc:  # already closed
        log.info("connection already closed: %s", exc)


WATCHDOG = Watchdog()


def install(engine: Engine, watchdog: Watchdog = WATCHDOG) -> None:
    """Give every call on ``engine`` (a PostgreSQL engine) a deadline and a statement timeout."""
    if engine.dialect.name != "postgresql":
        return

    @event.listens_for(engine, "do_connect")
    def _connect(_dialect: Any, _record: Any, _cargs: Any, cparams: dict[str, Any]) -> None:
        cparams["connect_timeout"] = min(
            int(cparams.get("connect_timeout") or CONNECT_TIMEOUT_S), CONNECT_TIMEOUT_S
        )
        cparams["options"] = (
            f"{cparams.get('options', '')} -c statement_timeout={STATEMENT_TIMEOUT_MS}".strip()
        )

    @event.listens_for(engine, "connect")
    def _guard(dbapi_connection: Any, record: Any) -> None:
        record.info["statement_timeout"] = STATEMENT_TIMEOUT_MS
        for name in ("commit", "rollback", "execute"):  # execute: the pool's ping
            setattr(
                dbapi_connection, name, _guarded(watchdog, dbapi_connection, getattr(dbapi_connection, name))
            )

    @event.listens_for(engine, "before_cursor_execute")
    def _before(conn: Any, cursor: Any, _statement: Any, _params: Any, _context: Any, _many: Any) -> None:
        dbapi_connection = conn.connection.dbapi_connection
        info = conn.connection.info
        watchdog.arm(dbapi_connection)
        wanted = 0 if is_unbounded() else STATEMENT_TIMEOUT_MS
        if info.get("statement_timeout") != wanted:
            cursor.execute(f"SET statement_timeout = {wanted}")
            info["statement_timeout"] = wanted

    @event.listens_for(engine, "after_cursor_execute")
    def _after(conn: Any, _cursor: Any, _statement: Any, _params: Any, _context: Any, _many: Any) -> None:
        watchdog.disarm(conn.connection.dbapi_connection)

    @event.listens_for(engine, "handle_error")
    def _failed(context: Any) -> None:
        dbapi_connection = getattr(context.connection, "connection", None)
        if dbapi_connection is not None:
            watchdog.disarm(getattr(dbapi_connection, "dbapi_connection", None))

    @event.listens_for(engine, "rollback")
    def _rolled_back(conn: Any) -> None:
        # A SET inside a transaction is undone with it: look again before the next statement.
        if conn.invalidated:
            return  # a dropped connection: the pool replaces it with a fresh one
        info = conn.connection.info
        if info.get("statement_timeout") != STATEMENT_TIMEOUT_MS:
            info["statement_timeout"] = None


def _guarded(watchdog: Watchdog, connection: Any, call: Any) -> Any:
    def guarded(*args: Any, **kwargs: Any) -> Any:
        watchdog.arm(connection)
        try:
            return call(*args, **kwargs)
        finally:
            watchdog.disarm(connection)

    guarded.__name__ = getattr(call, "__name__", "guarded")
    return guarded
