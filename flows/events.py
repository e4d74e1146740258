"""The reviewer's sign-off as a Prefect event; the finalize deployment's trigger listens for it."""

from prefect.events import emit_event

SIGNED_OFF = "markerflow.case.signed-off"


def emit_signoff(case_id: str) -> None:
    """Tell Prefect a case was signed off: ids only. Given to review.web as `on_signoff`.

    Events are fire-and-forget; the scheduled finalize sweep exports any signed-off case
    whose event was lost.
    """
    emit_event(
        event=SIGNED_OFF,
        resource={"prefect.resource.id": f"markerflow.case.{case_id}"},
        payload={"case_id": case_id},
    )
