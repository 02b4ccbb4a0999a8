"""The word lists of the event and factuality rules, loaded once and validated.

Five tables in ``kg/lexicon/data/``, each described in its header:

- ``event_lemmas.tsv``: trigger lemma -> event class, whether it is a verb or an
  event noun, and the role of its intransitive subject ("prices rose": theme);
- ``event_roles.tsv``: preposition, event class and kind of argument -> role
  ("to" + a place -> destination);
- ``factuality_cues.tsv``: modals, control verbs, speech verbs, adverbs, nouns,
  adjectives and subordinators -> the factuality they give an event;
- ``non_events.tsv``: verbs that head no event alone (states, speech acts, light verbs).
- ``non_event_forms.tsv``: word forms that head no event in one construction (a premodifier
  participle, a participle used as a preposition, a quantity word with its infinitive).

Rows are read and checked by ``kg.lexicon.table``; the checks of kg's own
classes and roles are here, against the one list of both in ``kg.types``
(which the ontology's classes and role properties are written from). A bad row raises
``LexiconError`` naming the file and line.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg import types
from kg.lexicon.table import read_table
from kg.types import Factuality

EVENT_CLASSES = tuple(types.EVENT_CLASSES)
"""The news event classes: the keys of ``kg.types.EVENT_CLASSES``, the one list,
which also names each one's ontology class (``kg:MovementEvent`` ...)."""
ROLES = tuple(types.ROLES)
"""The roles an event's arguments fill: the keys of ``kg.types.ROLES``, the one
list, which also names each one's ontology property (``kg:agent`` ...)."""
SUBJECT_ROLES = ("agent", "theme")
OBJECT_ROLES = ("theme", "recipient", "place", "destination", "source", "agent", "opponent")
ARGUMENT_KINDS = frozenset({"time", "quantity", "place", "party", "*"})
CUE_KINDS = frozenset({"modal", "control", "speech", "adverb", "noun", "adjective", "mark", "object", "evidence",
                       "excluding", "prospect", "implying", "generic", "making", "inversion",
                       "frame", "undecided", "settled", "eager", "framing", "realised", "undone", "scant"})


@dataclass(frozen=True, slots=True)
class Trigger:
    """What the lemma table says of one trigger lemma."""

    event_class: str
    subject: str
    """Role of an intransitive subject (of a noun's "of" or possessor argument): agent or theme."""
    object: str = "theme"
    """Role of the direct object: theme, recipient for verbs of telling ("reassured
    Labour MPs"), place, destination or source for a place ("visited Tanzania",
    "left Bath"; a person or thing they take stays the theme), opponent for a contest
    ("Nadal faces Fish", "Wales beat Italy"; "faces charges" keeps its theme)."""


def _load_lemmas(name: str = "event_lemmas.tsv") -> tuple[dict[str, Trigger], dict[str, Trigger]]:
    verbs: dict[str, Trigger] = {}
    nouns: dict[str, Trigger] = {}
    for row in read_table(name):
        fields = row.fields
        objects = ((), *((role,) for role in OBJECT_ROLES))
        known = len(fields) in (4, 5) and fields[1] in EVENT_CLASSES and fields[3] in SUBJECT_ROLES
        if not known or fields[4:] not in objects:
            raise row.error(
                f"expected 'lemma<TAB>class<TAB>verb|noun|both<TAB>{'|'.join(SUBJECT_ROLES)}"
                f"[<TAB>{'|'.join(OBJECT_ROLES)}]' with a class of {', '.join(EVENT_CLASSES)}"
            )
        lemma, event_class, use, subject = fields[:4]
        trigger = Trigger(event_class, subject, fields[4] if len(fields) == 5 else "theme")
        for table, wanted in ((verbs, ("verb", "both")), (nouns, ("noun", "both"))):
            if use in wanted:
                if lemma in table:
                    raise row.error(f"{lemma!r} is listed twice as a {wanted[0]}")
                table[lemma] = trigger
    return verbs, nouns


def _load_roles(name: str = "event_roles.tsv") -> dict[str, tuple[tuple[str, str, str], ...]]:
    rows: dict[str, list[tuple[str, str, str]]] = {}
    for row in read_table(name):
        fields = row.fields
        known_class = fields[1] == "*" or fields[1] in EVENT_CLASSES
        if not known_class or fields[2] not in ARGUMENT_KINDS or (fields[3] not in ROLES and fields[3] != "-"):
            raise row.error(
                f"expected 'preposition<TAB>class|*<TAB>"
                f"time|quantity|place|party|*<TAB>role' with a role of {', '.join(ROLES)}"
            )
        rows.setdefault(fields[0], []).append((fields[1], fields[2], fields[3]))
    return {preposition: tuple(found) for preposition, found in rows.items()}


def _load_cues(name: str = "factuality_cues.tsv") -> dict[str, dict[str, Factuality]]:
    cues: dict[str, dict[str, Factuality]] = {kind: {} for kind in CUE_KINDS}
    for row in read_table(name):
        fields = row.fields
        try:
            kind, value = fields[1], Factuality(fields[2])
        except ValueError as error:
            raise row.error(f"{fields[2]!r} is not a factuality of kg.types.Factuality") from error
        if kind not in CUE_KINDS:
            raise row.error(f"kind {kind!r} is not one of {', '.join(sorted(CUE_KINDS))}")
        cues[kind][fields[0]] = value
    return cues


def _load_non_events(name: str = "non_events.tsv") -> dict[str, str]:
    found: dict[str, str] = {}
    for row in read_table(name):
        found[row.fields[0]] = row.fields[1]
    return found


def _load_forms(name: str = "non_event_forms.tsv") -> dict[str, str]:
    return {row.fields[0]: row.fields[1] for row in read_table(name)}


VERB_TRIGGERS, NOUN_TRIGGERS = _load_lemmas()
"""Trigger lemma -> ``Trigger``, for verbs and for event nouns."""
PREPOSITION_ROLES = _load_roles()
"""Preposition -> its (class, argument kind, role) rows, first fitting row wins."""
FACTUALITY_CUES = _load_cues()
"""Cue kind ("modal", "control" ...) -> word -> the factuality it gives."""
NON_EVENTS = _load_non_events()
"""Verb lemma -> why it heads no event alone: "state", "speech", "light", "place", "aspect" or "habitual"."""
NON_EVENT_FORMS = _load_forms()
"""Word form -> the construction in which it heads no event: "premodifier", "preposition" or "filler"."""


def preposition_role(preposition: str, event_class: str, kind: str) -> str | None:
    """The role a prepositional argument fills, from ``event_roles.tsv``.

    >>> preposition_role("to", "movement", "place"), preposition_role("to", "transaction", "party")
    ('destination', 'recipient')
    >>> preposition_role("with", "conflict", "party"), preposition_role("of", "other", "*") is None
    ('opponent', True)
    >>> preposition_role("with", "other", "party") is None  # "worked with Smith": no instrument
    True
    """
    for row_class, row_kind, role in PREPOSITION_ROLES.get(preposition, ()):
        if row_class in ("*", event_class) and row_kind in ("*", kind):
            return None if role == "-" else role
    return None
