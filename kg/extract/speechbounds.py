"""Where what a speaker said begins and ends, when the parse draws the line wrong.

``kg.extract.quotes`` reads a speech verb's clause as what was said; the parser
sometimes hangs the reporter's own words on that clause, or the clause's subject on
the verb. Each rule names its construction:

- a speech act of the speaker coordinated after the clause: "The minister insisted
  the plan was sound but declined to say how much it would cost" (the clause ends
  at "sound": the declining is the minister's, not what was insisted);
- the speaker's next act in the past tense, hung on an infinitive inside the clause: "the
  party said it would not return to Blackpool but did so in 2002" (the clause ends at
  "Blackpool"; ``kg.extract.narrated``);
- a new speaker and verb after "but", hung inside the clause ("US Customs claimed Mr Griffiths
  was one of DOD's leaders but his lawyer, Antony Townsden, told ...": the claim ends at
  "leaders"; ``speechverbs.stranded_subject``);
- the speaker going on, hung inside the clause: "Novartis said that it would merge a
  number of departments, adding that there may be job cuts" (the clause ends at
  "departments"; the adding is a speech of its own, ``speechverbs.adding_to``);
- a clause's subject read as the verb's object: "The coach admitted his team's
  defending was poor" (object "his team's defending", clause "was poor");
- the reporter's time adjunct at the end of a clause about a state: "The coach
  admitted the defending was poor after watching them lose" (the coach watched;
  the defending did not);
- a short quotation inside a clause is no quotation to the next verb: 'He said he
  would not respond to "silly stories" and promised to praise the players'
  (nothing was promised in quotation marks).
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.extract.askedclauses import asking_clause
from kg.extract.clauseends import content_end
from kg.extract.event_arguments import said_clause
from kg.extract.narrated import narrated_in
from kg.extract.particles import phrasal_lemma
from kg.extract.spans import noun_phrase
from kg.extract.speechverbs import adding_to, stranded_subject
from kg.extract.toldaddressee import told_from
from kg.lexicon import CLAUSE_NOUNS, ROLE_HEADS, SPEECH_CUES, WRITER_CONNECTIVES
from kg.nlp.openers import QUOTE_MARKS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.words import Word, Words
    from kg.records import Argument

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
# Prepositions and subordinators that open a time adjunct: "after watching them lose".
_TIME_OPENERS = frozenset({"after", "before", "while", "since", "when", "upon", "on"})


def _speech_verb(word: Word) -> bool:
    return word.pos_ == "VERB" and word.lemma_.lower() in SPEECH_CUES


# Verbs of rebutting what others say: as a conjunct with no subject after a reported clause, the
# speaker's own act when they rebut words (a claim noun, a pronoun): "and dismissed them as a 'load
# of nonsense'", "and played down suggestions"; not "met and rejected the bid" (the board's).
_REBUTTING = frozenset({"dismiss", "reject", "refute", "rubbish", "play down", "brush aside"})
_SAID_PRONOUNS = frozenset({"it", "them", "this", "these", "that"})  # what was said, rebutted ("dismissed them")
_REBUTTED_NOUNS = CLAUSE_NOUNS | {"criticism"}  # "dismissed claims of a rift", "dismissed criticism of his decision"


def _speech_act(verb: Word) -> bool:
    """A speech verb, or a verb whose complement is one ("declined to say", "refused to comment"), or
    one of rebutting ("said the chancellor was key to the campaign and dismissed claims of a rift")."""
    if verb.lemma_.lower() in SPEECH_CUES or (phrasal_lemma(verb) in _REBUTTING and any(
            c.dep_ == "dobj" and (c.lemma_.lower() in _REBUTTED_NOUNS or c.lower_ in _SAID_PRONOUNS)
            for c in verb.children)):
        return True
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in SPEECH_CUES for c in verb.children)


def speaker_conjunct(clause: Word) -> Word | None:
    """The first conjunct of ``clause`` that is the speaker's next speech act: a speech
    verb with no subject of its own, after a clause that has one.

    "The minister insisted the plan was sound but declined to say how much it would
    cost": "declined" (with "to say") is coordinated with "was" by the parse, but the
    minister declined; "said he would not respond and promised to praise the players":
    "promised" is the speaker's. "said prices rose and fell" keeps "fell" (no speech).
    """
    if not any(c.dep_ in _SUBJECTS for c in clause.children):
        return None
    for child in clause.children:
        if child.dep_ == "conj" and child.i > clause.i and child.pos_ == "VERB" and _speech_act(child) and not any(
            g.dep_ in _SUBJECTS for g in child.children
        ):
            return child
    return None


def clause_tokens(verb: Word, clause: Word) -> list[Word]:
    """The words of what ``verb`` says through its ``clause``, with the rules above:
    a speaker's conjunct, past-tense act or "adding" cut off, a subject misread as the verb's object put back, a
    reporter's time adjunct at the end of a state cut off."""
    cut = speaker_conjunct(clause) or narrated_in(verb, clause) or next(
        (w for w in clause.subtree if adding_to(w) is verb), None)
    end = _conjunct_start(cut) if cut is not None else None
    stranded = next((found for c in verb.children if c.dep_ == "conj" and (found := stranded_subject(c)) is not None), None)
    if stranded is not None and clause.i < stranded.i <= max(w.i for w in clause.subtree):
        start_of = _conjunct_start(stranded)  # "claimed X was a leader but his lawyer, Y, told": the lawyer's is not claimed
        end = start_of if end is None else min(end, start_of)
    adjunct = _reporters_adjunct(verb, clause)
    if adjunct is not None:
        end = adjunct if end is None else min(end, adjunct)
    start = min(w.i for w in clause.subtree)
    subject = _misread_subject(verb, clause)
    if subject is not None:
        start = subject
    start = told_from(verb, start) or start  # "told BBC News schools had": the addressee (kg.extract.toldaddressee)
    doc = clause.doc
    last = max(w.i for w in clause.subtree) + 1
    stop = end if end is not None else content_end(verb, clause, last)  # kg.extract.clauseends
    return [w for w in doc[start:stop] if not w.is_space]


def _conjunct_start(conjunct: Word) -> int:
    """Where a cut-off conjunct begins, with its conjunction and the comma before it."""
    doc = conjunct.doc
    first = min(w.i for w in conjunct.subtree)
    while first > 0 and (doc[first - 1].dep_ == "cc" or doc[first - 1].text == ","):
        first -= 1
    return first


def _misread_subject(verb: Word, clause: Word) -> int | None:
    """ "admitted his team's defending was poor": a clause with no subject right after the
    verb's object; the object is the clause's subject. Returns where it starts."""
    if any(c.dep_ in _SUBJECTS for c in clause.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < clause.i), None)
    if obj is None:
        return None
    words = list(obj.subtree)
    if max(w.i for w in words) + 1 != min(w.i for w in clause.subtree):
        return None
    return min(w.i for w in words)


def _reporters_adjunct(verb: Word, clause: Word) -> int | None:
    """ "admitted his team's defending was poor after watching them lose": a clause that
    states a state (a copula with its complement) of a doing or a possession cannot
    watch; the last "after/before/while ... -ing" adjunct with no subject of its own is
    the speaker's. Returns where it starts."""
    if clause.lemma_ != "be" or not any(c.dep_ in ("acomp", "attr") for c in clause.children):
        return None
    subject = next((c for c in clause.children if c.dep_ in _SUBJECTS), None)
    if subject is None and _misread_subject(verb, clause) is not None:
        subject = next(c for c in verb.children if c.dep_ == "dobj")
    if subject is None or not _attribute_of_someone(subject):
        return None
    last = max((c for c in clause.children if not c.is_punct), key=lambda c: c.i)
    if last.i < clause.i or not _time_adjunct(last):
        return None
    return min(w.i for w in last.subtree)


def _attribute_of_someone(subject: Word) -> bool:
    """A subject that is a doing or a thing of someone's, never a doer: a gerund ("the
    defending") or a noun with a possessor that is a noun ("the team's form"). "His team
    was poor after losing" is not one: the team lost."""
    if subject.tag_ == "VBG" or subject.pos_ == "VERB":
        return True
    return any(c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") for c in subject.children)


def _time_adjunct(word: Word) -> bool:
    """ "after watching them lose" (a preposition and its gerund, or a gerund clause with
    its subordinator), with no subject of its own."""
    if word.lower_ in _TIME_OPENERS and word.dep_ == "prep":
        gerund = next((c for c in word.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
    elif word.dep_ == "advcl" and word.tag_ == "VBG" and any(
            c.dep_ == "mark" and c.lower_ in _TIME_OPENERS for c in word.children):
        gerund = word
    else:
        return False
    return gerund is not None and not any(g.dep_ in _SUBJECTS for g in gerund.children)


def embedded(words: Words, open_at: int, close_at: int) -> bool:
    """Whether the quotation between the marks at character offsets ``open_at`` and
    ``close_at`` is a phrase of the clause before it, not a speech of its own: a phrase
    with no verb of its own that hangs on a word before the opening mark ('would not
    respond to "silly stories"'). 'added that "nothing has changed"' is a clause: speech;
    'complained of the "scale of misrepresentation"' is what the speech verb says. A
    quotation whose clause goes on right after its closing mark is a phrase of that clause
    too, verb or none (``_goes_on``), and so is a nickname inside a name (``_nickname``)."""
    every = words.words  # in text order: the words between the marks are one slice
    first, last = bisect.bisect_right(every, open_at, key=_offset), bisect.bisect_left(every, close_at, key=_offset)
    between = every[first:last]
    inside = [w for w in between if not w.is_punct and not w.is_space]
    top = [w for w in inside if not open_at < w.head.idx < close_at or w.head is w]
    if inside and between[-1] is inside[-1] and last + 1 < len(every) and (
            (_goes_on(every[last + 1], inside) and not any(_said_phrase(w) for w in top))
            or (first >= 2 and _nickname(every[first - 2], every[last + 1]))):
        return True  # 'complained of the "scale of misrepresentation" in the media': what was said
    if not top or any(w.pos_ in ("VERB", "AUX") for w in inside):
        return False
    return all(w.head.idx < open_at and not _said_phrase(w) for w in top)


def _goes_on(after: Word, inside: list[Word]) -> bool:
    """Whether the clause a quotation ending in a word goes on at ``after``, the word right after
    its closing mark: a preposition ('which had "seriously interfered" with its work, said the
    report') or a verb that is no speech verb ('said "firm action" was needed'). The quotation is
    then a phrase of that clause, and what the speech verb says is the clause."""
    if after.sent.start != inside[0].sent.start or after.is_punct:
        return False
    if after.pos_ == "ADP":
        return True
    return after.pos_ in ("AUX", "VERB") and after.lemma_.lower() not in SPEECH_CUES


def _nickname(before: Word, after: Word) -> bool:
    """Whether the words around a quotation are a name's: 'Jimmy "the Whirlwind" White' (a
    nickname between a first name and a surname says nothing)."""
    return before.pos_ == "PROPN" and after.pos_ == "PROPN" and before.text[:1].isupper() and after.text[:1].isupper()


def _offset(word: Word) -> int:
    return word.idx


def _said_phrase(word: Word) -> bool:
    """A phrase a speech verb says: its object, or "of" it ("warned of "major risks"")."""
    head = word.head
    if head.lower_ == "of" and head.dep_ == "prep":
        head = head.head
    return head is not word and head.lemma_.lower() in SPEECH_CUES and head.pos_ == "VERB" and (
        word.dep_ in ("dobj", "pobj"))


def balanced(text: str, start: int, end: int) -> tuple[int, int]:
    """``text[start:end]`` with the quotation marks that trimming took off its edges put
    back, when the content holds the other mark of their pair: 'he would not respond to
    "silly stories"' keeps its last mark, 'said "firm action" was needed' its first.

    >>> text = 'He said he would not respond to "silly stories".'
    >>> text[slice(*balanced(text, 8, 46))]
    'he would not respond to "silly stories"'
    >>> text = 'He said "firm action" was needed.'
    >>> text[slice(*balanced(text, 9, 32))]
    '"firm action" was needed'
    >>> balanced('said "A" and B', 5, 8), balanced('said "A" was "B".', 6, 15)
    ((5, 8), (5, 16))
    """
    marks = [at for at in range(start, end) if text[at] in '"“”']
    if marks and end < len(text) and text[end] in '"”' and opens_quotation(text, marks[-1]):
        end += 1
    if marks and start > 0 and text[start - 1] in '"“' and not opens_quotation(text, marks[0]):
        start -= 1
    return start, end


def opens_quotation(text: str, at: int) -> bool:
    """Whether the quotation mark at ``at`` of ``text`` (a paragraph, or the whole text) opens a
    quotation: a curly one as written; a straight one after a space, a bracket or a dash, with
    no space after it."""
    mark = text[at]
    if mark != '"':
        return mark == "“"
    before = text[at - 1] if at else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    return (before.isspace() or before in "([-—–") and not after.isspace()


def verb_after_subject(first: Word) -> Word | None:
    """The speech verb after a long speaker phrase that opens right after a quotation:
    '"...," Dr Anna Lee chief economist at the Bank of Wales told the BBC' (more words
    than a speech verb is looked for after a closing mark, all of them the verb's subject).
    ``first``: the word after the closing mark."""
    subject = first
    while subject.head is not subject and subject.head.i > subject.i and not _speech_verb(subject.head):
        subject = subject.head
    verb = subject.head
    if subject.dep_ != "nsubj" or not _speech_verb(verb):
        return None
    span = {w.i for w in subject.subtree}
    between = range(first.i, verb.i)
    return verb if all(i in span or first.doc[i].is_punct for i in between) else None


def speaker_words(subject: Token) -> list[Token]:
    """The words of a speaker's phrase without quotation marks the parse put in it, and
    its name alone where a role follows the name with no comma ("Dr Anna Lee chief
    economist at Barclays": "Dr Anna Lee"); never a name that owns the role ("Ann Lee's
    spokesman") or a name used as a modifier of something else ("the Blair government")."""
    tokens = [w for w in noun_phrase(subject) if w.text not in QUOTE_MARKS]
    while tokens and tokens[0].is_punct:
        tokens = tokens[1:]
    if subject.ent_type_ == "PERSON" or subject.lower_ not in ROLE_HEADS or not tokens:
        return tokens
    named = [at for at, w in enumerate(tokens) if w.i < subject.i and w.ent_type_ == "PERSON" and w.tag_ != "POS"]
    if not named or tokens[0].lower_ == "the" or any(w.ent_type_ != "PERSON" or w.tag_ == "POS"
                                                     for w in tokens[named[0] : named[-1] + 1]):
        return tokens
    after = tokens[named[-1] + 1] if named[-1] + 1 < len(tokens) else None
    if after is None or after.tag_ == "POS":
        return tokens
    return tokens[: named[-1] + 1]


def name_headed(argument: Argument, tokens: list[Token], subject: Token) -> Argument:
    """A speaker ``argument`` of ``tokens`` headed by the name ``speaker_words`` kept of a
    phrase whose head came after it ("Former welfare minister Frank Field MP said": Frank
    Field, not the role before the name); else ``argument`` itself."""
    last = tokens[-1]
    if subject.i <= last.i or last.ent_type_ != "PERSON":
        return argument
    return replace(argument, head_start=last.idx, head_end=last.idx + len(last.text))


def strip_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """``start:end`` without edge spaces, marks and trailing commas."""
    while start < end and (text[start].isspace() or text[start] in '"“”,;:'):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in '"“”,;:'):
        end -= 1
    return start, end


def before_comment(clause: Word, tokens: list[Word]) -> list[Word]:
    """What was said stops where the writer's comment opens: a comma, then a branch of the
    clause that starts with "so" or "which" ("said the runway was not helpful, so for
    Jones to jump like that is a good performance": the rest is the writer's)."""
    doc = clause.doc
    for child in clause.children:
        first = min(t.i for t in child.subtree)
        if child.i > clause.i and first > 0 and doc[first - 1].text == "," and doc[first].lower_ in WRITER_CONNECTIVES:
            return [t for t in tokens if t.i < first - 1]
    return tokens


def reported_within(verb: Word, clause: Word | None) -> Word | None:
    """What a speech verb says when its clause comes first and reports speech itself:
    "Mr Walters has suggested that Mr Kent is lying, something Mr Kent denies" -> Mr
    Kent denies that he is lying (the suggestion's content), not that Mr Walters
    suggested it. Only with the object before the verb ("something ... denies"): in
    "Government guidance said e-mails should go, Mr Thomas said" he reports the guidance.
    A clause after the verb, or one that reports no speech, is itself."""
    if clause is None or clause.i > verb.i or clause.lemma_.lower() not in SPEECH_CUES or not any(
            c.dep_ == "dobj" and clause.i < c.i < verb.i for c in verb.children):
        return clause
    return next((c for c in clause.children if c.dep_ == "ccomp"), clause)


def said_complement(verb: Word) -> Word | None:
    """The clause a speech verb says: the one after it when the parse hung a clause of the
    writer's on it too, before it ("International agencies have pledged their support; most
    say it is impossible to gauge the damage": most say it is impossible ..., not that the
    agencies pledged; "Fiat claims that ...; GM says the contract is no longer valid"); else its
    only one ('Government guidance said e-mails should go, Mr Thomas said'); never one that asks
    ("explained what went wrong": kg.extract.askedclauses)."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and said_clause(c) and not asking_clause(verb, c)]
    return next((c for c in clauses if c.i > verb.i), clauses[0] if clauses else None)
