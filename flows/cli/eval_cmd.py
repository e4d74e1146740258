"""markerflow eval: precision, recall and F1 of marker extraction on a labelled corpus."""
