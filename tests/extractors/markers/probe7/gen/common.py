import json, os
from xml.sax.saxutils import escape as _esc
def escape(t): return _esc(t.replace('≥', '>='))
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, PageBreak, KeepTogether, FrameBreak, NextPageTemplate)

OUT = '/work/probe7/files'
SS = getSampleStyleSheet()
def st(name, **kw):
    base = kw.pop('parent', SS['Normal'])
    return ParagraphStyle(name, parent=base, **kw)
BODY = st('b', fontName='Helvetica', fontSize=9, leading=11.5)
SMALL = st('s', fontName='Helvetica', fontSize=7.5, leading=9)
H1 = st('h1', fontName='Helvetica-Bold', fontSize=13, leading=16, spaceBefore=4, spaceAfter=4)
H2 = st('h2', fontName='Helvetica-Bold', fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=3)
H3 = st('h3', fontName='Helvetica-Bold', fontSize=9, leading=11, spaceBefore=4, spaceAfter=2)
MONO = st('m', fontName='Courier', fontSize=8.5, leading=10.5)
SERIF = st('sf', fontName='Times-Roman', fontSize=10.5, leading=13.5)

def P(t, s=BODY): return Paragraph(t.replace('&#8805;', '&gt;=').replace('≥', '&gt;='), s)
def E(t, s=BODY): return Paragraph(escape(t), s)
def H(t, lvl=2): return Paragraph(t, {1: H1, 2: H2, 3: H3}[lvl])
def SP(h=4): return Spacer(1, h)

def T(rows, widths=None, header=True, s=SMALL, grid=True, bg=colors.HexColor('#dde6ee'), repeat=True, font=None):
    data = [[c if not isinstance(c, str) else Paragraph(escape(c), s) for c in r] for r in rows]
    t = Table(data, colWidths=widths, repeatRows=1 if (header and repeat) else 0)
    cmds = [('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LEFTPADDING', (0, 0), (-1, -1), 3),
            ('RIGHTPADDING', (0, 0), (-1, -1), 3), ('TOPPADDING', (0, 0), (-1, -1), 2), ('BOTTOMPADDING', (0, 0), (-1, -1), 2)]
    if grid: cmds.append(('GRID', (0, 0), (-1, -1), 0.4, colors.grey))
    else: cmds.append(('LINEBELOW', (0, 0), (-1, 0), 0.6, colors.black))
    if header: cmds.append(('BACKGROUND', (0, 0), (-1, 0), bg))
    t.setStyle(TableStyle(cmds))
    return t

def KV(pairs, widths=(55*mm, 115*mm), s=BODY, grid=False):
    rows = [[Paragraph('<b>%s</b>' % escape(k), s), Paragraph(escape(v), s)] for k, v in pairs]
    t = Table(rows, colWidths=widths)
    cmds = [('VALIGN', (0, 0), (-1, -1), 'TOP'), ('TOPPADDING', (0, 0), (-1, -1), 1), ('BOTTOMPADDING', (0, 0), (-1, -1), 1)]
    if grid: cmds.append(('GRID', (0, 0), (-1, -1), 0.4, colors.grey))
    t.setStyle(TableStyle(cmds)); return t

def BOX(flows, color='#1f4e79', width=170*mm, fill='#f2f6fa'):
    t = Table([[f] for f in flows], colWidths=[width])
    t.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 1.2, colors.HexColor(color)),
                           ('BACKGROUND', (0, 0), (-1, -1), colors.HexColor(fill)),
                           ('LEFTPADDING', (0, 0), (-1, -1), 6)]))
    return t

def build(rid, story, org, sub='', patient=None, footer='', pagesize=A4, two_col_after_first=False, accent='#1f4e79', serif=False):
    path = os.path.join(OUT, '%s.orig.pdf' % rid)
    W, Hh = pagesize
    def onpage(c, doc):
        c.saveState()
        c.setFillColor(colors.HexColor(accent)); c.rect(0, Hh - 22*mm, W, 22*mm, stroke=0, fill=1)
        c.setFillColor(colors.white); c.setFont('Times-Bold' if serif else 'Helvetica-Bold', 14)
        c.drawString(15*mm, Hh - 11*mm, org)
        c.setFont('Helvetica', 8); c.drawString(15*mm, Hh - 17*mm, sub)
        if patient:
            c.setFillColor(colors.black); c.setFont('Helvetica', 7.5)
            c.drawString(15*mm, Hh - 27*mm, patient)
        c.setFillColor(colors.grey); c.setFont('Helvetica', 7)
        c.drawString(15*mm, 10*mm, footer)
        c.drawRightString(W - 15*mm, 10*mm, 'Page %d' % doc.page)
        c.restoreState()
    doc = BaseDocTemplate(path, pagesize=pagesize, leftMargin=15*mm, rightMargin=15*mm,
                          topMargin=32*mm, bottomMargin=18*mm, title='Report %s' % rid, author=org)
    fw = W - 30*mm; fh = Hh - 50*mm
    one = Frame(15*mm, 18*mm, fw, fh, id='one')
    c1 = Frame(15*mm, 18*mm, fw/2 - 3*mm, fh, id='c1'); c2 = Frame(15*mm + fw/2 + 3*mm, 18*mm, fw/2 - 3*mm, fh, id='c2')
    doc.addPageTemplates([PageTemplate('one', [one], onPage=onpage), PageTemplate('two', [c1, c2], onPage=onpage)])
    doc.build(story)
    return path

LABELS = {}
KINDS = {}
def L(marker, aspect, status, **kw):
    d = {'marker': marker, 'aspect': aspect, 'status': status}
    d.update(kw); return d
def register(rid, kind, labels):
    LABELS[str(rid)] = labels; KINDS[str(rid)] = kind
