"""An -ing kept from happening or passed over (kg.extract.prevented): no fact. Sentences
from BBC news articles outside the evaluation gold."""

from __future__ import annotations

import pytest

from kg.types import Factuality


def _events(nlp, sentence: str) -> dict[str, tuple[str, str | None]]:
    from kg.extract import extract
    from kg.records import Document

    return {e.lemma: (e.factuality.value, e.cue) for e in extract(Document("t", sentence), nlp(sentence)).events}


@pytest.mark.parametrize(("sentence", "lemma", "expected"), [
    # A prevention done: the act did not happen.
    ("The German lender is one of six banks that were barred from providing financing to Gazprom.", "provide",
     ("negated", "bar")),
    ("Mr Khatami has already been blocked by parliament from reducing the subsidies on many products.", "reduce",
     ("negated", "block")),
    # A prevention planned: the act stays open.
    ("The government has announced that firms will be barred from 2006 from imposing arbitrary retirement ages.",
     "impose", ("possible", "bar")),
    # The act on the prevention's object: as open as the prevention, tried or not made.
    ("Church ministers are trying to prevent rapper Nelly performing in Arkansas, saying they do not want his "
     "\"vile and filthy lyrics\" in their town.", "perform", ("possible", "prevent")),
    # A past failure to prevent: the draw was grabbed (27-27; kg.extract.unprevented).
    ("Newcastle centre Mathew Tait answered his critics as he scored one try and made another, but he could not "
     "stop Gloucester grabbing a draw.", "grab", ("asserted", None)),
    # Passed over for another.
    ("Instead of employing lots of artists to create 3D models of the digital creatures, Spore generates and "
     "displays the creatures according to rules devised by the programmers.", "employ",
     ("negated", "instead of")),
    ("But instead of fearing computer games, Ravi Purushotma believes that educationalists, particularly language "
     "teachers should embrace games.",
     "fear", ("negated", "instead of")),
])
def test_an_ing_kept_from_happening_or_passed_over_is_no_fact(nlp, sentence, lemma, expected):
    assert _events(nlp, sentence)[lemma] == expected


def test_a_prevention_and_a_mark_keep_their_own_readings(nlp):
    # The barring itself happened; "without" still negates as a mark.
    events = _events(nlp, "The German lender is one of six banks that were barred from providing financing to Gazprom.")
    assert events["bar"] == (Factuality.ASSERTED.value, None)
    events = _events(nlp, "The company has been working to streamline its operations - and has managed to save $1.1bn "
                          "in costs without cutting jobs.")
    assert events["cut"] == ("negated", "without")


def test_the_clause_a_rather_than_opens_a_sentence_with_is_not_the_one_passed_over(nlp):
    # The main clause after a fronted "Rather than ..." happened (or is advised): only the
    # alternative is negated.
    events = _events(nlp, "Rather than focusing upon effect, we should consider the cause, because terrorism does not begin with bombs.")
    assert events["focus"][0] == "negated" and events["consider"][0] == "possible"


@pytest.mark.parametrize(("sentence", "lemma", "expected"), [
    # "rather than ... only" says "not only": the NHS does respond to ill health; the clause
    # shares the reading of the one it is coordinated with ("needed to").
    ("But he said the NHS in Wales also needed to create a healthier population rather than respond only to ill "
     "health, and a balanced view of priorities was important.", "respond", ("possible", "need")),
])
def test_a_clause_narrowed_to_only_this_is_not_passed_over(nlp, sentence, lemma, expected):
    assert _events(nlp, sentence)[lemma] == expected


def test_a_clause_narrowed_before_its_verb_is_not_passed_over(nlp):
    # However parsed (here an xcomp of "pursuing"): "rather than simply to enforce" denies no enforcing.
    events = _events(nlp, "As far as most commentators are concerned, the state is pursuing Yukos out of a political "
                          "vendetta, rather than simply to enforce fiscal rectitude.")
    assert events["enforce"][0] != "negated"
