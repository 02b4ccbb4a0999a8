"""No one acts on, from or to themselves: an event whose agent is linked to the entity another
of its parties names (theme, patient, recipient, opponent, source, destination) is a misreading
and is dropped (kg.resolve.events._reflexive), on BBC news (articles 200 and on, paraphrased)."""

from __future__ import annotations


def _events(graph, lemma: str) -> list[dict[str, list[str]]]:
    found = []
    for event in graph.events():
        if event.lemma == lemma:
            roles: dict[str, list[str]] = {}
            for participant in event.participants:
                label = participant.text if participant.entity is None else graph.entity(participant.entity).label
                roles.setdefault(participant.role, []).append(label)
            found.append(roles)
    return found


def test_an_offer_from_the_agent_is_a_misreading(nlp):
    import kg

    # business/319, cut: "the group" is the LSE, read as Deutsche Boerse, the offer's source
    text = ("Euronext has approached the London Stock Exchange (LSE) about a possible takeover bid. Talks with "
            "rival bidder Deutsche Boerse will continue, the LSE said. Last week, the group rejected a £1.3bn "
            "takeover offer from Deutsche Boerse, claiming that it undervalued the business.")
    for roles in _events(kg.build_text(text, nlp=nlp), "reject"):
        assert not set(roles.get("agent", [])) & set(roles.get("source", [])), roles


def test_a_source_that_is_not_the_agent_stays(nlp):
    import kg

    # paraphrased from business: the bank is no party of its own offer
    text = "Last week, the London Stock Exchange rejected a £1.3bn takeover offer from Deutsche Boerse."
    (roles,) = _events(kg.build_text(text, nlp=nlp), "reject")
    assert roles.get("agent") == ["London Stock Exchange"] and roles.get("source") == ["Deutsche Boerse"]


def test_a_destination_that_is_not_the_agent_stays(nlp):
    import kg

    # sport/454, paraphrased: speaking to a paper
    text = "Martina Hingis spoke to Le Matin on Monday about her return."
    (roles,) = _events(kg.build_text(text, nlp=nlp), "speak")
    assert roles.get("agent") == ["Martina Hingis"] and "Le Matin" in roles.get("destination", [])
