"""Teams and bands as "they" (``kg.resolve.collectives``; a speaker's team: "Chelsea's William
Gallas believes they"), the reporter's own "he" (``kg.resolve.reporters``), opening descriptions named next (``kg.resolve.forward``) and "he"
after a description of a person (``kg.resolve.pronouns``)."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.nlp import parse
from kg.records import Argument, Document, Proposition
from kg.resolve import resolve
from kg.resolve.coref import Linker
from kg.resolve.pronouns import _capitalised_subjects


def _agents(nlp, text: str, lemma: str) -> list[str | None]:
    """The labels of the agents of every event of ``lemma`` (``None``: no entity)."""
    document = Document(id="t", text=text, date="2005-02-13", source="t.txt")
    ((_, doc),) = list(parse(nlp, [document]))
    graph = resolve(extract(document, doc))
    labels = {entity.key: entity.label for entity in graph.entities}
    return [labels.get(p.entity) if p.entity else None
            for event in graph.events if event.lemma == lemma for p in event.participants if p.role == "agent"]


@pytest.mark.parametrize(
    ("text", "lemma", "agent"),
    [
        # A band given a plural verb: "they" is the band.
        ("The band U2 were formed in Dublin in 1976. They released two singles in 1979.", "release", "U2"),
        # A country given a plural verb is its team: "they" is it.
        ("Ireland are unbeaten in the Six Nations this season. They beat Italy on Saturday.", "beat", "Ireland"),
    ],
)
def test_collective_named_with_a_plural_verb_is_they(nlp, text, lemma, agent):
    assert _agents(nlp, text, lemma) == [agent]


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        # A country given a singular verb is the state: never "they".
        ("Ireland is a republic in Europe. They beat Italy on Saturday.", "beat"),
        # A company given "is": no collective.
        ("Microsoft is based in Seattle. They released a new phone on Monday.", "release"),
        # Another team named in the clause: "they" could be either.
        ("Ireland are unbeaten in the Six Nations after a win over Wales. They beat Italy on Saturday.", "beat"),
        # Another team named between, if only as a modifier: "they" could be Wales.
        ("Ireland are unbeaten in the Six Nations this season, and Wales coach Mike Ruddock admitted his side "
         "were nervous. They beat Italy on Saturday.", "beat"),
        # A plural object in the collective's clause: the players as well as the band.
        ("The band U2 were joined by three session players in Dublin. They released two singles in 1979.", "release"),
        # A plural noun that is no entity's, object of the clause: "they" may be it.
        ("Humanitarian groups in Darfur have been making good use of Respond's maps. They have come in especially "
         "handy during Sudan's rainy season.", "come in"),
    ],
)
def test_collective_with_no_plural_verb_or_a_rival_stays_unresolved(nlp, text, lemma):
    assert _agents(nlp, text, lemma) in ([], [None])


# BBC sport/209, its sport words kept so that it reads as a sports report (clubs, not firms).
_GALLAS = ("Gallas sees two-horse race\n\nChelsea's William Gallas {} in the coming months.\n\n\"You need a bit of "
           "both but it will be as hard for the Arsenal players as it is for the Chelsea boys. But you never know what "
           "is going to happen in football - two seasons ago Manchester United picked up so many points towards the "
           "end of the season when they won the title.\" Gallas has been given extra confidence by the impact manager "
           "Jose Mourinho has had since taking over as manager during the summer.")


@pytest.mark.parametrize(
    ("text", "lemma", "agent"),
    [
        # A team whose name looks plural is a collective all the same (BBC sport/221).
        ("Lennon wary of Rangers\n\nCeltic's Neil Lennon admits Rangers could be considered slight favourites for "
         "the Old Firm CIS Cup clash. Lennon concedes Rangers are in good form at the moment, but they have failed "
         "to beat Celtic in their last seven meetings.", "beat", "Rangers"),
        # A speaker named with his team before him speaks of it as "they" (BBC sport/209).
        (_GALLAS.format("believes they will battle it out with Arsenal for the Premiership"), "battle out", "Chelsea"),
    ],
)
def test_a_team_is_they(nlp, text, lemma, agent):
    assert _agents(nlp, text, lemma) == [agent]


def test_a_speaker_s_team_is_not_they_when_another_team_comes_between(nlp):
    text = _GALLAS.format("says Arsenal are playing well and they will win the Premiership")
    assert "Chelsea" not in _agents(nlp, text, "win")


def _speakers(nlp, text: str) -> list[str | None]:
    document = Document(id="t", text=text, date="2005-02-13", source="t.txt")
    ((_, doc),) = list(parse(nlp, [document]))
    graph = resolve(extract(document, doc))
    labels = {entity.key: entity.label for entity in graph.entities}
    return [labels.get(quote.speaker) if quote.speaker else None for quote in graph.quotes]


def test_they_speaks_for_no_body_when_a_plural_noun_stands_between(nlp):
    # "they" are the councils, not the broadcaster named a sentence before
    text = ("Council tax in Scotland is set to rise by about 4%, BBC Scotland has learned. The finance minister has "
            "urged councils to limit increases but they have warned that they will struggle to maintain services.")
    assert "BBC Scotland" not in _speakers(nlp, text)
    # with no such noun, the body is still the one that speaks
    text = "Cosla said it would work with the executive. They said the plans would see councils lose money."
    assert _speakers(nlp, text) == ["Cosla", "Cosla"]


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        # The reporter's own "he": two men in reach, but the one who says it is meant.
        ("Mr Smith met Mr Jones in Geneva on Monday. Mr Jones said he had signed the treaty.", ["Jones"]),
        # "that" and an adverbial between the cue and the pronoun change nothing.
        ("Mr Smith met Mr Jones in Geneva on Monday. Mr Jones said that, on Tuesday, he had signed the treaty.",
         ["Jones"]),
        # A quoted "he" is someone the speaker talks about.
        ('Mr Smith met Mr Jones in Geneva on Monday. Mr Jones said: "He signed the treaty."', [None]),
        # Another man, subject of what is reported before the pronoun: either.
        ("Mr Smith met Mr Jones in Geneva on Monday. Mr Jones said Mr Brown had left and he had signed the treaty.",
         [None]),
        # Another man named between the reporter and the pronoun: either.
        ("Mr Smith met Mr Jones in Geneva on Monday. Mr Jones told Mr Smith he had signed the treaty.", [None]),
        # A woman does not report her own "he": the one man in reach.
        ("Mr Smith met Mrs Jones in Geneva on Monday. Mrs Jones said he had signed the treaty.", ["Smith"]),
    ],
)
def test_reporter_own_pronoun(nlp, text, agents):
    assert (_agents(nlp, text, "sign") or [None]) == agents


@pytest.mark.parametrize(
    ("text", "lemma", "agents"),
    [
        # The opening description is the person the next sentence opens on.
        ("A former finance director has resigned after a row over pay. John Carter said he had been treated "
         "unfairly.", "resign", ["John Carter"]),
        # ... or the organisation.
        ("Oil prices rose on Thursday after an energy watchdog raised its forecasts. The International Energy "
         "Agency said demand would grow.", "raise", ["International Energy Agency"]),
        # A role written as a title may stand before the name (entertainment/346) ...
        ("The woman behind the Abba musical Mamma Mia! has joined a list of British-based music millionaires. "
         "Producer Judy Craymer is the highest new entry in the list.", "join", ["Judy Craymer"]),
        # ... but no other words: "Her friend" is no title of the one the description means (no one: no event) ...
        ("The woman behind the Abba musical Mamma Mia! has joined a list of British-based music millionaires. "
         "Her friend Judy Craymer is the highest new entry in the list.", "join", []),
        # ... nor another role than the description's (a caption, then the country's president): it stays itself.
        ("A Kazakhstan soldier guards an area as peacekeepers prepare to attend the official ceremony. "
         "President Kassym-Jomart Tokayev has blamed the unrest on terrorists.", "guard", ["Kazakhstan soldier"]),
        # Two descriptions of people in the opening sentence: the name may be either's.
        ("A man attacked a woman in a park on Monday. John Carter was arrested on Tuesday.", "attack", []),
        # ... but one inside what the described did, the circumstance of its event, is no rival.
        ("An ex-chief financial officer at Boeing has received a four-month jail sentence for illegally hiring a "
         "top Air Force aide. Michael Sears admitted his guilt.", "hire", ["Michael Sears"]),
        # Someone named before: the description could be anyone, the next name no evidence.
        ("Peter Jones spoke to reporters on Monday. A former finance director has resigned after a row over pay. "
         "John Carter said he had been treated unfairly.", "resign", []),
        # The next sentence opens on something else: no link, the description stays itself.
        ("Oil prices rose on Thursday after an energy watchdog raised its forecasts. Analysts said the "
         "International Energy Agency was right.", "raise", ["energy watchdog"]),
        # A description a place's name opens, as a possessor, links forward too ...
        ("Scotland's justice minister has warned bigoted soccer fans that she wants to hit them \"where it hurts "
         "most\" by banning them from matches. Cathy Jamieson said exclusion orders are one of a series of measures.",
         "warn", ["Cathy Jamieson"]),
        # ... and a name of the same kind in its sentence ("the London Stock Exchange") is no rival description.
        ("China's national airline is to make its overseas stock market debut with a dual listing in London and "
         "Hong Kong, the London Stock Exchange (LSE) has said. Air China plans to raise $1bn (£514m) from the "
         "flotation.", "make debut", ["Air China"]),
    ],
)
def test_opening_description_is_the_name_of_the_next_sentence(nlp, text, lemma, agents):
    assert [agent for agent in _agents(nlp, text, lemma) if agent] == agents


_CHANCELLOR = ("Chancellor Gordon Brown arrived in Kenya on Monday. Aid groups welcomed the visit. {} held talks in "
               "Nairobi. The chancellor said the talks went well. He promised more aid for farmers.")


@pytest.mark.parametrize(
    ("who", "agents"),
    [
        # The chancellor, in reach, is the one man "he" may be, though his name is not.
        ("Kenyan officials", ["Gordon Brown"]),
        # A man named in reach is a rival of the man the description stands for.
        ("Mr Smith", []),
    ],
)
def test_he_after_a_description_of_a_person(nlp, who, agents):
    assert [agent for agent in _agents(nlp, _CHANCELLOR.format(who), "promise") if agent] == agents


@pytest.mark.parametrize(
    "text",
    [
        # A name that heads the phrase is no small clause's predicate: the maker is no agent.
        "The Sony PSP went on sale in Japan last week.",
        # "England A": the second side, not the country.
        "Bell was among the tryscorers when England A beat France A in Bath.",
        # A name that only modifies a noun ("Sizzla's UK tour") is no one "it" may be.
        "Sizzla's UK tour was cancelled after Scotland Yard's Racial and Violent Crime taskforce announced it was "
        "examining lyrics by eight reggae artists.",
        # "Members of Britain's biggest union": Britain owns the union, the members are no one's agents.
        "Members of Britain's biggest union voted to strike on Monday.",
    ],
)
def test_a_name_before_a_name_head_is_no_agent(nlp, text):
    document = Document(id="t", text=text, date="2005-02-13", source="t.txt")
    ((_, doc),) = list(parse(nlp, [document]))
    graph = resolve(extract(document, doc))
    labels = {entity.key: entity.label for entity in graph.entities}
    agents = [labels.get(p.entity) for event in graph.events for p in event.participants if p.role == "agent"]
    assert not {"Sony", "England", "United Kingdom"} & set(agents), agents


def test_a_name_before_its_kind_is_the_speaker(nlp):
    # "Broadcast magazine said": the magazine is Broadcast ("magazine" a kind, type_cues.tsv)
    text = 'Broadcast magazine said: "British TV never realised how low it could go."'
    assert _speakers(nlp, text) == ["Broadcast"]


def _role_labels(nlp, text: str, lemma: str, role: str) -> list[str | None]:
    """The labels of the participants in ``role`` of every event of ``lemma`` (``None``: no entity)."""
    document = Document(id="t", text=text, date="2005-02-13", source="t.txt")
    ((_, doc),) = list(parse(nlp, [document]))
    graph = resolve(extract(document, doc))
    labels = {entity.key: entity.label for entity in graph.entities}
    return [labels.get(p.entity) if p.entity else None
            for event in graph.events if event.lemma == lemma for p in event.participants if p.role == role]


def test_a_subject_ner_missed_is_a_candidate_of_him(nlp):
    # "Day-Lewis" of the second sentence is no name to NER, but the man named in full earlier:
    # he is as good an antecedent of "him" as Martin Scorsese, named only as the film's possessor.
    text = ("Actor Daniel Day-Lewis is to be presented with an award for his career in film at the Berlin Film Festival."
            "\n\nThe 47-year-old, whose credits include his Oscar-winning performance in My Left Foot, will be presented "
            "with the Berlinale Camera award on 15 February. The honour, awarded since 1986, honours figures in cinema "
            "that the festival feels \"particularly indebted to\". Man to Man, a historical epic starring Kristin Scott "
            "Thomas, opens the German festival on 10 February. A candid documentary about the life and career of singer "
            "George Michael, A Different Story will also be screened at the 10-day event. '\n\nDay-Lewis has competed "
            "four times at the Berlin Film Festival, with films In The Name Of The Father (1994), The Crucible (1997), "
            "The Boxer (1998) and Martin Scorsese's Gangs Of New York (2003). The festival praises him for his "
            "\"sensational start\" with roles in My Beautiful Launderette and costume classic A Room With A View.")
    assert "Martin Scorsese" not in _role_labels(nlp, text, "praise", "theme")


def test_a_subject_ner_missed_is_a_rival_of_the_man_named_before(nlp):
    # "Pearce initially joined" is no name to NER: "He was promoted" may be Pearce as well as Keegan.
    text = ("Joint assistant boss Stuart Pearce has admitted he would like to succeed Kevin Keegan as manager at "
            "Manchester City.\n\nKeegan has decided to step down as City manager when his contract comes to an end in "
            "18 months. \"You don't have to be Einstein to realise there will be a manager's job available at a really "
            "good club,\" Pearce told BBC GMR. \"I will certainly be applying for it, although whether the board deem "
            "me good enough to take it, I do not know.\" Pearce initially joined City as a player under Keegan in 2001 "
            "before becoming part of the coaching staff. He was promoted to joint assistant-manager following the "
            "departure of Arthur Cox last summer.\n\nThe former England defender had a year as player-boss with "
            "Nottingham Forest eight seasons ago but has made no secret of his desire to have another crack at the "
            "job. He was linked with the manager's job at Oldham and Keegan has stated he would not get in the way if "
            "Pearce wanted to leave.")
    assert "Kevin Keegan" not in _role_labels(nlp, text, "promote", "patient")


def test_a_subject_in_a_speakers_words_is_no_candidate_of_he(nlp):
    # "Nas" of the quote is no name to NER, and "50 Cent" no person's: the "he" who said it is not Nas.
    text = ("US rap star 50 Cent has said he has thrown protege The Game out of his G-Unit gang in a feud that ha"
            "s apparently involved two shootings.\n\nIn a radio interview on Monday, 50 Cent said the newcomer wa"
            "s disloyal in conflicts with other rappers. A man was shot in the thigh outside New York's Hot 97 st"
            "udios while 50 Cent was on air. More shots were fired outside his management offices two hours later"
            ". 50 Cent appeared on The Game's debut album, which was number one in the US. 50 Cent, whose second "
            "album is about to be released after his debut made him one of hip-hop's biggest stars, has been invo"
            "lved in recent rivalries with fellow artists including Fat Joe, Nas and Jadakiss.\n\nHe has claimed "
            "credit for the success of The Game, who has become the hottest new star on the rap scene. Both were "
            "drug dealers and were shot before turning to music.\n\nIn an interview with Hot 97 on Saturday, The "
            "Game described some of 50 Cent's rivals as \"my friends\" and said he would not turn on them. \"Nas "
            "is one of my friends, and Jada's really a homie,\" he said. \"50's beef is 50's beef and I really do"
            "n't know where all this stems from.\" When 50 Cent appeared on the same station two days later, he s"
            "aid The Game was no longer a member of G-Unit. \"Every record he's selling is based on me being on h"
            "is record with him,\" he said.")
    document = Document(id="t", text=text, date="2005-02-13", source="t.txt")
    ((_, doc),) = list(parse(nlp, [document]))
    graph = resolve(extract(document, doc))
    labels = {entity.key: entity.label for entity in graph.entities}
    assert "Nas" not in {labels.get(quote.speaker) for quote in graph.quotes if quote.speaker}


def test_an_infinitive_s_subject_does_not_speak_next(nlp):
    # BBC business: the bank that challenged said it, not Yukos, the subject of "to claim"
    text = ("German investment bank Deutsche Bank has challenged the right of Yukos to claim bankruptcy protection in "
            "the US.\n\nIn a court filing on Tuesday, it said the Russian oil giant has few Texas ties beyond bank "
            "accounts and a Texas-based finance chief. Deutsche Bank claimed Yukos had artificially manufactured a "
            "legal case to stop the sale of its main asset. It had wanted to help fund Gazprom's plans for a $10bn "
            "(£5.18bn) bid for Yukos unit Yuganskneftegas.")
    assert _speakers(nlp, text)[0] == "Deutsche Bank"


def test_they_in_what_unnamed_reporters_said_is_them(nlp):
    # BBC politics: "they" are the 61% polled, not a party named a sentence before
    text = ("Both the Tories and the Lib Dems are keen to emphasise a perceived lack of trust in Tony Blair. But "
            "according to the BBC poll, 61% said the issue of trust made no difference to whether or not they "
            "would vote at the next election.")
    assert _agents(nlp, text, "vote") == []


def test_it_as_an_object_may_be_the_object_before(nlp):
    # BBC tech: "it" that the parties opposed is the proposal, not Poland
    text = ("Poland has rejected the proposal and Germany's main political parties have opposed it, but there is not "
            "enough opposition to guarantee their rejection.")
    assert "Poland" not in _role_labels(nlp, text, "oppose", "theme")


def _linker_of(text: str) -> Linker:
    """A linker of ``text``, one sentence, no names, whose one clause's subject is its first word."""
    first = text.split()[0]
    subject = Argument(first, 0, len(first), 0, len(first))
    clause = Proposition(subject=subject, relation="said", key="say", object=None, sentence=(0, len(text)), kind="svo",
                         confidence=0.5)
    return Linker(text=text, clusters=[], names=[], descriptions=[], sentence_starts=[0], clauses=[clause])


def test_the_subjects_read_for_one_document_are_not_another_s():
    # The capitalised subjects "he" and "him" may mean are read once per document
    # (kg.resolve.pronouns._capitalised_subjects), never taken from the document read before.
    assert _capitalised_subjects(_linker_of("Weston said so.")) == [(0, 0, "Weston")]
    kept = _linker_of("Hale said no.")
    assert _capitalised_subjects(kept) == [(0, 0, "Hale")]
    assert _capitalised_subjects(_linker_of("it said so.")) == []
    assert _capitalised_subjects(kept) == [(0, 0, "Hale")]


@pytest.mark.parametrize(
    ("text", "lemma", "agents"),
    [
        # The object that does the infinitive is never the verb's own subject (that is "itself").
        ("Atticus Capital, holding 2% of Deutsche Boerse, wants it to buy back its own shares.", "buy back", []),
        ("It also said the Indian government had told it to pay a production tax.", "pay", []),
        ("The unions met the bosses. The unions urged them to raise wages.", "raise", []),
        # The subject of a finite reported clause is the reporter's own "it".
        ("Microsoft said it would stop selling the software.", "sell", ["Microsoft"]),
    ],
)
def test_the_object_of_want_or_tell_is_not_its_subject(nlp, text, lemma, agents):
    assert _agents(nlp, text, lemma) == agents


@pytest.mark.parametrize(
    ("text", "lemma", "agents"),
    [
        # A party's plural name says "they" is it.
        ("The Lib Dems say they would fund free personal care by a new 50% tax rate.", "fund", ["Liberal Democrats"]),
        ("The Tories claim they can improve services through efficiency savings, although there is little chance "
         "they will cut taxes.", "improve", ["Conservative Party"]),
    ],
)
def test_a_plural_name_reports_for_they(nlp, text, lemma, agents):
    assert _agents(nlp, text, lemma) == agents


@pytest.mark.parametrize(
    ("text", "lemma", "agents"),
    [
        # The nearest plural is what a poster shows, after the clause's own plural subject: either may be "they".
        ("The campaigners unveiled a huge poster featuring Black Watch soldiers fighting the war in Iraq before they"
         " announced their election plans.", "announce", []),
        # The nearest plural is itself an agent: "they" is it.
        ("Black Watch soldiers fought in Iraq last year. They returned to Scotland in December.", "return", ["soldiers"]),
    ],
)
def test_they_is_no_object_after_a_plural_subject_of_its_sentence(nlp, text, lemma, agents):
    assert _agents(nlp, text, lemma) == agents


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # The one asked to stop Apple is the object of "asked", no subject "it" may mean (BBC tech/324).
        ("The EFF, representing the reporters, has asked California's Superior court to stop Apple pursuing the sources. "
         "It argues that the journalists are protected by the American constitution.", ["EFF"]),
        # The subject of the sentence before, not asked anything, still is "it".
        ("The EFF has joined a legal fight between three US online journalists and Apple. "
         "It argues that the journalists are protected by the American constitution.", ["EFF"]),
    ],
)
def test_the_one_asked_to_act_is_no_subject_for_it(nlp, text, speakers):
    assert _speakers(nlp, text) == speakers


def test_controlled_subjects_are_a_control_verbs_objects_only(nlp):
    from kg.resolve.controlled import controlled_subjects

    text = ("The EFF has asked the court to stop Apple pursuing the sources. "
            "Deutsche Boerse wants regulators to approve its plan to buy the LSE.")
    document = Document(id="t", text=text, date="2005-02-13", source="t.txt")
    ((_, doc),) = list(parse(nlp, [document]))
    asked = controlled_subjects(extract(document, doc).propositions, len(text))
    assert text.index("the court") in asked
    assert text.index("its plan") not in asked  # the object of "approve", no control verb


def test_inside_its_own_clause_the_one_asked_is_who_acts(nlp):
    from kg.resolve.controlled import controlled_subjects

    text = "Campese has told England to stop whingeing in the wake of their defeat. They lost."
    document = Document(id="t", text=text, date="2005-02-13", source="t.txt")
    ((_, doc),) = list(parse(nlp, [document]))
    propositions = extract(document, doc).propositions
    assert text.index("England") not in controlled_subjects(propositions, text.index("their"))
    assert text.index("England") in controlled_subjects(propositions, text.index("They"))


def test_an_unnamed_spokesman_is_a_rival_for_he(nlp):
    """kg.resolve.unnamedrivals: the spokesman of the sentence before may be "he" (an untuned politics
    article); with no such speaker between, "he" stays the one person named."""
    from extract_helpers import agent_labels, resolved_part

    text = ("The report was welcomed by Conservative shadow pensions secretary David Willetts. He pointed to Tory "
            "plans to increase the basic state pension. A Liberal Democrat spokesman said the party took the issues "
            "raised in the report very seriously. He highlighted the party's promises to raise the pension.")
    part = resolved_part(nlp, text)
    assert agent_labels(part, "point") == {"David Willetts"}
    assert "David Willetts" not in agent_labels(part, "highlight")
