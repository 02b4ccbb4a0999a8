"""Nicknames from ``kg/lexicon/data/nicknames.tsv``, read in the article's context.

"Spurs" is Tottenham Hotspur, "the Red Devils" Manchester United, "Tories" the
Conservative Party, "Abu Mazen" Mahmoud Abbas. A nickname is data, not code, and
each row carries its context, because some are read differently by sport:
"Saints" is Southampton in a football report and Northampton Saints in a rugby
one. A nickname is read as the entity of one row when

- the article names that entity, in full or by a short form of it ("Tottenham"
  for Tottenham Hotspur, "Northampton" for Northampton Saints): that row wins;
- otherwise, when exactly one row's context is the article's (``any``, ``sport``
  or the sport it reports on: ``Extraction.context``).

Otherwise it is left as it is written.
"""

from __future__ import annotations

from collections.abc import Iterable

from kg.lexicon import NICKNAMES, ORG_SUFFIXES, Nickname
from kg.resolve.forms import normalise
from kg.resolve.suffixednicks import suffixed_readings


def nickname_form(text: str) -> str:
    """The form nicknames are listed by: folded, without a leading "the".

    >>> nickname_form("the Red Devils"), nickname_form("Spurs'")
    ('red devils', 'spurs')
    """
    form = normalise(text)
    return form[4:] if form.startswith("the ") else form


def short_forms(name: str) -> frozenset[str]:
    """The name and its leading and trailing word runs: "Tottenham Hotspur" gives
    "tottenham hotspur", "tottenham" and "hotspur".

    >>> sorted(short_forms("Northampton Saints"))
    ['northampton', 'northampton saints', 'saints']

    An organisation's generic last word alone is no short form: "Party" names
    every party ("Conservatives" and "Labour" must not meet in "Party strategists").

    >>> sorted(short_forms("Conservative Party"))
    ['conservative', 'conservative party']
    """
    words = normalise(name).split()
    return frozenset(" ".join(words[:n]) for n in range(1, len(words) + 1)) | frozenset(
        " ".join(words[n:]) for n in range(1, len(words)) if words[n:] != [words[-1]] or words[-1] not in ORG_SUFFIXES
    )


def read_nickname(text: str, context: Iterable[str], names: Iterable[str]) -> Nickname | None:
    """The entity the nickname ``text`` stands for in an article of ``context`` that
    names ``names`` (their ``normalise`` forms), if the table and the article say.

    >>> read_nickname("Saints", {"sport", "rugby"}, []).name, read_nickname("Saints", {"sport", "football"}, []).name
    ('Northampton Saints', 'Southampton')
    >>> read_nickname("Saints", set(), ["southampton"]).name, read_nickname("Saints", set(), []) is None
    ('Southampton', True)
    """
    readings = NICKNAMES.get(nickname_form(text)) or suffixed_readings(text)  # "the Tory Party"
    if not readings:
        return None
    named = set(names) - {nickname_form(text)}
    supported = [reading for reading in readings if normalise(reading.name) in named]
    if not supported:
        supported = [reading for reading in readings if short_forms(reading.name) & named and reading.context != "any"]
    if len(supported) == 1:
        return supported[0]
    contexts = {"any", *context}
    fitting = [reading for reading in readings if reading.context in contexts]
    return fitting[0] if len(fitting) == 1 else None
