"""Ages and turnaround times, in the words a reviewer reads at a glance: '3 d 4 h', '25 min'."""

from datetime import datetime, timedelta

from review.queue_rows import QueueRow, as_utc

MINUTE = timedelta(minutes=1)
HOUR = timedelta(hours=1)
DAY = timedelta(days=1)


def in_words(span: timedelta) -> str:
    """A duration rounded down to its two largest units: '2 d 5 h', '3 h 10 min', '4 min'."""
    if span < MINUTE:
        return "under 1 min"
    days, rest = divmod(span, DAY)
    hours, rest = divmod(rest, HOUR)
    minutes = rest // MINUTE
    if days:
        return f"{days} d {hours} h" if hours else f"{days} d"
    if hours:
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    return f"{minutes} min"


def waiting(row: QueueRow, now: datetime) -> timedelta | None:
    """How long an open case has waited since its first document came; None once signed off."""
    received = as_utc(row.received_at)
    if received is None or row.signed_off_at is not None:
        return None
    return max(now - received, timedelta(0))


def turnaround(row: QueueRow) -> timedelta | None:
    """From the first document to sign-off, for a signed-off case."""
    received, signed = as_utc(row.received_at), as_utc(row.signed_off_at)
    if received is None or signed is None:
        return None
    return max(signed - received, timedelta(0))
