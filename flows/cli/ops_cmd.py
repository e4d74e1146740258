"""markerflow up, queue and rejected: run the pipeline and look at its queue and rejects."""
