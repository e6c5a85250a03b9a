"""Import and export of designs, materials, buyers, production entries and stock counts.

CSV (";" or ",", UTF-8 with or without BOM) and XLSX. Modules:

- :mod:`.files`: reading and writing sheets, formula-safe (see there for the rules);
- :mod:`.columns`: each kind's columns, header matching, Indonesian numbers and dates;
- :mod:`.kinds`: each kind's export query and import writes, and the natural keys that make a
  re-import add nothing (documented there);
- :mod:`.joined`: one transaction shared by the service calls of an import (all or nothing);
- :mod:`.service`: the use-cases the command line and the import wizard call.
"""

from __future__ import annotations

from sentra_desktop.services.transfer.columns import KINDS, Field, KindSpec
from sentra_desktop.services.transfer.service import ImportResult, Preview, RowProblem, TransferService

__all__ = ["KINDS", "Field", "ImportResult", "KindSpec", "Preview", "RowProblem", "TransferService"]
