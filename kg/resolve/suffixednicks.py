"""A nickname's entity named with an organisation's generic last word (``org_suffixes.txt``).

Two forms, read beside the nickname table (``kg/lexicon/data/nicknames.tsv``,
``kg.resolve.nicknames``):

- *the nickname and the suffix its entity's name ends in*: "the euro-sceptic wing of
  the Tory Party" is the Conservative Party ("Tory" is in the table, and the party's
  name ends in "Party"); not "Labour Group" (the Labour Party's name ends in no "Group");
- *the table's name and one suffix*: "the Fed" beside "the Federal Reserve Bank" (the
  table's name "Federal Reserve" and "Bank"), one body; never a name that goes on
  after the suffix ("Federal Reserve Bank of New York", a regional bank).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from kg.lexicon import NICKNAMES, ORG_SUFFIXES, Nickname
from kg.records import Mention
from kg.resolve.forms import normalise

# "the Federal Reserve Bank of New York", NER's "Federal Reserve Bank" and "New York": the name goes on.
_GOES_ON = re.compile(r"\s+(?:of|for|in|at)\s+[A-Z]")


def suffixed_readings(text: str) -> tuple[Nickname, ...]:
    """The table's readings of a name that is a nickname and the suffix its entity's name ends in.

    >>> [reading.name for reading in suffixed_readings("the Tory Party")]
    ['Conservative Party']
    >>> suffixed_readings("Labour Group"), suffixed_readings("Party")
    ((), ())
    """
    words = normalise(text).split()
    if words[:1] == ["the"]:
        words = words[1:]
    if len(words) < 2 or words[-1] not in ORG_SUFFIXES:
        return ()
    readings = NICKNAMES.get(" ".join(words[:-1]), ())
    return tuple(reading for reading in readings if normalise(reading.name).split()[-1] == words[-1])


def suffixed_forms(name: str, forms: Iterable[str]) -> list[str]:
    """The forms (``normalise``d) of ``forms`` that are the table's ``name`` and one suffix word.

    >>> suffixed_forms("Federal Reserve", ["federal reserve bank", "federal reserve bank of new york", "bank"])
    ['federal reserve bank']
    """
    full = normalise(name)
    return [form for form in forms if form.startswith(full + " ") and form[len(full) + 1 :] in ORG_SUFFIXES]


def suffixed_targets(name: str, mentions: Sequence[Mention], forms: dict[str, list[int]], text: str) -> list[int]:
    """The mentions (indexes) whose form is ``name`` and one suffix (``suffixed_forms``), when no
    mention of that form goes on in the text with "of", "for", "in" or "at" and a capital
    ("the Federal Reserve Bank of New York": NER cut the regional bank's name)."""
    indexes = [j for form in suffixed_forms(name, forms) for j in forms[form]]
    return [] if any(_GOES_ON.match(text, mentions[j].end) for j in indexes) else indexes
