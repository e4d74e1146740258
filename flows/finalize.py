"""The finalize flow: export a case once its reviewer signed it off."""

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from flows.databases import review_engine
from flows.exports import CASE_FILE, export_case
from flows.settings import FlowSettings
from flows.step_errors import phi_safe
from review.store import ReviewStore
from schemas.case import ReviewStatus


@task(name="export-case", persist_result=False, cache_policy=NO_CACHE, retries=2)
def export_one(case_id: str, settings: FlowSettings) -> list[str]:
    """Export one signed-off case; [] when it is not signed off (or not there)."""
    with phi_safe("export-case"):
        case = ReviewStore(review_engine()).get_case(case_id)
        if case is None or case.review_status is not ReviewStatus.SIGNED_OFF:
            return []
        return export_case(case, settings.exports)


def unexported_signed_off(settings: FlowSettings) -> list[str]:
    """Signed-off cases with no export yet: the sweep for sign-off events that were lost."""
    rows = ReviewStore(review_engine()).list_cases()
    return [
        row.case_id
        for row in rows
        if str(row.status) == ReviewStatus.SIGNED_OFF
        and not (settings.exports / row.case_id / CASE_FILE).exists()
    ]


@flow(name="finalize", flow_run_name="finalize-{case_id}", persist_result=False)
def finalize(case_id: str = "") -> dict[str, int]:
    """Export `case_id`, or with no case id every signed-off case not exported yet."""
    settings = FlowSettings()
    case_ids = [case_id] if case_id else unexported_signed_off(settings)
    exported = [c for c in case_ids if export_one(c, settings)]
    get_run_logger().info("exported %d of %d cases", len(exported), len(case_ids))
    return {"cases": len(case_ids), "exported": len(exported)}
