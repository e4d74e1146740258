"""markerflow extract: read reports without any server and write one JSON per input."""
