"""A participle of means ("using ...") on a passive clause with no "by" phrase has no subject:
the passive's subject is what was done, not who used the means; the "to" infinitive of a
passive verb of using is the "by" phrase's, else no one's (kg.extract.means)."""

from __future__ import annotations

import pytest
from extract_helpers import event_readings, event_roles, sentence_events

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


def _roles(nlp, sentence: str, lemma: str) -> dict[str, list[str]]:
    found = [event for event in sentence_events(nlp, sentence) if event.lemma == lemma]
    assert found, [(event.lemma, event_roles(event)) for event in sentence_events(nlp, sentence)]
    return event_roles(found[0])


@pytest.mark.parametrize(("sentence", "lemma", "agent"), [
    # BBC tech and politics: the "by" phrase of a passive verb of using does its infinitive
    ("One DDoS attack was used by one firm to knock its competitors offline.", "knock", ["one firm"]),
    ("He has likened it to the Marshall Plan used by the United States to rebuild Europe after World War Two.",
     "rebuild", ["the United States"]),
    # with no "by" phrase no one named does it, not the means
    ("P2P nets can be used to share any kind of file, like photos and free software.", "share", None),
    ("Also shut down were the Carderplanet and Shadowcrew websites that were used to trade stolen credit card numbers.",
     "trade", None),
    ("Anna Kournikova, Britney Spears and Avril Lavigne have all been used in the past to try to con people into "
     "opening infected files.", "con", None),
    # an active verb of using: its subject does the infinitive
    ("NTPC has said it will use the money from the share sale to feed the growing needs of the economy.", "feed",
     ["it"]),
])
def test_the_infinitive_of_a_passive_verb_of_using_is_the_users(nlp, sentence, lemma, agent):
    assert _roles(nlp, sentence, lemma).get("agent") == agent


def test_the_means_used_is_the_patient_of_the_use(nlp):
    roles = _roles(nlp, "One DDoS attack was used by one firm to knock its competitors offline.", "use")
    assert roles.get("patient") == ["One DDoS attack"]
    assert roles.get("agent") == ["one firm"]


def test_a_subject_control_passive_keeps_its_subject(nlp):
    # BBC business: "asked" is no verb of using; the one asked does it
    assert _roles(nlp, "Rato was asked by G7 ministers to carry out a study.", "carry out").get("agent") == ["Rato"]


def test_a_plan_of_the_clause_the_use_hangs_on_reaches_its_infinitive(nlp):
    # BBC politics: an absolute "with" clause of a past participle and its infinitive
    sentence = ("The money would be ploughed back into frontline services like the NHS and schools with the rest used "
                "to cut government borrowing and reduce taxes.")
    found = event_readings(nlp, sentence)
    assert found["cut"] == ("planned", "would")
    assert found["reduce"] == ("planned", "would")
