"""Shared plumbing for the probe50 generator: label records, the report registry,
and small flowable helpers. House styles live in each laboratory's module."""
from __future__ import annotations

import reportlab.rl_config as rl_config

rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (KeepTogether, PageBreak, Paragraph, Spacer, Table,
                                TableStyle)

REGISTRY: dict[int, dict] = {}

FIELD_ORDER = ["marker", "aspect", "status", "ihc_score", "percent", "ratio",
               "alteration", "value", "optional"]


def L(marker, aspect, status, ev, **fields):
    """One label; ev is a phrase or a list of phrases that must appear in the PDF text."""
    if isinstance(ev, str):
        ev = [ev]
    rec = {"marker": marker, "aspect": aspect, "status": status}
    rec.update(fields)
    rec = {k: rec[k] for k in FIELD_ORDER if k in rec}
    return {"label": rec, "ev": list(ev)}


def report(rid, lab, document, tumour, kinds, labels):
    """Register a report function: it returns the story (a list of flowables)."""
    def deco(fn):
        REGISTRY[rid] = {"fn": fn, "lab": lab, "document": document, "tumour": tumour,
                         "kinds": kinds, "labels": labels}
        return fn
    return deco


def style(name, font="Helvetica", size=9, leading=None, color=colors.black, align=TA_LEFT,
          space_before=0, space_after=0, left=0, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size,
                          leading=leading or size * 1.22, textColor=color, alignment=align,
                          spaceBefore=space_before, spaceAfter=space_after, leftIndent=left, **kw)


def paras(text, st):
    """Split a text on blank lines into paragraphs."""
    return [Paragraph(chunk.strip().replace("\n", " "), st)
            for chunk in text.strip().split("\n\n") if chunk.strip()]


def cells(rows, st):
    """Turn strings into Paragraphs so that cells wrap; leave flowables alone."""
    out = []
    for row in rows:
        out.append([Paragraph(c, st) if isinstance(c, str) else c for c in row])
    return out


__all__ = ["REGISTRY", "L", "report", "style", "paras", "cells", "colors", "mm",
           "TA_CENTER", "TA_LEFT", "TA_RIGHT", "Paragraph", "Spacer", "Table", "TableStyle",
           "PageBreak", "KeepTogether", "ParagraphStyle"]


from reportlab.pdfgen import canvas as _canvas


def numbered(draw):
    """A canvas class that knows the page total: draw(canv, page, total) runs on every page."""
    class NumberedCanvas(_canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                draw(self, self._pageNumber, total)
                _canvas.Canvas.showPage(self)
            _canvas.Canvas.save(self)
    return NumberedCanvas


def patient(rid):
    """Patient letter for a report id: 6601 -> A, ..., 6626 -> Z, 6627 -> AA."""
    n = rid - 6601
    return "Patient " + (chr(65 + n) if n < 26 else "A" + chr(65 + n - 26))


__all__ += ["numbered", "patient"]
