"""markerflow review and markerflow user: run the reviewers' web app; manage its users."""
