"""Bantuan: aid received, the overlaps between aid items, mould use, programmes and agencies."""
