"""A verb of aspect before the -ing verb it governs heads no event: the -ing verb's event is the news.

"Oil prices carried on rising", "Mutu can resume playing next May", "Ford finished building the
plant in Valencia": read on its own, the aspect verb is a fragment, carry(agent=Oil prices,
topic=rising), resume(theme=Mutu), finish(theme=Ford), beside or instead of the event it
governs, rise(theme=Oil prices), play(Mutu), build(agent=Ford, theme=the plant). A verb of
``aspect_gerund_verbs.txt`` ("begin", "continue", "resume", "finish", "carry on", "keep on")
whose complement is an -ing verb with no subject of its own (xcomp), or whose particle "on" the
parse made a preposition taking the -ing verb ("carried [on [rising]]"), is skipped, as a verb
of aspect before its infinitive is ("continued to rise": ``non_events.tsv``). Not a verb that
ends what it governs ("Microsoft stopped making the software": the making is over), nor one
with an -ing that is no complement of it ("IBM will sell a workstation starting later this
year"), nor one with an object ("began talks", "kept the lead").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon.table import read_words

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["aspect_gerund"]

_VERBS = read_words("aspect_gerund_verbs.txt")
_ON = "on"


def aspect_gerund(verb: Word) -> bool:
    """Whether ``verb`` only says how the -ing verb it governs went (see the module)."""
    base = verb.lemma_.lower()
    if verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return False
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    name = f"{base} {particle}" if particle is not None else base
    if name in _VERBS and any(_gerund(c) for c in verb.children if c.dep_ == "xcomp"):
        return True  # "began selling its stake", "kept on rising"
    # "carried on rising": "on" a preposition, the -ing its complement, right after it
    return f"{base} {_ON}" in _VERBS and any(
        c.dep_ == "prep" and c.lower_ == _ON and c.i > verb.i and any(
            g.dep_ == "pcomp" and g.i == c.i + 1 and _gerund(g) for g in c.children) for c in verb.children)


def _gerund(word: Word) -> bool:
    """An -ing verb with no subject of its own."""
    return word.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in word.children)
