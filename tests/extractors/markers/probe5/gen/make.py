"""Build files/<id>.orig.pdf and labels.jsonl of this probe side by side.
Run: python gen/make.py [--check] (reportlab; pdfplumber for --check)"""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import norm
import hosp, lab1, lab2

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(BASE, 'files')


def main():
    os.makedirs(OUT, exist_ok=True)
    reps = [f() for f in hosp.ALL + lab1.ALL + lab2.ALL]
    ids = [r.rid for r in reps]
    assert ids == [str(i) for i in range(2101, 2141)], ids
    lines = []
    for r in reps:
        r.build(os.path.join(OUT, r.rid + '.orig.pdf'))
        lines.append(json.dumps({'id': r.rid, 'markers': [d for d, _ in r.labels]}, ensure_ascii=False))
    with open(os.path.join(BASE, 'labels.jsonl'), 'w') as f:
        f.write('\n'.join(lines) + '\n')
    n = sum(len(r.labels) for r in reps); o = sum(1 for r in reps for d, _ in r.labels if d.get('optional'))
    print('reports', len(reps), 'labels', n, 'optional', o)
    if '--check' in sys.argv:
        check(reps)


def check(reps):
    import pdfplumber
    bad = 0
    for r in reps:
        with pdfplumber.open(os.path.join(OUT, r.rid + '.orig.pdf')) as pdf:
            texts = []
            for pg in pdf.pages:
                texts.append(pg.extract_text() or '')
                w = pg.width
                texts.append(pg.crop((0, 0, w / 2, pg.height)).extract_text() or '')
                texts.append(pg.crop((w / 2, 0, w, pg.height)).extract_text() or '')
            full = norm(' '.join(texts))
        for d, evs in r.labels:
            for ev in evs:
                if norm(ev) not in full:
                    bad += 1
                    print('MISSING', r.rid, d['marker'], d['aspect'], repr(ev))
            for k in ('alteration', 'value'):
                pass
    print('evidence problems:', bad)


if __name__ == '__main__':
    main()
