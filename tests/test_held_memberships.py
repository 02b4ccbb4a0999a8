"""kg.resolve.statements: no membership beside a position that holds it ("Tory leader Michael
Howard": the Tories' leader, not also a member of them, which readers judge a repetition); a
membership with no post keeps its edge. Sentences paraphrased from BBC politics and sport."""

from tests.extract_helpers import resolved_part


def _edges(nlp, text: str) -> tuple[set[tuple[str, str, str]], set[tuple[str, str | None]]]:
    part = resolved_part(nlp, text)
    labels = {entity.key: entity.label for entity in part.entities}
    edges = {(labels[r.subject], r.key, labels[r.object]) for r in part.relations}
    posts = {(labels[p.person], labels.get(p.organisation) if p.organisation else None) for p in part.positions}
    return edges, posts


def test_a_leaders_party_is_his_post_not_also_a_membership(nlp):
    edges, posts = _edges(nlp, "Conservative leader Michael Howard said the government had lost the public's trust.")
    assert ("Michael Howard", "Conservative Party") in posts
    assert not any(subject == "Michael Howard" and key == "member of" for subject, key, _ in edges)


def test_a_players_club_is_his_post_not_also_plays_for(nlp):
    edges, posts = _edges(nlp, "England coach Andy Robinson could take a gamble and call inexperienced Sale Sharks "
                               "prop Andrew Sheridan into his front row.")
    assert ("Andrew Sheridan", "Sale Sharks") in posts
    assert not any(subject == "Andrew Sheridan" and key == "play for" for subject, key, _ in edges)


def test_a_membership_with_no_post_keeps_its_edge(nlp):
    edges, _ = _edges(nlp, "Labour's Paul Flynn said the decision was a mistake.")
    assert ("Paul Flynn", "member of", "Labour Party") in edges
