"""Speech verbs before their speaker, with a particle, and coordinated speakers
(``kg.extract.speechverbs`` through ``kg.extract.quotes``), and occupation speakers
resolved only when one person fits (``kg.resolve.epithets.occupation_holder``), on
the shared pipeline."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.nlp import parse
from kg.records import Document
from kg.resolve import resolve


def _speech(nlp, text: str) -> set[tuple[str | None, str, str]]:
    document = Document(id="t", text=text)
    ((_, doc),) = list(parse(nlp, [document]))
    return {(s.speaker.text if s.speaker else None, s.cue, text[s.content[0] : s.content[1]])
            for s in extract(document, doc).speech}


def _speakers(nlp, text: str) -> list[str | None]:
    document = Document(id="t", text=text, date="2005-02-01")
    ((_, doc),) = list(parse(nlp, [document]))
    part = resolve(extract(document, doc))
    labels = {entity.key: entity.label for entity in part.entities}
    return [labels.get(quote.speaker) if quote.speaker else None for quote in part.quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # inverted order, a verb of emphasis
        ('"This is only a trial run," underlined Mr Okafor.', ("Mr Okafor", "underline", "This is only a trial run")),
        ('"We will not move an inch," reiterated Ms Lindqvist.',
         ("Ms Lindqvist", "reiterate", "We will not move an inch")),
        # a verb with its particle, inverted and in reported speech
        ('"The costs have doubled," pointed out Mr Haddad.', ("Mr Haddad", "point out", "The costs have doubled")),
        ("Mr Haddad pointed out that the costs had doubled.", ("Mr Haddad", "point out", "the costs had doubled")),
        # a verb that only ever stands beside a quotation
        ('"Not in my lifetime," retorted the chairman.', ("the chairman", "retort", "Not in my lifetime")),
    ],
)
def test_speech_verbs_before_their_speaker(nlp, text, expected):
    assert expected in _speech(nlp, text)


def test_point_without_its_particle_is_no_speech(nlp):
    assert _speech(nlp, "Mr Haddad pointed to the costs, which had doubled.") == set()


@pytest.mark.parametrize("text", ["Martyn denied the England striker with a fine save.",
                                  "The keeper denied Rooney a second goal in the last minute."])
def test_denying_someone_is_no_speech(nlp, text):
    assert _speech(nlp, text) == set()


def test_denying_something_is_speech(nlp):
    assert _speech(nlp, "The minister denied the claims on Monday.") == {
        ("The minister", "deny", "the claims on Monday")}


@pytest.mark.parametrize("text", ['Alan Milburn accused Michael Howard of producing a "fraudulent prospectus".',
                                  'The chairman accused the striker of "cheating" the club.',
                                  "The Tories accused the prime minister and his chancellor of squabbling."])
def test_accusing_someone_of_something_is_speech(nlp, text):
    (speech,) = _speech(nlp, text)
    assert speech[1] == "accuse"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Neither Mr Hale nor Ms Grant would say whether the deal was off.",
         {("Mr Hale", "say", "whether the deal was off"), ("Ms Grant", "say", "whether the deal was off")}),
        ("Mr Patel and Ms Moreau insisted the merger would go ahead.",
         {("Mr Patel", "insist", "the merger would go ahead"), ("Ms Moreau", "insist", "the merger would go ahead")}),
        ('"We are staying," said Mr Patel and Ms Moreau.',
         {("Mr Patel", "say", "We are staying"), ("Ms Moreau", "say", "We are staying")}),
        # "or" does not say who spoke
        ("Mr Patel or Ms Moreau will announce the result on Friday.", set()),
    ],
)
def test_each_coordinated_speaker_speaks(nlp, text, expected):
    assert _speech(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parse reads the second word of a two-word role as an adverb of the verb
        ('"It will be a hard game," said the lock forward.', ("the lock forward", "say", "It will be a hard game")),
    ],
)
def test_a_two_word_role_is_the_whole_speaker(nlp, text, expected):
    assert expected in _speech(nlp, text)


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # one person the sentences before are about: the occupation, with its modifiers, is them
        ("Robert Sidoli has recovered from a long injury and returns to the side. "
         '"It will not be a pretty game," said the giant lock.', ["Robert Sidoli"]),
        # two people act in the sentences before, and a speaker before them: no one
        ("Ms Grant, the union's chief executive, said tickets had sold out. Wales coach Mike Ruddock named his "
         'side on Tuesday, with Brent Cockbain returning. "It will not be a pretty game," said the lock forward.',
         ["Grant", None]),
    ],
)
def test_an_occupation_speaker_is_the_one_person_who_fits(nlp, text, speakers):
    assert _speakers(nlp, text) == speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Any verb that a subject alone brings after a quotation ending in "?" or ",".
        ('Mr Okafor answered first. "Would you ever sign such a cheque?" Ms Lindqvist pressed.',
         ("Ms Lindqvist", "press", "Would you ever sign such a cheque?")),
        ('"This is a scandal," Mr Haddad fumed.', ("Mr Haddad", "fume", "This is a scandal")),
    ],
)
def test_a_subject_and_its_verb_after_a_quotation_attribute_it(nlp, text, expected):
    assert expected in _speech(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # A full stop ends the quotation's sentence: what follows is the writer's.
        'Mr Okafor spoke first. "We will win the cup." Ms Lindqvist laughed.',
        # A verb with an object does something else.
        '"Would you sign it?" Ms Lindqvist asked the banker, who signed the cheque.',
    ],
)
def test_no_attribution_by_a_verb_that_is_not_the_quotation_s(nlp, text):
    assert not any(speaker == "Ms Lindqvist" and cue in ("laugh", "sign") for speaker, cue, _ in _speech(nlp, text))


def test_a_description_that_a_verb_follows_is_no_apposition_of_the_place_before(nlp):
    # "in Denmark, the company said": the company speaks, and it is no Denmark.
    text = "Drinks firm Diageo is to close its bottling plant in Denmark, the company said on Monday."
    assert _speakers(nlp, text) == ["Diageo"]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # BBC politics: the parse hangs "adding" on "given", inside what Campbell said
        ("Lib Dem foreign affairs spokesman Menzies Campbell said a win by Mr Kerry would have given "
         "Mr Blair the chance of a fresh start, adding it was almost as if there was an \"umbilical cord\" "
         "between Mr Bush and the UK premier.", "Lib Dem foreign affairs spokesman Menzies Campbell",
         "it was almost as if"),
        ("The minister said the plan would cost jobs, adding that it was unfair.", "The minister", "it was unfair"),
    ],
)
def test_the_one_adding_is_the_one_who_said(nlp, text, speaker, content):
    added = [(who, said) for who, cue, said in _speech(nlp, text) if cue == "add"]
    assert len(added) == 1 and added[0][0] == speaker and added[0][1].startswith(content)


def test_what_was_said_ends_where_the_adding_begins(nlp):
    # BBC business: the parse hangs "adding" inside what Novartis said
    text = "Novartis said that it would merge a number of departments, adding that there may be job cuts."
    said = {(cue, content) for _who, cue, content in _speech(nlp, text)}
    assert said == {("say", "it would merge a number of departments"), ("add", "there may be job cuts")}


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Separately, the world's largest package delivery company, UPS, said it had placed an order for 10 "
         "Airbus A380 superjumbo freight-carrying jets.", "UPS", "it had placed an order for 10 Airbus A380 "
         "superjumbo freight-carrying jets"),
        ("The world's biggest tobacco consumer, China, has said it will not allow any new tobacco factories to be built.",
         "China", "it will not allow any new tobacco factories to be built"),
    ],
)
def test_a_described_speaker_is_the_name_apposed_to_it(nlp, text, speaker, content):
    assert (speaker, "say", content) in _speech(nlp, text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # BBC politics: the parse gives "said" two subjects, the description and the name
        ("The charity's head of HIV/Aids in Britain, Simon Wright said: \"While encouraging the pharmaceutical "
         "industry to discover an HIV vaccine is important, a failure to act now would be wrong.\"", "Simon Wright"),
        ("Veteran Labour MP and former Cabinet minister Jack Cunningham has said he will stand down at the next "
         "election.", "former Cabinet minister Jack Cunningham"),
        # BBC tech: the name apposed to the organisation is the spokesman's; no person is an organisation
        ("A spokesman for US Immigration, Customs and Enforcement, Dean Boyd, said DOD did not appear to be "
         "motivated by money.", "Dean Boyd"),
    ],
)
def test_a_name_split_from_its_description_before_the_verb_is_the_speaker(nlp, text, speaker):
    assert {who for who, cue, _ in _speech(nlp, text) if cue == "say"} == {speaker}


def test_a_name_the_speaker_speaks_for_is_no_speaker(nlp):
    text = "A spokesman for Tony Blair said the plan was sound."
    assert {who for who, _, _ in _speech(nlp, text)} == {"A spokesman for Tony Blair"}


def test_a_subject_hung_on_the_clause_before_speaks_after_but(nlp):
    # BBC tech: the parse makes "his lawyer" a conjunct of "leaders" and leaves "told" with no subject
    text = ("US Customs claimed Mr Griffiths was one of DOD's leaders but his lawyer, Antony Townsden, told the BBC "
            "News website it was a laughable suggestion.")
    assert _speech(nlp, text) == {("US Customs", "claim", "Mr Griffiths was one of DOD's leaders"),
                                  ("Antony Townsden", "tell", "it was a laughable suggestion")}
    # BBC sport: "and Kirwan says", after a clause of the two sides
    text = ("The two sides, both without a win, meet on 12 March at Twickenham and Kirwan says his side will be hoping "
            "to make the most of England's current slump.")
    assert {who for who, cue, _ in _speech(nlp, text) if cue == "say"} == {"Kirwan"}


def test_the_one_predicting_is_the_one_who_said_not_the_thing_said_of(nlp):
    # BBC entertainment: the parse hangs "predicting" on "had", inside what Jolin said of the film
    text = ("Empire magazine's reviews editor Dan Jolin said the film had \"a very good chance\" of doing well on "
            "Saturday, predicting that it would collect five or six awards.")
    predicted = [(who, said) for who, cue, said in _speech(nlp, text) if cue == "predict"]
    assert predicted == [("Empire magazine's reviews editor Dan Jolin", "it would collect five or six awards")]
    assert ("Empire magazine's reviews editor Dan Jolin", "say", 'the film had "a very good chance" of doing well on '
            "Saturday") in _speech(nlp, text)  # what was said ends where the predicting begins


def test_a_participle_after_a_named_subject_stays_its_own(nlp):
    # after a name the parse's reading stands: the minister may be the one saying it
    text = "The spokesman said Mr Reid had resigned on Monday, saying he wanted to spend more time with his family."
    assert ("Mr Reid", "say", "he wanted to spend more time with his family") in _speech(nlp, text)


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        # BBC business: an attribution put in between the market and "warned"
        ("The cross-Channel truck market is improving, Eurotunnel said, but warned that it was not benefiting since "
         "much of the traffic was in containers destined for ports.", "Eurotunnel", "warn"),
        # BBC politics: an absolute "with X V-ing" between the trouble and "saying"
        ("The trouble began on the Wright Stuff show, with Maria Hutchings marching up to him, saying \"Tony, that's "
         "rubbish\" as she tried to complain about her autistic son's school being threatened with closure.",
         "Maria Hutchings", "say"),
    ],
)
def test_a_speech_verb_with_no_subject_goes_on_from_the_name_nearer_it(nlp, text, speaker, cue):
    # (an attribution set between commas quotes what comes before it too: kg.extract.interposed)
    assert [(who, said_by) for who, said_by, _ in _speech(nlp, text) if said_by == cue] == [(speaker, cue)]
