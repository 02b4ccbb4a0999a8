"""Exceptions kg raises: one base class, a few with fields a caller can use.

Every message is one line: a path that contains a newline or another control
character (a hostile or broken file name) is shown escaped, so it can never
break a log line or fake a second message.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.plugins import Plugin

_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029]")


def printable(text: str) -> str:
    r"""``text`` with control characters and undecodable bytes shown as escapes.

    File names on POSIX are bytes; Python keeps the undecodable ones as lone
    surrogates, which cannot be printed or written as UTF-8.

    >>> printable("a\nb.txt")
    'a\\nb.txt'
    >>> printable("caf\udce9.txt")
    'caf\\udce9.txt'
    """
    return _UNPRINTABLE.sub(lambda match: match.group().encode("unicode_escape").decode("ascii"), text)


class KgError(Exception):
    """Base class of every error kg raises on purpose."""


class InputError(KgError):
    """An input file (or one record in it) cannot be read as an article; it is skipped.

    Attributes:
        path: The file, as the caller named it (``file:line`` for one line of a JSON Lines file).
        reason: What is wrong and, where possible, how to fix it.
    """

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{printable(path)}: {reason}")
        self.path = path
        self.reason = reason


class InputWarning(UserWarning):
    """An input was read, but not exactly as written (fallback decoding, NUL bytes removed ...).

    Not raised: collected in a list and reported once, like spaCy's warnings.

    Attributes:
        path: The file, as the caller named it.
        reason: What kg did about it.
    """

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{printable(path)}: {reason}")
        self.path = path
        self.reason = reason


class ModelError(KgError):
    """The spaCy pipeline cannot be loaded."""


class ConfigError(KgError):
    """An option or a rules file is invalid (bad base IRI, bad predicates.tsv row ...)."""


class LexiconError(ConfigError):
    """A line of one of kg's data files (``kg/lexicon/data``) is malformed.

    Attributes:
        path: The data file.
        line: The line number, from 1.
        reason: What is wrong and how to fix it.
    """

    def __init__(self, path: str, line: int, reason: str) -> None:
        super().__init__(f"{printable(path)}:{line}: {reason}")
        self.path = path
        self.line = line
        self.reason = reason


class ExportError(KgError):
    """An export could not be written.

    Attributes:
        path: The file that was being written.
        reason: Why it failed.
    """

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{printable(path)}: {reason}")
        self.path = path
        self.reason = reason


class PluginError(KgError):
    """An installed plugin (an entry point in ``kg.exporters`` or ``kg.stores``) is unusable.

    Attributes:
        plugin: The ``kg.plugins.Plugin``: its name, entry point and package.
        reason: What is wrong with it.
    """

    def __init__(self, plugin: Plugin, reason: str) -> None:
        super().__init__(
            f"plugin {plugin.name!r} ({plugin.entry_point}, from {plugin.distribution}) {reason}; "
            f"fix or uninstall {plugin.distribution.split()[0]}"
        )
        self.plugin = plugin
        self.reason = reason
