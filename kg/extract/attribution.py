"""Reported speech: who said what.

"Troops ... are preparing to pull out, the Russian Defence Ministry said."
gives an attribution proposition (the Russian Defence Ministry, said, troops
... are preparing to pull out) of kind "attribution", and every proposition
read inside the reported clause is marked ``attributed_to`` the speaker: it is
what the speaker says, not what the text asserts, but for a past-tense act of the
speaker the parse hung inside it ("said it would not return but did so in 2002":
``kg.extract.narrated``), nor a clause of the narrator's the parse ran into a later report
(``kg.extract.runon``). "According to X, ..." marks the whole sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.candidates import Candidate
from kg.extract.event_arguments import said_clause
from kg.extract.glosses import glosses_in
from kg.extract.narrated import narrated_in
from kg.extract.runon import run_on
from kg.extract.spans import noun_phrase

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

NOMINAL_KINDS = frozenset({"apposition", "title", "led", "possessive", "of", "located"})
SAY_VERBS = frozenset(
    {"say", "tell", "report", "add", "announce", "claim", "state", "declare", "confirm", "deny",
     "insist", "warn", "note", "argue", "allege", "assert", "explain", "write", "predict",
     "estimate", "acknowledge", "admit", "suggest", "believe", "think", "indicate", "reply",
     "respond", "stress", "emphasise", "emphasize", "maintain", "contend", "caution"}
)


def _speaker(verb: Token) -> list[Token] | None:
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    return noun_phrase(subject) or None


def _according_to(sent: Span) -> list[Token] | None:
    for token in sent:
        if token.lower_ == "according":
            to = next((c for c in token.children if c.lower_ == "to"), None)
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
            if pobj is not None:
                return noun_phrase(pobj)
    return None


def attribute(sent: Span, found: list[Candidate]) -> None:
    """Mark attribution candidates and the candidates they report, in place."""
    reported: list[tuple[set[int], list[Token]]] = []
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in SAY_VERBS:
            continue
        speaker = _speaker(verb)
        # not a clause of the narrator's run into a later report: "paid $9bn - nowhere near the $27bn Russia says"
        clauses = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and said_clause(c) and not run_on(c, verb)]
        if speaker is None or not clauses:
            continue
        for clause in clauses:
            # "said it would not return but did so in 2002": the doing is the writer's (kg.extract.narrated)
            own = narrated_in(verb, clause)
            told = [*([own] if own else []), *glosses_in(clause)]  # the writer's own (kg.extract.glosses)
            reported.append(({t.i for t in clause.subtree} - {t.i for part in told for t in part.subtree}, speaker))
    for cand in found:
        if cand.kind == "ccomp" and cand.predicate.lemma_.lower() in SAY_VERBS:
            cand.kind = "attribution"
            cand.key = "say"
        if cand.kind in NOMINAL_KINDS:
            # "X's largest city" inside a quote is presupposed, not what is said.
            continue
        for span, speaker in reported:
            if cand.predicate.i in span and cand.attributed_to is None:
                cand.attributed_to = speaker
    source = _according_to(sent)
    if source:
        source_ids = {t.i for t in source}
        for cand in found:
            if cand.attributed_to is None and cand.kind not in NOMINAL_KINDS and not source_ids & {t.i for t in cand.subject}:
                cand.attributed_to = source
