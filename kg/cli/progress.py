"""Progress on stderr: a live line on a terminal, plain log lines otherwise."""

from __future__ import annotations

import sys
import time

import click

from kg.pipeline import Progress


class ProgressPrinter:
    """A ``progress`` callback for ``kg.build`` that reports documents and words/s."""

    def __init__(self, *, quiet: bool = False, every: float = 2.0, total: int | None = None) -> None:
        self.quiet = quiet
        self.every = every
        self.total = total
        self.interactive = sys.stderr.isatty()
        self._last = 0.0
        self._shown = False

    def __call__(self, progress: Progress) -> None:
        if self.quiet:
            return
        now = time.monotonic()
        if now - self._last < (0.2 if self.interactive else self.every):
            return
        self._last = now
        rate = progress.words / progress.seconds if progress.seconds else 0.0
        line = f"kg: {progress.documents} documents, {progress.words} words, {rate:,.0f} words/s"
        if self.total and progress.documents:
            remaining = (self.total - progress.documents) * progress.seconds / progress.documents
            line += f", ETA {remaining:.0f} s"
        if self.interactive:
            click.echo("\r" + line.ljust(79), nl=False, err=True)
            self._shown = True
        else:
            click.echo(line, err=True)

    def done(self) -> None:
        if self._shown:
            click.echo(err=True)
            self._shown = False
