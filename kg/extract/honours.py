"""What an award is for: a name after "for" that an honour or a "best" category governs is a work.

Two constructions, each on a name NER read as a name but no person's (a capitalised
run NER left alone, "nominated for Gladiator in 2001", has bounds that are a guess):

- *honour*: "three Oscar nominations for Topsy Turvy", "the prize for The Motorcycle
  Diaries" (not "a nomination for Jamie Foxx");
- *category*: a "best" category named by a work's noun (``type_cues.tsv``), won, taken
  or picked up for the name: "won best short film for Wasp", "winning best rap song
  for Jesus Walks". Only a work's category: after "best actor" or "best director"
  comes a film or a person ("best director for Scorsese"), so neither is read.
"""

from __future__ import annotations

from kg.extract.words import Word
from kg.lexicon import TYPE_CUES
from kg.types import EntityType

# What an award is for: "nominations for Topsy Turvy", "the prize for The Motorcycle Diaries".
_HONOURS = frozenset({"nomination", "nominate", "award", "prize", "oscar", "bafta", "golden globe", "honour", "accolade"})
_BEST = "best"


def honoured_for(root: Word) -> bool:
    """The name whose root is ``root`` is what an honour or a work's "best" category is for."""
    while root.dep_ == "conj" and root.head is not root:
        root = root.head  # "nominations for Secrets and Lies and Topsy Turvy"
    marker = root.head
    if root.dep_ != "pobj" or marker.lower_ != "for" or root.ent_type_ in {"", "PERSON"}:
        return False
    governor = marker.head
    if governor.lemma_.lower() in _HONOURS:
        return True
    # "won best short film for Wasp": "for" hangs on the category or on the verb that takes it.
    categories = [governor] if governor.pos_ == "NOUN" else [child for child in governor.children if child.dep_ == "dobj"]
    return any(_work_category(category) for category in categories)


def _work_category(noun: Word) -> bool:
    """``noun`` heads a "best" category named by a work's noun: "best short film",
    "best rap song", "best single prize" (the work's noun may come before an honour's)."""
    if noun.pos_ != "NOUN" or not any(child.dep_ == "amod" and child.lower_ == _BEST for child in noun.children):
        return False
    named = [noun, *(child for child in noun.children if child.dep_ == "compound" and child.pos_ == "NOUN")]
    return any(TYPE_CUES.get(word.lemma_.lower()) is EntityType.WORK for word in named)
