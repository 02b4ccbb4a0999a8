"""Speed benchmark: kg build against plain spaCy on the same texts (run by hand, never in CI).

Prints, for the articles under CORPUS (default ``../shared/corpus``), all of them
and a quick subset (``--quick N``, default 200):

- words/s of plain spaCy — ``spacy.load(MODEL)`` and ``nlp.pipe(texts, batch_size=32)``,
  no kg component: the floor of issue 16 —, of ``nlp.pipe`` through kg's own pipeline
  (``kg.nlp.load_pipeline``: the same model plus kg's spaCy components), and of
  ``kg build`` with the exports, after start-up; their ratios (target ≥ 0.9 with one worker);
- the same end to end, start-up included: process start to exit of ``python3 -m kg build``
  (1 and 2 workers) against ``python3 -c`` loading spaCy and piping the same files;
- where kg's own time goes: parse, extract, resolve, graph fold, export;
- the speed-up of ``--workers 2`` over one worker (target ≥ 1.8× on 2 cores), in-process and end to end;
- peak memory (RSS) of a build of the subset and of all articles, each in a fresh process;
- Turtle export time: rdflib's writer against kg's (pyoxigraph), and their ratio;
- an incremental rebuild after adding one article: seconds against a full build.

Usage::

    python3 benchmarks/speed.py                 # subset and full corpus
    python3 benchmarks/speed.py --quick-only    # the 200-article subset only
    python3 benchmarks/speed.py --quick-only --ratios-only --repeat 1   # its ratios only, no other step
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"


def available_formats() -> list[str]:
    """Every export format whose writer imports here (all exports of ``kg build``)."""
    import importlib

    from kg.export import EXPORTERS

    names = []
    for name, exporter in EXPORTERS.items():
        try:
            importlib.import_module(exporter.target.split(":")[0])
        except ImportError:
            continue
        names.append(name)
    return names


def articles(corpus: Path) -> list[Path]:
    """Every article file under ``corpus``, in kg's own reading order."""
    from kg.sources import find_sources

    return [source.path for source in find_sources([corpus], problems=[])]


def run_child(arguments: list[str]) -> dict:
    """Run this script in a fresh process for one measurement; its last stdout line is JSON."""
    command = [sys.executable, str(Path(__file__).resolve()), "--child", *arguments]
    finished = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    if finished.returncode:
        raise SystemExit(f"benchmark step {arguments[0]} failed:\n{finished.stderr}")
    return json.loads(finished.stdout.strip().splitlines()[-1])


PLAIN_SCRIPT = """
import sys, spacy
from pathlib import Path
nlp = spacy.load(sys.argv[1])
texts = [Path(name).read_text(encoding="utf-8") for name in sys.argv[2:]]
print(sum(len(doc) for doc in nlp.pipe(texts, batch_size=32)))
"""
"""Plain spaCy end to end, as a user would run it: load the model, read the files, pipe them."""


def default_model() -> str:
    """The model kg loads by default (the first of ``DEFAULT_MODELS`` installed)."""
    import importlib.util

    from kg.nlp.load import DEFAULT_MODELS

    return next(name for name in DEFAULT_MODELS if importlib.util.find_spec(name) is not None)


def plain_pipeline(model: str) -> Language:
    """The model as spaCy loads it: no kg component, no kg change to its tokenizer."""
    import spacy

    return spacy.load(model)


def child(mode: str, listing: Path, extra: list[str]) -> dict:
    """One measurement in this (fresh) process."""
    files = [Path(line) for line in listing.read_text(encoding="utf-8").splitlines() if line]
    if mode in ("plain", "kg-pipeline"):
        from kg.nlp import load_pipeline
        from kg.pipeline import read_documents

        documents = list(read_documents(files, problems=[]))
        nlp = plain_pipeline(extra[0]) if mode == "plain" else load_pipeline(extra[0])
        texts = [document.text for document in documents]
        list(nlp.pipe(texts[:1]))  # warm-up outside the clock, as kg's pipeline check and kg build have it
        started, cpu = time.perf_counter(), _cpu()
        words = sum(len(doc) for doc in nlp.pipe(texts, batch_size=32))
        return {
            "seconds": time.perf_counter() - started,
            "cpu": _cpu() - cpu,
            "words": words,
            "load": os.getloadavg()[0],
            **peak_rss_mb(),
        }
    if mode == "build":
        workers, out, cache, model = int(extra[0]), Path(extra[1]), extra[2], extra[3]
        return build_once(files, workers=workers, out=out, cache=None if cache == "-" else Path(cache), model=model)
    if mode == "profile":
        return profile(files, extra[0])
    if mode == "interleaved":
        return interleaved(files, Path(extra[0]), extra[1])
    raise SystemExit(f"unknown mode {mode}")


def build_once(files: list[Path], *, workers: int, out: Path, cache: Path | None, model: str) -> dict:
    """``kg build`` end to end (library call, all exports), with its peak RSS."""
    import kg
    from kg.nlp import load_pipeline
    from kg.pipeline import BuildReport

    load_pipeline(model)  # start-up: not part of this rate (the in-process floor excludes it too)
    _import_exporters()
    report = BuildReport()
    started, cpu = time.perf_counter(), _cpu()
    graph = kg.build(files, model=model, workers=workers, cache=cache, report=report)
    built = time.perf_counter()
    kg.write(graph, out, available_formats(), processes=workers)  # as `kg build --workers N` writes them
    finished = time.perf_counter()
    return {
        "seconds": finished - started,
        "cpu": _cpu() - cpu,
        "load": os.getloadavg()[0],
        "build": built - started,
        "export": finished - built,
        "words": report.words,
        "documents": report.documents,
        "cached": report.cached,
        **peak_rss_mb(),
        "triples": _count_triples(out / "graph.nt"),
    }


def _import_exporters() -> None:
    """Import the writers' modules and read the GeoNames gazetteer before the clock
    starts: start-up, like loading the model, which the floor does not time either
    (the writers' own imports; no longer pyvis, whose vis-network file the
    HTML page reads without importing it or IPython; the gazetteer's index takes
    ~0.07 s from its disk cache, ~0.9 s to build: fixed costs a 200-article run
    would count against kg's rate). ``profile`` reports the gazetteer's load on its own line."""
    from kg.lexicon.gazetteer import gazetteer

    available_formats()  # imports each writer's module to see that it is there
    gazetteer()


def interleaved(files: list[Path], out: Path, model: str, *, chunk: int = 16) -> dict:
    """Plain spaCy's ``nlp.pipe`` and kg's per-document work (parse, extract, resolve, fold)
    timed chunk by chunk in one process, taking turns on who goes first, then kg's
    exports: the two sides meet the same machine state, so the ratio holds even
    when the machine's speed drifts between runs."""
    from kg.export import EXPORTERS
    from kg.graph import KnowledgeGraph
    from kg.nlp import load_pipeline
    from kg.pipeline import read_documents
    from kg.resolve.across import ArticleLinker
    from kg.runtime.gc import batch_thresholds
    from kg.runtime.runners import Settings, process

    nlp = plain_pipeline(model)
    load_pipeline(model)
    _import_exporters()
    documents = list(read_documents(files, problems=[]))
    graph = KnowledgeGraph(linker=ArticleLinker())
    seconds = {"plain": 0.0, "kg": 0.0}
    words = 0

    def plain(batch: list) -> None:
        nonlocal words
        words += sum(len(doc) for doc in nlp.pipe([document.text for document in batch], batch_size=32))

    def kg_side(batch: list) -> None:
        with batch_thresholds():  # as kg.build runs; plain spaCy keeps Python's defaults
            for entry in process(batch, Settings(model=model)):
                graph.add(entry.part)

    for number, start in enumerate(range(0, len(documents), chunk)):
        batch = documents[start : start + chunk]
        sides = [("plain", plain), ("kg", kg_side)]
        for name, run in sides if number % 2 == 0 else sides[::-1]:
            started = time.perf_counter()
            run(batch)
            seconds[name] += time.perf_counter() - started
    started = time.perf_counter()
    for name in available_formats():
        EXPORTERS[name].write(graph, out)
    seconds["export"] = time.perf_counter() - started
    return {**seconds, "words": words}


def peak_rss_mb() -> dict[str, float]:
    """Peak RSS so far of this process and of its largest finished child, in MB."""
    import resource

    return {
        "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "rss_workers_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }


def _cpu() -> float:
    """CPU seconds of this process and its finished children (worker processes)."""
    import resource

    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _count_triples(path: Path) -> int:
    with path.open("rb") as stream:
        return sum(1 for _ in stream)


def profile(files: list[Path], model: str) -> dict:
    """Seconds in each stage of one worker: parse, extract, resolve, graph fold, Turtle export."""
    from kg.export.rdf import to_rdflib, to_turtle
    from kg.extract.pieces import extract_document
    from kg.graph import KnowledgeGraph
    from kg.lexicon.gazetteer import gazetteer
    from kg.nlp import load_pipeline, parse_pieces
    from kg.pipeline import read_documents
    from kg.resolve import resolve
    from kg.resolve.across import ArticleLinker

    nlp = load_pipeline(model)
    documents = list(read_documents(files, problems=[]))
    started = time.perf_counter()
    gazetteer()
    seconds = {"gazetteer_load": time.perf_counter() - started, "read": 0.0, "parse": 0.0, "extract": 0.0,
               "resolve": 0.0, "graph": 0.0}
    parts = []
    clock = time.perf_counter()
    for document, pieces in parse_pieces(nlp, documents, batch_size=32):
        pieces = list(pieces)
        now = time.perf_counter()
        seconds["parse"] += now - clock
        extraction = extract_document(document, pieces)
        after = time.perf_counter()
        seconds["extract"] += after - now
        parts.append(resolve(extraction))
        clock = time.perf_counter()
        seconds["resolve"] += clock - after
    started = time.perf_counter()
    graph = KnowledgeGraph(linker=ArticleLinker()).add_all(parts)
    seconds["graph"] = time.perf_counter() - started
    started = time.perf_counter()
    rdf = to_rdflib(graph)
    seconds["to_rdflib"] = time.perf_counter() - started
    started = time.perf_counter()
    rdf.serialize(format="turtle")
    seconds["turtle_rdflib_serialize"] = time.perf_counter() - started
    started = time.perf_counter()
    to_turtle(graph)
    seconds["turtle_kg"] = time.perf_counter() - started
    seconds["triples"] = len(rdf)
    return seconds


def run_process(command: list[str]) -> dict:
    """Wall and CPU seconds of one process from start to exit (its waited-for children included)."""
    import resource

    def cpu() -> float:
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        return usage.ru_utime + usage.ru_stime

    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    before, started = cpu(), time.perf_counter()
    finished = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=environment)
    seconds = time.perf_counter() - started
    if finished.returncode not in (0, 3):  # 3: done, some inputs skipped
        raise SystemExit(f"{' '.join(command[:4])} ... failed:\n{finished.stderr}")
    return {"seconds": seconds, "cpu": cpu() - before, "stdout": finished.stdout, "load": os.getloadavg()[0]}


def end_to_end(files: list[Path], label: str, work: Path, model: str, repeat: int) -> None:
    """Process start to exit, start-up included: ``python3 -c`` loading spaCy and piping the
    files, against ``python3 -m kg build`` of the same files (all exports), 1 and 2 workers."""
    names = [str(path) for path in files]
    formats = ",".join(available_formats())

    def kg_command(workers: int) -> list[str]:
        out = str(work / f"{label}-e2e{workers}")
        return [sys.executable, "-m", "kg", "build", *names, "--out", out, "--no-cache", "--format", formats,
                "--model", model, "--workers", str(workers), "-q"]

    commands = {"plain": [sys.executable, "-c", PLAIN_SCRIPT, model, *names], "kg1": kg_command(1), "kg2": kg_command(2)}
    runs: dict[str, list[dict]] = {name: [] for name in commands}
    for _ in range(repeat):  # taking turns, as the in-process pairs do; the best of each is compared
        for name, command in commands.items():
            runs[name].append(run_process(command))
    plain, one, two = (min(runs[name], key=lambda run: run["seconds"]) for name in commands)
    words = int(plain["stdout"].split()[-1])
    print(f"end to end, start-up included (process start to exit, best of {repeat}; words: plain spaCy's tokens):")
    print(f"  plain spaCy, python3 -c:  {words / plain['seconds']:9,.0f} words/s ({plain['seconds']:.1f} s, CPU {plain['cpu']:.1f} s)")
    print(
        f"  kg build, 1 worker:      {words / one['seconds']:9,.0f} words/s ({one['seconds']:.1f} s, CPU {one['cpu']:.1f} s); "
        f"ratio kg / plain {plain['seconds'] / one['seconds']:.2f} (target >= 0.9), by CPU time {plain['cpu'] / one['cpu']:.2f}"
    )
    print(
        f"  kg build, 2 workers:     {words / two['seconds']:9,.0f} words/s ({two['seconds']:.1f} s, CPU {two['cpu']:.1f} s); "
        f"speed-up over 1 worker {one['seconds'] / two['seconds']:.2f} (target >= 1.8), ratio kg / plain "
        f"{plain['seconds'] / two['seconds']:.2f}; load average {plain['load']:.1f} / {one['load']:.1f} / {two['load']:.1f}"
    )


def floors(listing: Path, label: str, work: Path, model: str, repeat: int) -> tuple[dict, dict]:
    """Plain spaCy, kg's pipeline and kg build (1 worker), after start-up, taking turns ``repeat``
    times (on a shared machine the floor itself moves by 10-15% between runs): the best of each."""
    runs: dict[str, list[dict]] = {"plain": [], "kg-pipeline": [], "kg": []}
    for _ in range(repeat):
        runs["plain"].append(run_child(["plain", str(listing), model]))
        runs["kg-pipeline"].append(run_child(["kg-pipeline", str(listing), model]))
        runs["kg"].append(run_child(["build", str(listing), "1", str(work / f"{label}-out1"), "-", model]))
    for plain_one, kg_one in zip(runs["plain"], runs["kg"], strict=True):
        print(f"  pair: plain {plain_one['words'] / plain_one['seconds']:,.0f} words/s, kg {plain_one['words'] / kg_one['seconds']:,.0f} "
              f"words/s, ratio {plain_one['seconds'] / kg_one['seconds']:.2f}")
    plain, pipeline, one = (min(runs[name], key=lambda run: run["seconds"]) for name in runs)
    words = plain["words"]  # plain spaCy's tokens: kg's tokenizer keeps some prefixed words whole
    print(f"plain spaCy nlp.pipe:    {words / plain['seconds']:9,.0f} words/s ({words:,} words in {plain['seconds']:.1f} s; "
          f"spacy.load({model!r}), no kg component; best of {repeat})")
    print(f"kg's pipeline nlp.pipe:  {words / pipeline['seconds']:9,.0f} words/s ({pipeline['seconds']:.1f} s; kg.nlp.load_pipeline: "
          f"plus kg's spaCy components, {pipeline['seconds'] / plain['seconds'] - 1:+.1%} over plain, by CPU time "
          f"{pipeline['cpu'] / plain['cpu'] - 1:+.1%}; the floor before issue 16)")
    print(
        f"kg build, 1 worker:      {words / one['seconds']:9,.0f} words/s ({one['seconds']:.1f} s: build {one['build']:.1f} s, "
        f"exports {one['export']:.1f} s; {one['triples']:,} triples; best of {repeat})"
    )
    print(f"ratio kg / plain spaCy:  {plain['seconds'] / one['seconds']:9.2f}   (target >= 0.9; start-up excluded on both sides)")
    print(f"ratio kg / kg's pipeline: {pipeline['seconds'] / one['seconds']:8.2f}   (the ratio this benchmark printed before)")
    print(
        f"by CPU time:             {words / plain['cpu']:9,.0f} vs {words / one['cpu']:,.0f} words per CPU-second, ratio "
        f"{plain['cpu'] / one['cpu']:.2f} (load average {plain['load']:.1f} / {one['load']:.1f}: other processes share the cores)"
    )
    print(
        f"peak RSS, 1 worker:      {one['rss_mb']:9,.0f} MB (plain nlp.pipe with all texts in memory: "
        f"{plain['rss_mb']:,.0f} MB; kg above it: {one['rss_mb'] - plain['rss_mb']:+,.0f} MB)"
    )
    return plain, one


def two_workers(listing: Path, label: str, work: Path, model: str, one: dict) -> None:
    """``--workers 2`` against one worker (library call, after start-up); the exports must be the same bytes."""
    two = run_child(["build", str(listing), "2", str(work / f"{label}-out2"), "-", model])
    print(f"kg build, 2 workers:     {two['words'] / two['seconds']:9,.0f} words/s ({two['seconds']:.1f} s)")
    print(f"speed-up 2 workers / 1:  {one['seconds'] / two['seconds']:9.2f}   (target >= 1.8 on 2 cores)")
    print(
        f"CPU seconds 1 / 2 workers: {one['cpu']:.1f} / {two['cpu']:.1f} (parallel overhead {two['cpu'] / one['cpu'] - 1:+.0%}; "
        f"load average {two['load']:.1f}); peak RSS with 2 workers: main {two['rss_mb']:,.0f} MB, "
        f"largest worker {two['rss_workers_mb']:,.0f} MB"
    )
    same = all(
        (work / f"{label}-out1" / name).read_bytes() == (work / f"{label}-out2" / name).read_bytes()
        for name in ("graph.ttl", "graph.nt", "graph.trig", "graph.jsonld")
    )
    print(f"exports identical:       {'yes' if same else 'NO'}")


def stages(listing: Path, model: str) -> None:
    """Where one worker's time goes, and the Turtle writers compared."""
    stages = run_child(["profile", str(listing), model])
    print("time by stage (1 worker): " + ", ".join(f"{name} {value:.2f} s" for name, value in stages.items() if name != "triples"))
    kg_own = stages["extract"] + stages["resolve"] + stages["graph"]
    print(f"kg's own share of parse+extract+resolve+graph: {kg_own / (kg_own + stages['parse']):.1%}")
    print(f"extraction / parse: {stages['extract'] / stages['parse']:.1%}; extraction + resolution / parse: "
          f"{(stages['extract'] + stages['resolve']) / stages['parse']:.1%} (GeoNames read once: "
          f"{stages['gazetteer_load']:.2f} s, before the clock)")
    print(
        f"Turtle export ({stages['triples']:,} triples): rdflib {stages['to_rdflib'] + stages['turtle_rdflib_serialize']:.2f} s "
        f"(graph {stages['to_rdflib']:.2f} + serialize {stages['turtle_rdflib_serialize']:.2f}), "
        f"kg/pyoxigraph {stages['turtle_kg']:.2f} s, "
        f"ratio {(stages['to_rdflib'] + stages['turtle_rdflib_serialize']) / stages['turtle_kg']:.1f}x"
    )


def incremental_run(files: list[Path], label: str, work: Path, model: str, one: dict, *, workers_run: bool) -> None:
    """A rebuild after adding one article, from the cache, against a full build."""
    cache = work / f"{label}-cache"
    *rest, _last = files
    base = work / f"{label}-base.list"
    base.write_text("".join(f"{path}\n" for path in rest), encoding="utf-8")
    listing = work / f"{label}.list"
    run_child(["build", str(base), "2" if workers_run else "1", str(work / f"{label}-inc"), str(cache), model])
    again = run_child(["build", str(listing), "1", str(work / f"{label}-inc"), str(cache), model])
    same = (work / f"{label}-inc" / "graph.ttl").read_bytes() == (work / f"{label}-out1" / "graph.ttl").read_bytes()
    print(
        f"incremental (+1 article): {again['seconds']:.1f} s vs full {one['seconds']:.1f} s "
        f"({again['cached']} of {again['documents']} documents from the cache; "
        f"same Turtle as a fresh build: {'yes' if same else 'NO'})"
    )


def measure(files: list[Path], label: str, work: Path, model: str, *, workers_run: bool, incremental: bool,
            repeat: int = 1, ratios_only: bool = False) -> None:
    listing = work / f"{label}.list"
    listing.write_text("".join(f"{path}\n" for path in files), encoding="utf-8")
    print(f"\n== {label}: {len(files)} articles", flush=True)
    end_to_end(files, label, work, model, repeat)
    _plain, one = floors(listing, label, work, model, repeat)
    if ratios_only:
        return
    (work / f"{label}-outi").mkdir(exist_ok=True)
    turns = run_child(["interleaved", str(listing), str(work / f"{label}-outi"), model])
    print(
        f"ratio, interleaved:      {turns['plain'] / (turns['kg'] + turns['export']):9.2f}   (one process, plain spaCy and kg "
        f"taking turns on chunks of 16 articles: plain {turns['plain']:.1f} s, kg {turns['kg']:.1f} s + exports {turns['export']:.1f} s)"
    )
    if workers_run:
        two_workers(listing, label, work, model, one)
    stages(listing, model)
    if incremental:
        incremental_run(files, label, work, model, one, workers_run=workers_run)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path, default=CORPUS)
    parser.add_argument("--model", help="spaCy pipeline of both sides (default: the one kg loads by default)")
    parser.add_argument("--quick", type=int, default=200, help="size of the quick subset")
    parser.add_argument("--quick-only", action="store_true", help="skip the full corpus")
    parser.add_argument("--repeat", type=int, default=2, help="plain/kg pairs per corpus (the best of each is compared)")
    parser.add_argument("--full-repeat", type=int, default=1, help="plain/kg pairs for the full corpus")
    parser.add_argument("--ratios-only", action="store_true",
                        help="only the end-to-end runs and the in-process floors (no interleaving, stages, incremental)")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    options = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    if options.child:
        mode, listing, *extra = options.child
        print(json.dumps(child(mode, Path(listing), extra)))
        return
    if not options.corpus.is_dir():
        raise SystemExit(f"{options.corpus}: no such folder (the corpus lives in ../shared/corpus)")
    files = articles(options.corpus)
    model = options.model or default_model()
    work = Path(tempfile.mkdtemp(prefix="kg-speed-"))
    try:
        print(f"python {sys.version.split()[0]}, corpus {options.corpus} ({len(files)} articles), model {model}")
        print(f"exports: {', '.join(available_formats())}")
        # The subset spreads over the corpus (every k-th article), so it mixes all its topics.
        step = max(1, len(files) // options.quick)
        measure(files[::step][: options.quick], f"quick-{options.quick}", work, model, workers_run=True, incremental=True,
                repeat=options.repeat, ratios_only=options.ratios_only)
        if not options.quick_only:
            measure(files, "all", work, model, workers_run=True, incremental=True, repeat=options.full_repeat,
                    ratios_only=options.ratios_only)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
