"""Checks on user-given IRIs."""

from __future__ import annotations

import re

from kg.errors import ConfigError

_ABSOLUTE_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`\x00-\x20]+$")


def check_base_iri(iri: str) -> str:
    """Return ``iri`` if it is an absolute IRI ending with ``/`` or ``#``.

    >>> check_base_iri("https://example.org/kg/")
    'https://example.org/kg/'
    >>> check_base_iri("not an iri")
    Traceback (most recent call last):
    ...
    kg.errors.ConfigError: base IRI 'not an iri' is not an absolute IRI (e.g. https://example.org/kg/)
    """
    if not _ABSOLUTE_IRI.match(iri):
        raise ConfigError(f"base IRI {iri!r} is not an absolute IRI (e.g. https://example.org/kg/)")
    if not iri.endswith(("/", "#")):
        raise ConfigError(f"base IRI {iri!r} must end with '/' or '#', e.g. {iri}/")
    return iri
