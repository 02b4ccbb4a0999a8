"""The speaker of a speech verb set inside its own content, which the parse gave to the content.

"On a larger scale, said Mr Trainor, improvements ... can reduce the amount of power lost":
the parser makes "Mr Trainor" the subject of "reduce" (and "improvements" his apposition), so
Mr Trainor reduced the power and no one said anything. A speech verb right after a comma,
then a short noun phrase closed by a comma, is the inverted interrupting order: the phrase is
the verb's speaker. `rehang` hangs it back on the verb as its subject, and hands the content
verb the subject it lost (the apposition after the comma), before the words' children are
counted: the speech then reads like "Prices will rise, analysts said" (a quote of the
speaker, no event for the speech verb, the content framed by it).

The uninverted order and the inverted one the parse reads right ("the government, suggests Mr
Davies, could act", "Rates, the bank warned, will rise") hang the speech verb on its content
as parataxis, often with the content's subject as a second subject of the speech verb, which
`rehang` hands back too. `interrupting` finds such a verb: kg.extract.events gives it no
event, kg.extract.quotes quotes the clause (`interrupted_content`) as its speaker's, and
kg.extract.factuality frames the clause by it (`interrupter`: "said" reports, "suggests"
speculates).

A quotation that opens with a command right after its speech verb ('According to Mr Peston
the prime minister said: "Help me to get through the year"', 'saying "bring it on"') is
parsed as the verb's xcomp, as "is said to" is: read so, "say" made the speech and its
content speculated. `quoted_command` finds it, for kg.extract.factuality to read it as what
the verb says (a clause of its own, reported), not as the verb's infinitive.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon import SPEECH_CUES
from kg.lexicon.table import read_table

if TYPE_CHECKING:
    from kg.extract.words import Word

_LONGEST = 6  # words of the speaker phrase between the speech verb and its closing comma, at most
_IN_A_SPEAKER = frozenset({"PROPN", "NOUN", "DET", "ADJ", "PUNCT"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_LONGEST_CLAUSE = 40  # words back from a speech verb to the content's subject, at most
_OPENING_QUOTES = frozenset({'"', "“", "'", "‘", "``"})
_TENSED = frozenset({"VBZ", "VBD", "VBP"})
_RESEARCH_NOUNS = frozenset(row.fields[0] for row in read_table("research_nouns.tsv"))  # "predicts the report"
_SPEAKER_TYPES = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def rehang(words: list[Word]) -> None:
    """Give each interrupting inverted speech verb its speaker back (see the module); only
    ``head`` and ``dep_`` change, before any children are read."""
    for verb in words:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in SPEECH_CUES or verb.i < 1 or words[verb.i - 1].text != ",":
            continue
        speaker = _speaker_head(words, verb)
        if speaker is None:
            continue
        content = speaker.head
        speaker.head, speaker.dep_ = verb, "nsubj"
        others = [w for w in words if w.head is content and w.dep_ in _SUBJECTS]
        apposed = [w for w in words if w.head is speaker and w.dep_ == "appos" and w.i > speaker.i]
        if not others and len(apposed) == 1:
            apposed[0].head, apposed[0].dep_ = content, "nsubj"  # "..., improvements ... can reduce"
    for verb in words:
        if verb.dep_ == "parataxis" and _speech(verb) and verb.head.i > verb.i:
            _subject_back(words, verb)
        elif verb.dep_ == "conj" and _speech(verb) and (speaker := _final_speaker(words, verb)) is not None:
            content = verb.head  # "The firm cut 500 jobs, claims the union.": the union claims it
            verb.head, verb.dep_ = (verb, "ROOT") if content.head is content else (content.head, content.dep_)
            content.head, content.dep_, speaker.dep_ = verb, "ccomp", "nsubj"


def _final_speaker(words: list[Word], verb: Word) -> Word | None:
    """The speaker of a speech verb that closes its sentence after a comma, inverted, which the
    parse coordinates with what was said and gives the speaker as its object ("Britons will miss
    out on services, predicts the report by BT": no subject, one object, nothing after); the
    object a name or a research noun's phrase ("reported AP news agency", "says a report"), not
    what a coordinated verb did ("cut 500 jobs, reported profits"). Read before any children
    are (``rehang``): the words are scanned."""
    content = verb.head
    if words[verb.i - 1].text != "," or content.i > verb.i or content.pos_ not in ("VERB", "AUX") or verb.tag_ not in _TENSED:
        return None
    children = [w for w in words[verb.i + 1 :] if w.head is verb and w is not verb]
    objects = [c for c in children if c.dep_ == "dobj" and (c.pos_ == "PROPN" or c.ent_type_ in _SPEAKER_TYPES or (
        c.lemma_.lower() in _RESEARCH_NOUNS and any(d.dep_ == "det" for d in words if d.head is c)) or any(
        d.head is c and d.dep_ == "compound" and d.ent_type_ in _SPEAKER_TYPES for d in words))]  # not "reported profits"
    if len(objects) != 1 or any(c.dep_ in _SUBJECTS or c.dep_ in ("ccomp", "xcomp", "cc", "conj") for c in children) or any(
            w.head is verb and w.dep_ in _SUBJECTS for w in words[: verb.i]):
        return None
    top = _top(content)
    for word in words[verb.i + 1 :]:  # the verb's own words, then the sentence's closing punctuation
        own = _top(word, verb)
        if own is top and not (word.is_punct or word.is_space):
            return None  # more of the sentence after the speaker
        if own is not top and own is not verb:
            break  # the next sentence
    return objects[0]


def _top(word: Word, stop: Word | None = None) -> Word:
    """The root ``word`` hangs from, or ``stop`` when it is on the way."""
    for _ in range(64):
        if word is stop or word.head is word:
            return word
        word = word.head
    return word


def _subject_back(words: list[Word], verb: Word) -> None:
    """ "The government, argues the report, should cut taxes": the parse gives the speech verb
    two subjects, the content's before the opening comma and the speaker after it; the first
    goes back to the content verb, when that has none."""
    content = verb.head
    near = words[max(verb.i - _LONGEST_CLAUSE, 0) : content.i]
    subjects = [w for w in near if w.head is verb and w.dep_ in _SUBJECTS]
    if len(subjects) != 2 or any(w.head is content and w.dep_ in _SUBJECTS for w in words[: content.i]):
        return
    early, speaker = subjects
    if early.i < verb.i and any(w.text == "," for w in words[early.i + 1 : min(speaker.i, verb.i)]):
        early.head = content


def _speaker_head(words: list[Word], verb: Word) -> Word | None:
    """The head of the noun phrase between ``verb`` and the next comma, when the parse made it
    the subject of a verb after that comma; else ``None``."""
    end = next((w.i for w in words[verb.i + 1 : verb.i + 2 + _LONGEST] if w.text == ","), None)
    if end is None or end == verb.i + 1:
        return None
    phrase = words[verb.i + 1 : end]
    if any(w.pos_ not in _IN_A_SPEAKER or (w.pos_ == "PUNCT" and w.text not in "-.") for w in phrase):
        return None
    heads = [w for w in phrase if not verb.i < w.head.i < end]
    if len(heads) != 1:
        return None
    head = heads[0]
    if head.dep_ not in _SUBJECTS or head.head.i <= end:
        return None
    return head


_SHORTEST_SIDE = 1  # words of the content on each side of the interruption, at least
_LONGEST_ASIDE = 8  # words of "suggests Mr Davies", "the bank warned" between their commas, at most


def interrupting(verb: Word) -> Word | None:
    """The content verb a speech verb interrupts between commas ("the government, suggests Mr
    Davies, could act", "Rates, the bank warned, will rise"): the parse hangs the speech verb
    on its content as parataxis; the content is what was said. ``None`` for any other verb."""
    head = verb.head
    if verb.dep_ != "parataxis" or head is verb or head.pos_ not in ("VERB", "AUX") or not _speech(verb):
        return None
    aside = _aside(verb)
    if aside is None or any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in verb.children):
        return None  # "..., he said the firm would ...": a clause of its own
    first, last = aside
    words = verb.doc
    content = [w.i for w in head.subtree if not w.is_punct]
    if sum(i > last for i in content) < _SHORTEST_SIDE or (head.i < first and sum(i < first for i in content) < _SHORTEST_SIDE):
        return None  # "With 53% of UK households ..., the government, suggests Mr Davies, could act": the parse's "With"
    if words[first - 1].text != "," or last + 2 >= len(words) or words[last + 1].text != ",":
        return None
    return head


def _goes_on(after: Word, head: Word) -> bool:
    """Whether the words after the interruption are a clause of their own coordinated with the
    content ("The market is improving, Eurotunnel said, but warned that ..."): the speaker's
    next act: the speech verb ends the content there instead of interrupting it."""
    while after.head is not head and after.head is not after:
        after = after.head
    return after.dep_ in ("cc", "conj") or after.pos_ == "CCONJ"


def interrupted_content(verb: Word) -> list[Word]:
    """What an interrupting speech verb says (see `interrupting`): its content clause; from the
    sentence's start when the content's verb comes after the interruption (but for a lone "But"),
    the speech verb's own words and the commas around them inside that span of text."""
    head = interrupting(verb)
    aside = _aside(verb)
    if head is None or aside is None:
        return []
    first, last = aside
    start = head.left_edge.i
    if head.i > last:  # from the sentence's start, but for its "But, he said, ..."
        start = next((w.i for w in head.sent if not (w.is_punct or w.is_space or w.pos_ == "CCONJ")), first)
        start = start if start < first else last + 2
    end = max(w.i for w in head.subtree)
    if head.i < first and _goes_on(head.doc[last + 2], head):
        end = first - 2  # "The market is improving, Eurotunnel said, but warned ...": the content ends at the comma
    words = [w for w in head.doc[start : end + 1] if not w.is_space]
    while words and words[-1].is_punct:
        words.pop()
    return words


def _speech(verb: Word) -> bool:
    return verb.pos_ == "VERB" and verb.lemma_.lower() in SPEECH_CUES


def _aside(verb: Word) -> tuple[int, int] | None:
    """The first and last word of a speech verb's own words (its speaker), the run of its
    subtree between the commas around it, when it is short ("With 53% ..., the government,
    suggests Mr Davies, could act": the parse hangs "With" on the verb too)."""
    own = {w.i for w in verb.subtree}
    words = verb.doc
    first = last = verb.i
    while first - 1 in own and words[first - 1].text != ",":
        first -= 1
    while last + 1 in own and words[last + 1].text != ",":
        last += 1
    return (first, last) if last - first < _LONGEST_ASIDE else None


def interrupter(top: Word) -> Word | None:
    """The speech verb that interrupts the clause ``top`` heads (see `interrupting`), if any."""
    return next((c for c in top.children if c.dep_ == "parataxis" and interrupting(c) is top), None)


def quoted_command(xcomp: Word) -> bool:
    """Whether ``xcomp`` is a command that opens the quotation of its head, a speech verb
    (see the module): 'said: "Help me to ..."', 'saying "bring it on"'."""
    head = xcomp.head
    if xcomp.dep_ != "xcomp" or xcomp.tag_ != "VB" or head.lemma_.lower() not in SPEECH_CUES:
        return False
    return any(c.dep_ == "punct" and c.text in _OPENING_QUOTES and head.i < c.i < xcomp.i
               for c in (*head.children, *xcomp.children))
