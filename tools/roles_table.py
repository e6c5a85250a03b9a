"""Print the role x action table README carries (paste it under "Users, PINs and roles").

Run after adding a service or its ``ROLES``: ``.venv/bin/python -m tools.roles_table``.
"""

from __future__ import annotations

from sentra_desktop.services.base import program_actions  # imports every service module
from sentra_desktop.services.roles import markdown_table

if __name__ == "__main__":
    print(markdown_table(program_actions()))
