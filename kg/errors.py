"""Exceptions kg raises: one base class, a few with fields a caller can use."""

from __future__ import annotations


class KgError(Exception):
    """Base class of every error kg raises on purpose."""


class InputError(KgError):
    """An input file cannot be read as an article.

    Attributes:
        path: The file, as the caller named it.
        reason: What is wrong and, where possible, how to fix it.
    """

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class ModelError(KgError):
    """The spaCy pipeline cannot be loaded."""


class ConfigError(KgError):
    """An option or a rules file is invalid (bad base IRI, bad predicates.tsv row ...)."""


class ExportError(KgError):
    """An export could not be written.

    Attributes:
        path: The file that was being written.
        reason: Why it failed.
    """

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
