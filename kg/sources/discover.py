"""Find the article files under the paths a caller names.

Formats, by file name: plain text (``.txt``, ``.text``), Markdown (``.md``,
``.markdown``), HTML (``.html``, ``.htm``), JSON Lines (``.jsonl``,
``.ndjson``), web archives (``.warc``, ``.warc.gz``) and feeds (``.rss``,
``.atom``, and ``.xml`` when its content is a feed). A file named on the command
line with another suffix is read as plain text. In folders, a file with another
suffix is named in ``problems`` with the reason, never passed over in silence;
hidden files and folders (``.git``) are left out.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError, printable

FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".warc": "warc",
    ".warc.gz": "warc",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "xml",
}
"""File suffix → format (``xml``: a feed if its content is one). Folders are searched for these."""
TEXT_SUFFIXES = tuple(FORMATS)
_READS = ".txt, .md, .html, .jsonl, .warc, .warc.gz, .rss, .atom and .xml feeds"


def format_of(path: Path) -> str | None:
    """The format ``path``'s name gives, or ``None`` for a suffix kg does not read.

    >>> format_of(Path("crawl.WARC.gz")), format_of(Path("feed.rss")), format_of(Path("a.gz"))
    ('warc', 'feed', None)
    """
    for suffix in ("".join(path.suffixes[-2:]).lower(), path.suffix.lower()):
        if suffix in FORMATS:
            return FORMATS[suffix]
    return None


@dataclass(frozen=True, slots=True)
class Source:
    """A file to read, and the name to show for it (as the user gave it, printable)."""

    path: Path
    display: str

    @property
    def format(self) -> str:
        """A value of ``FORMATS``, from the file name; ``text`` for any other name."""
        return format_of(self.path) or "text"


def find_sources(paths: Iterable[str | Path], *, problems: list[InputError]) -> Iterator[Source]:
    """Expand files and folders into article files: folders recursively, in sorted order.

    Folders are searched for the suffixes in ``FORMATS``; hidden files and folders
    (``.git``) are left out; symbolic links are followed, but a folder is never
    entered twice, so a link loop ends. Paths that do not exist, broken links,
    link loops and things that are not regular files are reported in ``problems``.
    """
    for raw in paths:
        display = printable(os.fsdecode(raw))
        path = Path(raw)
        status = _stat(path, display, problems)
        if status is None:
            continue
        if stat.S_ISDIR(status.st_mode):
            yield from _walk(path, problems)
        elif stat.S_ISREG(status.st_mode):
            yield Source(path, display)
        else:
            problems.append(InputError(display, "not a regular file (a device, pipe or socket)"))


def _stat(path: Path, display: str, problems: list[InputError]) -> os.stat_result | None:
    try:
        return path.stat()
    except FileNotFoundError:
        if path.is_symlink():
            problems.append(InputError(display, f"broken symbolic link (points to {printable(os.readlink(path))})"))
        else:
            problems.append(InputError(display, "no such file or folder"))
    except OSError as error:
        if error.errno == errno.ELOOP:
            problems.append(InputError(display, "symbolic link loop; fix or remove the link"))
        else:
            problems.append(InputError(display, f"cannot access ({error.strerror or error})"))
    return None


def _walk(folder: Path, problems: list[InputError]) -> Iterator[Source]:
    seen: set[tuple[int, int]] = set()

    def unreadable(error: OSError) -> None:
        name = printable(os.fsdecode(error.filename or folder))
        problems.append(InputError(name, f"cannot list folder ({error.strerror or error})"))

    for root, folders, files in os.walk(folder, followlinks=True, onerror=unreadable):
        here = os.stat(root)
        if (here.st_dev, here.st_ino) in seen:
            folders.clear()  # reached again through a link: a loop or a second way in
            continue
        seen.add((here.st_dev, here.st_ino))
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = Path(root) / name
            display = printable(os.fsdecode(path.as_posix()))
            if format_of(path) is None:
                suffix = printable(os.fsdecode(path.suffix)) or "no suffix"
                problems.append(InputError(display, f"not a format kg reads ({suffix}); kg reads {_READS}"))
                continue
            status = _stat(path, display, problems)
            if status is None:
                continue
            if stat.S_ISREG(status.st_mode):
                yield Source(path, display)
            else:
                problems.append(InputError(display, "not a regular file (a device, pipe or socket)"))
