"""Printed sheets in the program: the Laporan page and the preview with Print and Save as PDF."""
