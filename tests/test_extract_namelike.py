"""A name must look like a name: each rule of kg.extract.namelike on hand-built Docs (no model)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kg.extract.namelike import RULES, bracket_pieces, check_name, count_rejections
from kg.extract.words import Words
from kg.types import EntityType
from tests.extract_helpers import mention_types

VOCAB = spacy.blank("en").vocab


def _words(tokens: list[tuple[str, str, str]], ents: list[str], spaces: list[bool] | None = None) -> Words:
    """A flat parse: every token hangs on the first verb (or the last token)."""
    words = [text for text, _, _ in tokens]
    root = next((i for i, (_, pos, _) in enumerate(tokens) if pos == "VERB"), len(tokens) - 1)
    heads = [root] * len(tokens)
    deps = ["ROOT" if i == root else "dep" for i in range(len(tokens))]
    doc = Doc(
        VOCAB,
        words=words,
        spaces=spaces,
        heads=heads,
        deps=deps,
        pos=[pos for _, pos, _ in tokens],
        tags=[tag for _, _, tag in tokens],
        ents=ents,
    )
    return Words(doc)


P, V, N, X = ("PROPN", "NNP"), ("VERB", "VBD"), ("NOUN", "NN"), ("PUNCT", ".")


def _t(text: str, kind: tuple[str, str]) -> tuple[str, str, str]:
    return (text, *kind)


@pytest.mark.parametrize(
    ("tokens", "ents", "span", "label", "expected"),
    [
        # markup: a hostile page's attribute is never a name
        ([_t("onerror=\"document.title='PWNED", P), _t("said", V)], ["B-PERSON", "O"], (0, 1), "PERSON", (None, "markup")),
        # dateline: capitals at the head of the text, then a dash
        ([_t("NEW", P), _t("YORK", P), _t("-", X), _t("Shares", P), _t("rose", V)], ["B-GPE", "I-GPE", "O", "O", "O"], (0, 2), "GPE", (None, "dateline")),
        # generic: a term from generic_terms.txt, a common noun the tagger reads as one
        ([_t("VAT", P), _t("rose", V)], ["B-ORG", "O"], (0, 1), "ORG", (None, "generic")),
        # ... an honour is an award, no body (BBC sport: "awarded an MBE" was an Organization)
        ([_t("MBE", P), _t("followed", V)], ["B-ORG", "O"], (0, 1), "ORG", (None, "generic")),
        # ... a member's title alone is a post, no body (BBC politics/237: "The MEP said" was an Organization)
        ([_t("MEP", P), _t("said", V)], ["B-ORG", "O"], (0, 1), "ORG", (None, "generic")),
        ([("Firms", "NOUN", "NNS"), _t("said", V)], ["B-ORG", "O"], (0, 1), "ORG", (None, "generic")),
        # adjective: a nationality used as an adjective
        ([("British", "ADJ", "JJ"), ("ministers", "NOUN", "NNS"), _t("met", V)], ["B-NORP", "O", "O"], (0, 1), "NORP", (None, "adjective")),
        # ... also before other adjectives NER took for an organisation ("British Olympic relay")
        ([("British", "ADJ", "JJ"), ("Olympic", "ADJ", "JJ"), ("relay", "NOUN", "NN"), _t("won", V)], ["B-ORG", "I-ORG", "O", "O"], (0, 2), "ORG", (None, "adjective")),
        # title: titles alone
        ([_t("Treasurer", P), _t("spoke", V)], ["B-PERSON", "O"], (0, 1), "PERSON", (None, "title")),
        # ... and the rest of a title NER left out ("Secretary of" + "State for Culture")
        ([_t("Secretary", P), ("of", "ADP", "IN"), _t("State", P), ("for", "ADP", "IN"), _t("Culture", P), _t("spoke", V)], ["O", "O", "B-ORG", "I-ORG", "I-ORG", "O"], (2, 5), "ORG", (None, "title")),
        # no-capital: the tail cut leaves "4.5m"
        ([("4.5m", "NUM", "CD"), ("workers", "NOUN", "NNS"), _t("struck", V)], ["B-ORG", "I-ORG", "O"], (0, 2), "ORG", (None, "no-capital")),
        # tail: a lower-case content word ends the name
        ([_t("Interfax", P), ("news", "NOUN", "NN"), ("agency", "NOUN", "NN"), _t("reported", V)], ["B-ORG", "I-ORG", "I-ORG", "O"], (0, 3), "ORG", ((0, 1), None)),
        # ... before a holiday after "on"
        ([_t("Torquay", P), ("on", "ADP", "IN"), _t("Boxing", P), _t("Day", P), _t("won", V)], ["B-WORK_OF_ART", "I-WORK_OF_ART", "I-WORK_OF_ART", "I-WORK_OF_ART", "O"], (0, 4), "WORK_OF_ART", ((0, 1), None)),
        # ... and before a score
        ([_t("Craven", P), _t("Cottage", P), ("1", "NUM", "CD"), ("-", "PUNCT", "HYPH"), ("0", "NUM", "CD"), _t("won", V)], ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O"], (0, 5), "ORG", ((0, 2), None)),
        # ... and before a tennis score's sets ("Williams 1-6,4-6")
        ([_t("Williams", P), ("1", "NUM", "CD"), ("-", "PUNCT", "HYPH"), ("6,4", "NUM", "CD"), ("-", "PUNCT", "HYPH"), ("6", "NUM", "CD"), _t("won", V)], ["B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O"], (0, 6), "PERSON", ((0, 1), None)),
        # ... but function words and name particles inside a name stay
        ([_t("Shakespeare", P), ("in", "ADP", "IN"), _t("Love", P), _t("won", V)], ["B-WORK_OF_ART", "I-WORK_OF_ART", "I-WORK_OF_ART", "O"], (0, 3), "WORK_OF_ART", ((0, 3), None)),
        ([_t("Valery", P), _t("Giscard", P), ("d'", "ADP", "IN"), _t("Estaing", P), _t("spoke", V)], ["B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O"], (0, 4), "PERSON", ((0, 4), None)),
        # ... and an organisation's before a year that opens the next name (BBC tech: "the Royal
        # Academy of Engineering 2004 Hinton Lecture"); an event keeps its year ("Euro 2004")
        ([_t("Royal", P), _t("Academy", P), _t("2004", ("NUM", "CD")), _t("Hinton", P), _t("Lecture", P)], ["B-ORG", "I-ORG", "I-ORG", "B-EVENT", "I-EVENT"], (0, 3), "ORG", ((0, 2), None)),
        ([_t("Euro", P), _t("2004", ("NUM", "CD")), _t("Final", P), _t("won", V)], ["B-EVENT", "I-EVENT", "O", "O"], (0, 2), "EVENT", ((0, 2), None)),
        ([_t("Royal", P), _t("Academy", P), _t("2004", ("NUM", "CD")), ("award", "NOUN", "NN"), _t("won", V)], ["B-ORG", "I-ORG", "I-ORG", "O", "O"], (0, 3), "ORG", ((0, 3), None)),
        # dangling: no name ends with a conjunction
        ([_t("St", P), _t("Kitts", P), ("and", "CCONJ", "CC"), _t("won", V)], ["B-GPE", "I-GPE", "I-GPE", "O"], (0, 3), "GPE", ((0, 2), None)),
        # possessive: the owner, named again, is cut off; a possessive inside a name stays
        ([_t("OutKast", P), ("'s", "PART", "POS"), _t("Speakerboxxx", P), _t("won", V), _t("OutKast", P), _t("smiled", V)], ["B-ORG", "I-ORG", "I-ORG", "O", "B-ORG", "O"], (0, 3), "ORG", ((2, 3), None)),
        ([_t("Jack", P), ("'s", "PART", "POS"), _t("Snooker", P), _t("Hall", P), _t("opened", V)], ["B-FAC", "I-FAC", "I-FAC", "I-FAC", "O"], (0, 4), "FAC", ((0, 4), None)),
        # a head word NER left out goes back into the name
        ([_t("Athens", P), _t("Olympic", P), _t("Games", P), _t("opened", V)], ["B-EVENT", "I-EVENT", "O", "O"], (0, 2), "EVENT", ((0, 3), None)),
        # a plain name passes
        ([_t("Kofi", P), _t("Annan", P), _t("spoke", V)], ["B-PERSON", "I-PERSON", "O"], (0, 2), "PERSON", ((0, 2), None)),
    ],
)
def test_namelike_rules(tokens, ents, span, label, expected):
    words = _words(tokens, ents)
    owners = frozenset({"outkast"}) if tokens[0][0] == "OutKast" else frozenset()
    assert check_name(words, *span, label, owners) == expected


def test_namelike_brackets_and_quotes_cut_a_name():
    words = _words([_t("Academy", P), _t("(", X), _t("Ampas", P), _t("said", V)], ["B-ORG", "I-ORG", "I-ORG", "O"])
    assert bracket_pieces(words, 0, 3) == [(0, 1), (2, 3)]
    quoted = _words([_t("New", P), _t('"', X), _t("Labour", P), _t("won", V)], ["B-ORG", "I-ORG", "I-ORG", "O"])
    assert bracket_pieces(quoted, 0, 3) == [(0, 1), (2, 3)]


def test_namelike_rejections_are_counted_in_rule_order():
    assert count_rejections(["title", "markup", "title"]) == (("markup", 1), ("title", 2))
    assert set(RULES) >= {"markup", "dateline", "generic", "adjective", "title", "no-capital"}


@pytest.mark.parametrize(
    ("text", "rejected", "kept"),
    [
        # a common word opening its sentence, written in lower case elsewhere too
        ("Hardware security is rare. Firms buy cheap hardware instead.", "Hardware", ()),
        ("Warez groups copy games. The warez scene is small.", "Warez", ()),
        # a name in the same place is no common word: kept
        ("England coach Andy Robinson picked Tait. He wants England to win.", None, ("England",)),
        ("Tesco shares rose on Monday. Analysts said Tesco did well.", None, ("Tesco",)),
    ],
)
def test_sentence_initial_common_word_is_no_name(nlp, text, rejected, kept):
    from kg.extract.mentions import find_mentions

    found: list[str] = []
    names = {mention.text for mention in find_mentions(nlp(text), rejected=found)}
    if rejected is not None:
        assert rejected not in names
    assert set(kept) <= names


@pytest.mark.parametrize(
    ("text", "rejected", "kept"),
    [
        # a nationality adjective after another in a list only describes
        ("But those of Pakistani, Bangladeshi and black Caribbean origin were more likely to be unemployed.", "Bangladeshi", ()),
        ("Poor countries can be African, Asian, European and Latin American.", "Latin American", ()),
        # plurals name people: kept
        ("Police said Pakistanis and Bangladeshis were among the victims.", None, ("Bangladeshis",)),
        # a demonym in a hyphenated modifier only describes
        ("There is now pressure on Swiss-based Xstrata to increase its offer.", "Swiss", ("Xstrata",)),
        ("The Russian-owned firm Yukos said it would appeal.", "Russian", ()),
        ("The German-born Vaidisova rallied well.", "German", ()),
        # politics/244: a faith's word a linking verb says of someone only describes (kg.extract.predicative) ...
        ('Ms Kelly, who is Catholic, is reported to be "pro-life" and has opposed embryo research.', "Catholic",
         ("Kelly",)),
        # ... not a noun phrase with its determiner
        ("It is not news that Ms Kelly is a Catholic.", None, ("Catholic",)),
    ],
)
def test_nationality_adjective_in_a_list_is_no_name(nlp, text, rejected, kept):
    from kg.extract.mentions import find_mentions

    found: list[str] = []
    names = {mention.text for mention in find_mentions(nlp(text), rejected=found)}
    if rejected is not None:
        assert rejected not in names
        assert "adjective" in found
    assert set(kept) <= names


@pytest.mark.parametrize(
    ("text", "names", "whole"),
    [
        # each side named alone in the article (or the surname of a person it names): two
        ("Steve Hansen and Graham Henry named their squad. They now face a team led by Henry and Hansen in November.",
         {"Henry", "Hansen"}, "Henry and Hansen"),
        ("Royer and Elgindy used the tools to profit, prosecutors said. Jeffrey Royer denied it. Anthony Elgindy was jailed.",
         {"Royer", "Elgindy"}, "Royer and Elgindy"),
        # two people, each a given name and a surname: two
        ("The club said Hayden Tanner and Willie Davies would start on Saturday.", {"Hayden Tanner", "Willie Davies"},
         "Hayden Tanner and Willie Davies"),
        # an "and" between the objects of a name's preposition: one name
        ("The Department of Trade and Industry said the deal was fair.", {"Department of Trade and Industry"}, None),
        # a work's title is two only when both sides are named alone: NER's "Seek" alone is not enough
        ("Film star Robert De Niro has returned to the top of the North American box office with his film Hide and "
         "Seek. In Hide and Seek, De Niro plays a widower whose daughter has a creepy imaginary friend.",
         {"Hide and Seek"}, None),
        # two people joined by "&" in a list of winners (NER: one organisation): two
        ("Winners included Matt Lucas & David Walliams (Little Britain, BBC Three).", {"Matt Lucas", "David Walliams"},
         "Matt Lucas & David Walliams"),
        # a firm's "&", a side named alone as a place or the firm's short name: one firm
        ("Shares in Alliance & Leicester rose. The bank is based in Leicester.", {"Alliance & Leicester"}, None),
        ("Auditor Deloitte & Touche signed the accounts. Deloitte said it was satisfied.", {"Deloitte & Touche"}, None),
    ],
)
def test_two_names_joined_by_and_are_two(nlp, text, names, whole):
    from kg.extract.mentions import find_mentions

    found = {mention.text for mention in find_mentions(nlp(text), rejected=[])}
    assert names <= found
    assert whole not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # The last part of a hyphenated name keeps no sentence's full stop.
        ("Security firms warned of a new worm called Sober-K. The program arrives by e-mail.", "Sober-K"),
        # An initial inside a name keeps its dot.
        ("Officials at Acme Corp. said the deal was off. Shares fell.", "Acme Corp."),
    ],
)
def test_namelike_a_full_stop_leaves_the_name(nlp, text, name):
    from kg.extract.mentions import find_mentions

    names = {mention.text for mention in find_mentions(nlp(text), rejected=[])}
    assert name in names


def test_a_shop_named_by_its_owners_possessive_keeps_it(nlp):
    """ "at Jack's" alone is the snooker hall's short name, no owner named apart:
    the possessive stays in "Jack's Snooker Hall", and "Jack's" is the hall."""
    from kg.extract import extract
    from kg.records import Document
    from kg.resolve import resolve

    text = ('Mr Howard said his time at Jack\'s Snooker Hall in Llanelli in the 1950s had not done him "any lasting '
            "damage\". It is not known whether the two of them ever clashed cues at Jack's.")
    graph = resolve(extract(Document(id="t", text=text), nlp(text)))
    labels = {entity.label for entity in graph.entities}
    assert "Jack's Snooker Hall" in labels and "Snooker Hall" not in labels


def test_a_businesss_owner_possessive_is_its_short_name():
    from kg.records import Mention
    from kg.resolve.variants import is_variant
    from kg.types import EntityType

    hall = Mention(30, 49, "Jack's Snooker Hall", EntityType.FACILITY, 0)
    assert is_variant(Mention(120, 124, "Jack", EntityType.FACILITY, 1), hall)
    assert not is_variant(Mention(120, 124, "Jack", EntityType.PERSON, 1), hall)  # a person Jack is another


def test_a_places_possessive_after_a_name_given_alone_is_no_word_of_it(nlp):
    """ "the Library London's most active public hotspot" (NER: one firm) is the
    Library, which the article names alone, and London's; a person keeps a
    surname that is a town's ("Clint Eastwood's")."""
    from kg.extract import extract
    from kg.records import Document
    from kg.resolve import resolve

    text = ("A study revealed that 86% of visitors to the Library carried laptops. The technology has been on trial "
            "since May and usage levels make the Library London's most active public hotspot. Clint Eastwood's film "
            "won. Eastwood said so.")
    graph = resolve(extract(Document(id="t", text=text), nlp(text)))
    labels = {entity.label for entity in graph.entities}
    assert "Library London" not in labels and "Library" in labels and "Clint Eastwood" in labels


@pytest.mark.parametrize(
    ("text", "kept", "cut"),
    [
        ("Standard & Poor's has classed Russian bonds as investment grade.", "Standard & Poor's", "Standard & Poor"),
        ("The other two ratings agencies - Fitch and Moody's have long since upped their rating.", "Moody's", "Moody"),
        ("Moody's said the outlook was stable.", "Moody's", "Moody"),
        # a possessive that owns a noun is cut as before
        ("Tesco's sales rose by 5% in the year to March.", "Tesco", "Tesco's"),
        ("MG Rover's proposed tie-up with China's top carmaker has been delayed.", "MG Rover", "MG Rover's"),
    ],
)
def test_a_firms_own_possessive_stays_in_its_name(nlp, text, kept, cut):
    """A firm named after its founder keeps its "'s" where it possesses nothing
    (a verb, a comma or the sentence's end follows): kg.extract.nameends."""
    from kg.extract.mentions import find_mentions

    names = {mention.text for mention in find_mentions(nlp(text), rejected=[])}
    assert kept in names and cut not in names, names


def test_a_title_word_opening_a_leagues_name_is_no_title(nlp):
    """ "Premier League": "Premier" opens the league's name (its last word heads
    things' names); "Premier Wen Jiabao" keeps the title off the name."""
    from kg.extract.mentions import find_mentions

    names = {m.text for m in find_mentions(nlp("The Premier League is attempting to find a date for the inquiry."), rejected=[])}
    assert "Premier League" in names and "League" not in names
    names = {m.text for m in find_mentions(nlp("Chinese Premier Wen Jiabao visited Berlin on Monday."), rejected=[])}
    assert "Wen Jiabao" in names


@pytest.mark.parametrize(
    ("text", "rejected", "kept"),
    [
        # a portfolio NER cut from its post (politics/397, politics/245, business/343)
        ("Ex-Home Secretary David Blunkett has given fresh clues that the general election will be announced on Monday.",
         "Home", ("David Blunkett",)),
        ("The committee's decision must be ratified by Defence Secretary Geoff Hoon and Prime Minister Tony Blair.",
         "Defence", ("Geoff Hoon",)),
        ('"The administration is committed to a viable national airline," said Finance Minister Omar Davies.',
         "Finance", ("Omar Davies",)),
        # a body before a lower-case post keeps its name (politics/361; politics/343)
        ('Shadow Treasury chief secretary George Osborne said: "Everyone who looks at the economy says so."',
         None, ("Treasury", "George Osborne")),
        ("Veteran Labour MP and former Cabinet minister Jack Cunningham has said he will stand down.", None, ("Cabinet",)),
    ],
)
def test_a_portfolio_before_its_post_is_no_name(nlp, text, rejected, kept):
    from kg.extract.mentions import find_mentions

    found: list[str] = []
    names = {mention.text for mention in find_mentions(nlp(text), rejected=found)}
    if rejected is not None:
        assert rejected not in names
        assert "title" in found
    assert set(kept) <= names


@pytest.mark.parametrize(
    ("text", "rejected", "kept"),
    [
        # a language named by a demonym is no group of people (entertainment/342, entertainment/265)
        ('" The eight rediscovered pages consist of vocal pieces in German for soprano and alto, with the seven '
         "movements lasting for a total of between 20 and 25 minutes.", "German", ()),
        ("The musical, which has become a global phenomenon, will be performed in Swedish for the first time.",
         "Swedish", ()),
        # the people, with a determiner or a number: kept (politics/386, tech/401)
        ("The French want the embargo lifted because they want to sell arms to China.", None, ("French",)),
        ("Nearly most of South Koreans are addicted to online games, and one Korean died because of the lack of food.",
         None, ("Korean",)),
    ],
)
def test_a_language_is_no_name(nlp, text, rejected, kept):
    from kg.extract.mentions import find_mentions

    found: list[str] = []
    names = {mention.text for mention in find_mentions(nlp(text), rejected=found)}
    if rejected is not None:
        assert rejected not in names
        assert "language" in found
    assert set(kept) <= names


@pytest.mark.parametrize(
    "text",
    [
        # An illness's short name is no one thing (generic_terms.txt: hiv, aids, tb, sars, mrsa):
        # NER's organisation had made "TB is in England".
        "They claim government figures show that TB in England has increased by 25% over the last 10 years.",
        "A positive test for TB would automatically mean visa applications being turned down.",
    ],
)
def test_an_illness_is_no_name(nlp, text):
    from kg.extract.mentions import find_mentions

    assert "TB" not in {mention.text for mention in find_mentions(nlp(text))}


def test_namelike_a_cue_noun_ner_ran_into_a_name_is_cut(nlp):
    # business/367: NER's PERSON "broadcaster BSkyB's"; the cue noun says what BSkyB is.
    text = ("Bob Murray, chairman of Sunderland FC, has launched a £1.5m ($2.8m) bid for the club "
            "after buying broadcaster BSkyB's stake in the business.")
    found = mention_types(nlp, text)
    assert found.get("BSkyB") is EntityType.ORGANIZATION and "broadcaster BSkyB" not in found
    # politics/407: a slogan's "today" is no description of the name; nothing is cut.
    assert "Brent South" not in mention_types(nlp, 'He was elected in 1987, declaring "today Brent South, tomorrow Soweto".')
