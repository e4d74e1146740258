"""The review queue's storage and the reviewers' web app."""
