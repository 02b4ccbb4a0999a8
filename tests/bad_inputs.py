"""Generator of the bad-input folder: every kind of file a real news archive throws at kg.

The files are made at test time (``make_bad_inputs(tmp_path)``) instead of being
committed, so the repository holds no binaries, no symlink loops and no
unreadable files. To look at them by hand::

    python3 tests/bad_inputs.py /tmp/bad && python3 -m kg build /tmp/bad --out /tmp/bad-out --format ttl

Each ``Case`` says what kg must answer: ``built`` (read, no message), ``warned``
(read, with a warning whose text contains ``expect``) or ``skipped`` (named with
a reason containing ``expect``).
"""

from __future__ import annotations

import gzip
import os
import sys
from dataclasses import dataclass
from pathlib import Path

ARTICLE = (
    "Kazakh President Kassym-Jomart Tokayev asked the Collective Security Treaty Organisation for help.\n\n"
    "Russia sent troops to Almaty on Thursday, the Defence Ministry said.\n"
)
"""A short article every good file carries in some form."""


@dataclass(frozen=True, slots=True)
class Case:
    """One bad (or awkward) input and what kg must say about it."""

    name: str
    outcome: str  # "built", "warned" or "skipped"
    expect: str = ""
    documents: int = 1  # documents it yields when built or warned


def _pdf() -> bytes:
    return b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + bytes(range(256)) * 4


def _png() -> bytes:
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 2


def make_bad_inputs(folder: Path, *, as_root: bool | None = None) -> list[Case]:
    """Write the bad-input files into ``folder``; return what kg must answer for each.

    Args:
        folder: Created if missing.
        as_root: Whether the reader runs as root (who can read a chmod 000 file);
            default: whether this process does.
    """
    folder.mkdir(parents=True, exist_ok=True)
    as_root = (os.geteuid() == 0) if as_root is None else as_root
    cases: list[Case] = []

    def write(name: str, data: bytes, outcome: str, expect: str = "", documents: int = 1) -> None:
        (folder / name).write_bytes(data)
        cases.append(Case(name, outcome, expect, documents))

    article = ARTICLE.encode("utf-8")
    write("empty.txt", b"", "skipped", "no article text (empty file, 0 bytes)")
    write("whitespace.txt", b"  \n\t\r\n \n", "skipped", "no article text (only whitespace)")
    write("report.txt", _pdf(), "skipped", "binary file: a PDF document; extract its text first")
    write("photo.txt", _png(), "skipped", "binary file: a PNG image, not text")
    write("archive.txt", gzip.compress(article, mtime=0), "skipped", "binary file: gzip-compressed")
    write("controls.txt", bytes(range(32)) * 64, "skipped", "binary file (control bytes)")
    write("latin1.txt", ("Le président Tokayev a parlé à Almaty.\n\n" + ARTICLE).encode("latin-1"), "warned",
          "not UTF-8 (byte 0xe9 at 5); read as Windows-1252")
    write("smart-quotes.txt", ("“Troops will leave,” Tokayev said – on Thursday.\n\n" + ARTICLE).encode("cp1252"),
          "warned", "not UTF-8 (byte 0x93 at 0); read as Windows-1252")
    write("cyrillic-koi8.txt", "Президент Токаев попросил помощи у ОДКБ.\n".encode("koi8-r"), "skipped",
          "nor Windows-1252/Latin-1 text; re-save as UTF-8")
    write("utf16-bom.txt", ARTICLE.encode("utf-16"), "built")
    write("utf16-no-bom.txt", ARTICLE.encode("utf-16-le"), "skipped", "UTF-16 text without a byte-order mark")
    write("crlf.txt", ARTICLE.replace("\n", "\r\n").encode(), "built")
    write("lone-cr.txt", ARTICLE.replace("\n", "\r").encode(), "built")
    write("nul-bytes.txt", article[:40] + b"\x00" + article[40:] + b"\x00", "warned", "2 NUL byte(s) removed")
    write("terminal-escapes.txt", b"\x1b[31mAlert\x1b[0m\x07 " + article, "built")
    write("only-header.txt", b"date 2022-01-13 A headline and nothing else\n", "skipped", "no article text")
    write(
        "page.html",
        b"<!DOCTYPE html><html><head><title>Troops &amp; Tokayev</title><style>p{color:red}</style>"
        b"<script>document.write('INJECTED SCRIPT TEXT')</script></head><body><nav>Home | World</nav>"
        b"<h1>Troops &amp; Tokayev</h1><p>Kazakh President Kassym-Jomart Tokayev asked the "
        b"<b>Collective Security Treaty Organisation</b> for help.</p><p>Russia sent troops to Almaty."
        b"</p><noscript>Enable JavaScript</noscript></body></html>",
        "built",
    )
    write(
        "notes.md",
        b"---\ntitle: Troops leave\ndate: 2022-01-13\n---\n\n# Troops leave\n\nKazakh President **Kassym-Jomart "
        b"Tokayev** asked the [CSTO](https://odkb-csto.org/) for help.\n\n```python\nprint('CODE BLOCK')\n```\n\n"
        b"- Russia sent troops to *Almaty*.\n",
        "built",
    )
    write(
        "feed.jsonl",
        b'{"id": "a1", "title": "First", "date": "2022-01-13", "url": "https://x.kz/1", "text": "Tokayev asked '
        b'the CSTO for help."}\n{"id": "a2", "text": "broken\n{"title": "Third", "text": "Russia sent troops to '
        b'Almaty."}\n[1, 2]\n{"title": "No body"}\n',
        "skipped",
        "feed.jsonl:2: invalid JSON",
        documents=2,
    )
    write("spaced name 'quoted' \"double\" ünïcödé.txt", article, "built")
    write("Пресс-релиз.txt", article, "built")

    (folder / "unreadable.txt").write_bytes(article)
    os.chmod(folder / "unreadable.txt", 0)
    cases.append(Case("unreadable.txt", "built") if as_root else Case("unreadable.txt", "skipped", "Permission denied"))

    os.symlink("missing-target.txt", folder / "broken-link.txt")
    cases.append(Case("broken-link.txt", "skipped", "broken symbolic link (points to missing-target.txt)"))
    os.symlink("self-loop.txt", folder / "self-loop.txt")
    cases.append(Case("self-loop.txt", "skipped", "symbolic link loop"))
    os.symlink(".", folder / "folder-loop")  # walking must end and read nothing twice
    os.mkfifo(folder / "pipe.txt")
    cases.append(Case("pipe.txt", "skipped", "not a regular file"))
    return cases


if __name__ == "__main__":
    for case in make_bad_inputs(Path(sys.argv[1])):
        print(f"{case.outcome:8} {case.name}  {case.expect}")
