"""Drawing kit for the probe75 PDFs: text that is checked as it is drawn.

Every string goes through Doc.text(), which refuses a glyph its font lacks (the standard
fonts carry WinAnsi only) and a line that runs past its box or its page. Coordinates are
given from the top of the page (`top` is a text baseline or a shape's upper edge).
"""
from __future__ import annotations

import reportlab.rl_config

reportlab.rl_config.invariant = 1  # identical bytes on every rebuild

from reportlab.lib.colors import HexColor, black, white  # noqa: E402
from reportlab.lib.pagesizes import A4, letter  # noqa: E402
from reportlab.lib.utils import simpleSplit  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

__all__ = ["A4", "letter", "HexColor", "black", "white", "Doc", "LayoutError", "table",
           "GREY", "LIGHT", "MID", "DARK"]

STANDARD = {
    "Courier", "Courier-Bold", "Courier-BoldOblique", "Courier-Oblique",
    "Helvetica", "Helvetica-Bold", "Helvetica-BoldOblique", "Helvetica-Oblique",
    "Times-Bold", "Times-BoldItalic", "Times-Italic", "Times-Roman",
}
for _name, _file in (("Vera", "Vera.ttf"), ("Vera-Bold", "VeraBd.ttf"),
                     ("Vera-Italic", "VeraIt.ttf"), ("Vera-BoldItalic", "VeraBI.ttf")):
    pdfmetrics.registerFont(TTFont(_name, _file))

EDGE = 20  # no text closer than this to any page edge
GREY = HexColor("#d9d9d9")
LIGHT = HexColor("#f0f0f0")
MID = HexColor("#a6a6a6")
DARK = HexColor("#404040")


class LayoutError(Exception):
    pass


def missing_glyphs(s: str, font: str) -> list[str]:
    if font in STANDARD:
        bad = []
        for ch in s:
            try:
                ch.encode("cp1252")
            except UnicodeEncodeError:
                bad.append(ch)
        return bad
    face = pdfmetrics.getFont(font).face
    return [ch for ch in s if ord(ch) not in face.charToGlyph]


def width(s: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(s, font, size)


def wrap(s: str, font: str, size: float, w: float) -> list[str]:
    out: list[str] = []
    for part in s.split("\n"):
        out.extend(simpleSplit(part, font, size, w) if part.strip() else [""])
    return out


class Doc:
    def __init__(self, out, pagesize, total: int = 0, meta: dict | None = None):
        self.c = canvas.Canvas(out, pagesize=pagesize, pageCompression=1, invariant=1)
        self.W, self.H = pagesize
        self.page = 1
        self.total = total
        self.meta = meta or {}
        self.header = None
        self.footer = None
        self.body_top = 60.0
        self.body_bottom = self.H - 60.0
        self.furniture = False

    # ---- page furniture -------------------------------------------------------------
    def start(self, header, footer, body_top: float, body_bottom: float, title: str = ""):
        self.header, self.footer = header, footer
        self.body_top, self.body_bottom = body_top, body_bottom
        if title:
            self.c.setTitle(title)
        self.c.setAuthor("")
        self._furn(self.header)

    def _furn(self, fn):
        if fn:
            self.furniture = True
            fn(self)
            self.furniture = False

    def new_page(self) -> float:
        self._furn(self.footer)
        self.c.showPage()
        self.page += 1
        self._furn(self.header)
        return self.body_top

    def finish(self):
        self._furn(self.footer)
        self.c.showPage()
        self.c.save()

    # ---- text -----------------------------------------------------------------------
    def text(self, x, top, s, font="Helvetica", size=9.0, color=black, maxw=None,
             align="left", charspace=0.0):
        bad = missing_glyphs(s, font)
        if bad:
            raise LayoutError(f"font {font} lacks {bad!r} in {s!r}")
        w = width(s, font, size) + charspace * max(len(s) - 1, 0)
        if maxw is not None and w > maxw + 0.01:
            raise LayoutError(f"line wider than its box ({w:.1f} > {maxw:.1f}): {s!r}")
        x0 = x if align == "left" else (x - w if align == "right" else x - w / 2)
        if x0 < EDGE - 0.01 or x0 + w > self.W - EDGE + 0.01:
            raise LayoutError(f"line off the page (x {x0:.1f}-{x0 + w:.1f}): {s!r}")
        if top < EDGE or top > self.H - EDGE:
            raise LayoutError(f"line off the page (top {top:.1f}): {s!r}")
        if not self.furniture and not (self.body_top - 2 <= top <= self.body_bottom):
            raise LayoutError(f"body text outside the body area (top {top:.1f}, page "
                              f"{self.page}): {s!r}")
        self.c.setFillColor(color)
        if charspace:
            t = self.c.beginText(x0, self.H - top)
            t.setFont(font, size)
            t.setCharSpace(charspace)
            t.textOut(s)
            t.setCharSpace(0)  # Tc persists in the text state: reset it
            self.c.drawText(t)
        else:
            self.c.setFont(font, size)
            self.c.drawString(x0, self.H - top, s)
        self.c.setFillColor(black)
        return w

    def para(self, x, top, w, s, font="Helvetica", size=9.0, leading=None, color=black,
             align="left") -> float:
        """Wrapped text; `top` is the first baseline. Returns the next free baseline."""
        leading = leading or size * 1.25
        for line in wrap(s, font, size, w):
            if line:
                ax = x if align == "left" else (x + w if align == "right" else x + w / 2)
                self.text(ax, top, line, font, size, color, maxw=w, align=align)
            top += leading
        return top

    def kv(self, x, top, keyw, w, key, value, kfont="Helvetica-Bold", vfont="Helvetica",
           size=8.0, leading=None, color=black) -> float:
        leading = leading or size * 1.25
        if key:
            self.text(x, top, key, kfont, size, color, maxw=keyw - 2)
        return self.para(x + keyw, top, w - keyw, value, vfont, size, leading, color)

    # ---- shapes ---------------------------------------------------------------------
    def rect(self, x, top, w, h, fill=None, stroke=black, lw=0.5, radius=0.0):
        if x < 0 or top < 0 or x + w > self.W + 0.01 or top + h > self.H + 0.01:
            raise LayoutError("shape off the page")
        c = self.c
        c.saveState()
        c.setLineWidth(lw)
        if fill is not None:
            c.setFillColor(fill)
        if stroke is not None:
            c.setStrokeColor(stroke)
        y = self.H - top - h
        if radius:
            c.roundRect(x, y, w, h, radius, stroke=1 if stroke is not None else 0,
                        fill=1 if fill is not None else 0)
        else:
            c.rect(x, y, w, h, stroke=1 if stroke is not None else 0,
                   fill=1 if fill is not None else 0)
        c.restoreState()

    def line(self, x1, t1, x2, t2, lw=0.5, color=black, dash=None):
        c = self.c
        c.saveState()
        c.setLineWidth(lw)
        c.setStrokeColor(color)
        if dash:
            c.setDash(*dash)
        c.line(x1, self.H - t1, x2, self.H - t2)
        c.restoreState()

    def circle(self, cx, ctop, r, fill=None, stroke=black, lw=0.5):
        c = self.c
        c.saveState()
        c.setLineWidth(lw)
        if fill is not None:
            c.setFillColor(fill)
        if stroke is not None:
            c.setStrokeColor(stroke)
        c.circle(cx, self.H - ctop, r, stroke=1 if stroke is not None else 0,
                 fill=1 if fill is not None else 0)
        c.restoreState()

    def polygon(self, points, fill=None, stroke=None, lw=0.5):
        c = self.c
        c.saveState()
        p = c.beginPath()
        p.moveTo(points[0][0], self.H - points[0][1])
        for px, pt in points[1:]:
            p.lineTo(px, self.H - pt)
        p.close()
        if fill is not None:
            c.setFillColor(fill)
        if stroke is not None:
            c.setStrokeColor(stroke)
            c.setLineWidth(lw)
        c.drawPath(p, stroke=1 if stroke is not None else 0, fill=1 if fill is not None else 0)
        c.restoreState()

    def bar(self, x, top, w, h, title, fill=GREY, color=black, font="Helvetica-Bold",
            size=8.5, stroke=None, align="left", pad=5):
        """Shaded title bar; returns the top of the space under it."""
        self.rect(x, top, w, h, fill=fill, stroke=stroke)
        base = top + h / 2 + size * 0.35
        ax = x + pad if align == "left" else (x + w / 2 if align == "center" else x + w - pad)
        self.text(ax, base, title, font, size, color, maxw=w - 2 * pad, align=align)
        return top + h

    def checkbox(self, x, top, checked, size=7.0, mark="X", font="Helvetica-Bold",
                 tick=False):
        """Box whose bottom sits 1pt under the baseline `top`. A checked box shows the
        glyph `mark`; tick=True draws a stroked tick instead (no text at all)."""
        self.rect(x, top - size + 1, size, size, stroke=black, lw=0.6)
        if checked:
            if tick:
                self.line(x + 1.3, top - size / 2 + 0.5, x + size * 0.42, top - 0.4, 1.0)
                self.line(x + size * 0.42, top - 0.4, x + size + 1.5, top - size - 0.5, 1.0)
            else:
                fs = size + 0.5
                self.text(x + size / 2, top - 0.2, mark, font, fs, align="center")
        return x + size + 4

    def placeholder(self, x, top, w, h, caption, font="Helvetica-Oblique", size=7.0):
        """A drawn rectangle where a stained-section photograph would sit."""
        self.rect(x, top, w, h, fill=HexColor("#e4e4e4"), stroke=MID, lw=0.6)
        self.rect(x + 4, top + 4, w - 8, h - 8, fill=HexColor("#cfcfcf"), stroke=None)
        # a few drawn blobs, the way a thumbnail of tissue looks once greyed out
        for i, (fx, fy, fr) in enumerate(((0.3, 0.4, 0.16), (0.62, 0.55, 0.2),
                                          (0.45, 0.72, 0.12), (0.78, 0.3, 0.1))):
            self.circle(x + fx * w, top + fy * h, fr * min(w, h),
                        fill=HexColor("#b3b3b3" if i % 2 else "#bdbdbd"), stroke=None)
        return self.para(x, top + h + size + 3, w, caption, font, size)


def table(d: Doc, x, top, colw, rows, font="Helvetica", size=8.0, leading=None, pad=3.0,
          grid=black, lw=0.5, header_rows=0, header_font=None, header_fill=GREY,
          fills=None, outer=None, hlines_only=False):
    """Draw a table. A row is a list of cells; a cell is a str or a dict with keys
    t (text), span (columns merged, default 1), font, fill, align, color. Returns the
    top of the space under the table."""
    leading = leading or size * 1.22
    header_font = header_font or font
    cur = top
    for r, row in enumerate(rows):
        cells = []
        col = 0
        for cell in row:
            if isinstance(cell, str):
                cell = {"t": cell}
            span = cell.get("span", 1)
            cw = sum(colw[col:col + span])
            cx = x + sum(colw[:col])
            f = cell.get("font", header_font if r < header_rows else font)
            lines = wrap(cell["t"], f, size, cw - 2 * pad) if cell["t"] else [""]
            cells.append((cx, cw, f, lines, cell))
            col += span
        if col != len(colw):
            raise LayoutError(f"row {r} spans {col} columns, table has {len(colw)}")
        nlines = max(len(c[3]) for c in cells)
        h = nlines * leading + 2 * pad - (leading - size) + 1
        for cx, cw, f, lines, cell in cells:
            fill = cell.get("fill")
            if fill is None and r < header_rows:
                fill = header_fill
            if fill is None and fills:
                fill = fills(r)
            if fill is not None:
                d.rect(cx, cur, cw, h, fill=fill, stroke=None)
        for cx, cw, f, lines, cell in cells:
            base = cur + pad + size * 0.82
            align = cell.get("align", "left")
            for ln in lines:
                if ln:
                    ax = cx + pad if align == "left" else (
                        cx + cw / 2 if align == "center" else cx + cw - pad)
                    d.text(ax, base, ln, f, size, cell.get("color", black),
                           maxw=cw - 2 * pad, align=align)
                base += leading
            if grid is not None and not hlines_only:
                d.rect(cx, cur, cw, h, stroke=grid, lw=lw)
        if grid is not None and hlines_only:
            d.line(x, cur + h, x + sum(colw), cur + h, lw, grid)
        cur += h
    if outer is not None:
        d.rect(x, top, sum(colw), cur - top, stroke=outer, lw=1.0)
    return cur


MARKERS = {"HER2", "ER", "PR", "Ki-67", "AR", "EGFR", "KRAS", "NRAS", "HRAS", "BRAF", "PIK3CA",
           "TP53", "ALK", "ROS1", "RET", "MET", "NTRK", "BRCA1", "BRCA2", "IDH1", "IDH2",
           "PD-L1", "MSI", "MMR", "MLH1", "MSH2", "MSH6", "PMS2", "TMB", "GD2", "Mesothelin"}
ASPECTS = {"expression", "mutation", "amplification", "fusion", "signature"}
STATUSES = {"positive", "negative", "equivocal", "reported"}
FIELDS = ["marker", "aspect", "status", "ihc_score", "percent", "ratio", "alteration", "value",
          "optional"]


def L(marker, aspect, status, ev, **kw):
    """One reference label. `ev` is the evidence phrase: the report's own words that state
    the result; build.py checks it against the PDF's text layer and drops it on output."""
    lab = {"marker": marker, "aspect": aspect, "status": status}
    for k in FIELDS[3:]:
        if k in kw:
            lab[k] = kw.pop(k)
    if kw:
        raise ValueError(f"unknown label fields {sorted(kw)}")
    lab["ev"] = ev if isinstance(ev, (list, tuple)) else [ev]
    return lab
