"""kg.extract.charges: "charged with" + -ing is an offence alleged or a duty given; a wrong charge."""

import pytest


def _events(nlp, sentence):
    from kg.extract import extract
    from kg.records import Document

    return {event.lemma: event.factuality.value for event in extract(Document("t", sentence), nlp(sentence)).events}


@pytest.mark.parametrize(("sentence", "lemma", "factuality"), [
    # A duty: not yet done, a task given (BBC politics and tech).
    ("The Speaker chairs debates in the Commons and is charged with ensuring order in the chamber and enforcing "
     "rules and conventions of the House.", "ensure", "planned"),
    ("The Speaker chairs debates in the Commons and is charged with ensuring order in the chamber and enforcing "
     "rules and conventions of the House.", "enforce", "planned"),
    ("The division was charged with thinking up and carrying out action to make US networks more impervious to "
     "attack.", "carry out", "planned"),
    ("The division was tasked with improving US defences against malicious hackers, viruses and worms.",
     "improve", "planned"),
    # An offence: alleged, as after "accused of".
    ("A Los Angeles grand jury indicted Mr Jacobsen with intentionally accessing a computer system without "
     "authorisation.", "access", "speculated"),
    # A charge as a noun is an allegation (BBC business, entertainment) ...
    ("Former WorldCom chief executive Bernard Ebbers is to face trial this month on criminal charges that he "
     "oversaw the fraud.", "oversee", "speculated"),
    ("But the charges of running an illegal bar and contravening health and safety, fire and licensing "
     "regulations, were dropped.", "run", "speculated"),
    # ... unless owned to, a duty's "in charge of", or the charge is what a relative clause is about (BBC tech, business)
    ("William Trowbridge and Michael Chicoine pleaded guilty to charges that they infringed copyright by illegally "
     "sharing music, movies and software.", "infringe", "asserted"),
    ("Mr Wang, who is in charge of collecting car parking fees, said his team would be looking at the problem.",
     "collect", "asserted"),
    ("Victims groups accusing it of trying to escape its responsibilities by moving abroad, a charge the company "
     "denies.", "deny", "asserted"),
    # A wrong charge: the deed was not done.
    ("The £178m winter schedule also includes the return of Doctor Who and a drama about Angela Cannings, who was "
     "wrongly convicted of killing two of her babies.", "kill", "negated"),
])
def test_a_charge_or_a_duty_gives_its_deed_its_factuality(nlp, sentence, lemma, factuality):
    assert _events(nlp, sentence)[lemma] == factuality


def test_a_duty_is_no_legal_charge(nlp):
    sentence = ("The Speaker chairs debates in the Commons and is charged with ensuring order in the chamber and "
                "enforcing rules and conventions of the House.")
    assert "charge" not in _events(nlp, sentence)


@pytest.mark.parametrize("sentence", [
    # A charge of an offence stays an event, a task verb under another -ing notwithstanding (BBC sport).
    "They have been charged with failing to ensure that fans refrained from racist and/or abusive behaviour.",
    "However, Millwall have been charged with two breaches of FA rules.",
])
def test_a_charge_of_an_offence_is_an_event(nlp, sentence):
    assert _events(nlp, sentence)["charge"] == "asserted"
