"""Prefect flows, sources, the ledger and the command line: all of markerflow's I/O lives here."""
