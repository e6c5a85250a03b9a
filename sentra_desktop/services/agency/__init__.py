"""The agency's side: the registry of sentra, their replicas, packets, and the side-by-side view.

A sentra's records reach the agency as signed packets; each sentra is kept as a replica with
exactly a sentra database's schema, so every sentra-side service runs unchanged on it.
"""
