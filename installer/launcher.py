"""Entry point of the frozen program: both executables run the command line's ``main``.

With no subcommand it opens the window, exactly like ``python -m sentra_desktop``.
"""

import sys

from sentra_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
