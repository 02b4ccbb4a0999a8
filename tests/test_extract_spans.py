"""Argument span rules on hand-built parses, so they survive model upgrades."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kg.extract.clauses import clause_candidates
from kg.extract.spans import misparsed_apposition, noun_phrase, run_on_noun, trim


@pytest.fixture
def relcl_doc():
    # "The envoy of Russia , who arrived , met rebels ."
    words = ["The", "envoy", "of", "Russia", ",", "who", "arrived", ",", "met", "rebels", "."]
    heads = [1, 8, 1, 2, 1, 6, 1, 1, 8, 8, 8]
    deps = ["det", "nsubj", "prep", "pobj", "punct", "nsubj", "relcl", "punct", "ROOT", "dobj", "punct"]
    pos = ["DET", "NOUN", "ADP", "PROPN", "PUNCT", "PRON", "VERB", "PUNCT", "VERB", "NOUN", "PUNCT"]
    tags = ["DT", "NN", "IN", "NNP", ",", "WP", "VBD", ",", "VBD", "NNS", "."]
    lemmas = ["the", "envoy", "of", "Russia", ",", "who", "arrive", ",", "meet", "rebel", "."]
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)


def test_extract_spans_cut_relative_clause_keep_prepositional_phrase(relcl_doc):
    assert [t.text for t in noun_phrase(relcl_doc[1])] == ["The", "envoy", "of", "Russia"]


def test_extract_spans_relative_clause_subject_is_antecedent(relcl_doc):
    found = {(" ".join(t.text for t in c.subject), c.key, " ".join(t.text for t in c.object or [])) for c in clause_candidates(relcl_doc[:])}
    assert ("The envoy of Russia", "meet", "rebels") in found
    assert ("The envoy of Russia", "arrive", "") in found


def test_extract_spans_coordination_split_at_the_head_only():
    # "cars and trucks of Ford"
    words = ["cars", "and", "trucks", "of", "Ford", "and", "GM"]
    heads = [0, 0, 0, 2, 3, 4, 4]
    deps = ["ROOT", "cc", "conj", "prep", "pobj", "cc", "conj"]
    pos = ["NOUN", "CCONJ", "NOUN", "ADP", "PROPN", "CCONJ", "PROPN"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert [t.text for t in noun_phrase(doc[0])] == ["cars"]
    assert [t.text for t in noun_phrase(doc[2])] == ["trucks", "of", "Ford", "and", "GM"]
    assert [t.text for t in noun_phrase(doc[0], split_conj=False)] == words


def test_extract_spans_misparsed_apposition():
    # "asked the CSTO , an alliance" with "alliance" parsed as a second object
    words = ["They", "asked", "the", "CSTO", ",", "an", "alliance"]
    heads = [1, 1, 3, 1, 1, 6, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "punct", "det", "dobj"]
    pos = ["PRON", "VERB", "DET", "PROPN", "PUNCT", "DET", "NOUN"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert misparsed_apposition(doc[6]) == doc[3]
    assert misparsed_apposition(doc[3]) is None


def test_a_phrase_ending_inside_a_hyphenated_word_runs_to_its_end():
    """The parse of "whether a super-casino will be built" (tech/217's "phishing e-mails",
    entertainment/206's "The X-Factor" the same way): "super", "-" and "casino" are
    three siblings, and the phrase of "super" read "a super"."""
    words = ["whether", "a", "super", "-", "casino", "will", "be", "built"]
    spaces = [True, True, False, False, True, True, True, False]
    heads = [7, 2, 7, 7, 7, 7, 7, 7]
    deps = ["mark", "det", "nsubjpass", "nsubjpass", "nsubjpass", "aux", "auxpass", "ROOT"]
    pos = ["SCONJ", "DET", "NOUN", "NOUN", "NOUN", "AUX", "AUX", "VERB"]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)
    assert [t.text for t in noun_phrase(doc[2])] == ["a", "super", "-", "casino"]
    # words apart ("Mr Smith - the chairman") stay apart
    apart = Doc(spacy.blank("en").vocab, words=["Smith", "-", "chairman"], spaces=[True, True, False],
                heads=[0, 0, 0], deps=["ROOT", "punct", "appos"])
    assert [t.text for t in noun_phrase(apart[0])] == ["Smith"]
    # a participle ends no noun: "a Russia-led alliance" keeps "Russia" (its leader)
    led = Doc(spacy.blank("en").vocab, words=["Russia", "-", "led", "alliance"], spaces=[False, False, True, False],
              heads=[2, 2, 3, 3], deps=["npadvmod", "punct", "amod", "ROOT"], pos=["PROPN", "PUNCT", "VERB", "NOUN"])
    assert [t.text for t in noun_phrase(led[0])] == ["Russia"]


def _head_by_set(tokens):
    """``argument_head`` as the general case reads it: the first token whose head is outside."""
    inside = {t.i for t in tokens}
    return next((t for t in tokens if t.head.i not in inside or t.head.i == t.i), None)


def test_extract_spans_argument_head_of_two_words_as_the_general_case(relcl_doc):
    from kg.extract.spans import argument_head

    # Every ordered pair (a head and its child either way, strangers, the same word twice).
    for first in relcl_doc:
        for second in relcl_doc:
            assert argument_head([first, second]) == _head_by_set([first, second])


@pytest.mark.parametrize(("words", "ents", "phrase"), [
    # "have fallen to a 10-year low" (BBC business/304): a hyphenated span says which low, no date.
    (["fallen", "to", "a", "10", "-", "year", "low"], ["O", "O", "O", "B-DATE", "I-DATE", "I-DATE", "O"],
     ["a", "10", "-", "year", "low"]),
    # A date with no number before its hyphen is still cut ("the December auction": no span).
    (["fallen", "to", "a", "mid", "-", "December", "low"], ["O", "O", "O", "B-DATE", "I-DATE", "I-DATE", "O"],
     ["a", "low"]),
])
def test_a_hyphenated_span_stays_in_its_noun_phrase(words, ents, phrase):
    heads = [0, 0, 6, 5, 5, 6, 1]
    deps = ["ROOT", "prep", "det", "nummod", "punct", "compound", "pobj"]
    pos = ["VERB", "ADP", "DET", "NUM", "PUNCT", "NOUN", "NOUN"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)
    assert [t.text for t in noun_phrase(doc[6])] == phrase


def test_a_date_fused_into_a_noun_leaves_with_its_day():
    # "the 19 December auction of its top unit" (BBC business): the parser hangs "19" as a
    # number of "auction" and "December" as its compound; the phrase is "the auction ...",
    # not "the 19 auction ..."
    words = ["stave", "off", "the", "19", "December", "auction", "of", "its", "unit"]
    heads = [0, 0, 5, 5, 5, 0, 5, 8, 6]
    deps = ["ROOT", "prt", "det", "nummod", "compound", "dobj", "prep", "poss", "pobj"]
    pos = ["VERB", "ADP", "DET", "NUM", "PROPN", "NOUN", "ADP", "PRON", "NOUN"]
    ents = ["O", "O", "O", "B-DATE", "I-DATE", "O", "O", "O", "O"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)
    assert [t.text for t in noun_phrase(doc[5])] == ["the", "auction", "of", "its", "unit"]
    # a number outside the date stays
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos,
              ents=["O", "O", "O", "O", "B-DATE", "O", "O", "O", "O"])
    assert [t.text for t in noun_phrase(doc[5])] == ["the", "19", "auction", "of", "its", "unit"]


def test_a_scare_quoted_adjective_the_parser_made_the_head_runs_to_its_noun():
    # "attacked Labour's "unfair" and over-complicated taxes" (BBC politics): the parser makes
    # the quoted adjective the object and the noun its conjunct; the phrase is the whole one
    words = ["attacked", "Labour", "'s", '"', "unfair", '"', "and", "complicated", "taxes", "."]
    heads = [0, 4, 1, 4, 0, 4, 4, 8, 4, 0]
    deps = ["ROOT", "poss", "case", "punct", "dobj", "punct", "cc", "amod", "conj", "punct"]
    pos = ["VERB", "PROPN", "PART", "PUNCT", "ADJ", "PUNCT", "CCONJ", "VERB", "NOUN", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert " ".join(t.text for t in noun_phrase(doc[4])) == 'Labour \'s " unfair " and complicated taxes'
    # without the opening quote the adjective is no scare quote: "found it unfair and a burden" stays as it was
    words = ["attacked", "Labour", "'s", "unfair", "and", "complicated", "taxes", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[0, 3, 1, 0, 3, 6, 3, 0],
              deps=["ROOT", "poss", "case", "dobj", "cc", "amod", "conj", "punct"],
              pos=["VERB", "PROPN", "PART", "ADJ", "CCONJ", "VERB", "NOUN", "PUNCT"])
    assert " ".join(t.text for t in noun_phrase(doc[3])) == "Labour 's unfair"


def test_a_straight_quote_left_without_its_pair_at_an_edge_goes():
    # '"reckless, George Bush-style tax cutting spree" planned by the Tories': the phrase of
    # "spree" ends with the closing quote whose opening one is outside it
    words = ["the", "tax", "spree", '"', "planned", "by", "Tories"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[2, 2, 2, 2, 2, 4, 5],
              deps=["det", "compound", "ROOT", "punct", "acl", "agent", "pobj"],
              tags=["DT", "NN", "NN", "''", "VBN", "IN", "NNPS"], pos=["DET", "NOUN", "NOUN", "PUNCT", "VERB", "ADP", "PROPN"])
    assert [t.text for t in noun_phrase(doc[2])] == ["the", "tax", "spree"]


def test_a_second_that_clause_opener_the_parser_hung_on_its_subject_goes():
    # "The report added that X remained strong and that commercial activity strengthened"
    # (BBC business): the parser makes the second "that" a determiner of "activity"
    words = ["remained", "strong", "and", "that", "commercial", "activity", "strengthened"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[0, 0, 0, 5, 5, 6, 0],
              deps=["ROOT", "acomp", "cc", "det", "amod", "nsubj", "conj"],
              pos=["VERB", "ADJ", "CCONJ", "SCONJ", "ADJ", "NOUN", "VERB"])
    assert [t.text for t in noun_phrase(doc[5])] == ["commercial", "activity"]
    # a demonstrative that is a determiner stays: "to underline that economic message"
    words = ["to", "underline", "that", "economic", "message"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 4, 4, 1],
              deps=["aux", "ROOT", "det", "amod", "dobj"], pos=["PART", "VERB", "SCONJ", "ADJ", "NOUN"])
    assert [t.text for t in noun_phrase(doc[4])] == ["that", "economic", "message"]


@pytest.mark.parametrize(
    ("words", "kept"),
    [
        (["the", "new", "plan", ","], ["the", "new", "plan"]),  # no quotation mark: edges only
        (["the", "“", "reckless", "”", "plan"], ["the", "“", "reckless", "”", "plan"]),  # a pair stays
        (["the", "“", "reckless", "plan"], ["the", "reckless", "plan"]),  # an opening quote alone goes
        (["reckless", "spree", '"'], ["reckless", "spree"]),  # a straight quote alone, at an edge
    ],
)
def test_extract_spans_trim_quotes(words, kept):
    doc = Doc(spacy.blank("en").vocab, words=words)
    assert [t.text for t in trim(list(doc))] == kept


def test_a_phrase_cut_off_at_a_modifier_runs_on_to_its_noun(nlp):
    # sport/416: "superb" read as a first object, "start" as a second; the phrase runs to "start" only.
    doc = nlp("Wales maintained their superb start to this year's tournament.")
    superb = next(t for t in doc if t.lower_ == "superb")
    assert superb.dep_ == "dobj"  # the parse this test is about
    assert " ".join(t.text for t in noun_phrase(superb)) == "their superb start"
    # business/414: the deal after the amount's parenthesis read as the amount's apposition.
    doc = nlp("Eighteen former Enron directors have agreed a $168m (£89m) settlement deal in a shareholder lawsuit.")
    amount = next(t for t in doc if t.dep_ == "dobj")
    assert " ".join(t.text for t in noun_phrase(amount)).endswith("settlement deal")
    # a real second object stays apart: "named him captain" has no run-on noun
    doc = nlp("The club named him captain last season.")
    him = next(t for t in doc if t.lower_ == "him")
    assert [t.text for t in noun_phrase(him)] == ["him"]


def test_a_run_on_noun_needs_an_object_or_an_amount():
    """``run_on_noun`` lets go at once of a head that is neither an object nor an amount;
    an amount that is no object still runs on to the noun after its parenthesis (business/414's
    deal, as a subject: "168m (89m) deal was agreed")."""
    words = ["168m", "(", "89m", ")", "deal", "was", "agreed"]
    heads = [6, 0, 0, 0, 0, 6, 6]
    deps = ["nsubjpass", "punct", "appos", "punct", "appos", "auxpass", "ROOT"]
    pos = ["NUM", "PUNCT", "NUM", "PUNCT", "NOUN", "AUX", "VERB"]
    ents = ["B-MONEY", "O", "B-MONEY", "O", "O", "O", "O"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)
    assert run_on_noun(doc[0]) == doc[4]  # not an object, an amount: the deal
    assert run_on_noun(doc[4]) is None  # neither
    # "maintained their superb start": a one-word first object and a second one right after it
    words = ["Wales", "maintained", "superb", "start"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 1], deps=["nsubj", "ROOT", "dobj", "dobj"],
              pos=["PROPN", "VERB", "NOUN", "NOUN"])
    assert run_on_noun(doc[2]) == doc[3]
    assert run_on_noun(doc[0]) is None  # the subject: neither
