"""How large is the packet a sentra hands its agency: a full one, and a month's, with and without photos.

Fills a fresh database with the normal demo (``demo-data``: three years of one sentra), then
writes, through the real packet writer:

- the full packet, with and without photos (``sentra-desktop packet export --full``);
- a month's packet: every travelled record written in the demo's last 30 days (by its
  ``created_at``; the demo writes its history around the audit writer, so their audit rows are
  made here as the audit writer makes them for records saved one by one), with and without photos.

Usage: python bench/packet_size.py [--days N] [--seed N]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path
from typing import Any, cast

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import Table, func, select  # noqa: E402

from sentra_desktop.core.enums import AuditAction  # noqa: E402
from sentra_desktop.db import audit  # noqa: E402
from sentra_desktop.db.models import AuditEntry  # noqa: E402
from sentra_desktop.db.travel import PHOTO_COLUMNS, TRAVELLED  # noqa: E402
from sentra_desktop.demo import DemoOptions, load_demo_data  # noqa: E402
from sentra_desktop.services.database import Database  # noqa: E402
from sentra_desktop.services.packet.export import PacketService, ensure_key, travelled_tables  # noqa: E402
from sentra_desktop.services.packet.format import PacketWriter  # noqa: E402
from sentra_desktop.services.packet.rows import encode_value  # noqa: E402


def month_packet(db: Database, folder: Path, *, photos: bool) -> tuple[int, int, dict[str, int]]:
    """Write the demo's last month as one packet; (size in bytes, records, counts)."""
    with db.transaction() as session:
        key = ensure_key(session.connection())
    with db.reading(snapshot=True) as session:
        connection = session.connection()
        latest = [
            connection.scalar(select(func.max(t.c.created_at)))
            for t in travelled_tables()
            if "created_at" in t.c
        ]
        starts = max(moment for moment in latest if moment is not None) - timedelta(days=30)
        audit_rows: list[dict[str, Any]] = []
        next_id = int(connection.scalar(select(func.max(cast(Table, AuditEntry.__table__).c.id))) or 0)
        name = f"month-{'photos' if photos else 'no-photos'}.sentra-paket"
        with PacketWriter(folder, name) as writer:
            for table in travelled_tables():
                if table.name == "audit_log":
                    continue
                if "created_at" not in table.c:
                    writer.add_records(table.name, [])
                    continue
                columns = [c for c in table.c if c.name not in TRAVELLED[table.name]]
                blank = () if photos else PHOTO_COLUMNS.get(table.name, ())
                rows = []
                for row in connection.execute(
                    select(*columns).where(table.c.created_at >= starts)
                ).mappings():
                    encoded = {k: encode_value(v) for k, v in row.items()}
                    for column in blank:
                        if encoded.get(column) is not None:
                            encoded[column] = ""
                    rows.append(encoded)
                    next_id += 1
                    values = audit.inserted_values(
                        int(row["id"]), {k: v for k, v in row.items() if k != "id"}
                    )
                    audit_rows.append(
                        {
                            "id": next_id,
                            "at": encode_value(row["created_at"]),
                            "actor": "Siti Aminah",
                            "action": AuditAction.INSERT.value,
                            "table_name": table.name,
                            "record_id": int(row["id"]),
                            "record_uuid": encode_value(row["uuid"]),
                            "changes": audit.changes_json(values),
                            "change_seq": 1,
                        }
                    )
                writer.add_records(table.name, rows)
            writer.add_records("audit_log", audit_rows)
            writer.add_tombstones([])
            path, packet = writer.finish({"seq_from": 1, "seq_to": 2, "full": False, "photos": photos}, key)
    counts = dict(packet.manifest["counts"])
    return path.stat().st_size, sum(counts.values()), counts


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--days", type=int, default=DemoOptions().days)
    parser.add_argument("--seed", type=int, default=DemoOptions().seed)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = Database.open(f"sqlite:///{folder / 'sentra.sqlite3'}")
        started = time.perf_counter()
        load_demo_data(db, DemoOptions(seed=args.seed, days=args.days))
        print(f"demo data ({args.days} days) in {time.perf_counter() - started:.1f} s")
        for photos in (True, False):
            out = folder / f"full-{photos}"
            out.mkdir()
            started = time.perf_counter()
            result = PacketService(db).export(out, full=True, photos=photos)
            took = time.perf_counter() - started
            print(
                f"full packet {'with' if photos else 'without'} photos: {result.size / 1024:,.0f} KB, "
                f"{result.records:,} records, written and verified in {took:.2f} s"
            )
        for photos in (True, False):
            size, records, counts = month_packet(db, folder, photos=photos)
            busiest = ", ".join(f"{t} {n}" for t, n in sorted(counts.items(), key=lambda i: -i[1])[:5])
            print(
                f"month packet {'with' if photos else 'without'} photos: {size / 1024:,.0f} KB, "
                f"{records:,} records ({busiest})"
            )
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
