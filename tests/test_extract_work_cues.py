"""Type and label cues on the model: works told by their credits and makers, makers not by
their works (kg.extract.cues), lists of one kind (kg.extract.coordination), people without
"the" or a party word (kg.extract.namelike)."""

from __future__ import annotations

import pytest

from kg.extract.mentions import find_mentions
from kg.types import EntityType as T
from tests.extract_helpers import mention_types


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # A work's credits after its title.
        ("The Last Samurai, starring Tom Cruise, was the biggest foreign movie in Japan.", "Last Samurai", T.WORK),
        # A programme's head word.
        ("Speaking to the BBC's Westminster Hour on Sunday, Mr Kennedy said the election was open.",
         "Westminster Hour", T.WORK),
        # A film biography in apposition.
        ("The Aviator, a film biography of Howard Hughes, was at number six for the weekend.", "Aviator", T.WORK),
        # Its maker before a person's name.
        ("Harry Potter author JK Rowling will receive a special award.", "Harry Potter", T.WORK),
        ("Former Holby City actor Jeremy Edwards said he had voted.", "Holby City", T.WORK),
        ("Hollywood actor Tom Cruise arrived on Monday.", "Hollywood", T.PLACE),  # no work: a place
        # A plural cue noun after a name names what it made, not the name: "Spike Lee movies".
        ("He also appeared in seven Spike Lee movies, including Jungle Fever.", "Spike Lee", T.PERSON),
        # A cue noun after a place's name is in the place; before a name, it is that name's.
        ("The gig will be broadcast from a London venue on Tuesday.", "London", T.CITY),
        ("Freeman, who starred in hit BBC comedy The Office, will play the lead.", "BBC", T.ORGANIZATION),
        # A name is of the kind it is an example of.
        ("The area is close to busy mainline stations such as Kings Cross and Euston.", "Euston", T.FACILITY),
        ("He appeared in seven films, including School Daze and Jungle Fever.", "School Daze", T.WORK),
        # A firm has a chief, a product is a machine.
        ("Jeremy Allaire, chief of Brightcove, told the BBC it would work.", "Brightcove", T.ORGANIZATION),
        ("IBM showed its prototype Blue Gene/L machine on Monday.", "Blue Gene/L", T.PRODUCT),
        # An actor's part is in a work: "his performance (as the character) in X", "a role in X" ...
        ("Foxx is unbeatable for his performance as Ray Charles in Ray.", "Ray", T.WORK),
        ("She won praise for her role in Closer last year.", "Closer", T.WORK),
        # ... not in a place.
        ("She won praise for her role in Paris last year.", "Paris", T.CITY),
        # Songs: an example of hits, a work noun before the name (a noun, or the adjective the
        # parser makes of "single"), a possessive's song.
        ("The Beach Boys had hits such as Kokomo and Surfin' Safari.", "Kokomo", T.WORK),
        ("The band released the single Hey Ya last year.", "Hey Ya", T.WORK),
        ("Their new track Vertigo went straight to number one.", "Vertigo", T.WORK),
        ("She sang his song Angel at the concert.", "Angel", T.WORK),
        # ... but "single" as an adjective of another noun names nothing.
        ("The single European currency was launched in 1999.", "European", None),
        # A product noun after the name: singular after a maker's possessive, or plural
        # after a name NER read as a person's ...
        ("Sony's Qrio robot can dance and sing.", "Qrio", T.PRODUCT),
        ("Operators are selling GPRS phones to business users.", "GPRS", T.PRODUCT),
        # ... but a maker's name before its plural products stays the maker.
        ("Nokia phones are popular in Europe.", "Nokia", T.ORGANIZATION),
        # A drug and a program are products; a company has shares in it.
        ("The firms suspended sales of new multiple sclerosis drug Tysabri on Monday.", "Tysabri", T.PRODUCT),
        ("Users have turned to free programs such as Spybot and Ad-Aware.", "Spybot", T.PRODUCT),
        ("Shares in Elan Corp and Biogen Idec plunged on Monday.", "Biogen Idec", T.ORGANIZATION),
        # What only a company has, after a possessive, outweighs NER's person (no given name) ...
        ("Pernod Ricard's shares fell 1.2% in Paris.", "Pernod Ricard", T.ORGANIZATION),
        # ... but a person with a given name keeps being one, whatever they own.
        ("Martha Stewart's profits fell last year.", "Martha Stewart", T.PERSON),
        # A list of names is of one kind (kg.extract.coordination): banks, though NER reads one as a person ...
        ("Its lawyers now accept ABN Amro, BNP Paribas, Calyon, JP Morgan Chase Bank, and Dresdner Kleinwort Wasserstein were not involved.",
         "Dresdner Kleinwort Wasserstein", T.ORGANIZATION),
        # ... airlines, though NER reads one as a place; a given name keeps its person, a country its place.
        ("Rivals include Germany's Lufthansa, British Airways and Spain's Iberia.", "Iberia", T.ORGANIZATION),
        ("The deal involves Microsoft, Intel and Bill Gates.", "Bill Gates", T.PERSON),
        ("Shares rose in France, Germany and Spain.", "Spain", T.COUNTRY),
        # A place no gazetteer knows joined by "and" to a firm is a firm.
        ('There are a lot of other "middleware" players providing similar management services as Microsoft, '
         "like Myrio and C-Cor.", "Myrio", T.ORGANIZATION),
        # A name joined by "and" to a work a cue read is a work (NER: one firm, cut at "and").
        ("Oscar-nominated movie The Aviator has five producers. The eligible names for The Aviator and Million "
         "Dollar Baby were decided by the producers branch executive committee.", "Million Dollar Baby", T.WORK),
        # A cue noun over a list types all its names, given names too, when NER reads one so ...
        ("The deal hit casino operators London Clubs International, Rank Group and Stanley Leisure.",
         "Stanley Leisure", T.ORGANIZATION),
        # ... but not a list of people under a firms' noun.
        ("Seasoned film-makers Roger Michell, Mike Leigh and Pavel Pavlikowsky challenge them.",
         "Pavel Pavlikowsky", T.PERSON),
        # A device's head word makes a product.
        ("IBM developed the Assistive Mouse Adapter for users.", "Assistive Mouse Adapter", T.PRODUCT),
        # An illness is no entity.
        ("The device helps people with Essential Tremor.", "Tremor", None),
        # People take no "the": "the Tate" is an institution; the "the" of "the Michael Jackson trial" is the trial's.
        ("In March 2004, the Tate managed to raise funds.", "Tate", T.ORGANIZATION),
        ("The Michael Jackson trial began on Monday.", "Michael Jackson", T.PERSON),
    ],
)
def test_work_cues(nlp, text, name, expected):
    assert mention_types(nlp, text).get(name) is expected


@pytest.mark.parametrize(
    ("text", "label", "titles"),
    [
        # A party's or band's word before a person's name is a title, not the name.
        ("Shadow defence secretary and Tory Liam Fox said it was wrong.", "Liam Fox", ("Tory",)),
        ("The late Beatle George Harrison wrote the song.", "George Harrison", ("Beatle",)),
        ("Welshman Ray Reardon won the title.", "Ray Reardon", ()),
        # A given name stays: "Mary Ann Smith".
        ("Mary Ann Smith spoke to reporters.", "Mary Ann Smith", ()),
    ],
)
def test_person_labels_without_party_words(nlp, text, label, titles):
    people = [(m.text, m.titles) for m in find_mentions(nlp(text), sport=frozenset()) if m.type is T.PERSON]
    assert people == [(label, titles)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Two titles NER read as one, after a capital "The": cut at the "and".
        ("The eligible names for The Aviator and Million Dollar Baby were decided by the committee.", {"Aviator", "Million Dollar Baby"}),
    ],
)
def test_two_titles_are_two_names(nlp, text, names):
    found = {mention.text for mention in find_mentions(nlp(text), sport=frozenset())}
    assert names <= found and not any(" and " in name for name in found)


def test_a_name_cut_at_a_missed_sentence_break_leaves_the_stop(nlp):
    text = "Other nominees include OutKast, Hoobastank and Jay-Z. Soul singer Stevie Wonder will receive an award."
    names = {mention.text for mention in find_mentions(nlp(text), sport=frozenset())}
    assert "Jay-Z" in names and not any(name.endswith(".") for name in names)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A party's adjective before a noun names the party, whether NER saw it or not.
        ("Conservative leader Michael Howard has admitted he used cannabis.", True),
        ("Tory MPs voted against the plan.", True),
        # A plain adjective is no party.
        ("The conservative estimate was lower.", False),
    ],
)
def test_party_adjectives_name_the_party(nlp, text, found):
    mentions = [m for m in find_mentions(nlp(text), sport=frozenset()) if m.text.lower() in {"conservative", "tory"}]
    assert bool(mentions) is found


def test_a_place_no_gazetteer_knows_beside_a_player_is_a_player(nlp):
    """In a sports report a name NER read as a place, joined by a comma to a person
    with a given name, is a person (kg.extract.coordination); elsewhere it stays."""
    text = ("Arsene Wenger has pledged to keep faith with stand-in keeper Manuel Almunia. \"If you look at my career, "
            "you will see that I have left many big players out for a long time. I've done it with Dennis Bergkamp, "
            "Kanu, everybody.\"")
    sport = mention_types(nlp, text, frozenset({"sport", "football"}))
    other = mention_types(nlp, text)
    assert (sport.get("Kanu"), other.get("Kanu")) == (T.PERSON, T.PLACE)
