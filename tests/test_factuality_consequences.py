"""An -ing of consequence hung by the parser on a noun is as sure as the clause it follows
(kg.extract.consequences)."""

from tests.extract_helpers import event_readings


def test_a_consequence_participle_shares_the_clause_modal(nlp):
    # politics/272: the parser makes "allowing" describe "the Lib Dems".
    readings = event_readings(nlp, "Labour fears that disillusioned supporters may switch to the Lib Dems allowing "
                                   "the Tories to win some seats.")
    assert readings["win"][0] == "possible"


def test_only_a_verb_of_consequence_is_read_with_the_clause(nlp):
    from kg.extract.consequences import consequence_of

    allowing = next(t for t in nlp("Supporters may switch to the Lib Dems allowing the Tories to win.") if t.lower_ == "allowing")
    assert allowing.dep_ == "acl" and consequence_of(allowing).lemma_ == "switch"
    # "making" describes the firm, whatever the bid's fate.
    making = next(t for t in nlp("The group may buy a small firm making computer chips.") if t.lower_ == "making")
    assert making.dep_ == "acl" and consequence_of(making) is None
