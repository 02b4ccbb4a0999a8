"""Bytes to clean text: encodings, binary files and characters no export can carry.

Text is decoded as UTF-8 (a UTF-8, UTF-16 or UTF-32 byte-order mark is
honoured). A file that is not UTF-8 but looks like Windows-1252 (which contains
Latin-1) is read as such, with an ``InputWarning``: that is what legacy English
news archives are, and their few bad bytes (smart quotes, dashes, accented
letters) decode without ambiguity. Anything else that is not UTF-8 is refused,
naming the first bad byte; so are binary files, named by kind where the leading
bytes tell (PDF, PNG, gzip ...). ``clean_text`` then drops every character an
export format cannot carry.
"""

from __future__ import annotations

import re
from pathlib import Path

from kg.errors import InputError, InputWarning

# Characters no export may carry: C0 controls but tab and newline, DEL, C1 controls,
# lone surrogates, a stray byte-order mark and the non-characters XML forbids.
_UNCARRIABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufeff\ufffe\uffff]")
# Every line break Unicode knows becomes "\n": writers that split on str.splitlines()
# (which also breaks at U+2028, U+2029 and NEL) can then never cut a literal in two.
_LINE_BREAKS = re.compile(r"\r\n?|[\x85\u2028\u2029]")
# Terminal colour and cursor codes ("\x1b[31m") go whole, not just their escape byte.
_ANSI = re.compile(r"\x1b\[[0-?]{0,32}[ -/]{0,8}[@-~]|\x1b[@-Z\\-_]")
_SPACES = re.compile(r"\s+")
# An apostrophe a legacy archive's conversion turned into an inverted question mark between two
# letters ("America\u00bfs National Football League"); Spanish opens a question with it after a space.
_MANGLED_APOSTROPHE = re.compile(r"(?<=[^\W\d_])\u00bf(?=[^\W\d_])")
# A numeric character reference left in plain text by the page it was copied from.
_REFERENCE = re.compile(r"&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));")

# Leading bytes of binary formats people mistake for text, and how to get the text out.
_MAGIC = (
    (b"%PDF-", "a PDF document; extract its text first (e.g. pdftotext)"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image, not text"),
    (b"\xff\xd8\xff", "a JPEG image, not text"),
    (b"GIF8", "a GIF image, not text"),
    (b"\x1f\x8b", "gzip-compressed; decompress it first (gunzip)"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.odt); extract or export its text first"),
    (b"\xd0\xcf\x11\xe0", "an MS Office document; save it as plain text first"),
    (b"BZh", "bzip2-compressed; decompress it first (bunzip2)"),
    (b"\xfd7zXZ\x00", "xz-compressed; decompress it first (unxz)"),
    (b"\x7fELF", "a program, not text"),
)
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le", "UTF-32"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "UTF-32"),
    (b"\xef\xbb\xbf", "utf-8", "UTF-8"),
    (b"\xff\xfe", "utf-16-le", "UTF-16"),
    (b"\xfe\xff", "utf-16-be", "UTF-16"),
)
_SNIFF = 65536
_BINARY_CONTROL_SHARE = 0.01
_BINARY_NUL_SHARE = 0.02
# Western text has its non-ASCII letters mostly alone ("café", “quote”); Cyrillic, Greek
# or CJK in a legacy encoding has whole words of high bytes.
_HIGH_RUN = re.compile(rb"[\x80-\xff]{4,}")
_WESTERN_MAX_RUN_SHARE = 0.5


def decode(data: bytes, name: str, *, warnings: list[InputWarning] | None = None) -> str:
    """Bytes to text, or a clear error.

    UTF-8 (a byte-order mark is honoured: UTF-8, UTF-16, UTF-32); binary formats are
    named; stray NUL bytes are dropped, with a warning; text that is not UTF-8 but
    plausibly Windows-1252 is read as Windows-1252, with a warning.

    >>> decode("caf\\u00e9 \\u201cok\\u201d".encode("cp1252"), "a.txt", warnings=(found := []))
    'café “ok”'
    >>> str(found[0])
    'a.txt: not UTF-8 (byte 0xe9 at 3); read as Windows-1252 (re-save as UTF-8 to silence this)'
    """
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec)
            except UnicodeDecodeError as error:
                raise InputError(name, f"not valid {label} despite its byte-order mark ({error.reason} at byte "
                                       f"{error.start + len(bom)}); re-save as UTF-8") from error
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(name, f"binary file: {what}")
    sample = data[:_SNIFF]
    if _looks_like_bomless_utf16(sample):
        raise InputError(name, "UTF-16 text without a byte-order mark; re-save as UTF-8")
    # Escape (0x1b) is left out: terminal colour codes in a text dump are still text.
    controls = sum(sample.count(bytes([byte])) for byte in (*range(1, 9), *range(14, 27), *range(28, 32)))
    nuls = sample.count(b"\x00")
    if controls > max(4, _BINARY_CONTROL_SHARE * len(sample)) or nuls > max(4, _BINARY_NUL_SHARE * len(sample)):
        raise InputError(name, "binary file (control bytes), not text; give a text article")
    if b"\x00" in data:
        count = data.count(b"\x00")
        data = data.replace(b"\x00", b"")
        _warn(warnings, name, f"{count} NUL byte(s) removed")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        where = f"byte 0x{data[error.start]:02x} at {error.start}"
        if not _plausibly_western(data):
            raise InputError(name, f"not UTF-8 ({where}) nor Windows-1252/Latin-1 text; re-save as UTF-8") from error
        _warn(warnings, name, f"not UTF-8 ({where}); read as Windows-1252 (re-save as UTF-8 to silence this)")
        # The five bytes cp1252 leaves undefined become lone surrogates, which clean_text drops.
        return data.decode("cp1252", errors="surrogateescape")


def _plausibly_western(data: bytes) -> bool:
    high = len(data) - len(data.translate(None, bytes(range(0x80, 0x100))))
    in_runs = sum(len(run) for run in _HIGH_RUN.findall(data))
    return in_runs <= _WESTERN_MAX_RUN_SHARE * high


def _looks_like_bomless_utf16(sample: bytes) -> bool:
    """Mostly-ASCII UTF-16: every other byte is NUL."""
    if len(sample) < 8:
        return False
    even, odd = sample[0::2], sample[1::2]
    return max(even.count(0), odd.count(0)) > 0.8 * len(odd) and min(even.count(0), odd.count(0)) < 0.1 * len(odd)


def _warn(warnings: list[InputWarning] | None, name: str, reason: str) -> None:
    if warnings is not None:
        warnings.append(InputWarning(name, reason))


def clean_text(text: str) -> str:
    r"""Text any export can carry: ``\n`` line ends (also for NEL, U+2028 and U+2029),
    no control characters but tab and newline, no lone surrogates, no stray
    byte-order marks or non-characters. Afterwards ``splitlines()`` and
    ``split("\n")`` agree.

    >>> clean_text("a\r\nb\rc\x00d\x1b[1;31me\ufeff\udce9")
    'a\nb\ncde'
    """
    return _UNCARRIABLE.sub("", _ANSI.sub("", _LINE_BREAKS.sub("\n", text)))


def decode_references(text: str) -> str:
    """Plain text with its numeric character references read: news copied out of a web
    page keeps them ("&#163;1.8m indecency fine", "Pel&#233;"). Named ones ("&amp;") are
    left as written: in plain text they may be the text itself. A reference to no
    character (a surrogate, beyond U+10FFFF) stays as written.

    >>> decode_references("&#163;1.8m fine for Pel&#xE9;, &#55296; &amp; co")
    '£1.8m fine for Pelé, &#55296; &amp; co'
    """

    def character(match: re.Match[str]) -> str:
        code = int(match.group(1), 16) if match.group(1) else int(match.group(2))
        return chr(code) if code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else match.group(0)

    return _REFERENCE.sub(character, text) if "&#" in text else text


def mend_apostrophes(text: str) -> str:
    """Text with an apostrophe restored where a legacy conversion left an inverted question
    mark between two letters ("America\u00bfs": the mark of no question); one character for
    one, so no offset moves. "\u00bfQu\u00e9 pasa?" keeps its Spanish mark.

    >>> mend_apostrophes("America\u00bfs league, Bush\u00bfs plan: \u00bfQu\u00e9?")
    "America's league, Bush's plan: \u00bfQu\u00e9?"
    """
    return _MANGLED_APOSTROPHE.sub("'", text) if "\u00bf" in text else text


def clean_line(text: str) -> str:
    """``clean_text`` for one-line fields (titles, names): whitespace runs become one space.

    >>> clean_line(" Big\\n\\tnews ")
    'Big news'
    """
    return _SPACES.sub(" ", clean_text(text)).strip()


def read_bytes(path: Path, name: str, *, limit: int | None = None) -> bytes:
    """The file's bytes, or an ``InputError`` naming it: unreadable, empty, or larger than ``limit``."""
    try:
        if limit is not None and path.stat().st_size > limit:
            raise InputError(name, f"larger than {limit:,} bytes; split it into smaller files")
        data = path.read_bytes()
    except OSError as error:
        raise InputError(name, f"cannot read ({error.strerror or error})") from error
    if not data:
        raise InputError(name, "no article text (empty file, 0 bytes)")
    return data
