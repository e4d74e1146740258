"""markerflow case and markerflow schema: build one case from files; print the Case JSON Schema."""
