"""The last word of an organisation's or a product's name that NER left out: "Ubisoft's
Rayman DS", "the Donmar Warehouse", "the Royal Opera House".

NER stops one word short ("Rayman", "Donmar", "Royal Opera") and kg keeps the piece as the
name, with the left-out word as a name of its own or none. The word is the name's own
when it is a proper noun in no entity, inside the sentence, on which the span's last word
hangs as a compound, and it ends the noun phrase itself (it is no compound of a later
word: "US District Court Judge Robert W Sweet", "Labour MP Karen Buck" and "the Citreon C4
advert" stay apart), and it is no post or title ("the Home Secretary", "EC President":
``roles.tsv``, ``titles.tsv``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon import ROLE_HEADS, TITLE_WORDS

if TYPE_CHECKING:
    from kg.extract.words import Words

# NER labels of names whose last word NER may leave out: bodies, venues' owners, products.
TAILED = frozenset({"ORG", "PRODUCT"})


def name_tail_end(doc: Words, start: int, end: int) -> int | None:
    """Where the name ``start:end`` ends when the word right after it is its last (see above)."""
    if end >= len(doc):
        return None
    word, last = doc[end], doc[end - 1]
    if word.tag_ != "NNP" or word.ent_iob_ != "O" or not word.text[:1].isupper() or word.sent.start == word.i:
        return None
    if last.dep_ != "compound" or last.head.i != end or word.dep_ == "compound":
        return None
    bare = word.text.rstrip(".").lower()
    if bare in ROLE_HEADS or bare in TITLE_WORDS:
        return None
    return end + 1
