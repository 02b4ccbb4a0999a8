"""The word lists of the event and factuality rules, loaded once and validated.

Four tables in ``kg/lexicon/data/``, each described in its header:

- ``event_lemmas.tsv``: trigger lemma -> event class, whether it is a verb or an
  event noun, and the role of its intransitive subject ("prices rose": theme);
- ``event_roles.tsv``: preposition, event class and kind of argument -> role
  ("to" + a place -> destination);
- ``factuality_cues.tsv``: modals, control verbs, speech verbs, adverbs, nouns,
  adjectives and subordinators -> the factuality they give an event;
- ``non_events.tsv``: verbs that head no event alone (states, speech acts, light verbs).

A bad row raises ``ConfigError`` naming the file and line.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.errors import ConfigError
from kg.lexicon import _lines
from kg.types import Factuality

EVENT_CLASSES = (
    "meeting", "statement", "movement", "transaction", "appointment", "resignation", "election", "conflict",
    "agreement", "legal", "change", "performance", "creation", "request", "other",
)  # fmt: skip
"""The news event classes (those of ``benchmarks/gold/README.md``)."""
ROLES = (
    "agent", "patient", "theme", "recipient", "beneficiary", "instrument", "place", "time", "quantity", "source",
    "destination", "opponent", "topic", "reason",
)  # fmt: skip
"""The roles an event's arguments fill."""
OBJECT_ROLES = ("theme", "recipient", "place", "destination", "source")
ARGUMENT_KINDS = frozenset({"time", "quantity", "place", "party", "*"})
CUE_KINDS = frozenset({"modal", "control", "speech", "adverb", "noun", "adjective", "mark", "object"})


@dataclass(frozen=True, slots=True)
class Trigger:
    """What the lemma table says of one trigger lemma."""

    event_class: str
    subject: str
    """Role of an intransitive subject (of a noun's "of" or possessor argument): agent or theme."""
    object: str = "theme"
    """Role of the direct object: theme, recipient for verbs of telling ("reassured
    Labour MPs"), place, destination or source for a place ("visited Tanzania",
    "left Bath"; a person or thing they take stays the theme)."""


def _load_lemmas(name: str = "event_lemmas.tsv") -> tuple[dict[str, Trigger], dict[str, Trigger]]:
    verbs: dict[str, Trigger] = {}
    nouns: dict[str, Trigger] = {}
    for number, fields in _lines(name):
        if len(fields) not in (4, 5) or fields[1] not in EVENT_CLASSES or fields[2] not in ("verb", "noun", "both") \
                or fields[3] not in ("agent", "theme") or fields[4:] not in ([], *([role] for role in OBJECT_ROLES)):
            raise ConfigError(
                f"kg/lexicon/data/{name}:{number}: expected 'lemma<TAB>class<TAB>verb|noun|both<TAB>agent|theme"
                f"[<TAB>{'|'.join(OBJECT_ROLES)}]' with a class of {', '.join(EVENT_CLASSES)}"
            )
        lemma, event_class, use, subject = fields[:4]
        trigger = Trigger(event_class, subject, fields[4] if len(fields) == 5 else "theme")
        for table, wanted in ((verbs, ("verb", "both")), (nouns, ("noun", "both"))):
            if use in wanted:
                if lemma in table:
                    raise ConfigError(f"kg/lexicon/data/{name}:{number}: {lemma!r} is listed twice as a {wanted[0]}")
                table[lemma] = trigger
    return verbs, nouns


def _load_roles(name: str = "event_roles.tsv") -> dict[str, tuple[tuple[str, str, str], ...]]:
    rows: dict[str, list[tuple[str, str, str]]] = {}
    for number, fields in _lines(name):
        if len(fields) != 4 or (fields[1] != "*" and fields[1] not in EVENT_CLASSES) \
                or fields[2] not in ARGUMENT_KINDS or fields[3] not in ROLES:
            raise ConfigError(
                f"kg/lexicon/data/{name}:{number}: expected 'preposition<TAB>class|*<TAB>"
                f"time|quantity|place|party|*<TAB>role' with a role of {', '.join(ROLES)}"
            )
        rows.setdefault(fields[0], []).append((fields[1], fields[2], fields[3]))
    return {preposition: tuple(found) for preposition, found in rows.items()}


def _load_cues(name: str = "factuality_cues.tsv") -> dict[str, dict[str, Factuality]]:
    cues: dict[str, dict[str, Factuality]] = {kind: {} for kind in CUE_KINDS}
    for number, fields in _lines(name):
        try:
            kind, value = fields[1], Factuality(fields[2])
        except (IndexError, ValueError) as error:
            raise ConfigError(f"kg/lexicon/data/{name}:{number}: expected 'word<TAB>kind<TAB>factuality'") from error
        if len(fields) != 3 or kind not in CUE_KINDS or fields[0] in cues[kind]:
            raise ConfigError(
                f"kg/lexicon/data/{name}:{number}: expected one 'word<TAB>kind<TAB>factuality' per word and kind, "
                f"kind one of {', '.join(sorted(CUE_KINDS))}"
            )
        cues[kind][fields[0]] = value
    return cues


def _load_non_events(name: str = "non_events.tsv") -> dict[str, str]:
    found: dict[str, str] = {}
    for number, fields in _lines(name):
        if len(fields) != 2 or fields[1] not in ("state", "speech", "light", "place") or fields[0] in found:
            raise ConfigError(f"kg/lexicon/data/{name}:{number}: expected one 'lemma<TAB>state|speech|light|place' per lemma")
        found[fields[0]] = fields[1]
    return found


VERB_TRIGGERS, NOUN_TRIGGERS = _load_lemmas()
"""Trigger lemma -> ``Trigger``, for verbs and for event nouns."""
PREPOSITION_ROLES = _load_roles()
"""Preposition -> its (class, argument kind, role) rows, first fitting row wins."""
FACTUALITY_CUES = _load_cues()
"""Cue kind ("modal", "control" ...) -> word -> the factuality it gives."""
NON_EVENTS = _load_non_events()
"""Verb lemma -> why it heads no event alone: "state", "speech", "light" or "place"."""


def preposition_role(preposition: str, event_class: str, kind: str) -> str | None:
    """The role a prepositional argument fills, from ``event_roles.tsv``.

    >>> preposition_role("to", "movement", "place"), preposition_role("to", "transaction", "party")
    ('destination', 'recipient')
    >>> preposition_role("with", "conflict", "party"), preposition_role("of", "other", "*") is None
    ('opponent', True)
    """
    for row_class, row_kind, role in PREPOSITION_ROLES.get(preposition, ()):
        if row_class in ("*", event_class) and row_kind in ("*", kind):
            return role
    return None
