"""What a deal is worth: the money a transaction noun is given, as its event's quantity.

Business reports state the size of a deal on the deal's noun, not on the verb, and the
clause rules keep it only inside a longer argument, if at all:

- the amount before the noun: "its $16bn (£8.5bn) takeover of former parent AT&T" ->
  takeover(theme=AT&T, quantity=$16bn);
- "worth" after it: "MCI had rejected a deal worth $8bn" -> the rejected deal's value;
- "valued at": "Ryanair ordered 70 planes in a deal valued at $4bn" -> order(...,
  quantity=$4bn): the deal the order was made in;
- the copula: "The takeover is valued at £1.2bn", "Ryanair's deal is worth $4bn".

The noun is the event's own trigger (an event noun of ``deal_nouns.txt``), its object,
or the object of an "in"/"under"/"through" phrase on its verb. Only money counts ("a
deal worth 30 jobs" is no value), and an event that already has a quantity, or whose
other argument holds the amount ("sealed a $4bn takeover"), keeps what it has.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, cast

from kg.extract.quantities import MULTIPLIERS, read_quantity
from kg.extract.spans import to_argument
from kg.lexicon.table import read_words
from kg.records import EventArgument

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.words import Sentence, Word
    from kg.records import EventMention

DEAL_NOUNS = read_words("deal_nouns.txt")
_AMOUNT_ROLES = frozenset({"quantity", "difference", "new_value", "old_value"})
_DEAL_PREPOSITIONS = frozenset({"in", "under", "through"})


def with_values(events: list[EventMention], sent: Sentence, text: str) -> list[EventMention]:
    """``events`` of one sentence, each given the money its deal noun is worth."""
    if "MONEY" not in sent.entity_types():
        return events
    words = sent.by_offset()
    valued: list[EventMention] = []
    for event in events:
        trigger = words.get(event.trigger_start)
        amount = deal_value(trigger) if trigger is not None else []
        if amount and not any(argument.role in _AMOUNT_ROLES for argument in event.arguments):
            argument = to_argument(cast("list[Token]", amount), text)  # a Word answers as its Token
            if not any(other.argument.start < argument.end and argument.start < other.argument.end
                       for other in event.arguments):  # "rejected [a takeover offer worth 3.1bn dollars] ($2.3bn)"
                added = EventArgument("quantity", argument, read_quantity(argument.text))
                arguments = sorted((*event.arguments, added), key=lambda a: (a.argument.start, a.role))
                event = replace(event, arguments=tuple(arguments))
        valued.append(event)
    return valued


def deal_value(trigger: Word) -> list[Word]:
    """The money the deal noun of an event's trigger is worth, as words; empty when none is given."""
    for noun in _deal_nouns(trigger):
        amount = _worth(noun)
        if amount:
            return amount
    return []


def _deal_nouns(trigger: Word) -> list[Word]:
    if trigger.pos_ == "NOUN":
        return [trigger] if trigger.lemma_.lower() in DEAL_NOUNS else []
    nouns = [c for c in trigger.children if c.dep_ == "dobj"]
    nouns += [pobj for prep in trigger.children if prep.dep_ == "prep" and prep.lower_ in _DEAL_PREPOSITIONS
              for pobj in prep.children if pobj.dep_ == "pobj"]
    return [noun for noun in nouns if noun.pos_ == "NOUN" and noun.lemma_.lower() in DEAL_NOUNS]


def _worth(noun: Word) -> list[Word]:
    """ "a $16bn takeover", "a deal worth $8bn", "a deal valued at $4bn", "the deal is worth $4bn"."""
    amount = first_amount(_amount_before(noun))
    if money(amount):
        return amount
    holders = list(noun.children)
    if noun.dep_ in ("nsubj", "nsubjpass"):
        holders += [c for c in noun.head.children if c.dep_ == "acomp"]  # "the deal is worth $4bn"
        holders += [noun.head] if noun.head.lemma_.lower() == "value" else []  # "the takeover is valued at"
    for holder in holders:
        if holder.lower_ == "worth":
            amount = sorted((t for t in holder.subtree if t.i != holder.i), key=lambda t: t.i)
        elif holder.lemma_.lower() == "value" and holder.pos_ == "VERB":
            at = next((c for c in holder.children if c.dep_ == "prep" and c.lower_ == "at"), None)
            amount = sorted((t for t in at.subtree if t.i != at.i), key=lambda t: t.i) if at is not None else []
        else:
            continue
        amount = first_amount(amount)
        if money(amount):
            return amount
    return []


def _amount_before(noun: Word) -> list[Word]:
    """The words of money right before a noun (or its compound deal noun), brackets and all:
    "a $1.8bn (£931m) deal", "a £308m takeover deal"."""
    words = noun.doc.words
    start = noun.i
    while start > noun.sent.start and words[start - 1].dep_ == "compound" and words[start - 1].lemma_.lower() in DEAL_NOUNS:
        start -= 1  # "a £308m takeover deal"
    end = start
    while start > noun.sent.start and (_money_word(words[start - 1]) or words[start - 1].text in "()"):
        start -= 1
    return list(words[start:end])


def first_amount(words: list[Word]) -> list[Word]:
    """ "$1.8bn (£931m)" -> "$1.8bn": an amount as first written, without the conversion
    in brackets (which the parse often splits from it)."""
    cut = next((i for i, word in enumerate(words) if word.text in "()"), len(words))
    return words[:cut]


def money(words: list[Word]) -> bool:
    """Words that are an amount of money and nothing else. NER often leaves the currency
    sign and the scale out of its MONEY span ("$ [300] m"), so they count too."""
    return any(word.ent_type_ == "MONEY" or word.tag_ == "$" for word in words) and any(
        any(ch.isdigit() for ch in word.text) for word in words) and all(
        _money_word(word) or word.is_punct for word in words)


def _money_word(word: Word) -> bool:
    return word.ent_type_ == "MONEY" or word.tag_ == "$" or word.like_num or word.lower_ in MULTIPLIERS
