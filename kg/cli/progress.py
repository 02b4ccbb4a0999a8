"""Progress on stderr: a live bar on a terminal, plain log lines otherwise, nothing when quiet."""

from __future__ import annotations

import sys
import time
from typing import TextIO

import click

from kg.pipeline import Progress

BAR_WIDTH = 24


class ProgressPrinter:
    """A ``progress`` callback for ``kg.build``: documents, words/s and, given ``total``, an ETA.

    On a terminal it redraws one line (a bar when ``total`` is known) at most
    every 0.2 s; elsewhere (a log file, CI) it writes a plain line every
    ``every`` seconds; with ``quiet`` it writes nothing.

    Args:
        quiet: Write nothing.
        every: Seconds between plain log lines.
        total: Documents expected (from listing the inputs), for the bar and the ETA.
        stream: Where to write; default stderr.
    """

    def __init__(
        self, *, quiet: bool = False, every: float = 2.0, total: int | None = None, stream: TextIO | None = None
    ) -> None:
        self.quiet = quiet
        self.every = every
        self.total = total
        self.stream = stream
        target = stream if stream is not None else sys.stderr
        self.interactive = bool(getattr(target, "isatty", lambda: False)())
        self._last = float("-inf")
        self._shown = False
        self._latest: Progress | None = None

    def __call__(self, progress: Progress) -> None:
        if self.quiet:
            return
        self._latest = progress
        now = time.monotonic()
        if now - self._last < (0.2 if self.interactive else self.every):
            return
        self._last = now
        self._write(progress)

    def _write(self, progress: Progress) -> None:
        line = format_progress(progress, self.total, bar=self.interactive)
        if self.interactive:
            click.echo("\r" + line.ljust(79), nl=False, err=self.stream is None, file=self.stream)
            self._shown = True
        else:
            click.echo(line, err=self.stream is None, file=self.stream)

    def done(self) -> None:
        """Show the final count (a terminal's bar ends at 100 %) and end the live line."""
        if self.quiet:
            return
        if self._latest is not None and self.interactive:
            self._write(self._latest)
        if self._shown:
            click.echo(err=self.stream is None, file=self.stream)
            self._shown = False


def format_progress(progress: Progress, total: int | None, *, bar: bool = False) -> str:
    """One progress line.

    >>> format_progress(Progress(documents=50, words=10000, seconds=4.0), 200)
    'kg: 50/200 documents, 10,000 words, 2,500 words/s, ETA 12 s'
    >>> format_progress(Progress(documents=50, words=10000, seconds=4.0), 200, bar=True)
    'kg: [######------------------]  25% 50/200 documents, 2,500 words/s, ETA 12 s'
    """
    rate = progress.words / progress.seconds if progress.seconds else 0.0
    if not total or total < progress.documents:  # unknown, or the listing was short
        return f"kg: {progress.documents} documents, {progress.words:,} words, {rate:,.0f} words/s"
    count = f"{progress.documents}/{total}"
    eta = ""
    if progress.documents:
        remaining = (total - progress.documents) * progress.seconds / progress.documents
        eta = f", ETA {_duration(remaining)}"
    if bar:
        filled = int(BAR_WIDTH * progress.documents / total)
        percent = 100 * progress.documents // total
        bar_text = "#" * filled + "-" * (BAR_WIDTH - filled)
        return f"kg: [{bar_text}] {percent:3d}% {count} documents, {rate:,.0f} words/s{eta}"
    return f"kg: {count} documents, {progress.words:,} words, {rate:,.0f} words/s{eta}"


def _duration(seconds: float) -> str:
    """
    >>> _duration(12.4), _duration(125), _duration(3725)
    ('12 s', '2 min 5 s', '1 h 2 min')
    """
    seconds = round(seconds)
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min {seconds % 60} s"
    return f"{seconds // 3600} h {seconds % 3600 // 60} min"
