"""Packets to the agency: the signed file format (:mod:`.format`), rows as JSON (:mod:`.rows`) and
the sentra's export (:mod:`.export`)."""
