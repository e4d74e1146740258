"""Turn PDF user-space rectangles into boxes in points from the displayed page's top-left."""

from dataclasses import dataclass

from schemas import BBox


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

    def box(self, left: float, bottom: float, right: float, top: float) -> BBox:
        """The displayed box of a user-space rectangle, clamped to the page."""
        ax, ay = self._point(left, top)
        bx, by = self._point(right, bottom)
        width, height = self.width, self.height
        ax, bx = min(max(ax, 0.0), width), min(max(bx, 0.0), width)
        ay, by = min(max(ay, 0.0), height), min(max(by, 0.0), height)
        return BBox(x0=min(ax, bx), top=min(ay, by), x1=max(ax, bx), bottom=max(ay, by))

    def _point(self, x: float, y: float) -> tuple[float, float]:
        u, v = x - self.left, self.top - y
        if self.rotation == 90:
            return self._height_raw - v, u
        if self.rotation == 180:
            return self._width_raw - u, self._height_raw - v
        if self.rotation == 270:
            return v, self._width_raw - u
        return u, v
