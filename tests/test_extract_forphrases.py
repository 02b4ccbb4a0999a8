"""A "for" phrase on an event that names a prize or an award's category is its topic, not its
reason (kg.extract.forphrases); the work or role an award is for stays the reason."""

from __future__ import annotations

import pytest

from kg.records import Document


def _roles(nlp, sentence: str, lemma: str) -> dict[str, str]:
    from kg.extract import extract

    events = [event for event in extract(Document("t", sentence), nlp(sentence)).events if event.lemma == lemma]
    assert events, lemma
    return {argument.role: argument.argument.text for argument in events[0].arguments}


@pytest.mark.parametrize(
    ("sentence", "lemma", "topic"),
    [
        ("Moreno is also nominated for best actress at the Oscars.", "nominate", "best actress"),
        ("Finding Neverland garnered another nomination for British talent, with Gemma Jackson shortlisted for the "
         "art direction prize.", "shortlist", "the art direction prize"),
        ("The awards will see Eastwood and Scorsese once again competing for the directing prize, following last "
         "weekend's Oscars.", "compete", "the directing prize"),
    ],
)
def test_a_prize_after_for_is_the_topic(nlp, sentence, lemma, topic):
    roles = _roles(nlp, sentence, lemma)
    assert roles.get("topic") == topic, roles
    assert "reason" not in roles, roles


def test_the_role_an_award_is_for_stays_the_reason(nlp):
    sentence = "Blanchett, who won a Bafta in 1999 for her leading role in Elizabeth, said it meant a lot."
    roles = _roles(nlp, sentence, "win")
    assert roles.get("reason") == "her leading role in Elizabeth", roles


def test_a_category_hung_on_the_wrong_verb_is_left_out(nlp):
    # "for best supporting actor" is the prize's: the beating has no topic.
    sentence = "Morgan Freeman beat actors including Clive Owen, Jamie Foxx and Alan Alda to the prize for best supporting actor."
    assert "topic" not in _roles(nlp, sentence, "beat")


@pytest.mark.parametrize(
    ("sentence", "lemma"),
    [
        ("The chancellor scrapped stamp duty relief for commercial property in the Budget.", "scrap"),
        ("Robinson will name his line-up for the England game on Thursday.", "name"),
    ],
)
def test_a_for_after_an_object_that_takes_for_is_left_out(nlp, sentence, lemma):
    # the relief is for the property, the line-up for the game: no reason of the scrapping or naming.
    assert "reason" not in _roles(nlp, sentence, lemma)


def test_a_for_after_another_object_stays_the_reason(nlp):
    sentence = "The club fined the striker two weeks' wages for missing training."
    assert "reason" in _roles(nlp, sentence, "fine")


@pytest.mark.parametrize(
    ("sentence", "lemma", "role", "text"),
    [
        # What a verb of seeking, buying or arguing is for (for_theme_verbs.tsv; BBC sport/377,
        # business/348, politics/348, business/434): its theme or topic, not its reason.
        ("Aware of the threat posed by the South Africans, Ireland pressed hard from the outset, and played some "
         "impressive rugby while searching for a breakthrough.", "search", "theme", "a breakthrough"),
        ("It is looking for paycuts totalling $800m.", "look", "theme", "paycuts"),
        ("The Hansard Society has long campaigned for televised debates and has published reports on the issue in "
         "1997 and 2001.", "campaign", "topic", "televised debates"),
        ("Indonesia, however, is pressing for greater help with its debts than the current freeze would bring.",
         "press", "topic", "greater help"),
        # what is chosen (tech/219, sport/377)
        ("Last month, three studios said they were opting for the rival HD-DVD format.", "opt", "theme", "the rival"),
        ("Ireland showed their intent by opting for a line-out in the 19th minute.", "opt", "theme", "a line-out"),
    ],
)
def test_what_a_verb_of_seeking_is_for_is_its_theme(nlp, sentence, lemma, role, text):
    roles = _roles(nlp, sentence, lemma)
    assert roles.get(role, "").startswith(text), roles
    assert "reason" not in roles, roles


def test_a_party_a_verb_of_seeking_is_for_stays_the_beneficiary(nlp):
    # "used to compete for Australia": whom she played for (BBC sport/478)
    sentence = "Meanwhile, Jelena Dokic, who used to compete for Australia, has opted out of the first Grand Slam."
    roles = _roles(nlp, sentence, "compete")
    assert roles.get("beneficiary") == "Australia", roles
