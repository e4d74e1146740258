"""A deployment pull step of markerflow's own (prefect.yaml), run in a flow run's process.

Pull steps run before Prefect imports the flow's module. Started here, the reader host and its
fork server get ready on the other core while the run's process imports the flow module (about
a second of CPU), instead of after it.
"""

from extractors.reading.reader_host import start_readers_soon


def start_readers() -> dict[str, str]:
    """Start the reader host in the background; no output for later steps."""
    start_readers_soon()
    return {}
