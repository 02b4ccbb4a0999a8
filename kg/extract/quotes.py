"""Direct and indirect speech: who said what, with which verb.

Each rule names its construction:

- a quotation with its speech verb after it: '"We will win," said Mr Smith.',
  '"We will win," he added.', '"Is it over?" she asked.';
- a quotation with its speech verb before it: 'Mr Smith said: "We will win."',
  'She told the BBC: "It is over."', 'He added that "nothing has changed".';
- a quotation split by its verb: '"We will win," he said, "whatever happens."';
- a quotation that goes on after its verb, in the same paragraph ('"A," said X. "B. C."') or in the next one that
  opens with a quotation mark: the same speaker (not ``kg.extract.framedquotes``', nor ``kg.extract.interjected``');
- indirect speech: a speech verb and its clause ("X said (that) ...", "X warned
  that ...", "X told the BBC ...", "..., saying it was a sign of strength"), or
  its object and complements for verbs whose object is what was said ("blamed
  the unrest on terrorists", "accused it of espionage", "denied the claims");
- "according to X, ..."; particle verbs, coordinated and inverted speakers, "adding" (``kg.extract.speechverbs``).

Speech verbs are ``kg/lexicon/data/speech_cues.tsv``. A quotation with no speech verb beside it and no speaker
before it is a scare quote ('faced "major risks"') and no speech; a speech verb inside a quotation belongs to the
quotation. A quote of several sentences gives one reading per sentence, each with its own evidence.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.extract.according import according_to
from kg.extract.carriedcues import carried_cue
from kg.extract.clauses import named_subject
from kg.extract.factuality import ASSERTED, Reading, clause_top
from kg.extract.framedquotes import framed
from kg.extract.generalspeakers import general_speaker
from kg.extract.innerspeech import outermost
from kg.extract.interjected import interjected
from kg.extract.interposed import interrupted_content
from kg.extract.pollsters import share_of_people
from kg.extract.quotedas import quoted_as, quoted_one, quoting_participle
from kg.extract.refusals import unspoken
from kg.extract.relativespeech import relative_speech
from kg.extract.saidafter import outside_quotation
from kg.extract.spans import noun_phrase, to_argument
from kg.extract.speechbounds import (
    balanced,
    before_comment,
    clause_tokens,
    embedded,
    name_headed,
    opens_quotation,
    reported_within,
    said_complement,
    speaker_conjunct,
    speaker_words,
    strip_marks,
    verb_after_subject,
)
from kg.extract.speechfacts import speech_reading
from kg.extract.speechverbs import (
    about_someone,
    adding_to,
    after_quote,
    attributing_verb,
    co_speakers,
    inverted_object,
    named_speaker,
    nearer_speaker,
    speech_lemma,
    speech_subject,
    split_role_end,
    without_pairing,
)
from kg.extract.strandedobjects import stranded_object
from kg.extract.urged import asked_to_act
from kg.lexicon import SPEECH_CUES
from kg.records import Argument, SpeechReading

if TYPE_CHECKING:
    from kg.extract.words import Sentence, Word, Words

OPENING = frozenset({"“", "``"})
CLOSING = frozenset({"”", "''"})
STRAIGHT = '"'
_MARKS = re.compile(r'["“”]')
FIRST_PERSON = frozenset({"i", "we", "you", "me", "us"})
RELATIVE = frozenset({"who", "that", "which"})
# Speech verbs whose object is the one spoken to: "told the BBC", "assured MPs".
ADDRESSING = frozenset({"tell", "assure", "inform", "remind", "brief", "reassure", "warn", "urge"})
# Subjects of "suggest", "show", "indicate" that are evidence, not speakers: "the numbers suggest".
NOT_SPEAKERS = frozenset(
    "figure number data statistic view result evidence trend index sale price rate reading estimate "
    "forecast finding sign signal this that which what there".split()
)
_REACH = 8  # words between a quotation and its speech verb, at most
DIRECT_CONFIDENCE = 0.9
CONTINUED_CONFIDENCE = 0.75
INDIRECT_CONFIDENCE = 0.8


@dataclass(slots=True)
class Quotation:
    """Text between quotation marks (character offsets), and who says it once read."""

    open: int
    close: int
    """Offset of the closing mark, or the paragraph's end when the quotation runs on."""
    paragraph: int
    speaker: Argument | None = None
    cue: str | None = None
    verb: int | None = None
    """Word index of the speech verb."""
    closed: bool = True
    addressee: Argument | None = None
    said: Reading = ASSERTED
    """Whether the speech was given ("will say": planned), from its verb (``speech_reading``)."""
    others: tuple[Argument, ...] = ()
    """Speakers coordinated with ``speaker`` ("Mr Hale and Ms Grant said")."""


def quotations(text: str) -> list[Quotation]:
    r"""The quotations of ``text``, paragraph by paragraph (a line break ends one).

    Curly marks open and close as written; a straight mark opens after a space or at
    the start and closes after a word or punctuation. News text opens each paragraph
    or sentence of a quotation that goes on without closing the one before ('...
    today. "And tomorrow ..."'): an opening mark inside an open quotation ends it there
    and starts the next; a mark left open runs to the paragraph's end.

    >>> [(q.open, q.close, q.closed) for q in quotations('He said: "Go. "Stop." Then "wait\n"More.')]
    [(9, 13, False), (14, 20, True), (27, 32, False), (33, 39, False)]
    """
    found: list[Quotation] = []
    paragraph_start = 0
    number = -1
    for paragraph in text.split("\n"):
        # Blank lines between paragraphs do not count: the next paragraph is the next one with text.
        number += bool(paragraph.strip())
        opened: int | None = None
        for match in _MARKS.finditer(paragraph):
            at = paragraph_start + match.start()
            if opens_quotation(paragraph, match.start()):
                if opened is not None:
                    found.append(Quotation(open=opened, close=at - 1, paragraph=number, closed=False))
                opened = at
            elif opened is not None:
                found.append(Quotation(open=opened, close=at, paragraph=number))
                opened = None
        if opened is not None:
            found.append(Quotation(open=opened, close=paragraph_start + len(paragraph), paragraph=number, closed=False))
        paragraph_start += len(paragraph) + 1
    return found


def speech_readings(words: Words, sentences: Sequence[Sentence]) -> Iterator[SpeechReading]:
    """Every direct and indirect speech of a document (its words, its sentences in order), in text order."""
    text = words.text
    quoted = quotations(text)
    by_offset = words.by_offset()
    inside = [(q.open, q.close) for q in quoted]
    for quotation in quoted:
        _attribute(words, by_offset, quotation, inside)
    attributed = {quotation.verb for quotation in quoted if quotation.verb is not None}
    indirect = [reading for sentence in sentences for reading in _indirect(words, sentence, inside, attributed, quoted)]
    readings: list[SpeechReading] = list(indirect := outermost(indirect, text))  # kg.extract.innerspeech
    paragraphs = _paragraph_starts(text)
    events: list[tuple[int, int, Quotation | SpeechReading]] = [(q.open, 1, q) for q in quoted]
    events += [(reading.sentence[1], 0, reading) for reading in indirect]
    previous: _Said | None = None  # in text order, a quotation without a verb goes on from the speech before it
    direct_open = -1  # where the last attributed quotation opens
    for _, _, event in sorted(events, key=lambda item: (item[0], item[1])):
        if isinstance(event, SpeechReading):
            # Not a report that frames the sentence's own quotation: 'The paper reports that Anelka told a
            # magazine: "A. "B."': "B" goes on from Anelka's "A", not from the paper.
            if event.speaker is not None and direct_open < event.sentence[0]:
                paragraph = bisect_right(paragraphs, event.sentence[1] - 1) - 1
                said = Reading(event.factuality, event.factuality_cue)
                previous = _Said(event.sentence[1], paragraph, event.speaker, event.cue, said=said)
            continue
        if event.cue is None and not (event.closed and framed(words, by_offset, event.close, previous and previous.speaker)):
            _continue(event, previous, words)
        if event.cue is None:
            continue
        readings.extend(_pieces(event, sentences, text))
        direct_open = event.open
        previous = _Said(event.close, event.paragraph, event.speaker, event.cue, event.addressee, said=event.said)
        if event.verb is not None:  # it ends with its verb's sentence: '"A," X, a long description, told Y. "B."'
            previous.end = max(event.close, words[event.verb].sent.end_char - 1)
    readings.sort(key=lambda reading: (reading.content, reading.cue))
    yield from readings


@dataclass(slots=True)
class _Said:
    """The last speech before a quotation: where it ends and who says it."""

    close: int
    paragraph: int
    speaker: Argument | None
    cue: str
    addressee: Argument | None = None
    end: int = 0
    said: Reading = ASSERTED


def _paragraph_starts(text: str) -> list[int]:
    """Offsets where the paragraphs with text start (as `quotations` numbers them)."""
    starts, at = [], 0
    for line in text.split("\n"):
        if line.strip():
            starts.append(at)
        at += len(line) + 1
    return starts or [0]


def _within(offset: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start < offset < end for start, end in spans)


def _word_at_or_after(by_offset: dict[int, Word], offset: int, limit: int) -> Word | None:
    for at in range(offset, min(limit, offset + 4)):
        if at in by_offset:
            return by_offset[at]
    return None


def _attribute(words: Words, by_offset: dict[int, Word], quotation: Quotation, inside: list[tuple[int, int]]) -> None:
    """The speech verb beside a quotation, after it or before it, and its speaker."""
    if embedded(words, quotation.open, quotation.close):
        return
    close_mark = by_offset.get(quotation.close) if quotation.closed else None
    if close_mark is not None:
        verb = _verb_after(words, close_mark, inside)
        if verb is not None and _set_verb(quotation, verb):
            return
    open_mark = by_offset.get(quotation.open)
    if open_mark is not None:
        verb = _verb_before(words, open_mark)
        if verb is not None:
            _set_verb(quotation, verb)


def _set_verb(quotation: Quotation, verb: Word) -> bool:
    speaker = outside_quotation(_speaker(verb), verb, quotation.open, quotation.close)  # kg.extract.saidafter
    if speaker is None:
        return False
    quotation.speaker, quotation.cue, quotation.verb = speaker, speech_lemma(verb), verb.i
    quotation.others = tuple(_co_speakers(verb, speaker))
    quotation.addressee = _addressee(verb)
    quotation.said = speech_reading(verb, (quotation.open, quotation.close), direct=True)
    return True


def _addressee(verb: Word) -> Argument | None:
    """Whom the speech was for: "told the BBC", "assured MPs", "said to reporters"."""
    for child in verb.children:
        if child.dep_ in ("dobj", "dative") and verb.lemma_.lower() in ADDRESSING and child.pos_ in ("NOUN", "PROPN", "PRON"):
            tokens = noun_phrase(child)
        elif child.dep_ == "prep" and child.lower_ == "to" and verb.lemma_.lower() in SPEECH_CUES:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            tokens = noun_phrase(pobj) if pobj is not None else []
        else:
            continue
        if tokens and tokens[0].lower_ not in FIRST_PERSON:
            return to_argument(tokens, verb.doc.text)
    return None


def _verb_after(words: Words, close_mark: Word, inside: list[tuple[int, int]]) -> Word | None:
    """ '"...," said Mr Smith' / '"...," he added': the speech verb right after the closing mark."""
    sentence_end = close_mark.sent.end
    i = close_mark.i + 1
    if i == sentence_end < len(words) and words[close_mark.i - 1].text in ("?", "!"):
        return attributing_verb(words, close_mark.i, words[i].sent.end)  # '"...?" Mr Walters pressed.'
    # Beyond that reach only after a quotation ending with a comma ('...," Dr Anna Lee ...'), in its sentence.
    if words[close_mark.i - 1].text == "," and i < sentence_end:
        long_subject = verb_after_subject(words[i])
        if long_subject is not None and long_subject.i < sentence_end:
            return long_subject
    for word in words[i : min(sentence_end, i + _REACH)]:
        if word.text in OPENING or word.text == STRAIGHT or _within(word.idx, inside):
            return None
        if speech_lemma(word) in SPEECH_CUES and word.pos_ == "VERB":
            return word
        if (participle := quoting_participle(word)) is not None:
            return participle  # '"...," Reuters quoted an official as saying' (kg.extract.quotedas)
        if word.text in (".", ";") or word.pos_ == "CCONJ" or (word.pos_ in ("VERB", "AUX") and word.dep_ not in ("aux", "auxpass")):
            return attributing_verb(words, close_mark.i, sentence_end) if word.pos_ == "VERB" else None
    return None


def _verb_before(words: Words, open_mark: Word) -> Word | None:
    """ 'Mr Smith said: "..."' / 'She told the BBC: "..."': the speech verb before the opening mark,
    with nothing between but its object, "that", a colon or a comma."""
    start = open_mark.sent.start
    i = open_mark.i - 1
    while i >= max(start, open_mark.i - _REACH):
        word = words[i]
        if SPEECH_CUES.get(speech_lemma(word)) in ("clause", "direct") and word.pos_ == "VERB":
            between = words[i + 1 : open_mark.i]
            if all(_between_verb_and_quote(w, word) for w in between):
                return word
            return None
        if word.text in OPENING or word.text in CLOSING or word.text == STRAIGHT:
            return None
        i -= 1
    return None


def _between_verb_and_quote(word: Word, verb: Word) -> bool:
    if word.text in (":", ",", "that") or word.is_space:
        return True
    if word.pos_ in ("VERB", "AUX"):
        return False  # another clause: "blame the public who were "more interested ...""
    # "told the BBC", "said on Monday": the verb's own words; its speaker after it ('which, said Mr Hopkins, "...').
    ancestor = word
    while ancestor.head is not ancestor and ancestor.head is not verb:
        ancestor = ancestor.head
    return ancestor.head is verb and (ancestor.dep_ in ("dobj", "dative", "prep", "npadvmod", "advmod", "pobj")
                                      or (ancestor.dep_ == "nsubj" and ancestor.i > verb.i))


def _speaker(verb: Word) -> Argument | None:
    """The speaker: the verb's subject ("said Mr Smith" too), a relative's noun, the head's subject of a participle
    or conjunct ("..., saying ...", "said A and added B") or of the control verb a verb goes on from."""
    chained = quoted_as(verb) or clause_top(verb)  # "X was quoted as saying" (kg.extract.quotedas)
    subject = speech_subject(chained, verb)  # "... but his lawyer, Antony Townsden, told": hung on the clause before
    if chained is not verb and subject is not None and subject.lower_ == "it":
        return None  # "it was not fair to blame the public": no one speaks
    verb = chained
    subject = quoted_one(verb) or subject  # "Reuters quoted an official as saying": the official (kg.extract.quotedas)
    if subject is None and verb.dep_ == "conj" and speaker_conjunct(verb.head) is verb and verb.head.dep_ == "ccomp":
        return _speaker(verb.head.head)  # "said X but declined to say Y": the one who said X
    if subject is None and verb.dep_ in ("advcl", "conj") and verb.head.pos_ in ("VERB", "AUX") and not after_quote(verb):
        return _speaker(adding_to(verb) or nearer_speaker(verb) or verb.head)
    subject = (named_subject(subject) or subject) if subject is not None else inverted_object(verb)  # "US oil giant Exxon said"
    if subject is None:
        return _misread_subject(verb)
    if subject is None or subject.lower_ in FIRST_PERSON or (subject.lemma_.lower() in NOT_SPEAKERS and subject.pos_ != "PROPN"):
        return None  # ("Number 10 said" is Downing Street)
    if subject.lower_ in RELATIVE and verb.dep_ == "relcl":
        subject = verb.head
    # "60% said", "A lot of the athletes said", "Most of those questioned said": how many of
    # a group, not who (unattributed). A bare "many fear ..." is the writer's "many people".
    if share_of_people(subject) or subject.ent_type_ == "CARDINAL":  # kg.extract.pollsters
        return None
    subject = named_speaker(subject)  # "said BIFA founder and director Elliot Grove": the name, not the role
    tokens = split_role_end(without_pairing(speaker_words(subject)))
    return name_headed(to_argument(tokens, verb.doc.text), tokens, subject) if tokens else None


def _co_speakers(verb: Word, speaker: Argument) -> list[Argument]:
    """The speakers coordinated with ``speaker`` ("Neither Mr Hale nor Ms Grant would say")."""
    head = verb.doc.by_offset().get(speaker.head_start)  # the word there, without a walk over the document
    if head is None or head.dep_ not in ("nsubj", "nsubjpass"):
        return []
    return [to_argument(t, verb.doc.text) for o in co_speakers(head) if (t := split_role_end(without_pairing(speaker_words(o))))]


def _misread_subject(verb: Word) -> Argument | None:
    """ '"...," the 31-year-old said': the parser may hang the description's article and
    adjective on the verb as if it were their noun; the words from that article to the
    verb are the speaker."""
    article = next((c for c in verb.children if c.dep_ == "det" and c.i < verb.i and c.lower_ == "the"), None)
    if article is None:
        return None
    tokens = [word for word in verb.doc[article.i : verb.i] if not word.is_space]
    if len(tokens) < 2 or any(word.pos_ in ("VERB", "AUX") or (word.is_punct and word.text != "-") for word in tokens):
        return None
    return to_argument(tokens, verb.doc.text)


def _continue(quotation: Quotation, previous: _Said | None, words: Words) -> None:
    """A quotation without a verb of its own goes on from the last speech: in the same
    paragraph, or opening the next paragraph after one that ended in speech."""
    if previous is None or previous.speaker is None or interjected(words, previous.close, quotation.open, previous.speaker):
        return  # not past a writer's sentence about someone else (kg.extract.interjected)
    text = words.text
    before = text[: quotation.open].rstrip(" ")
    if before and before[-1] not in ".?!:\n":  # a quotation that goes on starts a sentence: '... said X. "B."'
        return
    gap = text[previous.close + 1 : quotation.open]
    intro = text[max(previous.close - 1, 0) : quotation.open]  # '"...kid?" The question is: "..."'
    if before.endswith(":") and _NEW_SENTENCE.search(gap if _GOES_ON.match(gap) else intro):
        # '..., said Dent. Johansson was more restrained: "I have to improve."': not Dent's
        return
    same = previous.paragraph == quotation.paragraph and len(text[max(previous.close, previous.end) + 1 : quotation.open]) < 80
    next_paragraph = previous.paragraph + 1 == quotation.paragraph and not gap.strip(" \n.,\"”")
    if same or next_paragraph:
        quotation.speaker, quotation.cue, quotation.verb = previous.speaker, carried_cue(previous.cue), None  # carriedcues
        quotation.addressee, quotation.said = previous.addressee, ASSERTED if unspoken(previous.said.factuality, previous.said.cue) else previous.said  # the same speech, given or not (not a refused one's)


_NEW_SENTENCE = re.compile(r"[.?!][\"”’']?\s+[A-Z]")
_GOES_ON = re.compile(r"\s*(?:he|she|they|and|but|also)\b", re.IGNORECASE)  # 'He also said: "..."': the same speaker


def _pieces(quotation: Quotation, sentences: Sequence[Sentence], text: str) -> Iterator[SpeechReading]:
    """The quotation as one reading, its evidence the sentences it spans."""
    confidence = DIRECT_CONFIDENCE if quotation.verb is not None else CONTINUED_CONFIDENCE
    start, end = strip_marks(text, quotation.open + 1, quotation.close)
    spanned = [sentence for sentence in sentences if sentence.start_char < end and start < sentence.end_char]
    if len(text[start:end].split()) < 2 or not spanned:
        return
    for speaker in (quotation.speaker, *quotation.others):
        yield SpeechReading(
            speaker=speaker, cue=quotation.cue or "say", content=(start, end), direct=True,
            sentence=(spanned[0].start_char, spanned[-1].end_char), confidence=confidence, addressee=quotation.addressee,
            factuality=quotation.said.factuality, factuality_cue=quotation.said.cue,
        )


def _indirect(
    words: Words, sentence: Sentence, inside: list[tuple[int, int]], attributed: set[int], quoted: Sequence[Quotation]
) -> Iterator[SpeechReading]:
    """ "X said (that) ...", "X warned ...", "blamed the unrest on ...", "according to X, ..."."""
    text = words.text
    span = (sentence.start_char, sentence.end_char)
    for verb in sentence:
        frame = SPEECH_CUES.get(speech_lemma(verb)) if verb.pos_ == "VERB" else None
        if frame is None or frame == "direct" or verb.i in attributed or _within(verb.idx, inside):
            continue
        if any(c.dep_ == "neg" for c in verb.children) or _passive(verb) or (frame == "object" and asked_to_act(verb)):
            continue  # "urged the club to reject the deal": a request, its event (kg.extract.urged)
        if general_speaker(verb):
            continue  # "fines for people who say they have moved": no one speaks (kg.extract.generalspeakers)
        content, speaker = relative_speech(verb, _content(verb, frame), _speaker(verb))  # kg.extract.relativespeech
        if not content:
            continue
        if speaker is None or _within(speaker.start, inside):
            continue  # a speaker inside a quotation is a phrase of what someone says
        start, end = strip_marks(text, content[0].idx, content[-1].idx + len(content[-1].text))
        start, end = balanced(text, start, end)
        if start >= end or _covers_direct(start, end, quoted, content):
            continue
        said = speech_reading(verb, (start, end), direct=False)
        for each in (speaker, *_co_speakers(verb, speaker)):
            yield SpeechReading(speaker=each, cue=speech_lemma(verb), content=(start, end), direct=False,
                                sentence=span, confidence=INDIRECT_CONFIDENCE, addressee=_addressee(verb),
                                factuality=said.factuality, factuality_cue=said.cue)
    according = according_to(words, sentence, INDIRECT_CONFIDENCE)
    if according is not None:
        yield according


def _passive(verb: Word) -> bool:
    """Whether a speech verb is passive, so its subject is who it was done to, not a speaker:
    "was denied bail", "Smith, denied bail on Friday, appeared", "was refused permission"; a
    participle without "have" is one ("has denied the claims" is not), and a conjunct shares
    its head's auxiliaries ("has appeared and denied")."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return True
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.tag_ in ("VBD", "VBN") and subject is not None and verb.i >= 2 and verb.doc[verb.i - 1].text == ",":
        # "Smith, denied bail on Friday, appeared": commas around a participle the parser took
        # for the main verb, the main verb its conjunct ("Smith, 45, denied" is an apposition;
        # "chief David Bell, accused schools of ..." a stray comma, with no verb after).
        main = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and verb.doc[c.i - 1].text == ","
                and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
        return subject.i == verb.i - 2 and bool(main)
    if verb.tag_ != "VBN":
        return False
    auxiliaries = {c.lemma_.lower() for c in verb.children if c.dep_ == "aux"}
    if auxiliaries:
        return "have" not in auxiliaries
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return verb.head.tag_ == "VBN" and _passive(verb.head)
    return True


def _content(verb: Word, frame: str) -> list[Word]:
    """What a speech verb says: its clause; for "object" verbs, also its object and complements."""
    # "announced a cut, a move branded a retreat by the Tories": an apposition, not what was said.
    clause = reported_within(verb, said_complement(verb))
    if clause is not None:
        tokens = clause_tokens(verb, clause)
        # "said that ...": the complementiser is not what was said (nor one the parse took for
        # an object: "warning MSPs that Scotland may ..."); "said that was wrong" keeps its subject.
        while tokens and tokens[0].lower_ == "that" and (tokens[0].tag_ == "IN" or tokens[0].head.i > clause.i):
            tokens = tokens[1:]
        return before_comment(clause, stranded_object(tokens))  # "a bid for [Robbie Savage] - but": kg.extract.strandedobjects
    if frame != "object":
        return interrupted_content(verb)  # "the government, suggests Mr Davies, could act": kg.extract.interposed
    parts = [c for c in verb.children if c.i > verb.i and c.dep_ in ("dobj", "prep", "xcomp", "oprd", "ccomp", "dative")]
    if not any(c.dep_ == "dobj" for c in parts) or about_someone(parts):
        return []  # "denied the England striker": a save, nothing said
    tokens = sorted({w for c in parts for w in c.subtree}, key=lambda w: w.i)
    return [w for w in tokens if not w.is_space]


def _covers_direct(start: int, end: int, quoted: Sequence[Quotation], content: Sequence[Word]) -> bool:
    """The clause is mostly a quotation that already has its speaker, or that quotation and its own
    speech verb ('He said: "A," he said.': "A" and "he said" are one speech, the quotation's)."""
    for quotation in quoted:
        if quotation.speaker is not None and quotation.open <= start + 1 and (
                end <= quotation.close + 1 or any(word.i == quotation.verb for word in content)):
            return True
    return False
