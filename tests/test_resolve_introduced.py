"""A definite description takes up the indefinite one that brought its thing in
(kg.resolve.introduced): "A group of MPs ... The cross-party group has unveiled ... The group
says" is the group, not the House of Lords named in between. Sentences from BBC politics/319."""

from __future__ import annotations

from tests.extract_helpers import resolved_part, role_labels

GROUP = ("A group of MPs has tried to raise the pressure on Tony Blair over reform to the House of Lords by "
         "publishing a detailed blueprint for change. The cross-party group has unveiled a draft bill proposing a "
         "smaller second chamber. The group says it can win support for removing the last 92 hereditaries.")


def test_the_group_is_the_group_a_group_brought_in(nlp):
    assert ("agent", "House of Lords") not in role_labels(nlp, GROUP, "unveil")
    part = resolved_part(nlp, GROUP)
    labels = {entity.key: entity.label for entity in part.entities}
    speakers = {labels.get(quote.speaker) if quote.speaker else quote.speaker_text for quote in part.quotes}
    assert "House of Lords" not in speakers, speakers
    assert {labels.get(p.entity) for e in part.events if e.lemma == "unveil" for p in e.participants
            if p.role == "agent"} == {"group"}


def test_a_name_holding_the_noun_between_keeps_the_nearby_rules(nlp):
    """A name with the head noun between the two ("the Virgin Group") may be what "the group" means:
    the indefinite one is no surer antecedent there."""
    text = ("A group of investors has made an offer for the airline. The Virgin Group said on Monday it had also "
            "bid. The group said its offer was higher.")
    part = resolved_part(nlp, text)
    labels = {entity.key: entity.label for entity in part.entities}
    assert {labels.get(q.speaker) for q in part.quotes if q.content.startswith("its offer")} != {"group"}


def test_a_name_opening_a_sentence_between_may_be_its_name(nlp):
    """tech/256: the artists' group is named next; "The group" stays the named project."""
    text = ("A group of artists in Poland has taken the sounds of the GameBoy to a new level. The Gameboyzz Orchestra "
            "Project has taken the game sounds to make music. The group plays maybe four or five shows a year.")
    assert ("agent", "Gameboyzz Orchestra Project") in role_labels(nlp, text, "play")


def test_an_indefinite_inside_its_sentence_brings_nothing_in(nlp):
    """politics/301: "for a political party to have economic credibility" is any party."""
    text = ("Mr Kennedy said it was critical for a political party to have economic credibility. Chancellor Gordon "
            "Brown said the Lib Dem figures did not add up. He accused the party of claiming it would spend less.")
    part = resolved_part(nlp, text)
    assert all(not entity.label.endswith("political party") for entity in part.entities)
