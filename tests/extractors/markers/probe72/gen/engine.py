"""A small flow-layout engine on the reportlab canvas for the probe72 laboratory PDFs.

Everything a report draws goes through Doc.text(), which checks that every glyph exists in
its font (WinAnsi for the standard fonts, the cmap for Bitstream Vera) and that no line runs
past its frame or off the page. Problems are collected in Doc.problems; build.py fails on any.
"""
from __future__ import annotations

import io

import reportlab.rl_config

reportlab.rl_config.invariant = 1

from reportlab.lib.colors import Color, black, white  # noqa: E402
from reportlab.lib.utils import simpleSplit  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

for _name, _file in (("Vera", "Vera.ttf"), ("VeraBd", "VeraBd.ttf"),
                     ("VeraIt", "VeraIt.ttf"), ("VeraBI", "VeraBI.ttf")):
    pdfmetrics.registerFont(TTFont(_name, _file))

EDGE = 18.0  # nothing may be drawn closer than this to the paper's edge


def grey(v: float) -> Color:
    return Color(v, v, v)


def rgb(r: int, g: int, b: int) -> Color:
    return Color(r / 255.0, g / 255.0, b / 255.0)


def missing_glyphs(s: str, font: str) -> list[str]:
    if font.startswith("Vera"):
        cmap = pdfmetrics.getFont(font).face.charToGlyph
        return [c for c in s if ord(c) not in cmap or ord(c) < 32]
    bad = []
    for c in s:
        try:
            c.encode("cp1252")
        except UnicodeEncodeError:
            bad.append(c)
        else:
            if ord(c) < 32:
                bad.append(c)
    return bad


def width(s: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(s, font, size)


def wrap(s: str, font: str, size: float, w: float) -> list[str]:
    out: list[str] = []
    for raw in s.split("\n"):
        raw = raw.rstrip()
        out.extend(simpleSplit(raw, font, size, w) if raw else [""])
    return out


class Style:
    """A laboratory's house style. Subclasses draw the page header and footer."""

    pagesize = (595.27, 841.89)
    left = 50.0
    right = 50.0
    bottom = 60.0
    font = "Helvetica"
    bold = "Helvetica-Bold"
    italic = "Helvetica-Oblique"
    size = 9.0
    leading = 11.5
    accent = black

    def header(self, doc: "Doc") -> float:  # returns the y where the body starts
        return self.pagesize[1] - 60

    def footer(self, doc: "Doc") -> None:
        pass


class Doc:
    def __init__(self, style: Style, title: str, total: int | None = None):
        self.st = style
        self.total = total
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=style.pagesize, pageCompression=1,
                               invariant=1)
        self.c.setTitle(title)
        self.c.setAuthor(title.split(":")[0])
        self.c.setCreator("LIS report writer")
        self.c.setProducer("LIS report writer")
        self.W, self.H = style.pagesize
        self.frames = [(style.left, self.W - style.left - style.right)]
        self.page = 0
        self.dry = False
        self.problems: list[str] = []
        self.new_page()

    # ---- frame ------------------------------------------------------------------
    @property
    def x0(self) -> float:
        return self.frames[-1][0]

    @property
    def fw(self) -> float:
        return self.frames[-1][1]

    def new_page(self) -> None:
        if self.dry:
            return
        if self.page:
            self.c.showPage()
        self.page += 1
        self.y = self.st.header(self)
        self.st.footer(self)

    def need(self, h: float) -> None:
        if not self.dry and self.y - h < self.st.bottom:
            self.new_page()

    def space(self, h: float = 6) -> None:
        self.y -= h

    def page_break(self) -> None:
        self.new_page()

    def pages_label(self) -> str:
        return str(self.total) if self.total else "?"

    # ---- primitives ----------------------------------------------------------------
    def text(self, x: float, y: float, s: str, font: str | None = None, size: float | None = None,
             maxw: float | None = None, align: str = "left", color=None) -> float:
        font = font or self.st.font
        size = size or self.st.size
        bad = missing_glyphs(s, font)
        if bad:
            self.problems.append(f"page {self.page}: glyphs {bad!r} missing from {font}: {s!r}")
        w = width(s, font, size)
        if maxw is not None and w > maxw + 0.01:
            self.problems.append(f"page {self.page}: line wider than its frame "
                                 f"({w:.1f} > {maxw:.1f}): {s!r}")
        x0 = x - w if align == "right" else x - w / 2 if align == "center" else x
        if x0 < EDGE - 0.01 or x0 + w > self.W - EDGE + 0.01 or y < EDGE or y > self.H - EDGE:
            self.problems.append(f"page {self.page}: line off the page at ({x0:.0f},{y:.0f}): {s!r}")
        if not self.dry:
            self.c.setFont(font, size)
            self.c.setFillColor(color or black)
            self.c.drawString(x0, y, s)
            self.c.setFillColor(black)
        return w

    def rect(self, x, y, w, h, fill=None, stroke=black, lw=0.6, radius=0):
        if self.dry:
            return
        c = self.c
        c.setLineWidth(lw)
        if fill is not None:
            c.setFillColor(fill)
        if stroke is not None:
            c.setStrokeColor(stroke)
        if radius:
            c.roundRect(x, y, w, h, radius, stroke=1 if stroke is not None else 0,
                        fill=1 if fill is not None else 0)
        else:
            c.rect(x, y, w, h, stroke=1 if stroke is not None else 0,
                   fill=1 if fill is not None else 0)
        c.setFillColor(black)
        c.setStrokeColor(black)

    def line(self, x1, y1, x2, y2, lw=0.6, color=black, dash=None):
        if self.dry:
            return
        c = self.c
        c.setLineWidth(lw)
        c.setStrokeColor(color)
        if dash:
            c.setDash(*dash)
        c.line(x1, y1, x2, y2)
        if dash:
            c.setDash()
        c.setStrokeColor(black)

    # ---- flowing blocks ------------------------------------------------------------
    def para(self, s: str, font=None, size=None, leading=None, indent=0.0, color=None,
             after=None, align="left", bullet=None, keep=False):
        font = font or self.st.font
        size = size or self.st.size
        leading = leading or (size * 1.28)
        bx = 0.0
        if bullet:
            bx = width(bullet + " ", font, size) + 2
        w = self.fw - indent - bx
        lines = wrap(s, font, size, w)
        if keep:
            self.need(leading * len(lines))
        for i, ln in enumerate(lines):
            self.need(leading)
            base = self.y - size
            x = self.x0 + indent
            if bullet and i == 0:
                self.text(x, base, bullet, font, size)
            if align == "center":
                self.text(self.x0 + self.fw / 2, base, ln, font, size, maxw=w, align="center",
                          color=color)
            elif align == "right":
                self.text(self.x0 + self.fw, base, ln, font, size, maxw=w, align="right",
                          color=color)
            else:
                self.text(x + bx, base, ln, font, size, maxw=w, color=color)
            self.y -= leading
        self.y -= self.st.size * 0.5 if after is None else after

    def lines(self, block: str, **kw):
        """Several paragraphs, one per line of the block (blank lines kept as space)."""
        kw.setdefault("after", 0)
        for ln in block.strip("\n").split("\n"):
            if ln.strip():
                self.para(ln, **kw)
            else:
                self.y -= (kw.get("size") or self.st.size) * 0.7

    def pre(self, block: str, font=None, size=None, leading=None, indent=0.0, color=None):
        """Preformatted lines, spaces kept (print-out layouts aligned with spaces)."""
        font = font or self.st.font
        size = size or self.st.size
        leading = leading or self.st.leading
        for ln in block.strip("\n").split("\n"):
            self.need(leading)
            if ln.strip():
                self.text(self.x0 + indent, self.y - size, ln.rstrip(), font, size,
                          maxw=self.fw - indent, color=color)
            self.y -= leading

    def heading(self, s: str, font=None, size=None, color=None, rule=False, fill=None,
                tcolor=None, before=6, after=4, rule_color=None):
        font = font or self.st.bold
        size = size or self.st.size + 1.5
        self.y -= before
        h = size + 6
        self.need(h + 3 * self.st.leading)
        if fill is not None:
            self.rect(self.x0, self.y - h + 1, self.fw, h, fill=fill, stroke=None)
            self.text(self.x0 + 4, self.y - size - 1, s, font, size, maxw=self.fw - 8,
                      color=tcolor or color)
            self.y -= h + after
            return
        self.text(self.x0, self.y - size, s, font, size, maxw=self.fw, color=color)
        self.y -= size + 3
        if rule:
            self.line(self.x0, self.y, self.x0 + self.fw, self.y, lw=0.7,
                      color=rule_color or color or black)
            self.y -= 2
        self.y -= after

    def kv(self, pairs, keyw=110.0, font=None, kfont=None, size=None, leading=None,
           indent=0.0, sep=":", after=None, vfonts=None):
        font = font or self.st.font
        kfont = kfont or self.st.bold
        size = size or self.st.size
        leading = leading or size * 1.3
        vw = self.fw - indent - keyw
        for i, (k, v) in enumerate(pairs):
            vfont = (vfonts or {}).get(k, font)
            vlines = wrap(v, vfont, size, vw) if v else [""]
            klines = wrap(k + sep if k else "", kfont, size, keyw - 4)
            n = max(len(vlines), len(klines))
            self.need(leading * min(n, 3))
            for j in range(n):
                self.need(leading)
                base = self.y - size
                if j < len(klines) and klines[j]:
                    self.text(self.x0 + indent, base, klines[j], kfont, size, maxw=keyw - 4)
                if j < len(vlines) and vlines[j]:
                    self.text(self.x0 + indent + keyw, base, vlines[j], vfont, size, maxw=vw)
                self.y -= leading
        self.y -= self.st.size * 0.5 if after is None else after

    def table(self, colw, rows, header=None, size=None, font=None, hfont=None, pad=2.5,
              leading=None, grid="full", hfill=None, htcolor=None, zebra=None, align=None,
              lw=0.5, after=None, outer=True, line_color=None):
        """rows: lists of cells; a cell is a str or (str, font[, color])."""
        font = font or self.st.font
        hfont = hfont or self.st.bold
        size = size or self.st.size - 0.5
        leading = leading or size * 1.22
        total_w = sum(colw)
        if total_w > self.fw + 0.01:
            self.problems.append(f"page {self.page}: table wider than frame ({total_w:.0f} > "
                                 f"{self.fw:.0f})")
        lc = line_color or black

        def cell_parts(cell, default_font):
            if isinstance(cell, tuple):
                return cell[0], cell[1], (cell[2] if len(cell) > 2 else None)
            return cell, default_font, None

        def layout(row, default_font):
            cells = []
            for w, cell in zip(colw, row):
                s, f, col = cell_parts(cell, default_font)
                cells.append((wrap(s, f, size, w - 2 * pad), f, col))
            n = max(len(c[0]) for c in cells)
            return cells, n * leading + 2 * pad - (leading - size) + 1.5

        def draw_row(row, default_font, fill=None, tcolor=None, is_header=False):
            cells, h = layout(row, default_font)
            x = self.x0
            top = self.y
            if fill is not None:
                self.rect(x, top - h, total_w, h, fill=fill, stroke=None)
            for k, ((lines_, f, col), w) in enumerate(zip(cells, colw)):
                al = (align[k] if align else "left")
                for j, ln in enumerate(lines_):
                    base = top - pad - size - j * leading + 0.5
                    if al == "right":
                        self.text(x + w - pad, base, ln, f, size, maxw=w - 2 * pad,
                                  align="right", color=col or tcolor)
                    elif al == "center":
                        self.text(x + w / 2, base, ln, f, size, maxw=w - 2 * pad,
                                  align="center", color=col or tcolor)
                    else:
                        self.text(x + pad, base, ln, f, size, maxw=w - 2 * pad,
                                  color=col or tcolor)
                x += w
            if grid == "full":
                x = self.x0
                for w in colw[:-1]:
                    x += w
                    self.line(x, top, x, top - h, lw=lw, color=lc)
                self.line(self.x0, top - h, self.x0 + total_w, top - h, lw=lw, color=lc)
                if outer:
                    self.line(self.x0, top, self.x0, top - h, lw=lw, color=lc)
                    self.line(self.x0 + total_w, top, self.x0 + total_w, top - h, lw=lw,
                              color=lc)
            elif grid == "h":
                self.line(self.x0, top - h, self.x0 + total_w, top - h, lw=lw * 0.6, color=lc)
            elif grid == "head" and is_header:
                self.line(self.x0, top - h, self.x0 + total_w, top - h, lw=lw, color=lc)
            self.y = top - h
            return h

        def start(top_line=True):
            if grid in ("full", "h", "head") and top_line:
                self.line(self.x0, self.y, self.x0 + total_w, self.y, lw=lw, color=lc)
            if header:
                draw_row(header, hfont, fill=hfill, tcolor=htcolor, is_header=True)

        hh = layout(header, hfont)[1] if header else 0
        first_h = layout(rows[0], font)[1] if rows else 0
        self.need(hh + first_h + 2)
        start()
        for i, row in enumerate(rows):
            h = layout(row, font)[1]
            if not self.dry and self.y - h < self.st.bottom:
                self.new_page()
                start()
            fill = zebra if (zebra is not None and i % 2 == 1) else None
            draw_row(row, font, fill=fill)
        self.y -= self.st.size * 0.6 if after is None else after

    def box(self, fn, fill=None, stroke=black, pad=6.0, lw=0.8, radius=0, indent=0.0,
            w=None, title=None, title_fill=None, title_color=None, title_font=None,
            title_size=None):
        """Draw fn()'s content inside a rectangle (measured first, never split)."""
        w = w or (self.fw - indent)
        x = self.x0 + indent
        ts = title_size or self.st.size + 0.5
        th = ts + 7 if title else 0
        # measure
        saved_y, saved_problems = self.y, list(self.problems)
        self.dry = True
        self.frames.append((x + pad, w - 2 * pad))
        self.y = 10000.0
        fn()
        h = 10000.0 - self.y
        self.frames.pop()
        self.dry = False
        self.y, self.problems = saved_y, saved_problems
        total = h + 2 * pad + th
        self.need(total)
        top = self.y
        self.rect(x, top - total, w, total, fill=fill, stroke=stroke, lw=lw, radius=radius)
        if title:
            self.rect(x, top - th, w, th, fill=title_fill, stroke=stroke, lw=lw)
            self.text(x + pad, top - ts - 3, title, title_font or self.st.bold, ts,
                      maxw=w - 2 * pad, color=title_color)
        self.frames.append((x + pad, w - 2 * pad))
        self.y = top - th - pad
        fn()
        self.frames.pop()
        self.y = top - total - self.st.size * 0.6

    def checks(self, options, checked, size=None, font=None, box=7.0, gap=16.0, indent=0.0,
               label=None, label_w=0.0, mark="X"):
        """One line of check boxes; the ticked one carries a drawn box and an 'X' glyph."""
        font = font or self.st.font
        size = size or self.st.size
        self.need(size * 1.6)
        base = self.y - size
        x = self.x0 + indent
        if label:
            self.text(x, base, label, self.st.bold, size, maxw=label_w - 4 if label_w else None)
            x += label_w or (width(label, self.st.bold, size) + 8)
        for opt in options:
            self.rect(x, base - 1, box, box, stroke=black, lw=0.6)
            if opt in checked:
                self.text(x + box / 2, base + 0.2, mark, "Helvetica-Bold", size - 1.5,
                          align="center")
            x += box + 3
            ow = self.text(x, base, opt, font, size)
            x += ow + gap
        if x - gap > self.x0 + self.fw + 0.01:
            self.problems.append(f"page {self.page}: check-box line too wide: {options!r}")
        self.y -= size * 1.6

    def signature(self, name, role, when, font=None, size=None, line=True, prefix=None,
                  lw=140):
        font = font or self.st.font
        size = size or self.st.size
        self.need(size * 5)
        if line:
            self.y -= size * 1.6
            self.line(self.x0, self.y, self.x0 + lw, self.y, lw=0.5)
            self.y -= 2
        if prefix:
            self.para(prefix, font=font, size=size, after=0)
        self.para(name, font=self.st.bold, size=size, after=0)
        self.para(role, font=font, size=size, after=0)
        if when:
            self.para(when, font=font, size=size, after=0)
        self.y -= size * 0.6

    def finish(self) -> bytes:
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue()


def build(style: Style, title: str, fn) -> tuple[bytes, int, list[str]]:
    """Run the report function twice: once to count pages, once with 'Page n of N'."""
    d = Doc(style, title)
    fn(d)
    pages = d.page
    d2 = Doc(style, title, total=pages)
    fn(d2)
    if d2.page != pages:
        d2.problems.append(f"page count changed between passes ({pages} -> {d2.page})")
    return d2.finish(), d2.page, d2.problems
