"""Where the records live: this PC's SQLite file or a PostgreSQL server, and the server's password.

The server's address (host, port, database, user) is an ordinary setting; its password is never
written to a settings file. It goes to the system's keyring (Windows Credential Manager, the
desktop's secret service) through the ``keyring`` package; where no keyring exists (a headless
Linux PC) the program asks for it at start and keeps it in memory only.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

from sqlalchemy.engine import URL, make_url

log = logging.getLogger("sentra.services")

KEYRING_SERVICE = "sentra-desktop"
DEFAULT_PORT = 5432
DRIVER = "postgresql+psycopg"
# libpq's sslmode values, weakest first. "" leaves libpq's default (prefer: encrypt when the
# server offers it, unverified). verify-full checks the server's certificate against a CA file
# and its host name: the one mode that stops another PC on the LAN posing as the server.
SSL_MODES = ("", "disable", "allow", "prefer", "require", "verify-ca", "verify-full")


@dataclass(frozen=True)
class ServerAddress:
    """A PostgreSQL server database, without its password; ``sslmode`` and the CA file
    (``sslrootcert``) say how the link is secured."""

    host: str
    port: int = DEFAULT_PORT
    database: str = "sentra"
    user: str = "sentra"
    sslmode: str = ""
    sslrootcert: str = ""

    def __post_init__(self) -> None:
        if self.sslmode not in SSL_MODES:
            raise ValueError(f"unknown sslmode {self.sslmode!r}")

    @property
    def key(self) -> str:
        """The name the password is stored under in the keyring."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def url(self, password: str | None = None) -> str:
        """The SQLAlchemy URL, with ``password`` when given (never logged: see :func:`safe_url`)."""
        query = {"sslmode": self.sslmode} if self.sslmode else {}
        if self.sslrootcert and self.sslmode:
            query["sslrootcert"] = self.sslrootcert
        return URL.create(
            DRIVER,
            username=self.user,
            password=password or None,
            host=self.host,
            port=self.port,
            database=self.database,
            query=query,
        ).render_as_string(hide_password=False)

    @classmethod
    def from_url(cls, url: str) -> ServerAddress | None:
        """The address in a PostgreSQL URL; None for any other URL."""
        parsed = make_url(url)
        if parsed.get_backend_name() != "postgresql":
            return None
        query = parsed.query
        return cls(
            parsed.host or "localhost",
            parsed.port or DEFAULT_PORT,
            parsed.database or "",
            parsed.username or "",
            str(query.get("sslmode", "")),
            str(query.get("sslrootcert", "")),
        )


def is_server_url(url: str) -> bool:
    return make_url(url).get_backend_name() == "postgresql"


def safe_url(url: str) -> str:
    """``url`` with any password masked, for messages and logs."""
    return make_url(url).render_as_string(hide_password=True)


def has_password(url: str) -> bool:
    return make_url(url).password is not None


# --- the keyring ------------------------------------------------------------------------------


def keyring_available() -> bool:
    """True when the system has a keyring the password can be stored in."""
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception:  # a broken keyring set-up is the same as none
        return False
    return (
        not isinstance(backend, fail.Keyring)
        and "fail" not in type(backend).__module__
        and backend.priority > 0
    )


def stored_password(address: ServerAddress) -> str | None:
    """The password kept in the keyring for ``address``; None when none (or no keyring)."""
    if not keyring_available():
        return None
    import keyring

    try:
        return keyring.get_password(KEYRING_SERVICE, address.key)
    except Exception as exc:
        log.warning("reading the keyring failed: %s", exc)
        return None


def store_password(address: ServerAddress, password: str) -> bool:
    """Keep ``password`` in the keyring; False when there is no keyring (ask at start instead)."""
    if not keyring_available():
        return False
    import keyring

    try:
        if password:
            keyring.set_password(KEYRING_SERVICE, address.key, password)
        else:
            keyring.delete_password(KEYRING_SERVICE, address.key)
    except Exception as exc:
        log.warning("writing the keyring failed: %s", exc)
        return False
    return True


def with_stored_password(url: str) -> str:
    """``url`` completed with the keyring's password for its server, when it has none itself."""
    address = ServerAddress.from_url(url)
    if address is None or has_password(url):
        return url
    password = stored_password(address)
    if password is None:
        return url
    parsed = make_url(url).set(password=password)
    return parsed.render_as_string(hide_password=False)


# --- trying a connection --------------------------------------------------------------------


@dataclass(frozen=True)
class ConnectionTest:
    """The outcome of trying a server: ``ok``, the server's version, and a code for what failed."""

    ok: bool
    code: str
    detail: str = ""
    server_version: str = ""
    seconds: float = 0.0
    encrypted: bool | None = None  # None: not a server (an SQLite file) or not known


def try_connection(url: str, timeout: int = 5) -> ConnectionTest:
    """Try to reach the database at ``url`` once, within ``timeout`` seconds; never raises.

    Codes: ``ok``, ``no_driver``, ``refused`` (nothing answers at that address), ``auth`` (user
    or password wrong), ``no_database`` (the server has no such database), ``other``.
    """
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

    started = time.monotonic()
    try:
        parsed = make_url(url)
        args = {"connect_timeout": timeout} if parsed.get_backend_name() == "postgresql" else {}
        engine = create_engine(parsed, connect_args=args)
    except (ArgumentError, NoSuchModuleError, ImportError) as exc:
        return ConnectionTest(False, "no_driver", str(exc))
    try:
        encrypted: bool | None = None
        with engine.connect() as conn:
            version = str(conn.execute(text("SELECT version()")).scalar() or "") if _pg(parsed) else "SQLite"
            if _pg(parsed):
                encrypted = bool(conn.execute(text(ENCRYPTED)).scalar())
        return ConnectionTest(
            True,
            "ok",
            server_version=version.split(",")[0],
            seconds=time.monotonic() - started,
            encrypted=encrypted,
        )
    except DBAPIError as exc:
        detail = str(exc.orig or exc).strip()
        return ConnectionTest(False, _classify(detail), detail.splitlines()[0] if detail else "")
    except Exception as exc:  # anything else is still an answer for the operator
        return ConnectionTest(False, "other", str(exc))
    finally:
        engine.dispose()


# Whether this very connection is encrypted (TLS), as the server sees it.
ENCRYPTED = "SELECT COALESCE((SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()), false)"


def _pg(parsed: URL) -> bool:
    return parsed.get_backend_name() == "postgresql"


def _classify(detail: str) -> str:
    lowered = detail.lower()
    if "password" in lowered or "authentication" in lowered or "role" in lowered:
        return "auth"
    if "database" in lowered and "does not exist" in lowered:
        return "no_database"
    if "ssl" in lowered or "certificate" in lowered or "root cert" in lowered:
        return "ssl"
    if (
        "refused" in lowered
        or "timeout" in lowered
        or "could not translate" in lowered
        or "resolve" in lowered
    ):
        return "refused"
    return "other"
