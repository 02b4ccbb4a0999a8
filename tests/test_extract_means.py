"""A participle of means ("using ...") on a passive clause with no "by" phrase has no subject:
the passive's subject is what was done, not who used the means (kg.extract.means)."""

from __future__ import annotations

import pytest

from kg.records import Document


def _events(nlp, sentence: str) -> dict[str, dict[str, str]]:
    from kg.extract import extract

    return {event.lemma: {argument.role: argument.argument.text for argument in event.arguments}
            for event in extract(Document("t", sentence), nlp(sentence)).events}


@pytest.mark.parametrize(
    "sentence",
    [
        "So, for example, website PayPal could now be coded using a mixture of the Latin alphabet and the Russian alphabet.",
        "This type of close analysis has become very useful as net attacks are increasingly launched using several "
        "hundred or thousand different machines.",
    ],
)
def test_the_subject_of_a_passive_uses_nothing(nlp, sentence):
    roles = _events(nlp, sentence)["use"]
    assert "agent" not in roles, roles
    assert "theme" in roles, roles


def test_the_passive_verb_keeps_its_patient(nlp):
    sentence = "This type of close analysis has become very useful as net attacks are increasingly launched using several hundred or thousand different machines."
    launch = next(roles for lemma, roles in _events(nlp, sentence).items() if lemma.startswith("launch"))
    assert launch.get("patient") == "net attacks", launch


def test_an_active_clause_keeps_its_subject_as_the_user(nlp):
    sentence = "Wal-Mart kicked off the battle with adverts in newspapers, using an open letter from company president Lee Scott."
    assert _events(nlp, sentence)["use"].get("agent") == "Wal-Mart"
