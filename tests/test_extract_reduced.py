"""A past participle with a subject of its own and no auxiliary is a reduced passive
(kg.extract.reduced), on sentences of BBC news: its subject is the patient."""

from __future__ import annotations

import pytest

from kg.records import Document


def _roles(nlp, sentence: str, lemma: str) -> dict[str, str]:
    from kg.extract import extract

    (event,) = [e for e in extract(Document("t", sentence), nlp(sentence)).events if e.lemma == lemma]
    return {a.role: sentence[a.argument.start : a.argument.end] for a in event.arguments}


@pytest.mark.parametrize(("sentence", "lemma", "patient"), [
    # after a verb of seeing or having (BBC business, tech): what was done to the object
    ("The agreement will see some 12 trillion won of debt converted into equity.", "convert",
     "some 12 trillion won of debt"),
    ("A quarter of UK adults has either had their ID stolen, via hi-tech or other means, or knows someone who has.",
     "steal", "their ID"),
    # with the parser's passive "by" (BBC business)
    ("The UK's trade gap narrowed in November, helped by a 7.5% rise in exports outside the European Union.", "help",
     "The UK's trade gap"),
    # "with" parsed as the mark of a finite clause, the participle tagged a past (BBC sport,
    # entertainment); the second clause's "Will" read as an auxiliary
    ("With Mike Tindall ruled out of the opening two matches and Will Greenwood sidelined for the entire Six Nations, "
     "Tait is one of six or seven contenders for the two centre berths.", "sideline", "Greenwood"),
    ("With Mike Tindall ruled out of the opening two matches and Will Greenwood sidelined for the entire Six Nations, "
     "Tait is one of six or seven contenders for the two centre berths.", "rule out", "Mike Tindall"),
    ("Finding Neverland garnered another nomination for British talent, with Gemma Jackson shortlisted for the art "
     "direction prize.", "shortlist", "Gemma Jackson"),
])
def test_a_participle_with_its_own_subject_is_passive(nlp, sentence, lemma, patient):
    roles = _roles(nlp, sentence, lemma)
    assert roles.get("patient") == patient, roles
    assert roles.get("agent") != patient, roles


def test_a_participle_with_an_object_stays_active(nlp):
    # BBC politics: "added" is a past the tagger misread, with its object
    roles = _roles(nlp, "It may have left him splattered with eggs but he felt it added fizz to his campaign.", "add")
    assert roles.get("agent") == "it", roles
