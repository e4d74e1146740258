"""Pure functions from bytes to Document to results; no server, no network, no Prefect."""
