"""An object pronoun never means the subject of its own verb: "X allowed him" is not X
(``kg.resolve.boundobjects``)."""

from __future__ import annotations


def _shown(nlp, text: str) -> list[str]:
    from benchmarks.news_facts import graph_statements
    from kg.extract import extract
    from kg.nlp import parse
    from kg.records import Document
    from kg.resolve import resolve

    document = Document(id="t", text=text, date="2005-01-13", source="t.txt")
    ((_, doc),) = list(parse(nlp, [document]))
    return [statement.shown for statement in graph_statements(resolve(extract(document, doc)))]


def test_him_after_a_verb_is_not_its_subject(nlp):
    # BBC politics/353: Mr Blair was made the one who runs the campaign he won't let Mr Brown run.
    text = ("Brown's Africa trip\n\nI've absolutely no doubt whatsoever this is heartfelt.\n\n"
            "There's also a sense of liberation. If Mr Blair won't allow him "
            "to run the election campaign then he can at least pretend it was all getting tedious.\n")
    shown = _shown(nlp, text)
    assert not any(line.startswith("run(agent=Blair") for line in shown), shown


def test_who_directed_him_is_the_one_directed(nlp):
    # BBC entertainment/337: "him" is DiCaprio, never the director who is the relative's subject.
    text = ("Career honour for actor DiCaprio\n\nActor Leonardo DiCaprio's \"exceptional career\" has been honoured at the "
            "Santa Barbara International Film Festival.\n\nThe star was presented with the award by Martin Scorsese, who "
            "directed him in Oscar-nominated movie The Aviator.\n")
    shown = _shown(nlp, text)
    assert any(line.startswith("direct(agent=Martin Scorsese, theme=Leonardo DiCaprio)") for line in shown), shown


def test_him_after_a_verb_whose_subject_is_no_person_keeps_its_person(nlp):
    # BBC politics/293: the subject of "got" is the slurs, so "him" is still Kilroy-Silk.
    text = ("Kilroy launches 'Veritas' party\n\nEx-BBC chat show host and East Midlands MEP Robert Kilroy-Silk said he "
            "wanted to \"change the face of British politics\" as he launched his new party.\n\nMr Kilroy-Silk spoke "
            "in London. In my opinion this is just a publicity stunt which has just been used as a smoke-screen for his "
            "anti-Islamism slurs which got him sacked from the television.\n")
    shown = _shown(nlp, text)
    assert any(line.startswith("sack(patient=Robert Kilroy-Silk") for line in shown), shown
