"""The lead's plural or mass subject that a phrase with a name picks out (``kg.extract.leadphrase``).

"Tickets for Scotland's biggest music festival have sold out", "Stock markets in Indonesia
and India have hit all-time highs": the subject's head is no one in particular and opens the
sentence ("Tickets"), so ``kg.resolve.lead.described`` rejects it as a bare plural, but the
phrase after it names whose or where the things are: the description picks them out, the
event is the article's news and stays, the whole phrase a literal. "Scientists are working
on ways" names nothing and stays dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.attribution import SAY_VERBS
from kg.records import Argument, EventMention
from kg.resolve.lead import QUOTES, RELATIVE_AFTER

__all__ = ["named_agents", "named_phrase"]

# "<head> in|for|at <...Name...>": a capitalised word after the preposition.
_NAMED = re.compile(r"\s+(?:in|for|at)\s+(?:[\w'’&.-]+\s+)*?[A-Z]")


def named_phrase(span: Argument, text: str) -> bool:
    """Whether the argument is a noun ending in the head's phrase on "in", "for" or "at" that holds a name.

    >>> text = "Tickets for Scotland's biggest music festival have sold out"
    >>> named_phrase(Argument(text[:45], 0, 45, 0, 7), text)
    True
    >>> named_phrase(Argument("Tickets", 0, 7, 0, 7), text)
    False
    >>> text = "Scientists in the lab"
    >>> named_phrase(Argument(text, 0, len(text), 0, 10), text)
    False
    """
    head = text[span.head_start : span.head_end]
    return head.isalpha() and head[1:].islower() and not head.endswith("ing") and _NAMED.match(text[: span.end], span.head_end) is not None


def named_agents(mention: EventMention, kept: Sequence[tuple[int, int | None]], text: str) -> bool:
    """Whether every agent no entity stands for is a noun a phrase with a name picks out
    (``named_phrase``), the subject that opens its sentence (not a relative clause's verb on it),
    of a verb that is no verb of saying (who speaks is a name or a role), in a sentence that
    opens on a capital and asks nothing."""
    sentence = text[mention.sentence[0] : mention.sentence[1]].strip(QUOTES)
    if mention.kind != "clause" or mention.lemma.split()[0] in SAY_VERBS or not sentence[:1].isupper() \
            or sentence.endswith("?"):
        return False  # a fragment the splitter cut ("so evident in ... stems from"), a question ("Won't voters ...?")
    unknown = [mention.arguments[index].argument for index, cluster in kept
               if cluster is None and mention.arguments[index].role == "agent"]
    return bool(unknown) and all(
        named_phrase(span, text) and not text[mention.sentence[0] : span.start].strip(QUOTES)
        and not RELATIVE_AFTER.fullmatch(text, span.end, mention.trigger_start) for span in unknown)
