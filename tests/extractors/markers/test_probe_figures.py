"""The blind probes' figures may only go up (README.md in probe/ to probe7/).

Each probe was written without sight of the extractor; its halves are scored apart like the
corpus's tune and check sets, and its check half (ids ending in 0 or 5) is never read by whoever
writes rules. Figures are cut (not rounded) to three places, measured with `markerflow eval
--corpus tests/extractors/markers/probeN --renderings text` (the third probe: `--renderings
original`, laboratories' own PDFs). The first probe's floors were re-based after kinds written
from its tune half; on 2026-12-04 kinds were also written from the tune halves of the second
and third probes, and every floor was raised to its figures after that session's rounds, and
again after the next session's two rounds (laboratories' PDF layouts, checklist shares), and
after the three rounds of the session after (lab tick boxes, pathology kinds, false positives;
the tune halves of the first two probes and the fourth probe rose, no check half moved). The
fourth probe (written then, from LABELS.md and the note on report language only) is the clean
one: no rule has been written from it; its floors are its figures, measured after each
session (first sight at its own session's start: 0.951 / 0.915 / 0.932); from 2026-12-04 its
tune half was released for rules and the fifth probe took its place: 40 reports laid out as
hospitals' and laboratories' own PDFs (tables, two-column pages, tick boxes in fonts that draw
them), written the same way, first sight 0.876 / 0.698 / 0.777 over all 40 (its floors below).
A sixth of the same kind, written then and never read, first sight 0.909 / 0.824 / 0.865, is
the clean one now. After that session's rounds (kinds from the tune halves of the fourth and
fifth), the floors were raised to the figures: the third's check half rose (laboratory
layouts), the sixth by two results; the other check halves did not move. A seventh of the same
kind (22 laboratories' genomic and molecular reports, 18 hospitals' pathology reports), written
on 2026-12-05 the same way, first sight 0.962 / 0.932 / 0.947 over all 40, is the clean one from
then on; the sixth's tune half was released for rules. After that session's rounds (kinds
from the sixth's tune half, precision kinds, TCGA kinds, OCR-tolerant status words) the floors
were raised to the figures: the check halves of the second, fifth and sixth rose, the seventh
did not move. An eighth, of texts like the corpus's (24 hospitals' pathology and cytology
reports, 16 laboratories' molecular reports), rendered as digital, scan and fax by the
corpus's renderer, was written on 2026-12-05 the same way; first sight over all 40, text
rendering, 0.933 / 0.785 / 0.853. Its tune half was then released for rules; its check half
and the whole seventh stay unread. After that session's rounds its tune half's floor was raised
to its figures (0.826 -> 0.948 F1); no check half moved in the text renderings. A ninth, of
texts again (28 hospitals' reports of 1996-2013, ten imitating OCR of a paper original, and 12
laboratories' reports), written on 2026-12-05 the same way, first sight over all 40, text
rendering, 0.900 / 0.848 / 0.873; its tune half was then released for rules. A tenth, of the
same kinds, written the same day, first sight 0.924 / 0.830 / 0.874, is never read: like the
seventh, it measures whether rules carry over. After that day's rounds (kinds from the ninth's
tune half, the silver tune half's TCGA wordings, precision and polarity kinds, an OCR speck in
a symbol) the floors were raised to the figures: the ninth's tune half 0.918 -> 0.981 and its
check half 0.652 -> 0.666, the eighth's tune half 0.947 -> 0.955, the seventh's tune half 0.944
-> 0.955 (never read), the tenth's 0.874 -> 0.882 over all 40 (precision 0.924 -> 0.942). An
eleventh (texts: 28 hospitals' reports, ten imitating OCR, and 12 laboratories') and a twelfth
(40 laboratories' reports laid out as PDFs), written the next day the same way, first sight
0.901 / 0.871 / 0.886 and 0.903 / 0.869 / 0.885 over all 40, had their tune halves released for
rules. A thirteenth (texts: 30 hospitals' reports, twelve OCR-like, and 10 laboratories'),
written after that day's first rounds, first sight 0.923 / 0.817 / 0.867 (0.928 / 0.811 / 0.866
on the day's starting code), is never read. After that day's rounds the floors were raised to
the figures. A fourteenth (texts: 30 hospitals' pathology reports, fourteen OCR-like, and 10
hospitals' molecular reports) and a fifteenth (40 laboratories' reports laid out as PDFs),
written the next day the same way, first sight 0.954 / 0.911 / 0.932 and 0.908 / 0.857 / 0.882
over all 40; the fourteenth is never read; the tune halves of the thirteenth and the fifteenth
were released for rules.
After that day's rounds the floors were raised to the figures. A sixteenth (texts: 30 hospitals'
pathology reports, seventeen OCR-like, and 10 laboratories' reports), written the next day the
same way, first sight 0.964 / 0.931 / 0.948 over all 40, is never read. After that day's rounds
the floors were raised to the figures (details on six tune halves, precision on four; the third
probe's check half, never read, rose from 0.903 to 0.953 with that day's detail kinds). The
sixteenth's tune half was then released for rules. A seventeenth (texts: 28 hospitals'
reports, fourteen OCR-like, and 12 laboratories') and an eighteenth (40 laboratories' reports
laid out as PDFs), written the next day the same way, first sight 0.983 / 0.924 / 0.953 and
0.941 / 0.874 / 0.906 over all 40; the seventeenth is never read, the eighteenth's tune half
was released for rules. After that day's rounds the floors were raised to the figures: the tune
halves of the sixteenth (0.946 -> 0.985) and the eighteenth (0.913 -> 0.990) rose, their check
halves did not move; of the never-read, the tenth lost one false result and the fourteenth's
details rose by two results. A nineteenth was written that day from the quotes of the corpus
tune half's labels only: the same findings in other wordings, first sight 0.946 / 0.887 / 0.915
over all 40 (on the day's code after its first rounds) against 0.972 for the corpus tune half's
own words; its tune half was then released for rules, and its floors are the figures after
them (the check half did not move). A twentieth (50 short reports laid out by kind of wording:
19 kinds from the note on report language, each in six or more wordings) was written the next
day, first sight 0.957 / 0.795 / 0.868 over all 50; its tune half was then released for one
round of kinds by mechanism, and its floors are the figures after it: tune 0.868 -> 0.959, the
check half did not move (0.869). A twenty-first (30 short reports, never read) was written after
that round from a description of the ten kinds it had built mechanisms for, each kind in five or
more new wordings with near misses beside them: 0.827 / 0.545 / 0.657 on the round's starting
code, 0.839 / 0.593 / 0.695 after it (six results of 56 missed); its floors are the latter.
A round later the twenty-first's kind list (its README, not its texts) was widened by mechanism
in wordings of our own: 0.859 / 0.691 / 0.766 after it, its floors raised to that. A
twenty-second (30 short reports of the same ten kinds in new wordings, never read) was written
before that round: first sight 0.841 / 0.578 / 0.685, 0.870 / 0.625 / 0.727 after it; its floors
are the latter. A twenty-fourth (30 whole invented reports, 45 to 110 lines each: results in
diagnosis lines, synoptic summaries, addenda, comments and molecular summaries among history,
methods, criteria and pending tests; never read) was written on 2026-12-06: first sight 0.930 /
0.988 / 0.958 (check half 0.930); its floors are that first sight. The same day the
twenty-first's tune half was released for rules (kinds by mechanism in wordings of our own):
its tune half rose 0.765 -> 0.916, its check half did not move; the twenty-second (never read)
rose 0.751 -> 0.817 on its tune half (details 0.865 -> 0.905) and 0.581 -> 0.625 on its check
half; the floors were raised to these.

The twenty-fifth (30 whole genomic and biomarker reports as laboratories lay them out, never
read) gave at first sight P / R / F1 0.867 / 0.898 / 0.882 (tune 0.876, check 0.917), the same
in its digital, scan and fax renderings within 0.006. Then the twenty-second's tune half and
the twenty-fifth's were released for rules: the twenty-second's tune half rose 0.817 -> 0.904,
the twenty-fifth's 0.876 -> 0.961, the twenty-fifth's check half 0.917 -> 0.930 (one false
result fewer), the twenty-second's check half did not move; the floors are these. The last
rule of the day (a 'Not detected in plasma:' label over its list) raised the never-read check
halves of the ninth (0.711 -> 0.885) and twentieth (0.869 -> 0.953) probes: floors raised.

On 2026-12-06 (a later session) three more were written the same way: a twenty-sixth (30 older
dictated pathology reports), first sight 0.916 / 0.956 / 0.936; a twenty-seventh (30 single-test
and small-panel laboratory reports), first sight 0.784 / 0.964 / 0.865; a twenty-eighth (30
uploads as they arrive: hospitals' reports and laboratories'), first sight 0.922 / 0.809 / 0.862
on that day's code after the rounds of the first two. Each one's tune half was released for
rules after its first sight; their check halves stay unread. After the day's rounds the floors
were raised to the figures. Of the never-read sets, the tenth's check half rose (0.938 ->
0.951), the fourteenth's tune half (0.947 -> 0.959), the twenty-third's (0.865 -> 0.874; its
check half 0.800 -> 0.816) and the twenty-fourth's (0.965 -> 0.969; check 0.929 -> 0.942).
The same day the scorer began to read a burden's unit in any of its spellings ('Muts/Mb',
'mutations/Mb') as LABELS.md's 'mut/Mb', which raised the details of several sets whose labels
use them (the fifth's tune half 0.869 -> 0.918, the eighteenth's 0.871 -> 0.929); before that
change the day's rules had lowered the twenty-third's tune-half details 0.872 -> 0.854, where a
result newly found carries such a label.
The next session five more were written the same way: a twenty-ninth (30 hospital pathology
reports of the tumour-archive years), first sight 0.951 / 0.965 / 0.958; a thirtieth (30
laboratories' genomic reports), 0.829 / 0.904 / 0.865; a thirty-first (30 older and smaller
laboratories' genomic reports), 0.812 / 0.841 / 0.826; a thirty-second (30 uploads as they
arrive) 0.937 / 0.955 / 0.946 and a thirty-third (30 laboratories' genomic reports from many
countries) 0.903 / 0.919 / 0.911, all on that session's starting code. The tune halves of the
twenty-ninth to thirty-first were released for rules; the thirty-second and thirty-third stay
unread whole. The scorer began to take a frameshift written short or long ('Q1756fs',
'Q1756Pfs*74') as one change, which raised details wherever labels and output differ only so
(the third's, fourth's, eighth's tune halves to 1.0); after the day's rounds the floors were
raised to the figures (the eighteenth's check half 0.870 -> 0.888, the twenty-fifth's 0.929 ->
0.942, the tenth's tune-half precision 0.950 -> 0.966, never read).
A later session wrote four more the same way: a thirty-eighth (30 hospital reports with
immunostain panels), first sight 0.936 / 0.964 / 0.950; a thirty-ninth (30 molecular reports in
prose), 0.835 / 0.878 / 0.856; a fortieth (30 single-test biomarker reports), 0.890 / 0.945 /
0.916; a forty-first (30 clinicians' letters quoting results), 0.928 / 0.928 / 0.928, all on
8d31ac6. The tune halves of the thirty-sixth, thirty-seventh, thirty-ninth and fortieth were
released for rules; the thirty-eighth and forty-first stay unread whole. After the day's rounds
the floors were raised to the figures (the fourteenth's check half, never read, 0.870 -> 0.923;
the sixth's 0.867 -> 0.891, the eighth's 0.936 -> 0.948, the twenty-fifth's 0.942 -> 0.956).
The session after wrote four more the same way: a forty-second (30 laboratories' own genomic
profiling PDFs, read as the originals), first sight 0.779 / 0.804 / 0.791; a forty-third (30
laboratories' and hospitals' own biomarker PDFs), 0.849 / 0.878 / 0.863; a forty-fourth (30
archival surgical pathology reports), 0.973 / 0.966 / 0.970; a forty-fifth (30 hospital
reports and letters carrying molecular results), 0.928 / 0.884 / 0.905, all on d8512b3. Their
tune halves were released for rules. After the day's rounds their floors were set to the
figures and the fortieth's tune-half details raised (0.912 -> 0.929, two specimens' scores now
two results); no other set moved.
The session after wrote four more the same way: a forty-sixth (30 laboratories' own genomic
profiling PDFs), first sight 0.836 / 0.870 / 0.853; a forty-seventh (30 tumour-archive
pathology reports, half spoiled by OCR), 0.912 / 0.883 / 0.897; a forty-eighth (30 hospitals'
single-gene and small-panel molecular reports), 0.790 / 0.891 / 0.838; a forty-ninth (30
laboratories' and hospitals' immunostain and ISH biomarker PDFs), 0.773 / 0.895 / 0.829, all
on 2d30704. Their tune halves were released for rules. After the day's rounds their floors were
set to the figures and the others raised where they rose: of the check halves, the forty-fifth
(0.907 -> 0.925) and the sixth (0.891 -> 0.902) by F1, the first's, the thirty-eighth's and
the forty-second's by details; the scorer's reading of an Allred sum with or without its scale
raised the details of the twentieth, forty-first and forty-fifth. None was lowered.
The session after wrote four more the same way: a fiftieth (30 laboratories' own genomic PDFs
with serial and paired samples), first sight 0.736 / 0.620 / 0.673; a fifty-first (30 surgical
pathology reports with synoptic biomarker sections), 0.932 / 0.938 / 0.935; a fifty-second (30
pathology PDFs with biomarker addenda), 0.867 / 0.904 / 0.885; a fifty-third (30 genomic
reports exported as text), 0.888 / 0.834 / 0.860, all on 9bcf2ef. Their tune halves were
released for rules; after the day's rounds their floors were set to the figures and the
others raised where they rose. None was lowered.
Later sessions went on the same way; the last wrote a sixty-second (30 neuropathology reports
of gliomas, other brain tumours and brain metastases), first sight 0.890 / 0.910 / 0.900; a
sixty-third (30 thoracic pathology reports), 0.892 / 0.847 / 0.869; a sixty-fourth (30
paediatric solid tumour and sarcoma reports), 0.929 / 0.919 / 0.924; a sixty-fifth (30
laboratories' fusion and comprehensive panel PDFs, read as the originals), 0.869 / 0.859 /
0.864, all on 87a0ac0. Their tune halves were released for rules; after the session's rounds
their floors were set to the figures and the others raised where they rose (the tenth's check
half, never read, 0.951 -> 0.976). None was lowered.
"""

from pathlib import Path

import pytest

from extractors.labelled_corpus import Rendering, evaluate_split, read_labels

MARKERS = Path(__file__).parent
FLOOR = {
    "probe": {
        "tune": {"precision": 1.0, "recall": 0.996, "f1": 0.998, "details": 1.0},
        "check": {"precision": 0.942, "recall": 0.904, "f1": 0.923, "details": 1.0},
    },
    "probe2": {
        "tune": {"precision": 0.989, "recall": 0.992, "f1": 0.99, "details": 1.0},
        "check": {"precision": 0.949, "recall": 0.875, "f1": 0.91, "details": 0.896},
    },
    "probe3": {
        "tune": {"precision": 1.0, "recall": 1.0, "f1": 1.0, "details": 1.0},
        "check": {"precision": 0.939, "recall": 0.968, "f1": 0.953, "details": 1.0},
    },
    "probe4": {
        "tune": {"precision": 0.988, "recall": 1.0, "f1": 0.994, "details": 1.0},
        "check": {"precision": 0.944, "recall": 1.0, "f1": 0.971, "details": 1.0},
    },
    # The fifth (laboratories' and hospitals' laid-out PDFs): kinds from its tune half.
    "probe5": {
        "tune": {"precision": 1.0, "recall": 0.993, "f1": 0.996, "details": 0.95},
        "check": {"precision": 0.966, "recall": 0.725, "f1": 0.828, "details": 0.875},
    },
    # The sixth (laid out the same way): kinds from its tune half since 2026-12-05.
    "probe6": {
        "tune": {"precision": 0.992, "recall": 1.0, "f1": 0.996, "details": 1.0},
        "check": {"precision": 0.948, "recall": 0.86, "f1": 0.902, "details": 1.0},
    },
    # The seventh (laid out the same way, more genomic reports): never read; measured, not earned.
    "probe7": {
        "tune": {"precision": 0.984, "recall": 0.956, "f1": 0.97, "details": 0.937},
        "check": {"precision": 1.0, "recall": 1.0, "f1": 1.0, "details": 0.875},
    },
    # The eighth (texts, hospitals' and laboratories'): kinds from its tune half since 2026-12-05.
    "probe8": {
        "tune": {"precision": 1.0, "recall": 0.985, "f1": 0.992, "details": 1.0},
        "check": {"precision": 0.951, "recall": 1.0, "f1": 0.975, "details": 1.0},
    },
    # The ninth (texts, TCGA-era hospitals' and laboratories'): kinds from its tune half.
    "probe9": {
        "tune": {"precision": 0.99, "recall": 0.99, "f1": 0.99, "details": 1.0},
        "check": {"precision": 0.958, "recall": 0.821, "f1": 0.884, "details": 0.888},
    },
    # The tenth (texts, the same kinds of sources): never read; measured, not earned.
    "probe10": {
        "tune": {"precision": 0.966, "recall": 0.85, "f1": 0.904, "details": 0.931},
        "check": {"precision": 0.976, "recall": 0.976, "f1": 0.976, "details": 0.818},
    },
    # The eleventh (texts, TCGA-era hospitals' and laboratories'): kinds from its tune half.
    "probe11": {
        "tune": {"precision": 0.982, "recall": 1.0, "f1": 0.991, "details": 1.0},
        "check": {"precision": 0.972, "recall": 1.0, "f1": 0.985, "details": 1.0},
    },
    # The twelfth (laboratories' laid-out PDFs): kinds from its tune half.
    "probe12": {
        "tune": {"precision": 1.0, "recall": 0.969, "f1": 0.984, "details": 0.981},
        "check": {"precision": 0.931, "recall": 0.931, "f1": 0.931, "details": 1.0},
    },
    # The thirteenth (texts, the same kinds as the eleventh): kinds from its tune half since
    # 2026-12-05 (it had been never read).
    "probe13": {
        "tune": {"precision": 0.946, "recall": 0.959, "f1": 0.953, "details": 1.0},
        "check": {"precision": 1.0, "recall": 0.962, "f1": 0.981, "details": 1.0},
    },
    # The fourteenth (texts, hospitals' pathology and molecular reports): never read; measured,
    # not earned.
    "probe14": {
        "tune": {"precision": 0.975, "recall": 0.952, "f1": 0.963, "details": 0.962},
        "check": {"precision": 0.937, "recall": 0.909, "f1": 0.923, "details": 1.0},
    },
    # The fifteenth (laboratories' laid-out PDFs): kinds from its tune half.
    "probe15": {
        "tune": {"precision": 0.968, "recall": 0.992, "f1": 0.98, "details": 1.0},
        "check": {"precision": 0.914, "recall": 0.888, "f1": 0.901, "details": 1.0},
    },
    # The sixteenth (texts, hospitals' pathology and laboratories' reports): its tune half
    # released for rules after its first sight; its check half never read.
    "probe16": {
        "tune": {"precision": 0.992, "recall": 0.992, "f1": 0.992, "details": 1.0},
        "check": {"precision": 0.968, "recall": 0.939, "f1": 0.953, "details": 1.0},
    },
    # The seventeenth (texts, hospitals' pathology and laboratories' reports): never read;
    # first sight, measured, not earned.
    "probe17": {
        "tune": {"precision": 0.985, "recall": 0.958, "f1": 0.972, "details": 0.936},
        "check": {"precision": 0.975, "recall": 1.0, "f1": 0.987, "details": 1.0},
    },
    # The eighteenth (laboratories' reports laid out as PDFs): first sight; its tune half
    # released for rules after it, its check half never read.
    "probe18": {
        "tune": {"precision": 0.993, "recall": 0.988, "f1": 0.99, "details": 0.957},
        "check": {"precision": 0.937, "recall": 0.937, "f1": 0.937, "details": 0.769},
    },
    # The nineteenth (the corpus tune half's findings in other wordings): tune half released
    # for rules after its first sight; its check half never read.
    "probe19": {
        "tune": {"precision": 0.978, "recall": 0.95, "f1": 0.964, "details": 0.946},
        "check": {"precision": 0.969, "recall": 0.888, "f1": 0.927, "details": 1.0},
    },
    "probe20": {
        "tune": {"precision": 0.992, "recall": 0.942, "f1": 0.967, "details": 0.926},
        "check": {"precision": 0.98, "recall": 0.927, "f1": 0.953, "details": 0.866},
    },
    # (its tune half released for rules on 2026-12-06, its check half never read)
    "probe21": {
        "tune": {"precision": 0.967, "recall": 0.88, "f1": 0.921, "details": 1.0},
        "check": {"precision": 0.937, "recall": 0.652, "f1": 0.769, "details": 1.0},
    },
    # (its tune half released for rules on 2026-12-06, session 28; its check half never read)
    "probe22": {
        "tune": {"precision": 0.978, "recall": 0.867, "f1": 0.92, "details": 0.96},
        "check": {"precision": 1.0, "recall": 0.454, "f1": 0.625, "details": 1.0},
    },
    # The twenty-third (texts whose results are broken by line ends): never read; first sight
    # 0.817 (check 0.776), these after the soft line ends were read (2026-12-06).
    "probe23": {
        "tune": {"precision": 0.959, "recall": 0.803, "f1": 0.874, "details": 0.937},
        "check": {"precision": 0.869, "recall": 0.769, "f1": 0.816, "details": 1.0},
    },
    # The twenty-fourth (whole reports, results among everything else a report says): never
    # read; first sight (2026-12-06).
    "probe24": {
        "tune": {"precision": 0.955, "recall": 1.0, "f1": 0.977, "details": 1.0},
        "check": {"precision": 0.916, "recall": 0.97, "f1": 0.942, "details": 1.0},
    },
    # The twenty-fifth (laboratories' genomic and biomarker reports, whole): first sight
    # 0.876 (check 0.917) before its tune half was released; these after the day's rules.
    "probe25": {
        "tune": {"precision": 0.978, "recall": 0.973, "f1": 0.976, "details": 0.987},
        "check": {"precision": 0.97, "recall": 0.942, "f1": 0.956, "details": 0.882},
    },
    # The twenty-sixth (older dictated pathology reports, whole): first sight 0.936 (tune
    # 0.935, check 0.936) before its tune half was released; these after the day's rules.
    "probe26": {
        "tune": {"precision": 1.0, "recall": 1.0, "f1": 1.0, "details": 0.921},
        "check": {"precision": 1.0, "recall": 0.88, "f1": 0.936, "details": 1.0},
    },
    # The twenty-seventh (single-test and small-panel laboratory reports): first sight 0.865
    # (tune 0.859, check 0.884); its tune half released after it; these after the day's rules.
    "probe27": {
        "tune": {"precision": 1.0, "recall": 1.0, "f1": 1.0, "details": 0.894},
        "check": {"precision": 0.826, "recall": 1.0, "f1": 0.904, "details": 0.857},
    },
    # The twenty-eighth (uploads as they arrive, whole): first sight 0.862 (tune 0.861,
    # check 0.864) before its tune half was released; these after the day's last rounds.
    "probe28": {
        "tune": {"precision": 0.98, "recall": 0.935, "f1": 0.957, "details": 0.925},
        "check": {"precision": 0.904, "recall": 0.826, "f1": 0.863, "details": 1.0},
    },
    # The twenty-ninth (hospital pathology of the tumour-archive years) and the thirtieth
    # (laboratories' genomic reports): first sight 0.958 (tune 0.967, check 0.905) and 0.865
    # (tune 0.864, check 0.868) before their tune halves were released; the thirty-first
    # (older and smaller laboratories' genomic reports) first sight 0.826 (0.854 on the day's
    # code before its tune half was released); the thirty-second (uploads as they arrive) and
    # the thirty-third (laboratories of many countries) are never read, first sight 0.946 and
    # 0.911. These after the day's last rounds.
    "probe29": {
        "tune": {"precision": 1.0, "recall": 1.0, "f1": 1.0, "details": 0.96},
        "check": {"precision": 0.863, "recall": 0.95, "f1": 0.904, "details": 1.0},
    },
    "probe30": {
        "tune": {"precision": 0.984, "recall": 0.976, "f1": 0.98, "details": 0.929},
        "check": {"precision": 0.923, "recall": 0.888, "f1": 0.905, "details": 0.833},
    },
    "probe31": {
        "tune": {"precision": 0.891, "recall": 0.916, "f1": 0.904, "details": 1.0},
        "check": {"precision": 0.925, "recall": 0.877, "f1": 0.9, "details": 1.0},
    },
    "probe32": {
        "tune": {"precision": 0.933, "recall": 0.957, "f1": 0.945, "details": 0.931},
        "check": {"precision": 1.0, "recall": 0.947, "f1": 0.972, "details": 1.0},
    },
    "probe33": {
        "tune": {"precision": 0.922, "recall": 0.916, "f1": 0.919, "details": 0.983},
        "check": {"precision": 0.903, "recall": 0.965, "f1": 0.933, "details": 0.909},
    },
    # The thirty-fourth to thirty-seventh (laboratories' genomic panels and plasma reports,
    # hospital molecular pathology, multi-part archive pathology, uploads): first sight 0.865,
    # 0.845, 0.941 and 0.933; 34's and 35's tune halves released after it, 36 and 37 never read.
    "probe34": {
        "tune": {"precision": 0.886, "recall": 0.919, "f1": 0.903, "details": 0.934},
        "check": {"precision": 0.978, "recall": 1.0, "f1": 0.989, "details": 0.947},
    },
    "probe35": {
        "tune": {"precision": 0.923, "recall": 0.95, "f1": 0.936, "details": 1.0},
        "check": {"precision": 0.735, "recall": 0.735, "f1": 0.735, "details": 0.9},
    },
    "probe36": {
        "tune": {"precision": 0.988, "recall": 1.0, "f1": 0.994, "details": 0.925},
        "check": {"precision": 1.0, "recall": 1.0, "f1": 1.0, "details": 1.0},
    },
    "probe37": {
        "tune": {"precision": 0.951, "recall": 0.991, "f1": 0.971, "details": 0.941},
        "check": {"precision": 0.972, "recall": 1.0, "f1": 0.986, "details": 1.0},
    },
    "probe38": {
        "tune": {"precision": 0.936, "recall": 0.956, "f1": 0.946, "details": 0.963},
        "check": {"precision": 0.933, "recall": 1.0, "f1": 0.965, "details": 1.0},
    },
    "probe39": {
        "tune": {"precision": 0.909, "recall": 0.97, "f1": 0.938, "details": 0.924},
        "check": {"precision": 0.84, "recall": 0.954, "f1": 0.893, "details": 1.0},
    },
    "probe40": {
        "tune": {"precision": 0.931, "recall": 1.0, "f1": 0.964, "details": 0.929},
        "check": {"precision": 0.923, "recall": 0.972, "f1": 0.947, "details": 0.909},
    },
    "probe41": {
        "tune": {"precision": 0.957, "recall": 0.943, "f1": 0.95, "details": 0.902},
        "check": {"precision": 0.727, "recall": 0.8, "f1": 0.761, "details": 1.0},
    },
    # The forty-second to forty-fifth: laboratories' genomic PDFs and biomarker PDFs (their
    # originals), archival pathology and molecular results in hospital reports (texts); kinds
    # from their tune halves after their first sight.
    "probe42": {
        "tune": {"precision": 0.847, "recall": 0.837, "f1": 0.842, "details": 0.945},
        "check": {"precision": 0.758, "recall": 0.83, "f1": 0.792, "details": 0.954},
    },
    "probe43": {
        "tune": {"precision": 0.811, "recall": 0.884, "f1": 0.846, "details": 0.733},
        "check": {"precision": 0.947, "recall": 0.972, "f1": 0.96, "details": 1.0},
    },
    "probe44": {
        "tune": {"precision": 0.972, "recall": 0.954, "f1": 0.963, "details": 0.98},
        "check": {"precision": 1.0, "recall": 1.0, "f1": 1.0, "details": 1.0},
    },
    "probe45": {
        "tune": {"precision": 0.931, "recall": 0.915, "f1": 0.923, "details": 0.962},
        "check": {"precision": 0.943, "recall": 0.909, "f1": 0.925, "details": 0.941},
    },
    # The forty-sixth to forty-ninth: laboratories' genomic PDFs, tumour-archive pathology
    # (half spoiled by OCR), hospitals' single-gene reports and biomarker PDFs; kinds from their
    # tune halves after their first sight.
    "probe46": {
        "tune": {"precision": 0.926, "recall": 0.936, "f1": 0.931, "details": 0.95},
        "check": {"precision": 0.666, "recall": 0.941, "f1": 0.78, "details": 1.0},
    },
    "probe47": {
        "tune": {"precision": 0.961, "recall": 0.939, "f1": 0.95, "details": 0.967},
        "check": {"precision": 0.886, "recall": 0.839, "f1": 0.862, "details": 1.0},
    },
    "probe48": {
        "tune": {"precision": 0.909, "recall": 0.967, "f1": 0.937, "details": 0.974},
        "check": {"precision": 0.894, "recall": 1.0, "f1": 0.944, "details": 0.8},
    },
    "probe49": {
        "tune": {"precision": 0.863, "recall": 0.953, "f1": 0.906, "details": 0.847},
        "check": {"precision": 0.769, "recall": 0.714, "f1": 0.74, "details": 0.8},
    },
    "probe50": {
        "tune": {"precision": 0.866, "recall": 0.891, "f1": 0.879, "details": 0.953},
        "check": {"precision": 0.842, "recall": 0.774, "f1": 0.806, "details": 1.0},
    },
    "probe51": {
        "tune": {"precision": 0.943, "recall": 0.943, "f1": 0.943, "details": 0.867},
        "check": {"precision": 0.947, "recall": 0.947, "f1": 0.947, "details": 0.909},
    },
    "probe52": {
        "tune": {"precision": 0.886, "recall": 0.876, "f1": 0.881, "details": 0.866},
        "check": {"precision": 1.0, "recall": 1.0, "f1": 1.0, "details": 0.928},
    },
    "probe53": {
        "tune": {"precision": 0.915, "recall": 0.931, "f1": 0.923, "details": 0.984},
        "check": {"precision": 0.91, "recall": 0.927, "f1": 0.918, "details": 1.0},
    },
    "probe54": {
        "tune": {"precision": 0.967, "recall": 0.988, "f1": 0.978, "details": 0.934},
        "check": {"precision": 1.0, "recall": 1.0, "f1": 1.0, "details": 1.0},
    },
    "probe55": {
        "tune": {"precision": 0.91, "recall": 0.866, "f1": 0.887, "details": 0.921},
        "check": {"precision": 0.928, "recall": 0.735, "f1": 0.821, "details": 0.866},
    },
    "probe56": {
        "tune": {"precision": 0.933, "recall": 0.924, "f1": 0.928, "details": 0.897},
        "check": {"precision": 0.96, "recall": 1.0, "f1": 0.979, "details": 0.947},
    },
    "probe57": {
        "tune": {"precision": 0.97, "recall": 0.929, "f1": 0.949, "details": 0.875},
        "check": {"precision": 0.642, "recall": 0.947, "f1": 0.765, "details": 1.0},
    },
    "probe58": {
        "tune": {"precision": 0.914, "recall": 0.897, "f1": 0.905, "details": 0.661},
        "check": {"precision": 0.976, "recall": 0.953, "f1": 0.964, "details": 0.8},
    },
    "probe59": {
        "tune": {"precision": 0.934, "recall": 0.865, "f1": 0.898, "details": 0.913},
        "check": {"precision": 0.954, "recall": 0.875, "f1": 0.913, "details": 0.875},
    },
    "probe60": {
        "tune": {"precision": 0.946, "recall": 1.0, "f1": 0.972, "details": 0.957},
        "check": {"precision": 0.787, "recall": 0.962, "f1": 0.866, "details": 0.944},
    },
    "probe61": {
        "tune": {"precision": 0.939, "recall": 0.958, "f1": 0.948, "details": 0.945},
        "check": {"precision": 0.9, "recall": 1.0, "f1": 0.947, "details": 1.0},
    },
    # CNS tumours, thoracic pathology, paediatric tumours and sarcomas (texts), laboratories'
    # fusion and comprehensive panel PDFs: first sight 0.900, 0.869, 0.924 and 0.864; their
    # tune halves released after it, their check halves never read.
    "probe62": {
        "tune": {"precision": 0.942, "recall": 0.991, "f1": 0.966, "details": 0.979},
        "check": {"precision": 0.833, "recall": 0.882, "f1": 0.857, "details": 1.0},
    },
    "probe63": {
        "tune": {"precision": 0.932, "recall": 0.902, "f1": 0.917, "details": 0.933},
        "check": {"precision": 0.928, "recall": 0.928, "f1": 0.928, "details": 0.916},
    },
    "probe64": {
        "tune": {"precision": 0.932, "recall": 0.945, "f1": 0.938, "details": 0.828},
        "check": {"precision": 1.0, "recall": 0.884, "f1": 0.938, "details": 0.846},
    },
    "probe65": {
        "tune": {"precision": 0.973, "recall": 0.929, "f1": 0.95, "details": 0.981},
        "check": {"precision": 0.756, "recall": 0.965, "f1": 0.848, "details": 1.0},
    },
    "probe66": {
        "tune": {"precision": 0.979, "recall": 0.979, "f1": 0.979, "details": 0.941},
        "check": {"precision": 0.875, "recall": 0.875, "f1": 0.875, "details": 1.0},
    },
    "probe67": {
        "tune": {"precision": 0.967, "recall": 0.988, "f1": 0.978, "details": 0.934},
        "check": {"precision": 1.0, "recall": 1.0, "f1": 1.0, "details": 0.916},
    },
    "probe68": {
        "tune": {"precision": 0.96, "recall": 0.917, "f1": 0.938, "details": 0.894},
        "check": {"precision": 1.0, "recall": 0.892, "f1": 0.943, "details": 1.0},
    },
    "probe69": {
        "tune": {"precision": 0.973, "recall": 0.973, "f1": 0.973, "details": 0.948},
        "check": {"precision": 1.0, "recall": 0.941, "f1": 0.969, "details": 1.0},
    },
    "probe70": {
        "tune": {"precision": 1.0, "recall": 0.987, "f1": 0.993, "details": 1.0},
        "check": {"precision": 0.973, "recall": 0.88, "f1": 0.925, "details": 1.0},
    },
    "probe71": {
        "tune": {"precision": 0.962, "recall": 0.992, "f1": 0.977, "details": 0.98},
        "check": {"precision": 0.92, "recall": 1.0, "f1": 0.958, "details": 0.833},
    },
    "probe72": {
        "tune": {"precision": 0.966, "recall": 0.988, "f1": 0.977, "details": 1.0},
        "check": {"precision": 0.8, "recall": 0.923, "f1": 0.857, "details": 0.833},
    },
    "probe73": {
        "tune": {"precision": 0.971, "recall": 0.99, "f1": 0.981, "details": 0.943},
        "check": {"precision": 0.942, "recall": 1.0, "f1": 0.97, "details": 1.0},
    },
    "probe74": {
        "tune": {"precision": 0.984, "recall": 0.962, "f1": 0.973, "details": 0.937},
        "check": {"precision": 0.95, "recall": 1.0, "f1": 0.974, "details": 1.0},
    },
    "probe75": {
        "tune": {"precision": 0.764, "recall": 0.896, "f1": 0.825, "details": 0.888},
        "check": {"precision": 0.8, "recall": 0.941, "f1": 0.864, "details": 0.888},
    },
    "probe76": {
        "tune": {"precision": 0.987, "recall": 0.969, "f1": 0.978, "details": 0.909},
        "check": {"precision": 0.965, "recall": 0.903, "f1": 0.933, "details": 0.923},
    },
    "probe77": {
        "tune": {"precision": 0.883, "recall": 0.86, "f1": 0.871, "details": 0.95},
        "check": {"precision": 0.886, "recall": 0.783, "f1": 0.831, "details": 0.944},
    },
}
RENDERING = {
    "probe": Rendering.TEXT,
    "probe2": Rendering.TEXT,
    "probe3": Rendering.ORIGINAL,
    "probe4": Rendering.TEXT,
    "probe5": Rendering.ORIGINAL,
    "probe6": Rendering.ORIGINAL,
    "probe7": Rendering.ORIGINAL,
    "probe8": Rendering.TEXT,
    "probe9": Rendering.TEXT,
    "probe10": Rendering.TEXT,
    "probe11": Rendering.TEXT,
    "probe12": Rendering.ORIGINAL,
    "probe13": Rendering.TEXT,
    "probe14": Rendering.TEXT,
    "probe15": Rendering.ORIGINAL,
    "probe16": Rendering.TEXT,
    "probe17": Rendering.TEXT,
    "probe18": Rendering.ORIGINAL,
    "probe19": Rendering.TEXT,
    "probe20": Rendering.TEXT,
    "probe21": Rendering.TEXT,
    "probe22": Rendering.TEXT,
    "probe23": Rendering.TEXT,
    "probe24": Rendering.TEXT,
    "probe25": Rendering.TEXT,
    "probe26": Rendering.TEXT,
    "probe27": Rendering.TEXT,
    "probe28": Rendering.TEXT,
    "probe29": Rendering.TEXT,
    "probe30": Rendering.TEXT,
    "probe31": Rendering.TEXT,
    "probe32": Rendering.TEXT,
    "probe33": Rendering.TEXT,
    "probe34": Rendering.TEXT,
    "probe35": Rendering.TEXT,
    "probe36": Rendering.TEXT,
    "probe37": Rendering.TEXT,
    "probe38": Rendering.TEXT,
    "probe39": Rendering.TEXT,
    "probe40": Rendering.TEXT,
    "probe41": Rendering.TEXT,
    "probe42": Rendering.ORIGINAL,
    "probe43": Rendering.ORIGINAL,
    "probe44": Rendering.TEXT,
    "probe45": Rendering.TEXT,
    "probe46": Rendering.ORIGINAL,
    "probe47": Rendering.TEXT,
    "probe48": Rendering.TEXT,
    "probe49": Rendering.ORIGINAL,
    "probe50": Rendering.ORIGINAL,
    "probe51": Rendering.TEXT,
    "probe52": Rendering.ORIGINAL,
    "probe53": Rendering.TEXT,
    "probe54": Rendering.TEXT,
    "probe55": Rendering.ORIGINAL,
    "probe56": Rendering.TEXT,
    "probe57": Rendering.ORIGINAL,
    "probe58": Rendering.ORIGINAL,
    "probe59": Rendering.ORIGINAL,
    "probe60": Rendering.TEXT,
    "probe61": Rendering.TEXT,
    "probe62": Rendering.TEXT,
    "probe63": Rendering.TEXT,
    "probe64": Rendering.TEXT,
    "probe65": Rendering.ORIGINAL,
    "probe66": Rendering.TEXT,
    "probe67": Rendering.TEXT,
    "probe68": Rendering.ORIGINAL,
    "probe69": Rendering.TEXT,
    "probe70": Rendering.TEXT,
    "probe71": Rendering.TEXT,
    "probe72": Rendering.ORIGINAL,
    "probe73": Rendering.TEXT,
    "probe74": Rendering.TEXT,
    "probe75": Rendering.ORIGINAL,
    "probe76": Rendering.TEXT,
    "probe77": Rendering.ORIGINAL,
}


@pytest.fixture(scope="module", params=sorted(FLOOR))
def probe(request, tmp_path_factory):
    cache = tmp_path_factory.mktemp("probe-documents")
    rendering = RENDERING[request.param]
    # One process: 30 to 100 files are read in less time than two spawned readers take to
    # import the reading stack (a probe costs about half the CPU this way).
    scores = evaluate_split(MARKERS / request.param, [rendering], jobs=1, cache=cache)
    return request.param, scores[rendering]


@pytest.mark.parametrize("part", ["tune", "check"])
def test_the_blind_probes_keep_their_figures(probe, part):
    name, scores = probe
    evaluation, floor = scores[part], FLOOR[name][part]
    assert evaluation.overall.precision >= floor["precision"]
    assert evaluation.overall.recall >= floor["recall"]
    assert evaluation.overall.f1 >= floor["f1"]
    assert evaluation.detail_accuracy >= floor["details"]


@pytest.mark.parametrize(
    ("name", "reports"),
    [
        ("probe", 100),
        ("probe2", 100),
        ("probe4", 40),
        ("probe8", 40),
        ("probe9", 40),
        ("probe10", 40),
        ("probe11", 40),
        ("probe13", 40),
        ("probe14", 40),
        ("probe21", 30),
        ("probe22", 30),
        ("probe23", 30),
        ("probe24", 30),
        ("probe25", 30),
        ("probe26", 30),
        ("probe27", 30),
        ("probe28", 30),
        ("probe29", 30),
        ("probe30", 30),
        ("probe31", 30),
        ("probe32", 30),
        ("probe33", 30),
        ("probe34", 30),
        ("probe35", 30),
        ("probe36", 30),
        ("probe37", 30),
        ("probe38", 30),
        ("probe39", 30),
        ("probe40", 30),
        ("probe41", 30),
        ("probe44", 30),
        ("probe45", 30),
        ("probe47", 30),
        ("probe48", 30),
        ("probe51", 30),
        ("probe53", 30),
        ("probe54", 30),
        ("probe56", 30),
        ("probe60", 30),
        ("probe61", 30),
        ("probe62", 30),
        ("probe63", 30),
        ("probe64", 30),
        ("probe66", 30),
        ("probe67", 30),
        ("probe69", 30),
        ("probe70", 30),
        ("probe71", 30),
        ("probe73", 30),
        ("probe74", 30),
        ("probe76", 30),
    ],
)
def test_every_probe_text_has_its_labels(name, reports):
    folder = MARKERS / name
    texts = {path.stem for path in (folder / "texts").glob("*.txt")}
    labelled = set(read_labels(folder))
    assert texts == labelled
    assert len(texts) == reports


@pytest.mark.parametrize(
    ("name", "reports"),
    [
        ("probe3", 40),
        ("probe5", 40),
        ("probe6", 40),
        ("probe7", 40),
        ("probe12", 40),
        ("probe15", 40),
        ("probe42", 30),
        ("probe43", 30),
        ("probe46", 30),
        ("probe49", 30),
        ("probe50", 30),
        ("probe52", 30),
        ("probe55", 30),
        ("probe57", 30),
        ("probe58", 30),
        ("probe59", 30),
        ("probe65", 30),
        ("probe68", 30),
        ("probe72", 30),
        ("probe75", 30),
        ("probe77", 30),
    ],
)
def test_every_probe_pdf_has_its_labels(name, reports):
    folder = MARKERS / name
    pdfs = {path.name.removesuffix(".orig.pdf") for path in (folder / "files").glob("*.orig.pdf")}
    assert pdfs == set(read_labels(folder))
    assert len(pdfs) == reports
