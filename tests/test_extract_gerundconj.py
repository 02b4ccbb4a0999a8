"""kg.extract.gerundconj: a bare -ing the parser coordinated with a finite verb continues the -ing before it."""


def _events(nlp, sentence):
    from kg.extract import extract
    from kg.records import Document

    return {event.lemma: event for event in extract(Document("t", sentence), nlp(sentence)).events}


def test_an_ing_conjunct_of_a_finite_verb_shares_the_accused_deed(nlp):
    # BBC politics: the parse coordinates "attacking" with "accused"; the ministers are said to attack the lies
    sentence = ("Dr Fox accused Mr Blair and other Cabinet ministers of telling lies about their opponents' policies "
                "and then attacking the lies.")
    attack = _events(nlp, sentence)["attack"]
    agents = [sentence[a.argument.span[0]:a.argument.span[1]] for a in attack.arguments if a.role == "agent"]
    assert attack.factuality.value == "speculated"
    assert "Dr Fox" not in agents and "Mr Blair" in agents
