"""``python -m sentra_desktop``: the same entry point as the ``sentra-desktop`` command."""

import sys

from sentra_desktop.cli import main

sys.exit(main())
