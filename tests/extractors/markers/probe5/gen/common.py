"""Shared helpers for the probe5 blind measuring set (stdlib + reportlab only)."""
import json, os, re
from xml.sax.saxutils import escape
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_LEFT, TA_CENTER, TA_RIGHT
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, PageBreak, FrameBreak, NextPageTemplate, KeepTogether)

FD = '/usr/share/fonts/truetype/dejavu/'
_FAM = {
    'DV': ('DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf', 'DejaVuSans-BoldOblique.ttf'),
    'DVC': ('DejaVuSansCondensed.ttf', 'DejaVuSansCondensed-Bold.ttf', 'DejaVuSansCondensed-Oblique.ttf', 'DejaVuSansCondensed-BoldOblique.ttf'),
    'DVS': ('DejaVuSerif.ttf', 'DejaVuSerif-Bold.ttf', 'DejaVuSerif-Italic.ttf', 'DejaVuSerif-BoldItalic.ttf'),
    'DVM': ('DejaVuSansMono.ttf', 'DejaVuSansMono-Bold.ttf', 'DejaVuSansMono-Oblique.ttf', 'DejaVuSansMono-BoldOblique.ttf'),
}
for fam, files in _FAM.items():
    names = [fam, fam + '-B', fam + '-I', fam + '-BI']
    for n, f in zip(names, files):
        pdfmetrics.registerFont(TTFont(n, FD + f))
    addMapping(fam, 0, 0, names[0]); addMapping(fam, 1, 0, names[1])
    addMapping(fam, 0, 1, names[2]); addMapping(fam, 1, 1, names[3])

BUILTIN_BOLD = {'Helvetica': 'Helvetica-Bold', 'Times-Roman': 'Times-Bold', 'Courier': 'Courier-Bold'}
BOLD = dict(BUILTIN_BOLD, DV='DV-B', DVC='DVC-B', DVS='DVS-B', DVM='DVM-B')

CHK = '<font name="DV">\u2612</font>'   # ballot box with X
TICK = '<font name="DV">\u2611</font>'  # ballot box with check
BOXE = '<font name="DV">\u2610</font>'  # empty ballot box


def cb(on, tick=False):
    return (TICK if tick else CHK) if on else BOXE


class Rep:
    def __init__(self, rid, font='DV', size=8.5, header=None, footer=None, twocol=False,
                 pagesize=A4, top_h=None, accent=colors.HexColor('#1f3b63'), kind=''):
        self.rid, self.font, self.size = rid, font, size
        self.header, self.footer, self.twocol = header, footer, twocol
        self.pagesize, self.top_h, self.accent, self.kind = pagesize, top_h, accent, kind
        self.story, self.labels = [], []
        self.st = ParagraphStyle('b', fontName=font, fontSize=size, leading=size * 1.28, spaceAfter=2)

    # ---------- text helpers
    def fix(self, s):
        if self.font in BUILTIN_BOLD:
            s = s.replace('\u2265', '>=').replace('\u2264', '<=').replace('\u2013', '-').replace('\u00d7', 'x')
        return s

    def p(self, text, size=None, bold=False, align=TA_LEFT, space=2, indent=0, color=None):
        size = size or self.size
        st = ParagraphStyle('x', parent=self.st, fontSize=size, leading=size * 1.28,
                            fontName=BOLD[self.font] if bold else self.font, alignment=align,
                            spaceAfter=space, leftIndent=indent, textColor=color or colors.black)
        text = re.sub(r'  +', lambda m: '&nbsp;' * (len(m.group(0)) - 1) + ' ', text)
        self.story.append(Paragraph(self.fix(text), st))

    def h(self, text, size=None, align=TA_LEFT, color=None, space=3, rule=False):
        self.p(text, size=size or self.size + 1.5, bold=True, align=align, space=space, color=color)
        if rule:
            self.rule()

    def rule(self, w=0.6, color=colors.black):
        t = Table([['']], colWidths=['100%'], rowHeights=[1])
        t.setStyle(TableStyle([('LINEABOVE', (0, 0), (-1, 0), w, color)]))
        self.story.append(t)

    def sp(self, h=4):
        self.story.append(Spacer(1, h))

    def cell(self, c, size, bold=False, align=TA_LEFT, color=colors.black):
        if not isinstance(c, str):
            return c
        raw = False
        if c.startswith('**'):
            c, bold = c[2:], True
        if c.startswith('~~'):  # raw markup
            c, raw = c[2:], True
        txt = self.fix(c if raw else escape(c))
        st = ParagraphStyle('c', fontName=BOLD[self.font] if bold else self.font, fontSize=size,
                            leading=size * 1.22, alignment=align, textColor=color)
        return Paragraph(txt, st)

    def t(self, rows, widths=None, size=None, header=True, grid=True, zebra=False, hdr_bg=None,
          box=False, valign='TOP', pad=2.5, hdr_color=colors.black):
        size = size or self.size - 0.5
        data = []
        for i, r in enumerate(rows):
            data.append([self.cell(c, size, bold=(header and i == 0), color=(hdr_color if header and i == 0 else colors.black)) for c in r])
        if widths:
            widths = [w * mm if isinstance(w, (int, float)) else w for w in widths]
        tb = Table(data, colWidths=widths, repeatRows=1 if header else 0, hAlign='LEFT')
        sty = [('VALIGN', (0, 0), (-1, -1), valign), ('LEFTPADDING', (0, 0), (-1, -1), pad + 0.5),
               ('RIGHTPADDING', (0, 0), (-1, -1), pad + 0.5), ('TOPPADDING', (0, 0), (-1, -1), pad),
               ('BOTTOMPADDING', (0, 0), (-1, -1), pad)]
        if grid:
            sty.append(('GRID', (0, 0), (-1, -1), 0.4, colors.HexColor('#555555')))
        if box:
            sty.append(('BOX', (0, 0), (-1, -1), 0.8, colors.black))
        if header:
            sty.append(('BACKGROUND', (0, 0), (-1, 0), hdr_bg or colors.HexColor('#d9d9d9')))
        if zebra:
            for i in range(1, len(rows)):
                if i % 2 == 0:
                    sty.append(('BACKGROUND', (0, i), (-1, i), colors.HexColor('#f2f2f2')))
        tb.setStyle(TableStyle(sty))
        self.story.append(tb)
        return tb

    def kv(self, rows, widths=(40, 130), size=None, grid=False, bold_keys=True):
        size = size or self.size - 0.5
        rows = [[('**' + k if bold_keys and k and not k.startswith('**') else k), v] for k, v in rows]
        self.t(rows, widths=widths, size=size, header=False, grid=grid, pad=1.2)

    def box(self, flow_texts, title=None, bg=colors.HexColor('#eef2f7'), width=None, border=1.0,
            title_bg=None, size=None):
        """flow_texts: list of markup strings (paragraphs) or flowables."""
        size = size or self.size
        inner = []
        if title:
            inner.append([self.cell('**' + title if not title.startswith('**') else title, size + 0.5,
                                    color=colors.white if title_bg else colors.black)])
        for f in flow_texts:
            inner.append([self.cell('~~' + f, size) if isinstance(f, str) else f])
        tb = Table(inner, colWidths=[width or '100%'], hAlign='LEFT')
        sty = [('BOX', (0, 0), (-1, -1), border, colors.black), ('BACKGROUND', (0, 0), (-1, -1), bg),
               ('LEFTPADDING', (0, 0), (-1, -1), 5), ('RIGHTPADDING', (0, 0), (-1, -1), 5),
               ('TOPPADDING', (0, 0), (-1, -1), 1.5), ('BOTTOMPADDING', (0, 0), (-1, -1), 1.5)]
        if title and title_bg:
            sty.append(('BACKGROUND', (0, 0), (-1, 0), title_bg))
        tb.setStyle(TableStyle(sty))
        self.story.append(tb)

    def add(self, flowable):
        self.story.append(flowable)

    def pb(self):
        self.story.append(PageBreak())

    def fb(self):
        self.story.append(FrameBreak())

    # ---------- labels
    def lab(self, marker, aspect, status, ev, **kw):
        d = {'marker': marker, 'aspect': aspect, 'status': status}
        for k in ('ihc_score', 'percent', 'ratio', 'alteration', 'value'):
            if k in kw:
                d[k] = kw.pop(k)
        if kw.pop('optional', False):
            d['optional'] = True
        assert not kw, kw
        self.labels.append((d, ev if isinstance(ev, (list, tuple)) else [ev]))

    # ---------- build
    def _deco(self, canv, doc):
        W, H = self.pagesize
        canv.saveState()
        hf = BOLD[self.font]
        if self.header:
            left, right = self.header
            canv.setFont(hf, 7.5); canv.drawString(15 * mm, H - 10 * mm, self.fix(left))
            canv.setFont(self.font, 7); canv.drawRightString(W - 15 * mm, H - 10 * mm, self.fix(right))
            canv.setStrokeColor(self.accent); canv.setLineWidth(0.8)
            canv.line(15 * mm, H - 11.5 * mm, W - 15 * mm, H - 11.5 * mm)
        canv.setFont(self.font, 6.5)
        ft = self.footer or ''
        lines = ft.split('\n') if ft else []
        y = 8 * mm + 3 * (len(lines))
        for ln in lines:
            canv.drawString(15 * mm, y, self.fix(ln)); y -= 8
        canv.drawRightString(W - 15 * mm, 8 * mm, 'Page %d' % doc.page)
        canv.restoreState()

    def build(self, path):
        W, H = self.pagesize
        lm, rm, tm, bm = 15 * mm, 15 * mm, 15 * mm, 18 * mm
        fw, fh = W - lm - rm, H - tm - bm
        doc = BaseDocTemplate(path, pagesize=self.pagesize, leftMargin=lm, rightMargin=rm,
                              topMargin=tm, bottomMargin=bm, title='Report %s' % self.rid,
                              author='markerflow probe5 (synthetic)')
        single = Frame(lm, bm, fw, fh, id='single', leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        tpls = []
        if self.twocol:
            th = (self.top_h or 45) * mm
            gap = 6 * mm
            cw = (fw - gap) / 2
            top = Frame(lm, bm + fh - th, fw, th, id='top', leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
            c1 = Frame(lm, bm, cw, fh - th - 3 * mm, id='c1', leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
            c2 = Frame(lm + cw + gap, bm, cw, fh - th - 3 * mm, id='c2', leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
            tpls.append(PageTemplate('first', [top, c1, c2], onPage=self._deco))
            tpls.append(PageTemplate('rest', [single], onPage=self._deco))
            self.story.insert(0, NextPageTemplate('rest'))
        else:
            tpls.append(PageTemplate('rest', [single], onPage=self._deco))
        doc.addPageTemplates(tpls)
        doc.build(self.story)


def norm(s):
    s = s.replace('\u00a0', ' ')
    return re.sub(r'\s+', ' ', s).strip().lower()
