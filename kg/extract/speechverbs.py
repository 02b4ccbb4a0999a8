"""Speech verbs and speakers as news writes them, beyond one verb and one subject.

``kg.extract.quotes`` finds a speech verb beside a quotation and its subject. Each
rule names its construction:

- a speech verb with its particle: '"We need more time," pointed out Ms Ortiz.'
  ("point out" is in ``speech_cues.tsv`` as written; "pointed to the screen" is no
  speech, so "point" alone is not);
- coordinated speakers: "Neither Mr Hale nor Ms Grant would say whether the deal
  was off", "Mr Hale and Ms Grant said the deal was off": each conjunct is a speaker
  ("or" is not: "Hale or Grant said" does not say who did), each of a list of three
  too, whose "and" the parse hangs on a later conjunct ("Paramount, Universal and
  Warner Brothers said");
- a described speaker with its name apposed (``named_speaker``): "the world's largest
  package delivery company, UPS, said" is UPS, as "said BIFA founder Elliot Grove" is Grove
  and "The Lord Chief Justice, Lord Woolf, said" (a capitalised title NER gives no type) is Woolf;
  so is a person's name the parse split from its description right before the verb: a
  second subject ("The charity's head of HIV/Aids in Britain, Simon Wright said", "Veteran
  Labour MP and former Cabinet minister Jack Cunningham has said") or a name apposed to an
  organisation's ("A spokesman for US Immigration, Customs and Enforcement, Dean Boyd, said":
  no person is an organisation, so the name is the spokesman's);
- a speaker after its verb that the parse read as the verb's object: '"Not in my
  lifetime," retorted the chairman.' (nothing follows a closing mark and its verb but
  who speaks);
- a role of two words the parse split after the speaker's head: '"It will not be a
  pretty game," said the lock forward.' ("forward" read as an adverb of "said"; the
  speaker is "the lock forward", a role of ``roles.tsv``);
- any verb that a subject and nothing else brings after a quotation ending in a
  comma, question or exclamation mark (``attributing_verb``): '"Did you ever see him
  sign a cheque?" Mr Walters pressed.', '"This is a disgrace," Ms Clwyd fumed.' The
  quotation is theirs, not the last speaker's; a quotation ending in a full stop ends
  its sentence, so what follows it is the writer's ('"We will win." Chelsea lost.');
- the one who goes on adding (``adding_to``): "Campbell said a win by Mr Kerry would have
  given Mr Blair a fresh start, adding it was almost as if ..." (the parse hangs "adding" on
  "given", inside what was said: the one adding is Campbell, not "a win"); so for any speech
  participle hung on a clause whose subject is a thing ("Dan Jolin said the film had 'a very
  good chance' of doing well, predicting that it would collect five or six awards": Jolin
  predicts, not the film); after a name or "he" ("said the minister had resigned, saying
  ...") it stays the clause's subject's;
- a name between a speech verb with no subject and its clause's subject (``nearer_speaker``):
  "The cross-Channel truck market is improving, Eurotunnel said, but warned that ...",
  "The trouble began ..., with Maria Hutchings marching up to him, saying ...": the name's;
- a subject the parse hung on the clause before, between a conjunction and a speech verb it
  left with no subject (``stranded_subject``): "US Customs claimed Mr Griffiths was one of DOD's
  leaders but his lawyer, Antony Townsden, told the BBC News website it was a laughable
  suggestion" (the parse makes "lawyer" a conjunct of "leaders"): the lawyer told, not US Customs;
- an object verb whose object is someone, not something said (``about_someone``):
  "Martyn denied the England striker", "The keeper denied Rooney a second goal" are
  saves, no denials.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.extract.claimreplies import claim_reply
from kg.lexicon import ROLES, SPEECH_CUES
from kg.nlp.openers import PAIRING, QUOTE_MARKS  # PAIRING: words that open a coordination: "Neither Mr Hale"

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.words import Word, Words

# Conjunctions that make every conjunct a speaker: "A and B said", "neither A nor B would say".
_JOINING = frozenset({"and", "nor"})


def speech_lemma(verb: Token) -> str:
    """The speech verb's lemma with its particle when ``speech_cues.tsv`` lists the two
    ("point out"), else its lemma."""
    lemma = verb.lemma_.lower()
    for child in verb.children:
        if child.dep_ == "prt" and f"{lemma} {child.lower_}" in SPEECH_CUES:
            return f"{lemma} {child.lower_}"
    return lemma


def without_pairing(tokens: list[Token]) -> list[Token]:
    """A speaker's words without the word that opens a coordination ("Neither Mr Hale":
    "Mr Hale")."""
    while tokens and tokens[0].lower_ in PAIRING and len(tokens) > 1:
        tokens = tokens[1:]
    return tokens


def named_speaker(subject: Token) -> Token:
    """The name a described speaker is given beside it, else the speaker itself: a person
    coordinated or apposed ("said BIFA founder and director Elliot Grove"), or an organisation
    or country apposed ("the world's largest package delivery company, UPS, said", "The world's
    biggest tobacco consumer, China, has said"). A name is left as it is ("Hale nor Ms Grant")."""
    beside = _name_before_verb(subject)
    if beside is not None:
        return beside
    if subject.ent_type_ == "PERSON" or (subject.pos_ == "PROPN" and not _capitalised_title(subject)):
        return subject
    person = next((c for c in subject.children if c.dep_ in ("conj", "appos") and c.ent_type_ == "PERSON"), None)
    if person is not None:
        return person
    return next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                 and c.ent_type_ in _APPOSED_NAMES), subject)


def _capitalised_title(subject: Token) -> bool:
    """Whether a proper-noun subject that NER gives no type is a capitalised title with a
    person apposed: "The Lord Chief Justice, Lord Woolf, ... said" is Woolf's speech."""
    return not subject.ent_type_ and any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in subject.children)


def _name_before_verb(subject: Token) -> Token | None:
    """The head of a person's name the parse split from a described ``subject``, ending right
    before the verb (but for its auxiliaries and a comma): a second subject of the verb, or a
    name apposed to an organisation or place inside the subject's phrase."""
    verb = subject.head
    if subject.dep_ != "nsubj" or subject.ent_type_ == "PERSON" or verb.i < subject.i:
        return None
    last = verb.i - 1
    while last > subject.i and (verb.doc[last].dep_ in ("aux", "neg") or verb.doc[last].text == ","):
        last -= 1
    name = verb.doc[last]
    if name.ent_type_ != "PERSON" or name.pos_ != "PROPN" or name.i == subject.i:
        return None
    if name.dep_ == "nsubj" and name.head is verb:
        return name  # "The charity's head of HIV/Aids in Britain, Simon Wright said"
    apposed = name.dep_ == "appos" and name.head.ent_type_ in _APPOSED_NAMES and name.head.ent_type_ != "PERSON"
    opened = verb.doc[min(w.i for w in name.subtree) - 1].text == "," and verb.doc[last + 1].text == ","
    return name if apposed and opened and any(w.i == name.i for w in subject.subtree) else None


# Kinds of names an apposition gives a described speaker besides a person's.
_APPOSED_NAMES = frozenset({"ORG", "GPE"})


def co_speakers(subject: Token) -> list[Token]:
    """The heads of the names coordinated with a named ``subject`` by "and" or "nor" ("Mr
    Hale nor Ms Grant": "Grant"); none when "or" joins them, nor for common nouns ("Mac
    watchers and some analysts say": who the analysts are, the text does not say)."""
    joining = _joining(subject)
    if not joining or not joining <= _JOINING:
        return []
    found = []
    for child in subject.children:
        if child.dep_ == "conj" and child.pos_ == "PROPN" and subject.pos_ == "PROPN":
            found.append(child)
            found.extend(co_speakers(child) if any(c.dep_ == "conj" for c in child.children) else [])
    return found


def _joining(subject: Token) -> set[str]:
    """The conjunctions of the list ``subject`` opens: its own, or in a list of three or more
    the last conjunct's, where the parse hangs the "and" ("Paramount, Universal and Warner
    Brothers said": "and" on "Universal"), past a comma between each conjunct and the next."""
    joining = {c.lower_ for c in subject.children if c.dep_ == "cc"}
    following = next((c for c in subject.children if c.dep_ == "conj"), None)
    if joining or following is None or subject.doc[following.left_edge.i - 1].text != ",":
        return joining
    return _joining(following)


def split_role_end(tokens: list[Token]) -> list[Token]:
    """A speaker's words with the second word of a two-word role put back when the parse
    hung it on the verb ("said the lock forward": "forward" an adverb)."""
    if not tokens:
        return tokens
    last = tokens[-1]
    if last.i + 1 >= len(last.doc):
        return tokens
    after = last.doc[last.i + 1]
    if after.head is last or after.is_punct or not after.text.islower():
        return tokens
    return tokens + [after] if (last.lower_, after.lower_) in ROLES else tokens


def inverted_object(verb: Token) -> Token | None:
    """The object the parse gave a speech verb with no subject, right after a closing
    quotation mark: the speaker of the inverted order ('"...," retorted the chairman').
    """
    if verb.i < 2 or verb.doc[verb.i - 1].text not in _CLOSING or verb.doc[verb.i - 2].text not in ",?!":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and min(w.i for w in c.subtree) == verb.i + 1), None)


_CLOSING = frozenset({'"', "”", "''"})


def about_someone(parts: list[Token]) -> bool:
    """Whether an object speech verb's object is a person with nothing said of them
    ("denied the England striker with a fine save"; "accused Mr Howard of producing a
    fraudulent prospectus" says what, in its "of"), or the verb has a second object
    ("denied Rooney a second goal"): whom the act was done to, not what was said."""
    if any(part.dep_ == "dative" for part in parts):
        return True
    obj = next((part for part in parts if part.dep_ == "dobj"), None)
    person = obj is not None and (obj.ent_type_ == "PERSON" or (obj.lemma_.lower(),) in ROLES)
    said = [*parts, *(obj.subtree if obj is not None else ())]  # "accused the PM and his chancellor of"
    return person and not any(part.dep_ == "prep" and part.lower_ in _WHAT_OF_SOMEONE for part in said)


# Prepositions after a person object that say what was said of them: "accused X of", "criticised X for".
_WHAT_OF_SOMEONE = frozenset({"of", "for", "over", "about"})


def adding_to(verb: Word) -> Word | None:
    """The speech verb whose speaker an "adding" participle goes on from, when the parse
    hung the participle inside that verb's content clause (see the module), or the verb that took
    up a claim the participle replies to (``kg.extract.claimreplies``); else ``None``."""
    if (answerer := claim_reply(verb)) is not None:
        return answerer  # "rejected the allegation that Mr Brown had been sidelined, saying ...": the rejecter
    lemma = verb.lemma_.lower()
    if verb.tag_ != "VBG" or lemma not in SPEECH_CUES or verb.dep_ not in ("advcl", "conj"):
        return None
    inner = verb.head
    while inner.head is not inner and inner.dep_ == "conj":
        inner = inner.head
    if inner.dep_ != "ccomp" or inner.head is inner:
        return None
    if lemma not in _GOING_ON and any(_someone(c) for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")):
        return None  # "X said the minister had resigned, saying ...": the minister may be the one saying
    outer = inner.head
    return outer if outer.lemma_.lower() in SPEECH_CUES and outer.i < verb.i else None


# Participles that only go on from a speech already made: "..., adding ...".
_GOING_ON = frozenset({"add"})
# Named entities that may speak for themselves.
_SPEAKING_NAMES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _someone(subject: Word) -> bool:
    """Whether a subject is someone who may say a thing themselves: a name, or a personal
    pronoun other than "it" (who "he" is, the parse does not say)."""
    return (subject.pos_ == "PROPN" or subject.ent_type_ in _SPEAKING_NAMES
            or (subject.pos_ == "PRON" and subject.lower_ not in ("it", "that", "this", "which")))


def nearer_speaker(verb: Word) -> Word | None:
    """The verb of a name that stands between a speech verb with no subject and the subject
    of the clause it hangs on (see the module), or ``None``: an attribution put in ("The
    cross-Channel truck market is improving, Eurotunnel said, but warned that ...": Eurotunnel
    warned, not the market) or an absolute ("The trouble began on the show, with Maria
    Hutchings marching up to him, saying ...": she says it, not the trouble)."""
    head = verb.head
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    found = [w.head for w in verb.doc[subject.i + 1 : verb.i] if w.dep_ == "nsubj" and w.head.i < verb.i
             and (w.pos_ == "PROPN" or w.ent_type_ in _SPEAKING_NAMES) and w.head.dep_ in ("pcomp", "parataxis")
             and (w.head.head is head or w.head.head.head is head)]
    return found[-1] if found else None


def after_quote(verb: Word) -> bool:
    """Whether ``verb`` is its own head, or comes right after a quotation mark that closes
    after its head: '"It had an impact on us, but because of the way we were defeated,"
    added the 30-year-old' (the parse makes "added" a conjunct of "had", inside the
    quotation; the speaker is the one after the verb, not the quotation's "It"). Not a
    quoted phrase wholly between them ("said the report highlighted the "entrenched
    divisions", but added", "said the series was "wide open", adding": "said" speaks)."""
    before = _before_commas(verb.doc, verb.i - 1, verb.head.i)
    marks = sum(w.text in QUOTE_MARKS for w in verb.doc[verb.head.i + 1 : verb.i])
    return verb.head is verb or (before > verb.head.i and verb.doc[before].text in QUOTE_MARKS and marks % 2 == 1)


def speech_subject(chained: Word, verb: Word) -> Word | None:
    """The subject of the speech verb ``chained`` (``verb`` itself or the verb it goes on from):
    its ``nsubj`` (or an ``nsubjpass`` of a verb it goes on from), else the phrase the parse
    stranded on the clause before. When the parse gives the verb two subjects, one before it and
    one after, the one after is the speaker ("... in particular the UK, France and Spain, said
    the report": the report speaks, not the UK)."""
    subjects = [c for c in chained.children if c.dep_ == "nsubj" or (c.dep_ == "nsubjpass" and chained is not verb)]
    if _titled(chained):
        return None
    if len(subjects) > 1 and subjects[0].i < chained.i < subjects[-1].i:
        return subjects[-1]
    return subjects[0] if subjects else stranded_subject(chained)


def _titled(verb: Word) -> bool:
    """Whether the parse opened the verb's clause with a capitalised subordinator inside its
    sentence, the first word of a title ("The 58-year-old US singer of Because the Night told
    The Observer ...": "the Night" is no one who tells); not after punctuation or a quotation mark."""
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.i < verb.i), None)
    return mark is not None and mark.is_title and mark.i > verb.sent.start and not verb.doc[mark.i - 1].is_punct


def stranded_subject(verb: Word) -> Word | None:
    """The head of the noun phrase between a conjunction ("but", "and", "while") and a conjunct
    speech ``verb`` with no subject of its own, when the parse hung that phrase on the clause
    before (see the module); ``None`` when a conjunction or anything else stands before the verb."""
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    doc = verb.doc
    last = _before_commas(doc, verb.i - 1, 0)
    top = doc[last]
    if top.pos_ not in ("NOUN", "PROPN") or top.head.i > verb.i:
        return None
    while top.dep_ in ("appos", "compound", "flat") and top.head.i < top.i:
        top = top.head
    first = min(w.i for w in top.subtree)
    if first < 1 or max(w.i for w in top.subtree if not w.is_punct) != last or doc[first - 1].lower_ not in _STRANDING:
        return None
    return top if doc[first - 1].head.i < first and top.i > verb.head.i else None


# Conjunctions after which a new subject may open a clause the parse failed to see.
_STRANDING = frozenset({"but", "and", "while", "whereas"})


# What may stand between an attributing verb and the sentence's end: '"...?" he pressed again.'
_AFTER_VERB = frozenset({"advmod", "punct", "prt"})
_SUBJECTS = frozenset({"PROPN", "PRON", "NOUN"})


def attributing_verb(words: Sequence[Token], close: int, end: int) -> Token | None:
    """The verb of '"...?" Mr Walters pressed.' after the closing mark at ``close``
    (``end``: the sentence's end): the quotation ends in a comma, question or
    exclamation mark, and what follows is a subject and its verb with no object, no
    complement and no more clause before the sentence ends (see the module)."""
    if close < 1 or words[close - 1].text not in (",", "?", "!"):
        return None
    verb = next((w for w in words[close + 1 : min(end, close + 6)] if w.pos_ == "VERB"), None)
    if verb is None or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or not close < subjects[0].i < verb.i or subjects[0].pos_ not in _SUBJECTS:
        return None
    rest = [c for c in verb.children if c.i > verb.i]
    if any(c.dep_ not in _AFTER_VERB for c in rest) or any(c.i > verb.i and c.text not in (".", "!") for c in rest
                                                          if c.dep_ == "punct"):
        return None
    return verb if all(w.i < end for w in rest) and not any(c.dep_ == "aux" and c.i < verb.i for c in verb.children) \
        else None


def _before_commas(doc: Words, index: int, floor: int) -> int:
    """``index`` moved back past commas, never to ``floor`` or before it."""
    while index > floor and doc[index].text == ",":
        index -= 1
    return index
