"""Confidence: how much the evidence behind a proposition can be trusted.

Each candidate is described by evidence features (the construction that found
it, how its subject was found, whether the parse agrees with itself, hedges,
negation, attribution, argument shapes) and scored by a logistic model whose
weights are a table (`WEIGHTS`). The weights were set by hand from per-feature
precision counts on the CaRB dev split (never the test split) and rounded; the
continuous length features are what make the scores many distinct values, so
the precision-recall curve has real points.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from kg.extract.candidates import Candidate
from kg.extract.spans import argument_head
from kg.types import Factuality

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Log-odds contributions. Kinds: a verb with explicit arguments is the safest
# reading; verbless readings (possessive, "of") are the riskiest.
WEIGHTS: dict[str, float] = {
    "bias": 0.0,
    "kind=svo": 0.55, "kind=prep": 0.55, "kind=passive": 0.75, "kind=copula": 0.6, "kind=light": 0.2, "kind=svo_pp": -0.3,
    "kind=ccomp": 0.5, "kind=attribution": 1.0, "kind=intransitive": -0.8, "kind=apposition": -0.6,
    "kind=title": -1.5, "kind=led": 0.3, "kind=possessive": -1.5, "kind=of": -3.0, "kind=located": -0.4,
    "kind=role": 0.2, "kind=origin": 0.2, "kind=seat": 0.2,
    "subject=explicit": 0.2, "subject=relative": -0.4, "subject=shared": 0.3, "subject=control": -0.3,
    "subject=none": -1.0,
    "subject_pronoun": -0.2, "subject_relative_word": -1.0,
    "negated": -0.1, "modality": -0.1, "attributed": -0.7, "hedge": -0.2,
    "agreement_ok": 0.15, "agreement_bad": -0.4, "entity_cut": -0.6,
    "subject_len": -0.04, "object_len": -0.03, "extras": -0.1, "sentence_len": -0.01,
    "object_missing": -0.3, "split_subject": -0.8, "proxy": -0.9, "capitalised_title": -0.8, "chain": 0.2, "list_apposition": -1.0,
}

PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "this", "these", "those"})


def _cuts_entity(tokens: list[Token]) -> bool:
    """An argument that starts or ends inside a named entity misread the parse."""
    first, last = tokens[0], tokens[-1]
    return first.ent_iob_ == "I" or (last.i + 1 < len(last.doc) and last.doc[last.i + 1].ent_iob_ == "I")


def _agreement(subject: Token, verb: Token) -> str | None:
    """Number agreement between subject and a present-tense verb: a parse check."""
    finite = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    tags = {t.tag_ for t in finite}
    plural = subject.tag_ in ("NNS", "NNPS") or bool(subject.conjuncts) or subject.lower_ in ("they", "we")
    singular = subject.tag_ in ("NN", "NNP") and not subject.conjuncts
    if "VBZ" in tags:
        return "bad" if plural else "ok"
    if "VBP" in tags:
        return "bad" if singular else "ok"
    return None


def features(cand: Candidate, sent: Span) -> dict[str, float]:
    """Evidence features of one candidate (names as in `WEIGHTS`)."""
    how = str(cand.features.get("subject_how", "none"))
    found: dict[str, float] = {"bias": 1.0, f"kind={cand.kind}": 1.0, f"subject={how}": 1.0}
    head = argument_head(cand.subject)
    if head is not None and head.lower_ in PRONOUNS:
        found["subject_pronoun"] = 1.0
    if head is not None and head.tag_ in ("WDT", "WP", "WP$"):
        found["subject_relative_word"] = 1.0
    if cand.factuality in (Factuality.NEGATED, Factuality.DENIED):
        found["negated"] = 1.0
    elif not cand.factuality.is_fact:
        found["modality"] = 1.0
    if cand.attributed_to:
        found["attributed"] = 1.0
    if head is not None and cand.predicate.pos_ in ("VERB", "AUX") and how == "explicit":
        verdict = _agreement(head, cand.predicate)
        if verdict:
            found[f"agreement_{verdict}"] = 1.0
    if (cand.subject and _cuts_entity(cand.subject)) or (cand.object and _cuts_entity(cand.object)):
        found["entity_cut"] = 1.0
    found["subject_len"] = float(len(cand.subject))
    found["object_len"] = float(len(cand.object)) if cand.object else 0.0
    found["extras"] = float(len(cand.extras))
    found["sentence_len"] = float(len(sent))
    found["chain"] = float(cand.features.get("chain", 1)) - 1.0
    if cand.features.get("capitalised_title"):
        found["capitalised_title"] = 1.0
    if cand.features.get("proxy"):
        found["proxy"] = 1.0
    if cand.features.get("split_subject"):
        found["split_subject"] = 1.0
    if cand.object is None:
        found["object_missing"] = 1.0
    if cand.kind == "apposition":
        appos = cand.predicate
        # "A, B, and C" misread as appositions: a list, not a description.
        if appos.conjuncts or (appos.dep_ == "appos" and any(c.dep_ == "cc" for c in appos.head.children)):
            found["list_apposition"] = 1.0
    return found


def confidence(cand: Candidate, sent: Span) -> float:
    """Confidence in (0, 1) from the candidate's evidence, rounded to 4 places."""
    logit = sum([WEIGHTS.get(name, 0.0) * value for name, value in features(cand, sent).items()])
    return round(1.0 / (1.0 + math.exp(-logit)), 4)
