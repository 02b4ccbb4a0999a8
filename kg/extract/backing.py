"""Backing given: a verb with a noun of backing is one event, what it backs its theme.

"Robin Cook gave his support to Mr Brown's prime ministerial ambitions", "Sir Alex Ferguson has
lent his backing to the supporters' group", "The Australian Rugby Union has thrown its support
behind a proposed North-South match": the subject backs what the "to" or "behind" phrase names.
"give" alone is a light verb and told no event, so the backing was lost; "lend" and "throw"
read the noun as the thing handed over ("lend(theme=his backing, recipient=the supporters'
group)"), and "behind" named no role, so what was backed was lost. The pair
(``backing_phrases.tsv``) is the event's lemma ("give support"), the noun no argument of it
(``backing_noun``), and the "to" or "behind" phrase after the verb or the noun its theme, no
recipient or destination (``backed_theme``). Not the noun alone ("public support for the
plan"), nor an offer of it ("offered support to small firms"), nor "permission", whose "to"
names who may act.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon.events import Trigger
from kg.lexicon.table import read_table

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["backed_theme", "backing_lemma", "backing_noun"]

_PHRASES = frozenset((row.fields[0], row.fields[1]) for row in read_table("backing_phrases.tsv"))
_BACKING = Trigger("other", "agent")
_PREPOSITIONS = frozenset({"to", "behind"})


def backing_noun(verb: Word, base: str | None = None) -> Word | None:
    """The noun of backing that ``verb`` (lemma ``base``) takes as its one direct object, else ``None``."""
    base = base or verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) != 1 or objects[0].pos_ != "NOUN":
        return None
    noun = objects[0]
    return noun if (base, noun.lemma_.lower()) in _PHRASES or (base, noun.lower_) in _PHRASES else None


def backing_lemma(verb: Word, base: str) -> tuple[str, str, Trigger] | None:
    """The trigger lemma, text and entry of a verb of giving with its noun of backing ("gave
    his support": "give support"), or ``None``."""
    noun = backing_noun(verb, base)
    if noun is None:
        return None
    form = noun.lemma_.lower() if (base, noun.lemma_.lower()) in _PHRASES else noun.lower_
    return f"{base} {form}", f"{verb.text} {noun.text}", _BACKING


def backed_theme(verb: Word, lemma: str, found: list[tuple[str, list[Word]]]) -> list[tuple[str, list[Word]]]:
    """``found`` (role, tokens) of a backing event (lemma ``lemma``), the "to" or "behind"
    phrase after the verb or its noun the theme (see the module); any other event's as it is."""
    noun = backing_noun(verb)
    base = verb.lemma_.lower()
    if noun is None or lemma not in (f"{base} {noun.lemma_.lower()}", f"{base} {noun.lower_}"):
        return found
    preps = [c for holder in (verb, noun) for c in holder.children
             if c.dep_ in ("prep", "dative") and c.lower_ in _PREPOSITIONS and c.i > noun.i]
    pobj = next((g for prep in preps[:1] for g in prep.children if g.dep_ == "pobj"), None)
    if pobj is None:
        return found
    out = [(role, tokens) for role, tokens in found if pobj.i not in {t.i for t in tokens}]
    return [*out, ("theme", sorted(preps[0].subtree, key=lambda t: t.i))]
