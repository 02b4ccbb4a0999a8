"""Scale benchmark: memory and speed of builds on disk as the archive grows (run by hand, never in CI).

For each archive size it runs, each in a fresh process on the same files:

- plain spaCy: ``nlp.pipe`` over the texts read one at a time (batch 32), the floor;
- ``kg build --stream`` (``kg.build(..., spill=DIR)`` then the Turtle export),
  with 1 worker, optionally 2 workers and a Dask ``LocalCluster`` of 2 workers;
- optionally the in-memory build (``--memory``) for comparison.

It prints peak RSS (the main process; worker processes apart), words/s, the
seconds of each stage (parse and extraction, the merge's link / file / reduce
steps, the export), kg's own memory (its peak RSS above spaCy's on the same
files), how much that grows per article between sizes, and the extrapolation to
a million articles.

Archives up to the corpus's size are its first N articles in kg's reading order;
larger ones are synthetic: copies of the corpus in which every capitalised
non-stop-word gets a suffix made from the copy's number ("Blair" -> "Blairkalo")
and every year is shifted, so that entities of different copies do not collapse
into one another.

Usage::

    python3 benchmarks/scale.py                          # 300 and 1,200 BBC articles
    python3 benchmarks/scale.py --sizes 1000,5000,20000 --workers 1,2 --dask
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.speed import CORPUS, _cpu, articles, peak_rss_mb  # noqa: E402

SYLLABLES = ("ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo")
_CAPITALISED = re.compile(r"\b([A-Z][a-z]{2,})\b")
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-2]\d)\b")


def copy_suffix(number: int) -> str:
    """The suffix that copy ``number`` gives to names: its digits in base 8, as syllables.

    >>> copy_suffix(0), copy_suffix(1), copy_suffix(9)
    ('', 'ka', 'kaka')
    """
    suffix = ""
    while number:
        number, digit = divmod(number - 1, len(SYLLABLES))
        suffix = SYLLABLES[digit] + suffix
    return suffix


def varied(text: str, number: int, stop_words: frozenset[str]) -> str:
    """``text`` as copy ``number`` of the archive: names suffixed, years shifted.

    >>> varied("The PM Tony Blair met Bush in 2004.", 1, frozenset({"the"}))
    'The PM Tonyka Blairka met Bushka in 2005.'
    """
    if number == 0:
        return text
    suffix = copy_suffix(number)

    def name(match: re.Match[str]) -> str:
        word = match.group(1)
        return word if word.lower() in stop_words else word + suffix

    def year(match: re.Match[str]) -> str:
        return str(int(match.group(1)) + number % 20)

    return _YEAR.sub(year, _CAPITALISED.sub(name, text))


def archive(size: int, corpus: list[Path], folder: Path) -> list[Path]:
    """``size`` article files: the corpus's first ones, or varied copies of it."""
    if size <= len(corpus):
        return corpus[:size]
    from spacy.lang.en.stop_words import STOP_WORDS

    from kg.sources.decoding import decode

    stop_words = frozenset(STOP_WORDS)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(size):
        number, source = divmod(index, len(corpus))
        path = folder / f"{number:04d}-{source:05d}{corpus[source].suffix}"
        if not path.exists():
            # Decoded as kg reads it: the corpus has Latin-1 files ("£" as 0xA3).
            text = decode(corpus[source].read_bytes(), str(corpus[source]))
            path.write_text(varied(text, number, stop_words), encoding="utf-8")
        paths.append(path)
    return paths


def run_child(mode: str, listing: Path, *extra: str) -> dict:
    """One measurement in a fresh process; its last stdout line is JSON."""
    command = [sys.executable, str(Path(__file__).resolve()), "--child", mode, str(listing), *extra]
    finished = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    if finished.returncode:
        raise SystemExit(f"benchmark step {mode} failed:\n{finished.stderr[-3000:]}")
    return json.loads(finished.stdout.strip().splitlines()[-1])


def _texts(files: list[Path]) -> Iterator[str]:
    from kg.pipeline import read_documents

    return (document.text for document in read_documents(files, problems=[]))


def child(mode: str, listing: Path, extra: list[str]) -> dict:
    files = [Path(line) for line in listing.read_text(encoding="utf-8").splitlines() if line]
    from kg.nlp import load_pipeline

    nlp = load_pipeline()
    if mode == "spacy":
        started, cpu = time.perf_counter(), _cpu()
        words = sum(len(doc) for doc in nlp.pipe(_texts(files), batch_size=32))
        return {"seconds": time.perf_counter() - started, "cpu": _cpu() - cpu, "words": words, **peak_rss_mb()}
    return build(files, mode, workers=int(extra[0]), work=Path(extra[1]))


def build(files: list[Path], mode: str, *, workers: int, work: Path) -> dict:
    """``kg.build`` on disk (``stream``, ``dask``) or in memory (``memory``), then Turtle."""
    import kg
    from kg.export.rdf import write_turtle
    from kg.pipeline import BuildReport

    report = BuildReport()
    cluster = client = None
    if mode == "dask":
        import distributed

        cluster = distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                           dashboard_address=None, silence_logs=40)
        client = distributed.Client(cluster)
    started, cpu = time.perf_counter(), _cpu()
    try:
        spill = None if mode == "memory" else work / "spill"
        graph = kg.build(files, workers=1 if mode == "dask" else workers, report=report, spill=spill, dask=client)
        built = time.perf_counter()
        write_turtle(graph, work / "graph.ttl")
        finished = time.perf_counter()
        stats = graph.stats() if hasattr(graph, "stats") else {}
        merge = dict(getattr(graph, "timings", {}))
        close = getattr(graph, "close", None)
        if close is not None:
            close()
    finally:
        if client is not None:
            client.close()
            cluster.close()
    return {
        "seconds": finished - started, "cpu": _cpu() - cpu, "build": built - started, "export": finished - built,
        "merge": merge, "words": report.words, "documents": report.documents, "entities": stats.get("entities", 0),
        **peak_rss_mb(),
    }


def measure(sizes: list[int], modes: list[tuple[str, int]], *, memory: bool, work: Path) -> None:
    corpus = articles(CORPUS)
    rows = []
    for size in sizes:
        files = archive(size, corpus, work / "synthetic")
        listing = work / f"files-{size}.txt"
        listing.write_text("".join(f"{path}\n" for path in files), encoding="utf-8")
        floor = run_child("spacy", listing)
        print(f"\n{size:,} articles, {floor['words']:,} words; plain spaCy {floor['words'] / floor['seconds']:,.0f} "
              f"words/s, peak RSS {floor['rss_mb']:,.0f} MB")
        for mode, workers in [*modes, *([("memory", 1)] if memory else [])]:
            out = work / f"{mode}-{workers}-{size}"
            shutil.rmtree(out, ignore_errors=True)
            out.mkdir(parents=True)
            result = run_child(mode, listing, str(workers), str(out))
            shutil.rmtree(out, ignore_errors=True)
            own = result["rss_mb"] - floor["rss_mb"]
            merge = ", ".join(f"{step} {seconds:.1f} s" for step, seconds in result["merge"].items())
            print(f"  kg {mode:6} {workers} worker(s): {result['words'] / result['seconds']:8,.0f} words/s "
                  f"({result['words'] / result['seconds'] / (floor['words'] / floor['seconds']):.2f} of spaCy); "
                  f"peak RSS {result['rss_mb']:,.0f} MB (kg's own {own:+,.0f} MB; workers {result['rss_workers_mb']:,.0f} MB); "
                  f"parse+extract+merge {result['build']:.1f} s [{merge}], Turtle {result['export']:.1f} s; "
                  f"{result['entities']:,} entities")
            rows.append((mode, workers, size, own))
    print()
    for mode, workers in [*modes, *([("memory", 1)] if memory else [])]:
        own = [(size, mb) for m, w, size, mb in rows if (m, w) == (mode, workers)]
        for (small, small_mb), (large, large_mb) in itertools.pairwise(own):
            per_article = (large_mb - small_mb) * 1024 / (large - small)
            million = large_mb + per_article * (1_000_000 - large) / 1024
            print(f"{mode} {workers}: kg's own memory {small:,} -> {large:,} articles: {per_article:+.1f} KB per "
                  f"article; at a million articles ~{million:,.0f} MB above spaCy")


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        print(json.dumps(child(sys.argv[2], Path(sys.argv[3]), sys.argv[4:])))
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="300,1200", help="comma-separated archive sizes (articles)")
    parser.add_argument("--workers", default="1", help="comma-separated worker counts for the build on disk")
    parser.add_argument("--dask", action="store_true", help="also build with a Dask LocalCluster of 2 workers")
    parser.add_argument("--memory", action="store_true", help="also build in memory, for comparison")
    parser.add_argument("--work", type=Path, help="folder for synthetic archives and outputs (default: temporary)")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"skipped: {CORPUS} is not available", file=sys.stderr)
        return
    modes = [("stream", int(count)) for count in args.workers.split(",")] + ([("dask", 2)] if args.dask else [])
    sizes = [int(size) for size in args.sizes.split(",")]
    if args.work is not None:
        args.work.mkdir(parents=True, exist_ok=True)  # the archive's listings are written there first
    with tempfile.TemporaryDirectory(prefix="kg-scale-") as temporary:
        measure(sizes, modes, memory=args.memory, work=args.work or Path(temporary))


if __name__ == "__main__":
    main()
