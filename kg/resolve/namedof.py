"""A subject whose "of" or "by" phrase names whose or whom it is: the event stays, the subject a literal.

"Members of Westminster's environment, food and rural affairs committee will be touring fish
markets", "The people of Engerwitzdorf are filming, editing and producing their own regional
news channel", "A late try by Borders substitute Jonny Weston had set up a dramatic finish":
the subject's head is no entity ("Members", "people", "try"), so ``kg.resolve.events`` drops
the event as done by no one known, but the phrase right after the head names the body, place
or person it belongs to: the description picks out who acted, as a phrase on "in", "for" or
"at" does (``kg.resolve.namedphrase``), and the event stays, the whole subject a literal.

Only the verb's subject that opens its sentence (no relative word between them: "The other main
shareholders of EADS are the French government, who also support Mr Forgeard"), of no
verb of saying (who speaks is a name or a role), in a sentence that opens on a capital and asks
nothing; its head a common noun, not a quantifier ("Most of the Tories", "Many of Europe's
banks": some of them, which unknown; quantifiers.txt) nor a word of amount or share ("The value
of", "The rest of"; amount_heads.txt), nor one person's post ("The Secretary of State has hit
out at critics": the holder, whom the article names, not a literal; ``ROLE_HEADS``); the name within the phrase's first words ("The people of Engerwitzdorf", not "The cost of
paying even as little as 70p per track").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.attribution import SAY_VERBS
from kg.folding import fold
from kg.lexicon import AMOUNT_HEADS, QUANTIFIERS, ROLE_HEADS
from kg.records import Argument, EventMention
from kg.resolve.lead import QUOTES, RELATIVE_AFTER

__all__ = ["of_named", "of_named_agents"]

# A relative word between the subject and the verb: the verb is a relative clause's, on a noun after
# the subject ("The other main shareholders of EADS are the French government, who also support").
_RELATIVE = re.compile(r"\b(?:who|whom|whose|which|that)\b", re.IGNORECASE)

# "<head> of|by <up to three words> <Name>": a capitalised word early in the phrase.
_NAMED = re.compile(r"\s+(?:of|by)\s+(?:[\w'’&.-]+\s+){0,3}?[A-Z]")


def of_named(span: Argument, text: str) -> bool:
    """Whether the argument is a common noun with a phrase on "of" or "by" right after its head that names someone.

    >>> text = "The people of Engerwitzdorf"
    >>> of_named(Argument(text, 0, len(text), 4, 10), text)
    True
    >>> text = "Most of the Tories"
    >>> of_named(Argument(text, 0, len(text), 0, 4), text)
    False
    >>> text = "The value of Ford's shares"
    >>> of_named(Argument(text, 0, len(text), 4, 9), text)
    False
    """
    head = text[span.head_start : span.head_end]
    if not head.isalpha() or not head[1:].islower() or head.endswith("ing"):
        return False
    from kg.resolve.counted import PEOPLE  # here: counted.literal_agents imports this module

    folded = fold(head)
    if folded in QUANTIFIERS or folded in AMOUNT_HEADS:
        return False
    if folded not in PEOPLE and not (folded.endswith("s") and folded[:-1] in PEOPLE):
        return False  # "The sale of the US gaming unit will leave Wembley with its UK business": no one acting
    if folded in ROLE_HEADS:
        return False  # "The Secretary of State has hit out": one person in a post, named elsewhere, no literal
    return _NAMED.match(text[: span.end], span.head_end) is not None


def of_named_agents(mention: EventMention, kept: Sequence[tuple[int, int | None]], text: str) -> bool:
    """Whether every agent no entity stands for is a subject ``of_named`` accepts that opens its
    sentence, of a verb that is no verb of saying, in a sentence that opens on a capital and asks nothing."""
    sentence = text[mention.sentence[0] : mention.sentence[1]].strip(QUOTES)
    if mention.kind != "clause" or mention.lemma.split()[0] in SAY_VERBS or not sentence[:1].isupper() \
            or sentence.endswith("?"):
        return False
    unknown = [mention.arguments[index].argument for index, cluster in kept
               if cluster is None and mention.arguments[index].role == "agent"]
    return bool(unknown) and all(
        of_named(span, text) and not text[mention.sentence[0] : span.start].strip(QUOTES)
        and not RELATIVE_AFTER.fullmatch(text, span.end, mention.trigger_start)
        and not _RELATIVE.search(text, span.end, mention.trigger_start) for span in unknown)
