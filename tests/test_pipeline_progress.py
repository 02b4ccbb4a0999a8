"""Progress: a bar on a terminal, plain log lines otherwise, nothing with --quiet."""

from __future__ import annotations

import io
from pathlib import Path

from click.testing import CliRunner

from kg.cli import main
from kg.cli.progress import ProgressPrinter, format_progress
from kg.pipeline import Progress

ROOT = Path(__file__).resolve().parent.parent


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _feed(printer: ProgressPrinter, count: int) -> None:
    for number in range(1, count + 1):
        printer(Progress(documents=number, words=100 * number, seconds=0.5 * number))
    printer.done()


def test_pipeline_progress_is_plain_lines_when_not_a_terminal():
    stream = io.StringIO()
    _feed(ProgressPrinter(total=4, every=0.0, stream=stream), 4)
    lines = stream.getvalue().splitlines()
    assert lines[-1] == "kg: 4/4 documents, 400 words, 200 words/s, ETA 0 s"
    assert len(lines) == 4 and "\r" not in stream.getvalue() and "[" not in stream.getvalue()


def test_pipeline_progress_is_one_redrawn_bar_on_a_terminal():
    stream = _Terminal()
    _feed(ProgressPrinter(total=4, stream=stream), 4)
    text = stream.getvalue()
    assert text.startswith("\r") and text.endswith("\n") and text.count("\n") == 1
    assert "[" + "#" * 24 + "] 100% 4/4 documents" in text.rsplit("\r", 1)[-1]


def test_pipeline_progress_quiet_writes_nothing():
    stream = _Terminal()
    _feed(ProgressPrinter(quiet=True, total=4, stream=stream), 4)
    assert stream.getvalue() == ""


def test_pipeline_progress_without_total_has_no_eta():
    assert format_progress(Progress(3, 30, 1.0), None) == "kg: 3 documents, 30 words, 30 words/s"


def test_pipeline_progress_cli_quiet_prints_only_the_summary(tmp_path):
    result = CliRunner().invoke(main, ["build", str(ROOT / "seeds"), "--out", str(tmp_path), "--format", "ttl", "-q"])
    assert result.exit_code == 0, result.output
    assert result.stderr.strip().splitlines() == [line for line in result.stderr.strip().splitlines() if " in " in line]
    result = CliRunner().invoke(main, ["build", str(ROOT / "seeds"), "--out", str(tmp_path), "--format", "ttl"])
    assert "kg: 1/1 documents" in result.stderr
