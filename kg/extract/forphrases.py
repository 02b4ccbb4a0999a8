"""What a "for" phrase on an event is when it is no reason.

- a prize, or an award's category, is what the event is about, its topic: "shortlisted for
  the art direction prize", "competing for the directing prize" (``prize_nouns.txt``),
  "nominated for best actress", "won the award for best first feature" (a category is a
  bare noun phrase that "best" grades: "for the best part of a decade" is none). The work
  or the role an award is for stays its reason ("for his role in Vera Drake"), as the gold
  writes it;
- what a verb of seeking, buying or arguing is for: its theme or topic, "searching for fresh
  energy supplies", "hunting for the gunman", "campaigned for debt relief"
  (``for_theme_verbs.tsv``; with no direct object: "paid £5m for" keeps the table's reading);
- a "for" the parser hung on the verb that more likely belongs to the noun just before it:
  "arrested two men in the hunt for the organisers" (``doubtful_for``), or to a direct object
  that takes "for" itself: "scrapped stamp duty relief for commercial property"
  (``for_object_nouns.tsv``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon.table import read_table, read_words

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["doubtful_for", "prize_role"]

_PRIZES = read_words("prize_nouns.txt")
_BEST = "best"
_FOR_OBJECTS = frozenset(row.fields[0] for row in read_table("for_object_nouns.tsv"))
_SOUGHT = {row.fields[0]: row.fields[1] for row in read_table("for_theme_verbs.tsv")}


def prize_role(prep: Word, pobj: Word | None, role: str | None) -> str | None:
    """The role of "for" + ``pobj``, ``role`` as the role table gives it: "topic" for a prize or
    an award's category the table read as a reason or a beneficiary ("nominated for a Bafta");
    the theme or topic of a verb of seeking ("searching for supplies", ``for_theme_verbs.tsv``)."""
    if prep.lower_ != "for" or pobj is None or role not in ("reason", "beneficiary"):
        return role
    if _prize(pobj):
        return "topic"
    verb = prep.head
    # "searching for fresh energy supplies": what is searched for, no reason; a party or a place
    # stays whom the event is for ("used to compete for Australia")
    if role == "reason" and verb.pos_ == "VERB" and (sought := _SOUGHT.get(verb.lemma_.lower())) and not any(
            c.dep_ == "dobj" for c in verb.children):
        return sought
    return role


def _prize(noun: Word) -> bool:
    """ "the directing prize", "a Bafta", "best actress", "best first feature"."""
    if noun.lemma_.lower() in _PRIZES or noun.lower_ in _PRIZES:
        return True
    if noun.pos_ not in ("NOUN", "PROPN") or any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
        return False
    return any(word.lower_ == _BEST and word.dep_ in ("amod", "advmod") for word in noun.subtree if word.i < noun.i)


def doubtful_for(word: Word | None, role: str) -> bool:
    """A "for" the parser hung on the verb that more likely belongs to the noun just
    before it: "arrested two men in the hunt for the organisers" (the hunt is for the
    organisers, not the arrest): left out rather than read as the arrest's reason; "beat actors to
    the prize for best supporting actor": the category is the prize's, not the beating's topic."""
    prep = word.head if word is not None and word.dep_ == "pobj" else word
    if prep is None or prep.lower_ != "for" or prep.dep_ != "prep" or role not in ("reason", "beneficiary", "topic") or prep.i == 0:
        return False
    before = prep.sent.doc[prep.i - 1]
    if before.pos_ == "NOUN" and before.dep_ == "pobj" and before.head.head.i == prep.head.i:
        return True
    # "scrapped stamp duty relief for commercial property": the relief is for the property.
    # (the parser hangs it on the verb or on the noun; kg.extract.clauses moves it to the verb).
    return before.pos_ == "NOUN" and before.dep_ == "dobj" and prep.head.i in (before.i, before.head.i) and (
        before.lemma_.lower() in _FOR_OBJECTS or _hyphened(before) in _FOR_OBJECTS)


def _hyphened(noun: Word) -> str:
    """The noun with the words a hyphen ties to it, folded as the tables write them: "line up"
    for "line-up" (the tokenizer splits it)."""
    doc, start = noun.sent.doc, noun.i
    while start >= 2 and doc[start - 1].text == "-" and doc[start - 2].idx + len(doc[start - 2].text) == doc[start - 1].idx \
            and doc[start - 1].idx + 1 == doc[start].idx:
        start -= 2
    return " ".join(doc[i].lower_ for i in range(start, noun.i + 1) if doc[i].text != "-")
