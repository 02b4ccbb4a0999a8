"""A firm's name NER found once is found again where it is a verb's subject (kg.extract.repeats).
Sentences from BBC business and technology articles (index 200 and up)."""

from __future__ import annotations

from kg.extract.mentions import find_mentions
from kg.types import EntityType as T


def _found(nlp, text: str, name: str) -> list[tuple[int, T]]:
    return [(mention.start, mention.type) for mention in find_mentions(nlp(text)) if mention.text == name]


def test_a_firm_named_once_is_the_subject_where_ner_missed_it(nlp):
    """The cue noun makes "Macrovision" a firm once; NER misses "Macrovision said", the firm speaking."""
    text = (
        "DVDs will be harder to copy thanks to new anti-piracy measures devised by copy protection firm Macrovision. "
        'Macrovision said RipGuard was designed to plug the "digital hole" that was created by so-called DeCSS ripper software.'
    )
    said = text.index("Macrovision said")
    assert (said, T.ORGANIZATION) in _found(nlp, text, "Macrovision")


def test_a_repeat_inside_a_longer_name_is_no_new_mention(nlp):
    """ "The Commodore 64" is the computer, not Commodore the firm."""
    text = (
        "Commodore International filed for bankruptcy in 1994. "
        "The Commodore 64, launched in 1982, was one of the first affordable home PCs."
    )
    assert text.index("Commodore 64") not in [start for start, _ in _found(nlp, text, "Commodore")]


def test_a_lone_surname_ner_missed_is_the_person_named_in_full(nlp):
    """NER labels "Lindsay Davenport" and misses "Davenport was speaking" (sport/438)."""
    text = (
        "World number one Lindsay Davenport has criticised Wimbledon over the issue of equal prize money for women. "
        "Davenport was speaking following the announcement that this week's Dubai Duty Free event will join the "
        "Australian Open in offering equal prize money."
    )
    assert (text.index("Davenport was"), T.PERSON) in _found(nlp, text, "Davenport")


def test_a_surname_the_tagger_reads_as_a_plural_noun(nlp):
    """ "Morientes, 28, has already expressed": tagged NNS, still the striker (sport/274)."""
    text = (
        "Meanwhile, Gerrard has urged the Anfield board to sign Real Madrid striker Fernando Morientes in the January "
        "transfer window. Morientes, 28, has already expressed a willingness to come to England."
    )
    assert (text.index("Morientes, 28"), T.PERSON) in _found(nlp, text, "Morientes")


def test_a_surname_two_people_share_is_no_ones():
    """politics/212 names John Howard and Michael Howard: a lone "Howard" may be either."""
    from kg.extract.repeats import _sole_surnames
    from kg.records import Mention

    found = [(Mention(0, 11, name, T.PERSON, 0), (0, 2)) for name in ("John Howard", "Michael Howard", "Lynton Crosby")]
    assert _sole_surnames(found) == {"crosby"}


def test_a_firm_ner_also_read_as_a_place_is_found_as_subject(nlp):
    """NER reads "Electrolux's" as a place (GPE) in one sentence and an organisation in another;
    the firm's name it missed as the first sentence's subject is the firm (business/058, shortened)."""
    text = (
        "Electrolux saw its shares rise 14% on Tuesday after it said it would be shifting more of its "
        "manufacturing to low-cost countries. The Newton Aycliffe plant could also be affected by Electrolux's "
        "separate announcement that it is to spin-off its outdoor products unit. Electrolux's subsidiary brands "
        'include AEG, Zanussi and Frigidaire. "We see that about half the plants are at risk," said Electrolux '
        "chief executive Hans Straberg."
    )
    assert (0, T.ORGANIZATION) in _found(nlp, text, "Electrolux")


def test_a_name_also_typed_a_city_is_no_firm_subject(nlp):
    """Only the bare Place NER gives an unknown name joins a firm's reading; a name the
    gazetteer types a city somewhere is left alone where NER missed it as a subject."""
    from kg.extract.repeats import repeated_names
    from kg.extract.words import Words
    from kg.records import Mention

    doc = nlp("Sales at Saronno rose. The Saronno plant is big. Saronno has grown fast.")
    words = Words(doc)
    firm = Mention(9, 16, "Saronno", T.ORGANIZATION, 0)
    for other in (T.CITY, T.PLACE):
        town = Mention(27, 34, "Saronno", other, 1)
        found = repeated_names([(firm, (2, 3)), (town, (6, 7))], words)
        added = [mention.start for mention, _ in found[2:]]
        assert (49 in added) is (other is T.PLACE)
