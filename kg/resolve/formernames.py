"""A name the text says another is the former or new name of: one entity.

News gives a renamed firm's old name beside its new one: "MCI, which was formerly known
as Worldcom", "Inbev, formerly Interbrew", "Sports Entertainment Enterprises, which is to
be renamed CFX", "Shares in MCI, which changed its name from Worldcom", "X (formerly Y)",
"X, trading as Y", and as a clause of the old name's own sentence: "WorldCom emerged from
bankruptcy protection in 2004, and is now known as MCI". Both names then stand for one
entity, whose mentions under either name are one node; it goes by its present name
(``former_forms``: "MCI", not "Worldcom"), the one the rest of the news uses.

Only where the text says it, right between the two names: the second name follows the
phrase at once, and the first stands right before it (set off by a comma, a bracket or a
dash) or, for the clause, opens its sentence with no other name between. A name the phrase
does not join is left alone: "Michael Rogers, formerly of Tyson Foods" (a person who worked
there), "Italaudit - formerly the Italian arm of auditor Grant Thornton" (a part of
another firm), "the constituency now known as Copeland" (no name before).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from kg.records import Mention
from kg.resolve.forms import normalise
from kg.resolve.variants import ORG_LIKE, PERSON, PLACES, THINGS

# What may stand between the two names, set off after the first: ", which was formerly known as",
# " (formerly", ", now known as", " - now renamed", ", which is to be renamed", ", which changed its
# name from", ", trading as".
_SET_OFF = re.compile(
    r"\s*(?:,|\(|-|–|—)\s*(?:(?:which|that|who)\s+)?"
    r"(?:(?:(?:was|is|were|are|has\s+been|had\s+been|is\s+to\s+be|will\s+be)\s+)?"
    r"(?:(?:formerly|previously|originally|once|now)\s+(?:known\s+as|called|named|renamed)|renamed"
    r"|(?:formerly|previously)(?:\s+known\s+as|\s+called)?)"
    r"|(?:(?:was|is|has\s+been)\s+)?(?:trading|traded|trades)\s+as"
    r"|changed\s+(?:its|their|his|her)\s+name\s+(?:from|to))\s+",
    re.IGNORECASE,
)
# The clause after the first name's own verb phrase: "..., and is now known as", "... and changed its name to".
_CLAUSE_END = re.compile(
    r"(?:,\s*)?\band\s+(?:(?:is|was|has\s+been)\s+(?:now\s+)?(?:known\s+as|called|renamed)"
    r"|changed\s+(?:its|their)\s+name\s+to)\s+$",
    re.IGNORECASE,
)
# A sentence's opening before its subject name: nothing, or "The".
_OPENING = re.compile(r"(?:the\s+)?$", re.IGNORECASE)
# Words that make the second name the older one ("formerly", "changed its name from"); else it is the new one.
_OLDER = re.compile(r"\b(?:formerly|previously|originally|once|from)\b", re.IGNORECASE)
_COMING = re.compile(r"\b(?:to\s+be|will\s+be)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?]\s")
# The kinds of name one thing may go by: a firm's names may be read as a product's; a person's only as a person's.
_KINDS = (PERSON, ORG_LIKE | THINGS, PLACES)
# Names that may be a clause's own subject or object agent: one between breaks the clause form.
_AGENTS = ORG_LIKE | PERSON


def former_name_pairs(mentions: Sequence[Mention], text: str) -> list[tuple[int, int]]:
    """Pairs (first, second) of name mentions, next to each other in the text, that the
    text between says are one entity's former and present names ("MCI, which was formerly
    known as Worldcom"; "WorldCom emerged ..., and is now known as MCI")."""
    pairs: list[tuple[int, int]] = []
    order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
    for position, second in enumerate(order[1:], start=1):
        first = order[position - 1]
        if _joined(mentions[first], mentions[second], text, _SET_OFF.fullmatch):
            pairs.append((first, second))
            continue
        # The clause form: the sentence's opening name, no agent's name between ("WorldCom emerged from
        # Chapter 11 protection and changed its name to MCI Inc."; not "WorldCom bought Intermedia and ...").
        opening = position - 1
        while opening and mentions[order[opening - 1]].sentence == mentions[second].sentence:
            opening -= 1
        between = [mentions[order[k]] for k in range(opening + 1, position)]
        if (_opens_sentence(mentions[order[opening]], text) and not any(m.type in _AGENTS for m in between)
                and _joined(mentions[order[opening]], mentions[second], text, _CLAUSE_END.search)):
            pairs.append((order[opening], second))
    return pairs


def former_forms(mentions: Sequence[Mention], text: str) -> set[str]:
    """The names (``normalise``d: "WorldCom" and "Worldcom" alike) ``former_name_pairs`` shows to be the older of their pair: "Worldcom" in "MCI,
    which was formerly known as Worldcom" and in "WorldCom emerged ..., and is now known as MCI"."""
    older: set[str] = set()
    for first, second in former_name_pairs(mentions, text):
        gap = text[mentions[first].end : mentions[second].start]
        if _COMING.search(gap):
            continue  # "which is to be renamed CFX": still the first name's, the fullest goes on
        set_off = _SET_OFF.fullmatch(gap)  # else the clause form, whose second name is the new one
        older.add(normalise(mentions[second if set_off and _OLDER.search(gap) else first].text))
    return older


def _joined(before: Mention, after: Mention, text: str, says: Callable[[str], object]) -> bool:
    """Whether the text between two names of one sentence and kind says (``says``) they are one's."""
    if before.sentence != after.sentence or after.start < before.end or not _same_kind(before, after):
        return False
    gap = text[before.end : after.start]
    return not _possessive(gap) and not _SENTENCE_END.search(gap) and bool(says(gap))


def _same_kind(first: Mention, second: Mention) -> bool:
    """Whether the two names may be one thing's: a person and a person, a firm and a firm or product
    ("Sports Entertainment Enterprises, which is to be renamed CFX"), a place and a place; never a person
    and an award ("X, who was once named Player of the Year")."""
    return any(first.type in kind and second.type in kind for kind in _KINDS)


def _possessive(gap: str) -> bool:
    """Whether the gap opens on the first name's possessive ("Worldcom's, ..."): not the name itself."""
    return gap[:1] in {"'", "’"}


def _opens_sentence(mention: Mention, text: str) -> bool:
    """Whether nothing but "The" stands before ``mention`` since its sentence began (a full stop,
    a line break or the text's start)."""
    at = mention.start  # searched in place: no copy of the text before each mention
    start = max(text.rfind(mark, 0, at) for mark in (". ", "\n", "! ", "? ", '." ', '" '))
    opening = text[start + 1 : at] if start >= 0 else text[:at]
    return bool(_OPENING.fullmatch(opening.strip(" \"'")))
