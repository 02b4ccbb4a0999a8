"""The lead's passive with no agent: what was done is the article's news, its subject a description.

"The inclusion of downloaded music in the official singles chart has been delayed for a
month", "Plans to create a single correctional agency for Scotland have been scrapped": the
first body sentence states the story's event with no doer, and its subject, what was done to,
is a description no entity stands for. Elsewhere an event of no news class whose core
arguments are all literals is dropped (``kg.resolve.events``: "the majority of visitors want"
is nothing to look up); in the lead the description is what the news is about, as for an
agent (``kg.resolve.lead``), so the event stays, the patient a literal.

Only the lead's own clause with no agent at all, whose patient opens the sentence and is the
verb's subject, a form of "be" right before the verb (not a noun a participle hangs on: "UK
citizens suspected of involvement in terrorism could face house arrest") and picks out what it is: a
description (``kg.resolve.lead.described``: "The inclusion of ...", "Six government units"),
or a plural narrowed by what follows it ("Plans to create a single agency", "Tickets for the
final"). A bare plural ("Jobs have been cut") or a quantifier ("Some shares were sold") is
no one thing in particular.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.records import Argument, EventMention
from kg.resolve.lead import QUOTES, RELATIVE_AFTER, described, lead_sentence

__all__ = ["lead_patient"]

# What narrows a bare plural head right after it: an infinitive or a phrase on "to", "for", "of", "in".
_NARROWED = re.compile(r"\s+(?:to|for|of|in|on)\s+\S")
# Right before the passive verb: a form of "be" ("have been", "is to be", "was quietly"); none, and the
# participle hangs on the noun ("UK citizens suspected of involvement").
_AUXILIARY = re.compile(r"\b(?:be|been|being|is|are|was|were)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)


def narrowed_plural(span: Argument, text: str) -> bool:
    """Whether the argument is a plural head that opens it, with a phrase after it that narrows it.

    >>> text = "Plans to create a single correctional agency for Scotland"
    >>> narrowed_plural(Argument(text, 0, len(text), 0, 5), text)
    True
    >>> narrowed_plural(Argument("Plans", 0, 5, 0, 5), "Plans")
    False
    >>> text = "Some plans to create an agency"
    >>> narrowed_plural(Argument(text, 0, len(text), 5, 10), text)
    False
    """
    head = text[span.head_start : span.head_end]
    return (span.head_start == span.start and head.isalpha() and head[1:].islower() and head.endswith("s")
            and span.end > span.head_end and _NARROWED.match(text[: span.end], span.head_end) is not None)


def lead_patient(mention: EventMention, kept: Sequence[tuple[int, int | None]], text: str) -> bool:
    """Whether the mention is the lead's clause with no agent whose patient, no entity, opens
    the sentence and is a description or a narrowed plural (see the module's docstring)."""
    if mention.kind != "clause" or not lead_sentence(mention, text):
        return False
    if any(argument.role == "agent" for argument in mention.arguments):
        return False
    patients = [mention.arguments[index].argument for index, cluster in kept
                if cluster is None and mention.arguments[index].role == "patient"]
    return bool(patients) and all(
        (described(span, text) or narrowed_plural(span, text)) and not text[mention.sentence[0] : span.start].strip(QUOTES)
        and not RELATIVE_AFTER.fullmatch(text, span.end, mention.trigger_start)
        and _AUXILIARY.search(text[span.end : mention.trigger_start]) is not None for span in patients)
