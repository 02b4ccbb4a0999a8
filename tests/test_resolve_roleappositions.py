"""An apposition that gives a person's post is the position, not an "is" edge besides it
(``kg.resolve.roleappositions``, on the session pipeline; sentences paraphrased from BBC
articles with index 200 and above)."""

from __future__ import annotations

from tests.extract_helpers import resolved_part


def _facts(nlp, text: str) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """The (subject, object) labels of the "is" edges and the (holder, role) of the positions."""
    part = resolved_part(nlp, text, date="2005-03-10")
    labels = {entity.key: entity.label for entity in part.entities}
    edges = {(labels.get(r.subject, r.subject), labels.get(r.object, r.object)) for r in part.relations if r.key == "be"}
    posts = {(labels.get(p.person, p.person), p.role) for p in part.positions}
    return edges, posts


def test_roleappositions_a_post_in_apposition_is_the_position_only(nlp):
    # tech/347.
    edges, posts = _facts(nlp, "Camera phones are likely to prove an interesting battle ground at the show, said Ben Wood, "
                               "principal analyst at research firm Gartner.")
    assert ("Ben Wood", "principal analyst") in posts
    assert not any(subject == "Ben Wood" for subject, _ in edges), edges


def test_roleappositions_a_post_before_more_words_is_the_position_only(nlp):
    # tech/304, shortened.
    edges, posts = _facts(nlp, "Shelley Taylor, analyst and author of a report about online music services, said the locks "
                               "on digital files were done to maximise the cash that firms can make.")
    assert any(holder == "Shelley Taylor" for holder, _ in posts)
    assert not any(subject == "Shelley Taylor" for subject, _ in edges), edges


def test_roleappositions_a_body_in_apposition_keeps_its_edge(nlp):
    # business/492: no post of a person; the apposition tells what Consob is.
    edges, _ = _facts(nlp, "Grant Thornton is still being permitted to sue, as are Consob, Italy's stock market regulator, "
                           "and hundreds of small investors.")
    assert any(subject == "Consob" for subject, _ in edges), edges
