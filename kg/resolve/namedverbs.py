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

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.resolve.coref import Linker


def opens_name(linker: Linker, text: str, start: int) -> bool:
    """Whether the word at ``start`` of ``text`` opens a name of two words or more among
    the article's named mentions (``linker.names``)."""
    end = start
    while end < len(text) and (text[end].isalnum() or text[end] in "-'"):
        end += 1
    first = text[start:end]
    for mention, _ in linker.names:
        name = mention.text
        after = start + len(name)
        if name.startswith(first + " ") and text.startswith(name, start) and (after == len(text) or not text[after].isalnum()):
            return True
    return False
