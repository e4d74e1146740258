"""Turn PDF user-space rectangles into boxes in points from the displayed page's top-left."""

from collections.abc import Callable
from dataclasses import dataclass

from schemas.document import Box

# (left, bottom, right, top) in user space -> (x0, top, x1, bottom) on the displayed page
BoxPlacer = Callable[[float, float, float, float], Box]


@dataclass(frozen=True)
class PageFrame:
    """A page's visible area in user space and its /Rotate, enough to place any rectangle."""

    left: float
    bottom: float
    right: float
    top: float
    rotation: int = 0

    @property
    def width(self) -> float:
        """Displayed width in points (after rotation)."""
        return self._height_raw if self.rotation in (90, 270) else self._width_raw

    @property
    def height(self) -> float:
        """Displayed height in points (after rotation)."""
        return self._width_raw if self.rotation in (90, 270) else self._height_raw

    @property
    def _width_raw(self) -> float:
        return self.right - self.left

    @property
    def _height_raw(self) -> float:
        return self.top - self.bottom

    def box(self, left: float, bottom: float, right: float, top: float) -> Box:
        """The displayed box of a user-space rectangle, clamped to the page."""
        ax, ay = self._point(left, top)
        bx, by = self._point(right, bottom)
        width, height = self.width, self.height
        ax, bx = min(max(ax, 0.0), width), min(max(bx, 0.0), width)
        ay, by = min(max(ay, 0.0), height), min(max(by, 0.0), height)
        return (min(ax, bx), min(ay, by), max(ax, bx), max(ay, by))

    def _point(self, x: float, y: float) -> tuple[float, float]:
        u, v = x - self.left, self.top - y
        if self.rotation == 90:
            return self._height_raw - v, u
        if self.rotation == 180:
            return self._width_raw - u, self._height_raw - v
        if self.rotation == 270:
            return v, self._width_raw - u
        return u, v


def box_placer(frame: PageFrame) -> BoxPlacer:
    """frame.box, with the frame's numbers bound once per page rather than looked up per word.

    An unturned page (nearly all) takes a shortcut with the same arithmetic, min and max
    written as the comparisons the builtins make (same result for equal values, -0.0 and
    NaN), so its boxes are the same to the last bit.
    """
    if frame.rotation in (90, 180, 270):
        return frame.box
    origin_x, origin_y = frame.left, frame.top
    width, height = frame.width, frame.height

    def unturned(left: float, bottom: float, right: float, top: float) -> Box:
        ax, bx = left - origin_x, right - origin_x
        ay, by = origin_y - top, origin_y - bottom
        # min(max(v, 0.0), limit)
        ax = 0.0 if 0.0 > ax else ax
        ax = width if width < ax else ax
        bx = 0.0 if 0.0 > bx else bx
        bx = width if width < bx else bx
        ay = 0.0 if 0.0 > ay else ay
        ay = height if height < ay else ay
        by = 0.0 if 0.0 > by else by
        by = height if height < by else by
        # (min(ax, bx), min(ay, by), max(ax, bx), max(ay, by))
        return (
            bx if bx < ax else ax,
            by if by < ay else ay,
            bx if bx > ax else ax,
            by if by > ay else ay,
        )

    return unturned
