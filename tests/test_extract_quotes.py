"""Quotations (``kg.extract.quotes.quotations``, pure) and the direct and indirect
speech sentences give (on the shared pipeline)."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.extract.quotes import quotations
from kg.nlp import parse
from kg.records import Document


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said: "We will win." Then he left.', [("We will win.", True)]),
        ("She said: “It is over,” and left.", [("It is over,", True)]),
        # A quote that goes on opens each sentence anew without closing the last.
        ('"First. "Second," he said.', [("First.", False), ("Second,", True)]),
        # A quotation left open runs to the end of its paragraph, and the next opens again.
        ('"One\n\n"Two."', [("One", False), ("Two.", True)]),
        # An apostrophe is no quotation mark; a closing mark alone opens nothing.
        ("It's the players' day.\" Fine.", []),
    ],
)
def test_quotations_pair_marks_by_context(text, expected):
    found = [(text[q.open + 1 : q.close], q.closed) for q in quotations(text)]
    assert found == expected


def _speech(nlp, text: str) -> set[tuple[str | None, str, str, bool]]:
    document = Document(id="t", text=text)
    ((_, doc),) = list(parse(nlp, [document]))
    return {
        (s.speaker.text if s.speaker else None, s.cue, text[s.content[0] : s.content[1]], s.direct)
        for s in extract(document, doc).speech
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Direct speech, the verb after the quotation (inverted or not) ...
        ('"Prices will keep rising," said Anna Lee.', ("Anna Lee", "say", "Prices will keep rising", True)),
        ('"We played badly," he admitted.', ("he", "admit", "We played badly", True)),
        # ... or before it.
        ('The minister told the BBC: "The plan is working."', ("The minister", "tell", "The plan is working.", True)),
        ('Mr Brown said: "Nothing has changed."', ("Mr Brown", "say", "Nothing has changed.", True)),
        # Indirect speech: a clause, with or without "that".
        ("The company said that profits fell by 10%.", ("The company", "say", "profits fell by 10%", False)),
        ("Analysts warned demand would slow next year.", ("Analysts", "warn", "demand would slow next year", False)),
        ("Ms Druyun admitted that she had steered contracts to the firm.",
         ("Ms Druyun", "admit", "she had steered contracts to the firm", False)),
        ("The minister played down the figures, saying the economy was strong.",
         ("The minister", "say", "the economy was strong", False)),
        # Verbs whose object is what they say.
        ("The president blamed the violence on foreign agents.",
         ("The president", "blame", "the violence on foreign agents", False)),
        # "According to X, ...".
        ("According to the World Bank, poverty has fallen sharply.",
         ("the World Bank", "according to", "poverty has fallen sharply", False)),
        # ... only the clause the phrase stands in: not the phrase after it, not a clause
        # coordinated with it, not the writer's "But".
        ("LCD prices dropped by 43% last year, according to Mr Oudendijk.",
         ("Mr Oudendijk", "according to", "LCD prices dropped by 43% last year", False)),
        ("Pascuale has been flooded with offers of TV work, according to his management company, but one of "
         "his first jobs is pantomime.",
         ("his management company", "according to", "Pascuale has been flooded with offers of TV work", False)),
        ("Souness is bidding to bolster his defence and, according to reports, contract negotiations are at an "
         "advanced stage.", ("reports", "according to", "contract negotiations are at an advanced stage", False)),
        ("According to Pat Ferguson, work on the pipeline will begin in 2005 and it is expected to be ready in "
         "three years.", ("Pat Ferguson", "according to",
                          "work on the pipeline will begin in 2005 and it is expected to be ready in three years", False)),
        ("By 2007, it is predicted that there will be almost 2.5 million robots in homes, according to the UN.",
         ("the UN", "according to", "By 2007, it is predicted that there will be almost 2.5 million robots in homes",
          False)),
        ("According to Pew Research 44% of searchers use just a single search engine, 48% use two or three.",
         ("Pew Research", "according to", "44% of searchers use just a single search engine, 48% use two or three",
          False)),
        ("But according to the BBC poll, 61% said trust made no difference.",
         ("the BBC poll", "according to", "61% said trust made no difference", False)),
        # The speaker's next speech act, coordinated after the clause, is not what was said.
        ("The minister insisted the plan was sound but twice declined to say how much it would cost.",
         ("The minister", "insist", "the plan was sound", False)),
        ("The chairman said the talks had failed and refused to comment on the bid.",
         ("The chairman", "say", "the talks had failed", False)),
        # ... and its speaker is the one who said the clause, not the clause's subject.
        ("The Tory leader said his team had reached a deal, but admitted it was a hard issue.",
         ("The Tory leader", "admit", "it was a hard issue", False)),
        # A clause's subject that the parse took for the verb's object is put back, and the
        # reporter's time adjunct after a state of it is cut off.
        ("The manager admitted his side's finishing was poor after watching the replay.",
         ("The manager", "admit", "his side's finishing was poor", False)),
        # A quoted phrase inside a clause keeps its closing mark and is no speech of its own.
        ('The coach said he would not respond to "silly stories" and promised to praise the players.',
         ("The coach", "say", 'he would not respond to "silly stories"', False)),
        # A "that" the parse took for an object of the clause is its complementiser.
        ('Ecologists are warning MSPs that Scotland may have to accept "significant intrusion" from wind farms.',
         ("Ecologists", "warn", 'Scotland may have to accept "significant intrusion" from wind farms', False)),
        # A quoted phrase that a speech verb says is speech.
        ('Ms Lane complained of the "scale of misrepresentation" in the press.',
         ("Ms Lane", "complain", "scale of misrepresentation", True)),
        # A long speaker phrase after the quotation, a role after the name with no comma: the name.
        ('"In the next generation HD support is mandatory," Dr Anna Lee games systems director at digital '
         "content firm THX told the BBC News website.",
         ("Dr Anna Lee", "tell", "In the next generation HD support is mandatory", True)),
        # A name that owns the role is not the speaker: the role is.
        ('"We lost," Labour MP Ann Lee\'s spokesman told reporters.', ("Labour MP Ann Lee's spokesman", "tell", "We lost", True)),
        # A description the parser made a second subject before the name: the name speaks (BBC business).
        ("US oil giant Exxon said it did not plan to take part in a new tender.",
         ("Exxon", "say", "it did not plan to take part in a new tender", False)),
        # A quotation inside the speaker's phrase is part of a name, not speech.
        ('The "Iron Lady" Margaret Thatcher said the reforms were needed.',
         ("The Iron Lady Margaret Thatcher", "say", "the reforms were needed", False)),
    ],
)
def test_speech_read_from_sentences(nlp, text, expected):
    assert expected in _speech(nlp, text)


def test_a_quote_that_goes_on_keeps_its_speaker(nlp):
    text = '"We were poor," said Tom Fox. "We must improve. We will.\n\n"The fans deserve more."'
    found = _speech(nlp, text)
    assert ("Tom Fox", "say", "We must improve. We will.", True) in found
    assert ("Tom Fox", "say", "The fans deserve more.", True) in found


def test_a_quote_that_goes_on_from_a_denial_only_says(nlp):
    # "deny" is the act of its own sentence: the quotation after it is no denial (kg.extract.carriedcues).
    text = ('Mr Howard denied he had been "playing politics" by raising the case of Margaret Dixon, whose '
            'operation had been cancelled seven times. And he hit back at Labour claims he had used Mrs Dixon '
            'as a "human shield". "She\'s not a human shield Mr Blair, she\'s a human being."')
    quoted = {(speaker, cue) for speaker, cue, content, _ in _speech(nlp, text) if content.startswith("She's")}
    assert quoted == {("Mr Howard", "say")}


def test_direct_speech_after_indirect_speech_keeps_its_speaker(nlp):
    text = 'The Home Office said it was reviewing the scheme. "Unions will be consulted."'
    assert ("The Home Office", "say", "Unions will be consulted.", True) in _speech(nlp, text)


def test_a_quotation_a_new_sentence_introduces_is_not_the_last_speaker_s(nlp):
    # The writer's own sentence ends in a colon before it: another player may speak.
    text = ('"He serves well," said Tom Fox. Kim Lee was more cautious in her verdict: '
            '"I need to improve my return."')
    assert not [found for found in _speech(nlp, text) if found[2].startswith("I need")]
    # Also when the quotation before it ended its own sentence with a question mark.
    text = ('"It is a con," said Tom Fox. "Who are they trying to fool?" The proposed question for the vote is: '
            '"Should the club sell the ground?"')
    assert not [found for found in _speech(nlp, text) if found[2].startswith("Should")]
    # A sentence of the speaker's own goes on: "He also ...:", "And added:".
    text = ('"It is a con," said Tom Fox. "We will fight it." He also criticised the board: '
            '"They never listen."')
    assert ("Tom Fox", "say", "They never listen.", True) in _speech(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        'The economy faced "major risks" last year.',  # a scare quote, no speech
        "I said that the plan would fail.",  # the writer speaking
        "The numbers suggest that exports are falling.",  # evidence, not a speaker
    ],
)
def test_no_speech_where_no_one_speaks(nlp, text):
    assert _speech(nlp, text) == set()


def test_speech_verbs_inside_a_quotation_belong_to_it(nlp):
    text = '"I told him we would win and he said nothing," said Jane Roe.'
    assert {speaker for speaker, *_ in _speech(nlp, text)} == {"Jane Roe"}


# A subject that says how many of a group, not who, names no speaker (and makes no node).
QUANTIFIER_SUBJECTS = [
    ("Most of those questioned said they used mobiles.", None),
    ("60% said they would vote against the plan.", None),
    ("A lot of the athletes said the runway was not helpful.", None),
    ("Half of the firms said sales fell.", None),
    ("The minister said the runway was not helpful.", "The minister"),
]


@pytest.mark.parametrize(("sentence", "speaker"), QUANTIFIER_SUBJECTS)
def test_quantifier_subject_is_no_speaker(nlp, sentence, speaker):
    speakers = [reading.speaker.text for reading in extract(Document("t", sentence), nlp(sentence)).speech if reading.speaker]
    assert speakers == ([speaker] if speaker else []), speakers


# (sentence, what was said): reported speech stops where the writer's comment opens.
WRITER_COMMENTS = [
    ("The coach said the runway was not helpful, so for Jones to jump like that is a good performance.",
     "the runway was not helpful"),
    ("Smith said the deal was good, which surprised analysts.", "the deal was good"),
    ("The minister said the plan would work, because the economy is strong.",
     "the plan would work, because the economy is strong"),
]


@pytest.mark.parametrize(("sentence", "content"), WRITER_COMMENTS)
def test_reported_speech_stops_at_writers_comment(nlp, sentence, content):
    said = [sentence[r.content[0]:r.content[1]] for r in extract(Document("t", sentence), nlp(sentence)).speech]
    assert said == [content], said


@pytest.mark.parametrize(
    "text",
    [
        # A passive of a speech verb: its subject is the one refused, not a speaker.
        "Both men were denied bail and remanded in custody until next week.",
        "The singer was denied a visa to enter Britain.",
        # A participle the parser takes for the main verb: one comma between subject and verb.
        "Mr Jones, denied bail on Friday, appeared at the Old Bailey.",
    ],
)
def test_a_passive_of_deny_is_no_speech(nlp, text):
    assert {cue for _, cue, _, _ in _speech(nlp, text)} <= {"say"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # Active denials and accusations stay speech: an apposition closes with its own comma, an auxiliary "have".
        ("Mr Jones, 45, denied the charges at the Old Bailey.", "Mr Jones"),
        ("Mr Jones has appeared in court and denied the charges.", "Mr Jones"),
        ("Mr Jones, however, denied the claims.", "Mr Jones"),
        # A stray comma between a subject and its verb, with no main verb after.
        ("Inspection chief Ruth Ames, accused some schools of failing their pupils.", "Inspection chief Ruth Ames"),
    ],
)
def test_an_active_denial_is_speech(nlp, text, speaker):
    assert speaker in {found for found, cue, _, _ in _speech(nlp, text) if cue in ("deny", "accuse")}


def test_an_age_description_the_parser_hangs_on_the_verb_is_the_speaker(nlp):
    text = '"I felt strong," the 34-year-old said.'
    assert _speech(nlp, text) == {("the 34-year-old", "say", "I felt strong", True)}


def test_a_stray_comma_before_said_keeps_the_speaker(nlp):
    text = "The club's lawyer Anna Reid, said that the deal was legal."
    assert ("Anna Reid", "say") in {(speaker, cue) for speaker, cue, _, _ in _speech(nlp, text)}


def test_a_quote_goes_on_after_a_long_speaker_phrase(nlp):
    text = ('"Telcos have wanted video for a long time," Ed Gray, director of marketing for Microsoft IPTV, told '
            'the BBC News website. "The challenge has been the broadband network."')
    found = _speech(nlp, text)
    assert ("Ed Gray", "tell", "Telcos have wanted video for a long time", True) in found
    assert ("Ed Gray", "tell", "The challenge has been the broadband network.", True) in found


def test_the_speaker_after_a_quotation_is_not_the_other_side_before_it(nlp):
    # The parse makes "opinion", inside the quotation, the subject of "told": the words between the
    # closing mark and the verb speak, not the England management the sentence before reports.
    text = ("The winger is carrying a shoulder injury and the national team management believe he requires time on "
            "the sidelines. As a result he misses the Cherry and White's quarter-final at home to Bristol. "
            '"Under the Elite Player Squad agreement, England wanted a second opinion, which they can do," director of '
            "rugby Nigel Melville told the Gloucester Citizen.")
    said = {speaker for speaker, _, content, _ in _speech(nlp, text) if content.startswith("Under")}
    assert said == {"Nigel Melville"}, said


def test_a_quotation_ending_a_sentence_is_not_the_next_sentences_speech(nlp):
    text = 'The crowd was quiet. "Voters are bored with politics." The former foreign secretary Robin Cook urged MPs to act.'
    assert not any(content.startswith("Voters") for _, _, content, _ in _speech(nlp, text))


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        ('The coach said he would not respond to "silly stories" and promised to praise the players.', "silly stories"),
        ("The chairman said the talks had failed and refused to comment on the bid.", "refused to comment on the bid"),
    ],
)
def test_speech_content_leaves_out_what_was_not_said(nlp, text, unwanted):
    assert not any(content == unwanted or content.endswith(unwanted) for _, _, content, _ in _speech(nlp, text))


def test_a_doer_keeps_its_time_adjunct(nlp):
    text = "The coach said the team was poor after going behind."
    assert ("The coach", "say", "the team was poor after going behind", False) in _speech(nlp, text)


def test_something_denied_is_what_was_suggested_not_the_suggestion(nlp):
    # "X suggested that Y ..., something Y denies": Y denies the suggestion's content.
    text = "Mr Walters has suggested that Mr Kent is blaming Mr Dale only to win a lighter sentence, something Mr Kent denies."
    denials = [found for found in _speech(nlp, text) if found[1] == "deny"]
    assert [content for _, _, content, _ in denials] == ["Mr Kent is blaming Mr Dale only to win a lighter sentence"]
    # A speaker who reports what another said reports all of it.
    text = "Official guidance said files should be kept for a year, Mr Thomas said."
    assert any(content.startswith("Official guidance said") for _, cue, content, _ in _speech(nlp, text) if cue == "say")



def test_a_quotation_between_two_speech_verbs_of_its_speaker_is_one_speech(nlp):
    # 'He said: "A," he said': the first verb's clause is the quotation and its own verb, no second speech.
    text = ('Shadow Treasury chief secretary George Osborne said: "Everyone who looks at the British economy at '
            'the moment says there has been a sharp deterioration in the public finances, that there is a black '
            'hole," he said.')
    assert [(found[1], found[3]) for found in _speech(nlp, text)] == [("say", True)]


def test_a_quotation_after_an_inverted_speech_verb_is_its_speaker_s(nlp):
    text = ('But the way these issues get tested is through the courts which, said Mr Hopkins, "is part of the '
            'whole messy conversation."')
    assert _speech(nlp, text) == {("Mr Hopkins", "say", "is part of the whole messy conversation.", True)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("International agencies have pledged their support; most say it is impossible to gauge the extent of the "
         "damage yet.", ("most", "say", "it is impossible to gauge the extent of the damage yet", False)),
        ("Fiat claims that GM is legally obliged to buy the 90% of the car unit it does not already own; GM says "
         "the contract, signed in 2000, is no longer valid.",
         ("GM", "say", "the contract, signed in 2000, is no longer valid", False)),
        ("Should the offer be fully accepted, Mr Murray said he expected to pay a maximum of £1.53m for the "
         "remaining shares.", ("Mr Murray", "say", "he expected to pay a maximum of £1.53m for the remaining shares",
                               False)),
    ],
)
def test_a_clause_after_the_speech_verb_is_what_it_says_not_the_writer_s_clause_before(nlp, text, expected):
    found = _speech(nlp, text)
    assert expected in found
    assert not [each for each in found if each[0] == expected[0] and each[2] != expected[2]]
