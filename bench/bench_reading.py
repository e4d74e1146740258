"""Reading speed and memory beside the raw tools, measured in one run.

Run: .venv/bin/python bench/bench_reading.py [--skip-100-pages] [--ocr-pages N]
Prints: per-page CPU of digital PDFs (markerflow vs pdfplumber alone vs pypdfium2 alone),
OCR CPU of markerflow vs the tesseract CLI on the same page images, wall time vs CPU/cores,
and peak RSS while reading a 100-page scanned PDF made from the corpus scans.
"""

import argparse
import contextlib
import io
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
CORPUS = Path(os.environ.get("MARKERFLOW_SHARED", REPO.parent / "shared")) / "corpus"
os.environ["OMP_THREAD_LIMIT"] = "1"


def cpu_self() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def cpu_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def digital_pdfs() -> list[Path]:
    return sorted(p for p in (CORPUS / "files").glob("*.pdf") if ".scan." not in p.name)


def markerflow_cpu(data: bytes, name: str, limits: object = None) -> tuple[float, float, object]:
    """CPU seconds (this process + reader child + its tesseracts) and wall seconds of one read."""
    from extractors.reading import read_document
    from extractors.reading.reader_host import last_child_stats

    cpu, wall = cpu_self(), time.monotonic()
    doc = read_document(data, name, limits)  # type: ignore[arg-type]
    wall = time.monotonic() - wall
    stats = last_child_stats()
    used = cpu_self() - cpu + stats["cpu_seconds"] + stats["ocr_cpu_seconds"]
    return used, wall, doc


def bench_digital() -> None:
    import pdfplumber
    import pypdfium2 as pdfium

    from extractors.limits import Limits
    from extractors.reading.document_reading import read_sniffed
    from extractors.reading.sniffing import sniff

    paths = digital_pdfs()
    blobs = [(p.name, p.read_bytes()) for p in paths]
    pages = sum(len(pdfium.PdfDocument(data)) for _, data in blobs)
    markerflow_cpu(blobs[0][1], blobs[0][0])  # start the fork server outside the timing

    ours = sum(markerflow_cpu(data, name)[0] for name, data in blobs)

    start = cpu_self()
    limits = Limits()
    for name, data in blobs:
        read_sniffed(data, sniff(data, name), limits)
    in_process = cpu_self() - start

    start = cpu_self()
    for _, data in blobs:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page in pdf.pages:
                page.extract_words()
    plumber = cpu_self() - start

    start = cpu_self()
    for _, data in blobs:
        doc = pdfium.PdfDocument(data)
        for index in range(len(doc)):
            page = doc[index]
            page.get_textpage().get_text_range()
    raw_pdfium = cpu_self() - start

    print(f"\n== Digital PDFs: {len(blobs)} corpus files, {pages} pages (CPU ms per page) ==")
    print(f"markerflow read_document (sandboxed child)  {1000 * ours / pages:7.1f}")
    print(f"markerflow reading in-process (no child)    {1000 * in_process / pages:7.1f}")
    print(f"pdfplumber alone (extract_words)            {1000 * plumber / pages:7.1f}")
    print(f"pypdfium2 alone (text, no boxes)            {1000 * raw_pdfium / pages:7.1f}")


def scan_page_images(paths: list[Path], limit: int, folder: Path, dpi: int | None) -> list[Path]:
    """Scans rendered at `dpi` grey (None: the resolution markerflow picks), fax frames as is."""
    import pypdfium2 as pdfium
    from PIL import Image

    from extractors.limits import Limits
    from extractors.reading.page_rendering import render_for_ocr, render_grey

    images: list[Path] = []
    for path in paths:
        if path.suffix == ".pdf":
            pdf = pdfium.PdfDocument(path.read_bytes())
            for index in range(len(pdf)):
                page = pdf[index]
                image = render_grey(page, dpi) if dpi else render_for_ocr(page, Limits())[0]
                images.append(folder / f"{path.stem}-{index}.png")
                image.save(images[-1])
        else:
            tiff = Image.open(path)
            for index in range(tiff.n_frames):
                tiff.seek(index)
                images.append(folder / f"{path.stem}-{index}.tif")
                tiff.save(images[-1], compression="group4")
    return images[:limit]


def tesseract_cli(images: list[Path]) -> tuple[float, float]:
    """CPU and wall seconds of `tesseract IMAGE stdout` (defaults) on each image in turn."""
    start, wall = cpu_children(), time.monotonic()
    for image in images:
        subprocess.run(["tesseract", str(image), "stdout"], capture_output=True, check=True)
    return cpu_children() - start, time.monotonic() - wall


def bench_ocr(ocr_pages: int) -> None:
    files = [CORPUS / "files" / "010.scan.pdf", CORPUS / "files" / "010.fax.tiff"]
    with tempfile.TemporaryDirectory() as folder:
        fed = tesseract_cli(scan_page_images(files, ocr_pages * 2, Path(folder), None))
        at_300 = tesseract_cli(scan_page_images(files, ocr_pages * 2, Path(folder), 300))
    ours, ours_wall, pages = 0.0, 0.0, 0
    for path in files:
        used, wall, doc = markerflow_cpu(path.read_bytes(), path.name)
        ours, ours_wall, pages = ours + used, ours_wall + wall, pages + len(doc.pages)
    cores = os.cpu_count() or 1
    print(f"\n== OCR: {pages} pages (010 scan + fax) ==")
    print(f"tesseract CLI on the images markerflow OCRs {fed[0]:7.1f} s CPU  {fed[1]:6.1f} s wall")
    print(
        f"tesseract CLI, scans rendered at 300 dpi    {at_300[0]:7.1f} s CPU  "
        f"{at_300[1]:6.1f} s wall"
    )
    print(f"markerflow read_document                    {ours:7.1f} s CPU  {ours_wall:6.1f} s wall")
    print(f"CPU ratio markerflow / CLI (same images)    {ours / fed[0]:7.2f}")
    print(f"CPU ratio markerflow / CLI (300 dpi scans)  {ours / at_300[0]:7.2f}")
    print(
        f"markerflow wall vs CPU/{cores} cores          {ours_wall:7.1f} s vs {ours / cores:.1f} s"
    )


def bench_parallel() -> None:
    """Wall time of one multi-page scan with one tesseract at a time, then with the default pool."""
    from extractors.limits import Limits
    from extractors.reading import read_document

    data = (CORPUS / "files" / "010.scan.pdf").read_bytes()
    walls = {}
    for workers in (1, Limits().ocr_workers):
        start = time.monotonic()
        read_document(data, "010.scan.pdf", limits=Limits(ocr_workers=workers))
        walls[workers] = time.monotonic() - start
    print("\n== Parallel pages: 010.scan.pdf (3 pages), wall seconds by OCR workers ==")
    for workers, wall in walls.items():
        print(f"{workers} worker(s)                                 {wall:7.1f} s")


def hundred_page_scan() -> bytes:
    import pypdfium2 as pdfium

    target = pdfium.PdfDocument.new()
    for path in sorted((CORPUS / "files").glob("*.scan.pdf")):
        source = pdfium.PdfDocument(path.read_bytes())
        take = min(len(source), 100 - len(target))
        target.import_pages(source, list(range(take)))
        if len(target) >= 100:
            break
    buffer = io.BytesIO()
    target.save(buffer)
    return buffer.getvalue()


def tree_memory_mb(root: int) -> tuple[float, float]:
    """RSS and PSS (MB) summed over `root` and all its descendants, read from /proc now.

    The reader child is the fork server's child and tesseract the reader's, so the tree of
    this process holds every process of a read. RSS counts pages shared by forked processes
    once per process (an upper bound); PSS shares them out (the machine's real cost).
    """
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError, ValueError, IndexError):
                stat = (entry / "stat").read_text()
                parent = int(stat[stat.rindex(")") + 2 :].split()[1])
                children.setdefault(parent, []).append(int(entry.name))
    rss = pss = 0.0
    pending = [root]
    while pending:
        pid = pending.pop()
        pending.extend(children.get(pid, []))
        with contextlib.suppress(OSError):
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith(("Rss:", "Pss:")):
                    kb = float(line.split()[1])
                    if line.startswith("Rss:"):
                        rss += kb / 1024
                    else:
                        pss += kb / 1024
    return rss, pss


class TreePeak(threading.Thread):
    """The largest RSS and PSS sums of this process tree, sampled every 0.2 s until stopped."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.stopped = threading.Event()
        self.peak_rss = self.peak_pss = 0.0

    def run(self) -> None:
        while not self.stopped.wait(0.2):
            rss, pss = tree_memory_mb(os.getpid())
            self.peak_rss, self.peak_pss = max(self.peak_rss, rss), max(self.peak_pss, pss)


def bench_memory() -> None:
    from extractors.limits import Limits
    from extractors.reading.reader_host import last_child_stats

    data = hundred_page_scan()
    peak = TreePeak()
    peak.start()
    used, wall, doc = markerflow_cpu(data, "hundred.scan.pdf", Limits(document_seconds=7200))
    peak.stopped.set()
    peak.join()
    stats = last_child_stats()
    parent = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\n== 100-page scanned PDF ({len(data) / 1e6:.1f} MB, {len(doc.pages)} pages) ==")
    print(f"wall {wall:.0f} s, CPU {used:.0f} s, words {doc.word_count}")
    print(
        f"peak RSS: reader child {stats['peak_rss_mb']:.0f} MB, largest tesseract "
        f"{stats['ocr_peak_rss_mb']:.0f} MB, this process {parent:.0f} MB"
    )
    print(
        f"peak of all of them sampled together (every 0.2 s): RSS {peak.peak_rss:.0f} MB, "
        f"PSS {peak.peak_pss:.0f} MB"
    )
    cores = os.cpu_count() or 1
    print(f"wall {wall:.0f} s against CPU / {cores} cores {used / cores:.0f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--skip-100-pages", action="store_true")
    parser.add_argument("--only-100-pages", action="store_true")
    parser.add_argument("--ocr-pages", type=int, default=3, help="pages per rendering for OCR")
    args = parser.parse_args()
    print(f"cores: {os.cpu_count()}, load average: {os.getloadavg()}")
    if args.only_100_pages:
        bench_memory()
        return
    bench_digital()
    bench_ocr(args.ocr_pages)
    bench_parallel()
    if not args.skip_100_pages:
        bench_memory()


if __name__ == "__main__":
    main()
