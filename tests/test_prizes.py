"""A prize the article shows won or received is never the winner of another prize
(``kg.resolve.prizes``): an event of winning whose agent resolved to it is dropped.
Sentences of BBC articles, paraphrased."""

from __future__ import annotations


def _shown(nlp, text: str) -> list[str]:
    from benchmarks.news_facts import graph_statements
    from kg.extract import extract
    from kg.nlp import parse
    from kg.records import Document
    from kg.resolve import resolve

    document = Document(id="t", text=text, date="2005-02-13", source="t.txt")
    ((_, doc),) = list(parse(nlp, [document]))
    return [statement.shown for statement in graph_statements(resolve(extract(document, doc)))]


def test_a_prize_received_wins_nothing(nlp):
    # BBC entertainment (a film-maker honoured at a festival): NER read the prize as a person, the
    # description of the film-maker resolved to it
    text = ("Director honoured\n\nSouth Korean film director Im Sang-soo has received an honorary Golden Lion at the "
            "Venice Film Festival.\n\nIm, who has made more than 80 films in a long career, was praised for his vision. "
            "The veteran film-maker, 70, won the best director prize at Cannes in 2001.\n")
    shown = _shown(nlp, text)
    assert not any(line.startswith("win(agent=Golden Lion") for line in shown), shown


def test_the_winner_named_stays(nlp):
    # BBC entertainment/241: a winner named, the prize its theme
    text = ("Music awards\n\nSenegalese musician Youssou N'Dour has won a BBC Radio 3 World Music Award. "
            "Youssou N'Dour also won the critics' award for album of the year.\n")
    shown = _shown(nlp, text)
    assert any(line.startswith("win(agent=Youssou N'Dour") for line in shown), shown


def test_prize_clusters_are_names_won(nlp):
    from kg.extract import extract
    from kg.nlp import parse
    from kg.records import Document
    from kg.resolve.prizes import prize_clusters

    # "accepted Chelsea's bid": no prize of Chelsea; "The Queen received Mr Blair": a visitor
    text = "Chelsea's bid was accepted. Arsenal accepted Chelsea's bid. The Queen received Tony Blair at the palace."
    document = Document(id="t", text=text, source="t.txt")
    ((_, doc),) = list(parse(nlp, [document]))
    extraction = extract(document, doc)
    names = [(mention, index) for index, mention in enumerate(extraction.mentions)]  # each name its own cluster
    assert prize_clusters(extraction.events, names, text) == set()


def test_a_prize_named_won_is_in_the_prizes(nlp):
    from kg.extract import extract
    from kg.nlp import parse
    from kg.records import Document
    from kg.resolve.prizes import prize_clusters

    text = "The director received an honorary Golden Lion at the festival."
    document = Document(id="t", text=text, source="t.txt")
    ((_, doc),) = list(parse(nlp, [document]))
    extraction = extract(document, doc)
    names = [(mention, index) for index, mention in enumerate(extraction.mentions)]
    found = prize_clusters(extraction.events, names, text)
    assert [extraction.mentions[index].text for index in found] == ["Golden Lion"]


def test_a_trophy_won_is_no_winner(nlp):
    # BBC sport/364: "O'Sullivan's Triple Crown winning international outfit", the trophy won in the lead
    text = ("A year for the Irish\n\nIreland won the Triple Crown in March.\n\nIt has been quite a year for the "
            "Irish, and not just with Eddie O'Sullivan's Triple Crown winning international outfit either.\n")
    shown = _shown(nlp, text)
    assert not any(line.startswith("win(agent=Triple Crown") for line in shown), shown
