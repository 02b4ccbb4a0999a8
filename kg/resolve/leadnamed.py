"""The lead's event done to a named party by a subject no entity stands for: kept, the subject a literal.

"Gamers have bought almost all of the first batch of Sony's new console", "Taxpayers may
have to bail out the US agency that protects pension funds": the first body sentence states the article's news, and what was done, and to whom,
is named, while who did it is a plain noun. Elsewhere an agent no entity stands for drops
its event (``kg.resolve.events``: who acted is unknown); ``kg.resolve.lead`` keeps the lead's
subject when it is a description that picks out one referent ("An Austrian village"), but a
bare plural is no one in particular there. When another core participant of the lead's
event is a named entity, the event is news about it whoever acted, so it stays, the subject
a literal as written.

Only the lead's own clause (not an event noun, whose agent is its own), not a verb of saying
(who speaks is a name or a role), and only a subject that opens the sentence and is a common
noun phrase (a lower-case head word, no pronoun: those the linker leaves out), not in a
question ("Won't voters ... gravitate to the Conservatives?"), with no relative word between it
and the verb ("Deaf people who prefer to communicate using British Sign
Language could soon ...": the relative clause's verb, no news).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.attribution import SAY_VERBS
from kg.records import EventMention
from kg.resolve.coref import Linker
from kg.resolve.lead import QUOTES, lead_sentence

__all__ = ["lead_named_theme"]

# A relative word between the subject and the verb: the verb is the relative clause's, not the lead's.
_RELATIVE = re.compile(r"\b(?:who|whom|whose|which|that)\b", re.IGNORECASE)
# The roles of a named party the event is done to, with, or against.
_DONE_TO = frozenset({"theme", "patient", "recipient", "opponent"})


def lead_named_theme(mention: EventMention, kept: Sequence[tuple[int, int | None]], text: str, linker: Linker) -> bool:
    """Whether the mention is the lead's clause, not of saying, whose agents no entity stands for
    are common noun phrases opening the sentence, and another core participant is a named
    entity or its words (an owner's too: "Google shares") hold the name of one."""
    if mention.kind != "clause" or mention.lemma.split()[0] in SAY_VERBS or not lead_sentence(mention, text):
        return False
    if text[mention.sentence[0] : mention.sentence[1]].rstrip(QUOTES).endswith("?"):
        return False  # "Won't voters ... gravitate to the Conservatives?": asked, not told
    unknown = [mention.arguments[index].argument for index, cluster in kept
               if cluster is None and mention.arguments[index].role == "agent"]
    if not unknown or not any(mention.arguments[index].role in _DONE_TO and _named(linker, mention, index, cluster)
                              for index, cluster in kept):
        return False
    for span in unknown:
        head = text[span.head_start : span.head_end]
        lower = head.islower() or (span.head_start == span.start and head[1:].islower())  # "Investors snapped up"
        if not head.isalpha() or not lower or text[mention.sentence[0] : span.start].strip(QUOTES):
            return False
        if span.end > mention.trigger_start or _RELATIVE.search(text, span.end, mention.trigger_start):
            return False  # "Deaf people who prefer to communicate using BSL": the relative clause's verb
    return True


def _named(linker: Linker, mention: EventMention, index: int, cluster: int | None) -> bool:
    """Whether the argument is a named entity, or its words or its owner's hold a name the article gives."""
    if cluster is not None:
        return not linker.clusters[cluster].local
    argument = mention.arguments[index]
    spans = [span for span in (argument.argument, argument.owner) if span is not None]
    return any(not linker.clusters[named].local and any(span.start <= name.start and name.end <= span.end for span in spans)
               for name, named in linker.names)
