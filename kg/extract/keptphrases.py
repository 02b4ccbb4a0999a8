"""The phrase after an argument's head that says what the head is stays in the argument.

``kg.extract.event_arguments.shortened`` cuts the phrases after a noun ("annual bonus rates
[on its with-profits life policies]"). Some nouns say nothing a reader could use without
theirs:

- a noun of content's "that" clause (``kg.extract.clausenouns``): "dismissed claims [that his
  immigration policy was moving onto the turf of the BNP]";
- a change's or a role's "in" phrase (``in_nouns.txt``): "Oil giant BP has announced a 26% rise
  [in annual profits]", "She was predicting a drop [in ratings]", "MTV, which played a key role
  [in the emergence of the music video]". Not one that is a time or a place ("its biggest slide
  in a month", "a 3% rise in the past week", "a fall in Tokyo"), which the rules of times and
  places read;
- a request's "for" phrase (``request_nouns.txt``): what is asked for ("Mr Blair repeated calls [for
  the mayor to apologise]", "the IMF approved Sri Lanka's request [for a freeze on loan repayments]"),
  not a span of time ("an appeal for two weeks");
- the "for" phrase of a noun that takes one of its own (``for_object_nouns.tsv``), which says what
  the noun is of: "the incident highlighted the need [for video technology]", "He also highlighted
  plans [for 100% debt relief]", "expressed support [for the strike]" (without it the event says
  only that a need, plans or support were highlighted). Not a time or a place, as above, nor a span
  ("opposed the LSE bid for some time"), nor a phrase whose noun a relative clause follows (the
  parser runs on: "an offer for Tindall which dwarfs Bath's deal and that two other clubs want to
  talk"), nor a "for" the parser hung on the verb (``kg.extract.forphrases.doubtful_for``);
- the "to" phrase of a noun of going somewhere (``destination_nouns.txt``), which says where to: "has
  been linked with a move [to Anfield]", "a return [to former club Southampton]" (without it the
  argument says only that a move was talked of). Not a time or an amount ("a return to 2003 levels"
  keeps its own reading), nor one the parser hung on the verb.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.asides import PERIOD_NOUNS
from kg.extract.clausenouns import content_clause
from kg.extract.measuredphrases import narrowing_phrase
from kg.extract.ratios import ratio_phrase
from kg.lexicon.table import read_table, read_words

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["asked_for", "gone_to", "in_phrase", "kept_phrase", "owned_for"]

IN_NOUNS = read_words("in_nouns.txt")
ASKING_NOUNS = read_words("request_nouns.txt")
FOR_NOUNS = frozenset(row.fields[0] for row in read_table("for_object_nouns.tsv"))
DESTINATION_NOUNS = read_words("destination_nouns.txt")
# NER labels of a phrase that says when or where, not what: "a rise in 2004", "a fall in Japan".
# A span of time that is no unit: "for some time", "for a while" (as kg.extract.asides reads "time").
_SPANS = frozenset({"time", "while"})
_AMOUNTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL"})
_WHEN_WHERE = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "MONEY", "PERCENT", "QUANTITY", "CARDINAL"})


def kept_phrase(noun: Word, child: Word) -> bool:
    """Whether ``child``, after ``noun``, says what the noun is and stays in its argument: a "that" clause
    ("claims that his policy was ..."), an "in" phrase ("a 26% rise in annual profits") or a "for" phrase
    ("calls for the mayor to apologise")."""
    return content_clause(noun, child) or in_phrase(noun, child) or asked_for(noun, child) or owned_for(noun, child) \
        or gone_to(noun, child) or narrowing_phrase(noun, child) or ratio_phrase(noun, child)  # "The UK's deficit [with the EU]"
    # (kg.extract.measuredphrases); "One [in 13 pupils]" (kg.extract.ratios)


def gone_to(noun: Word, child: Word) -> bool:
    """Whether ``child`` is the "to" phrase that says where a noun of ``destination_nouns.txt`` goes:
    "a move [to Anfield]", "a return [to former club Southampton]"."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in DESTINATION_NOUNS or child.i < noun.i:
        return False
    if child.dep_ != "prep" or child.lower_ != "to":
        return False
    pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
    return pobj is not None and pobj.ent_type_ not in _AMOUNTS and not pobj.like_num


def owned_for(noun: Word, child: Word) -> bool:
    """Whether ``child`` is the "for" phrase of a noun of ``for_object_nouns.tsv`` that says what the
    noun is of: "the need [for video technology]", "plans [for 100% debt relief]"."""
    if not (noun.lemma_.lower() in FOR_NOUNS or noun.lower_ in FOR_NOUNS) or not _says_what(noun, child, "for"):
        return False
    pobj = next(c for c in child.children if c.dep_ in ("pobj", "pcomp"))
    # "opposed the LSE bid for some time": how long, no content; "an offer for Tindall which dwarfs
    # Bath's deal and that two other clubs want to talk": a relative clause the parser ran on
    return pobj.lemma_.lower() not in _SPANS and not any(c.dep_ == "relcl" for c in pobj.children)


def asked_for(noun: Word, child: Word) -> bool:
    """Whether ``child`` is the "for" phrase that says what a request of ``request_nouns.txt`` asks for:
    "calls [for the mayor to apologise]", "a request [for a freeze on loan repayments]"."""
    if noun.lemma_.lower() not in ASKING_NOUNS:
        return False
    if child.dep_ in ("advcl", "acl") and child.i > noun.i and any(c.dep_ == "mark" and c.lower_ == "for" for c in
                                                                  child.children):
        return True  # "calls for the mayor to apologise": the parser's clause on "for"
    return _says_what(noun, child, "for")


def in_phrase(noun: Word, child: Word) -> bool:
    """Whether ``child`` is the "in" phrase that says what a change or a role of ``in_nouns.txt`` is of:
    "a drop [in ratings]", "a key role [in the emergence of the music video]"."""
    return noun.lemma_.lower() in IN_NOUNS and _says_what(noun, child, "in")


def _says_what(noun: Word, child: Word, preposition: str) -> bool:
    """Whether ``child`` is a phrase on ``preposition`` after ``noun`` whose object is no time or place."""
    if noun.pos_ != "NOUN" or child.i < noun.i or child.dep_ != "prep" or child.lower_ != preposition:
        return False
    pobj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
    if pobj is None or pobj.lower_ in PERIOD_NOUNS or pobj.lemma_.lower() in PERIOD_NOUNS:
        return False
    return pobj.ent_type_ not in _WHEN_WHERE
