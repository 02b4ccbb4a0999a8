"""Nothing already built is lost: exports are replaced atomically, and Ctrl-C
(SIGINT, sent to a real subprocess) or a hard kill leaves the previous files whole."""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from kg.errors import ExportError
from kg.runtime.atomic import atomic_open, atomic_write

ROOT = Path(__file__).resolve().parent.parent
SEED = next((ROOT / "seeds").glob("*.txt"))


def test_a_failing_writer_leaves_the_previous_file(tmp_path):
    target = tmp_path / "graph.ttl"
    target.write_text("previous\n")
    with pytest.raises(RuntimeError), atomic_open(target) as stream:
        stream.write("half of the new export")
        raise RuntimeError("exporter bug")
    assert target.read_text() == "previous\n"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["graph.ttl"]


def test_an_unwritable_place_is_an_export_error_naming_the_file(tmp_path):
    (tmp_path / "file").write_text("")
    with pytest.raises(ExportError) as caught:
        atomic_write(tmp_path / "file" / "graph.ttl", "x")
    assert str(caught.value).startswith(f"{(tmp_path / 'file' / 'graph.ttl').as_posix()}: cannot write here (")
    assert "\n" not in str(caught.value)


def test_text_is_utf8_with_newline_line_ends(tmp_path):
    with atomic_open(tmp_path / "a.txt") as stream:
        stream.write("é\n“x”\n")
    assert (tmp_path / "a.txt").read_bytes() == "é\n“x”\n".encode()
    assert (tmp_path / "a.txt").stat().st_mode & 0o777 == 0o644


def _default_sigint() -> None:
    """Run in the child before exec: a shell that runs the suite in the background
    starts it with SIGINT ignored, and Python then never raises KeyboardInterrupt.
    Ctrl-C at a terminal is what these tests stand for."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


_WRITER = textwrap.dedent(
    """
    import sys
    from kg.runtime.atomic import atomic_write
    target, size = sys.argv[1], int(sys.argv[2])
    payloads = [b"A" * size, b"B" * size]
    atomic_write(target, payloads[0])
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        atomic_write(target, payloads[n % 2])
    """
)


@pytest.mark.parametrize(("signum", "delay"), [(signal.SIGINT, 0.05), (signal.SIGINT, 0.23), (signal.SIGKILL, 0.11)])
def test_a_signal_while_writing_leaves_a_whole_file(tmp_path, signum, delay):
    size = 8_000_000
    target = tmp_path / "graph.ttl"
    child = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(target), str(size)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=_default_sigint,
    )
    assert child.stdout.readline() == b"ready\n"
    time.sleep(delay)
    child.send_signal(signum)
    child.wait(timeout=30)
    data = target.read_bytes()
    assert data in (b"A" * size, b"B" * size)
    leftovers = [path.name for path in tmp_path.iterdir() if path.name != "graph.ttl"]
    if signum == signal.SIGINT:
        assert b"KeyboardInterrupt" in child.stderr.read()
        assert leftovers == []  # Ctrl-C cleans up its temporary file
    else:
        assert all(name.startswith(".graph.ttl.") and name.endswith(".tmp") for name in leftovers)


def test_ctrl_c_at_any_moment_of_many_small_writes_leaves_no_temporary_file(tmp_path):
    """Small files make creating the temporary file a large share of each write,
    so the interrupts land in every step, creation included (where a mkstemp-based
    writer once lost track of its file: 13 leftovers in 150 runs)."""
    chooser = random.Random(20261128)
    for run in range(30):
        folder = tmp_path / str(run)
        folder.mkdir()
        child = subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(folder / "graph.ttl"), "200000"],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            preexec_fn=_default_sigint,
        )
        assert child.stdout.readline() == b"ready\n"
        time.sleep(chooser.uniform(0, 0.1))
        child.send_signal(signal.SIGINT)
        child.wait(timeout=30)
        assert (folder / "graph.ttl").read_bytes() in (b"A" * 200000, b"B" * 200000)
        assert sorted(path.name for path in folder.iterdir()) == ["graph.ttl"], child.stderr.read().decode()[-400:]


def test_ctrl_c_during_a_build_keeps_the_previous_exports(tmp_path, nlp):
    articles = tmp_path / "articles"
    articles.mkdir()
    text = SEED.read_text(encoding="utf-8")
    for number in range(150):
        (articles / f"a{number:03}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    previous = "@prefix kg: <https://w3id.org/kg/ontology#> .\nkg:previous kg:build kg:one .\n"
    (out / "graph.ttl").write_text(previous)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-m", "kg", "build", str(articles), "--out", str(out), "--format", "ttl"],
        cwd=tmp_path,
        env=env,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=_default_sigint,
    )
    line = child.stderr.readline()  # the first progress line: the build is under way
    assert re.match(r"kg: 1(/\d+)? documents", line), line
    child.send_signal(signal.SIGINT)
    interrupted = time.monotonic()  # from the signal, not the start-up: a loaded machine loads spaCy slowly
    rest = child.stderr.read()
    assert child.wait(timeout=120) == 130, rest
    assert time.monotonic() - interrupted < 60  # it stops, it does not go on through the other 149 articles
    assert "Traceback" not in rest
    assert rest.strip().splitlines()[-1] == (
        f"kg: interrupted; nothing written, exports in {out.as_posix()} left as they were"
    )
    assert (out / "graph.ttl").read_text() == previous
    # No export and no temporary file beside the old one; the per-document cache
    # keeps what was parsed before Ctrl-C so that the next build resumes.
    assert sorted(path.name for path in out.iterdir() if path.name != ".kg-cache") == ["graph.ttl"]
