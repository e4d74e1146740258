"""The reviewers' web app: queue, case pages with evidence, decisions, sign-off, audit."""

from review.web.app import create_app

__all__ = ["create_app"]
