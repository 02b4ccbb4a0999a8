"""kg.resolve.namedgroups: a group of people a name's word picks out, acting on a named party, keeps its event."""

import pytest

import kg

# Not the lead's subject (kg.resolve.lead keeps that one as a literal): a sentence after an opening.
_OPENING = "The row over the leadership went on this week. "


def _events(nlp, text: str) -> dict[str, list[tuple[str, str]]]:
    graph = kg.build_text(text, nlp=nlp)
    return {event.lemma: [(p.role, p.text) for p in event.participants] for event in graph.events()}


@pytest.mark.parametrize(("sentence", "lemma", "agent"), [
    # BBC politics 257 and sport 216, paraphrased: whose people they are is a party's or a people's word.
    ("Labour MPs have angrily criticised Tony Blair and Gordon Brown.", "criticise", "Labour MPs"),
    ("English reporters launched a witch-hunt against Luis Aragones.", "launch", "English reporters"),
])
def test_a_named_group_acting_on_a_named_party_keeps_its_event(nlp, sentence, lemma, agent):
    found = _events(nlp, _OPENING + sentence)
    assert ("agent", agent) in found.get(lemma, [])


@pytest.mark.parametrize(("sentence", "lemma"), [
    # BBC business 246: "Senior" and "WorldCom" are no country, people or party; the fraud is no entity.
    ("Senior WorldCom executives orchestrated a huge fraud.", "orchestrate"),
    # BBC politics 257, paraphrased: the plans are no entity acted on.
    ("Labour MPs have angrily criticised the plans.", "criticise"),
    # What Labour MPs may do is no story.
    ("Labour MPs could criticise Tony Blair and Gordon Brown.", "criticise"),
])
def test_other_unknown_groups_still_drop_their_event(nlp, sentence, lemma):
    assert lemma not in _events(nlp, _OPENING + sentence)
