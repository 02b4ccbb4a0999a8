"""A news body's name before its kind's noun, with no article or with the kind's own noun
between, is the body (kg.resolve.namemodifiers.named_kind): "Reuters news agency reported",
"the Associated Press news agency reported", "a senior broadcaster with the CBS network"; not
a place's newspaper, nor a party's group on a council. Sentences paraphrased from BBC
business/313, business/475, tech/240 and politics/336."""

from __future__ import annotations

from tests.extract_helpers import resolved_part, speakers


def _positions(nlp, text: str) -> set[tuple[str, str, str | None]]:
    part = resolved_part(nlp, text)
    labels = {entity.key: entity.label for entity in part.entities}
    return {(labels.get(p.person, p.person), p.role, labels.get(p.organisation, p.organisation) if p.organisation else None)
            for p in part.positions}


def test_a_news_agency_without_an_article_is_its_name(nlp):
    text = "Reuters news agency reported that Iraq's Oil Ministry has awarded the first post-war oilfield contracts."
    assert "Reuters" in speakers(nlp, text)


def test_a_news_agency_after_the_is_its_name(nlp):
    text = "Both men bought some of the bonds, the Associated Press news agency reported."
    assert "Associated Press" in speakers(nlp, text)


def test_a_network_a_post_is_held_at(nlp):
    text = ("\"HDTV is just the latest must-have technology,\" says Jo Flaherty, a senior broadcaster with the CBS "
            "network in the US.")
    assert any(person == "Jo Flaherty" and org == "CBS" for person, _, org in _positions(nlp, text))


def test_a_places_newspaper_is_no_place(nlp):
    text = "The London newspaper said the minister had resigned."
    assert "London" not in speakers(nlp, text)


def test_a_partys_group_on_a_council_is_no_party(nlp):
    text = ("\"The electorate are keener on the government than some party members,\" said Graham Lane, leader of the "
            "Labour group on Newham Council.")
    assert not any(org == "Labour Party" and role == "leader" for _, role, org in _positions(nlp, text))
