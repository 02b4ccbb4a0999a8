"""Attributed speech without a speech verb: "According to the ministry, 20 people died".

What the source says is the clause the phrase stands in, not the whole sentence: "Cuba's
tourist industry has been a success and, according to the UN, contract talks are at an
advanced stage" (only the talks); "Pascuale has been flooded with offers, according to his management
company, but one of his first jobs is pantomime" (only the offers); "a site that, according
to reports, let 10,000 users share films" (only the relative clause). The writer's opening
conjunction ("But ...") is no part of it either.

A capitalised "According" after a capitalised word inside a sentence is a title's word, no
source: "will star in new BBC One sitcom, The World According to Bex" (the show says nothing).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.frames import CONTRAST
from kg.extract.spans import noun_phrase, to_argument
from kg.extract.speechbounds import strip_marks
from kg.records import SpeechReading

if TYPE_CHECKING:
    from kg.extract.words import Sentence, Word, Words

_CLAUSE_POS = frozenset({"VERB", "AUX"})
# Marks of a clause that answers the source rather than continues it: "..., though most
# observers believe the true figure is far higher".
_ANSWERING = CONTRAST | {"although", "while", "whereas"}


def _clause(sentence: Sentence, word: Word) -> Word:
    """The head of the clause the phrase of ``word`` stands in: up from its head to a verb;
    the whole sentence's for a phrase at its end ("By 2007, it is predicted that there will
    be 2.5 million robots, according to the UN") or at its start ("According to Pew Research
    44% of searchers use one search engine, 48% use two or three")."""
    first, last = min(t.i for t in word.subtree), max(t.i for t in word.subtree)
    if all(w.is_punct or w.is_space for w in sentence if w.i > last) or all(
            w.is_punct or w.is_space or w.dep_ == "cc" for w in sentence if w.i < first):
        return next((w for w in sentence if w.head.i == w.i), word.head)
    head = word.head
    for _ in range(12):
        if head.pos_ in _CLAUSE_POS or head.head.i == head.i:
            break
        head = head.head
    if head.dep_ == "conj" and head.head.pos_ in _CLAUSE_POS and not any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children):
        return head.head  # "... and, according to the UN, is now worth $3bn": the subject is the first verb's
    return head


def _others(clause: Word, phrase: Word) -> set[int]:
    """Indexes of the parts of ``clause`` no source vouches for when the phrase stands after
    its verb: its clauses coordinated after the phrase (with their conjunction) and a
    contrasting clause after the phrase."""
    found: set[int] = set()
    if phrase.i < clause.i:
        return found  # "According to X, work will begin in 2005 and it is expected to ...": all of it
    for child in clause.children:
        if child.dep_ == "conj" and child.pos_ in _CLAUSE_POS and child.i > phrase.i and phrase.i not in {
                t.i for t in child.subtree}:
            found |= {t.i for t in child.subtree}
            found |= {c.i for c in clause.children if c.dep_ == "cc" and c.i < child.i}
        elif child.dep_ == "advcl" and child.i > phrase.i and any(
                c.dep_ == "mark" and c.lower_ in _ANSWERING for c in child.children):
            found |= {t.i for t in child.subtree}
    return found


def _content(sentence: Sentence, word: Word) -> list[Word]:
    """The words of what the source of ``word`` ("according") says, in order."""
    clause = _clause(sentence, word)
    phrase = {w.i for w in word.subtree}
    within = {t.i for t in clause.subtree} if clause.head.i != clause.i else {w.i for w in sentence}
    kept = within - phrase - _others(clause, word)
    rest = [w for w in sentence if w.i in kept and not w.is_space]
    if rest and min(phrase) < rest[0].i:
        # A source the parse cut short ("According to Benoit Joly from broadband telecoms firm
        # Thales, 30% of Europe ..."): what is said starts after the comma that ends it.
        comma = next((w for w in rest if w.text == "," and w.i < clause.i), None)
        if comma is not None and all(w.pos_ not in _CLAUSE_POS for w in rest if w.i < comma.i):
            rest = [w for w in rest if w.i > comma.i]
    while rest and (rest[0].dep_ == "cc" or rest[0].is_punct):
        rest = rest[1:]  # "But ...", "And, ...": the writer's link
    while rest and rest[-1].is_punct and rest[-1].text not in ")\"'”’":
        rest = rest[:-1]  # the full stop after "..., according to X."
    return rest


def _titled(words: Words, word: Word) -> bool:
    """Whether "According" stands inside a title: capitalised after a capitalised word ("The World According to Bex")."""
    before = words[word.i - 1] if word.i > 0 else None
    return word.text == "According" and before is not None and before.text[:1].isupper() and before.is_alpha


def according_to(words: Words, sentence: Sentence, confidence: float) -> SpeechReading | None:
    """ "According to the ministry, 20 people died": the clause around the phrase is what it says."""
    for word in sentence:
        if word.lower_ != "according" or _titled(words, word):
            continue
        to = next((c for c in word.children if c.lower_ == "to"), None)
        source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        if source is None:
            return None
        rest = _content(sentence, word)
        tokens = noun_phrase(source)
        if not rest or not tokens:
            return None
        start, end = strip_marks(words.text, rest[0].idx, rest[-1].idx + len(rest[-1].text))
        while end > start and words.text[end - 1] in ".!?":
            end -= 1
        if start >= end:
            return None
        return SpeechReading(speaker=to_argument(tokens, words.text), cue="according to", content=(start, end),
                             direct=False, sentence=(sentence.start_char, sentence.end_char),
                             confidence=confidence)
    return None
