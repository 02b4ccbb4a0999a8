"""A verb that opens a name the article gives is part of that name, no event.

spaCy's small model reads the first word of some names as a verb where NER misses the
name: "Ask Jeeves has bought the Bloglines website" ("Ask" a verb, "Jeeves" its object),
"According to search engine Ask Jeeves, ..."; the event read from it, ask(recipient=Jeeves),
is no event of the article. A verb whose text, from its first letter, is a name of two
words or more that the article names elsewhere ("Ask Jeeves said ..."), the name's words
ending there, is none. Not a verb before a name it does not open ("asked Jeeves"), nor a
name of one word ("Shell").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from kg.records import Mention


def name_openers(names: Iterable[tuple[Mention, int]]) -> dict[str, list[str]]:
    """The article's named mentions of two words or more (``Linker.names``) by their first
    word, read once for all its verbs.

    >>> from kg.types import EntityType
    >>> name_openers([(Mention(0, 10, "Ask Jeeves", EntityType.ORGANIZATION, 0), 0),
    ...               (Mention(20, 25, "Shell", EntityType.ORGANIZATION, 1), 1)])
    {'Ask': ['Ask Jeeves']}
    """
    openers: dict[str, list[str]] = {}
    for mention, _ in names:
        first, space, _ = mention.text.partition(" ")
        if space:
            openers.setdefault(first, []).append(mention.text)
    return openers


def opens_name(openers: Mapping[str, list[str]], text: str, start: int) -> bool:
    """Whether the word at ``start`` of ``text`` opens a name of two words or more among
    the article's named mentions (``openers``: ``name_openers`` of them)."""
    end = start
    while end < len(text) and (text[end].isalnum() or text[end] in "-'"):
        end += 1
    for name in openers.get(text[start:end], ()):
        after = start + len(name)
        if text.startswith(name, start) and (after == len(text) or not text[after].isalnum()):
            return True
    return False
