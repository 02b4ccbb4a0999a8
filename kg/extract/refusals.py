"""A refusal to comment is no event of the topic: "declined to comment" says nothing happened.

"Euronext declined to comment after the talks ended", "ONGC's Mr Raha declined to be drawn
on his firm's reported interest", "Microsoft declined to confirm the price": the infinitive
is a way of answering questions, and the refusal says only that the subject kept quiet, not
that a commenting, a drawing or a confirming was denied (``refused_comments.tsv``). "be
drawn" counts only in the passive ("declined to be drawn on"); so does the verb coordinated
with such an infinitive ("declined to confirm or deny the reports"). A refusal of any other
act stays an event, negated: "refused to obey a government order", "refused to apologise".
A passive comment negated or not yet made is none either ("Souness would not be drawn on
specifics", "How much Ask Jeeves paid was not revealed", "has yet to be revealed":
``uncommented``); an active one is the subject's silence, negated ("He did not comment").
What such a refusal would have told is not told (``kg.extract.factuality``): "refused to
confirm he is setting up a new party" leaves the party possible, not reported; nor is the
refused speech a quote, negated or not (``unspoken``; the verbs of saying of
``refused_comments.tsv`` too: "refused to say whether", "refused to deny claims"), and no
event of saying or denying: the refusal is the statement (``kg.extract.refusalevents``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.frames import lemma_in, passive
from kg.lexicon.table import read_table
from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.words import Word

_KINDS = {row.fields[0]: row.fields[1] for row in read_table("refused_comments.tsv")}
REFUSALS = {word: kind for word, kind in _KINDS.items() if kind == "refusal"}
COMMENTS = {word: kind for word, kind in _KINDS.items() if kind == "comment"}
SPEECH = {word: kind for word, kind in _KINDS.items() if kind == "speech"}
REFUSED = {**COMMENTS, **SPEECH}
_PASSIVE_ONLY = frozenset({"draw"})
_WOULD = frozenset({"would", "will", "wo"})  # "won't" is "wo" + "n't"
_SPEAKERS = frozenset({"i", "we"})  # "I wouldn't say I'm bitter": a speaker's own hedge


def refused_comment(verb: Word) -> bool:
    """Whether ``verb`` is the infinitive of a refusal to comment (see the module)."""
    verb = _first_of_or(verb)  # "declined to confirm or [deny]"
    if not _comment(verb) or verb.dep_ != "xcomp":
        return False
    return lemma_in(verb.head, REFUSALS) in REFUSALS


def refusal_of(verb: Word) -> Word | None:
    """The refusal verb whose active infinitive ``verb`` is, when ``verb`` is a comment or a
    speech ("declined to [comment]", "refused to [deny] claims": ``kg.extract.refusalevents``)."""
    if verb.dep_ != "xcomp" or lemma_in(verb, REFUSED) not in REFUSED or passive(verb):
        return None
    head = verb.head
    return head if lemma_in(head, REFUSALS) in REFUSALS else None


def refused_speech(verb: Word) -> bool:
    """Whether a speech verb is one its speaker refused to make ("refused to say whether ...",
    "refused to deny claims that ...", "refused to confirm he is ..."): no quote, and no event
    of saying or denying, negated or not."""
    return verb.dep_ == "xcomp" and refusal_of(verb) is not None


def withheld(verb: Word) -> bool:
    """Whether ``verb`` is a comment or a speech its subject "would not" (or "will not") give:
    "The ONS would not comment on the definition", "Souness would not be drawn on specifics",
    "It would not confirm that Sizzla was among them"; a refusal, as "declined to" is. Not
    "did not comment" (silence), "could not comment" (inability), nor a speaker's own "I
    wouldn't say I'm bitter", nor a passive ("will not be denied sanctuary")."""
    if lemma_in(verb, REFUSED) not in REFUSED or (lemma_in(verb, COMMENTS) in _PASSIVE_ONLY) is not passive(verb):
        return False  # "would not be drawn" in the passive only; "will not be denied sanctuary" is no refusal
    children = verb.children
    if not any(c.dep_ == "neg" for c in children) or not any(c.dep_ == "aux" and c.lower_ in _WOULD for c in children):
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _SPEAKERS for c in children)


def unspoken(factuality: Factuality, cue: str | None) -> bool:
    """Whether a speech read so (its factuality and cue) is one its speaker refused to give
    ("refused to say whether ...", "declined to confirm ..."): no quote, negated or not; the
    refusal is the event (``kg.extract.refusalevents``). A quotation that goes on from it keeps
    its speaker, and was said ('declined to say whether ... "What is important is ..."')."""
    return factuality is Factuality.NEGATED and cue in REFUSALS


def uncommented(verb: Word) -> bool:
    """Whether ``verb`` is a comment not made: refused ("declined to comment"), or in the
    passive negated ("would not be drawn on specifics", "the price was not revealed") or not
    yet made ("has yet to be revealed"): no event (see the module)."""
    verb = _first_of_or(verb)  # `refused_comment`'s two tests, each read once: asked of every verb
    if not _comment(verb):
        return lemma_in(verb, SPEECH) in SPEECH and (refused_speech(verb) or withheld(verb))  # "refused to deny claims": no deny event
    if verb.dep_ == "xcomp" and lemma_in(verb.head, REFUSALS) in REFUSALS:
        return True
    if withheld(verb):
        return True  # "would not comment on the reports": a refusal (kg.extract.refusalevents)
    if not passive(verb):
        return False  # "He did not comment": the subject's own silence, negated
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_.lower() in ("have", "be") and any(
        c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children)


def _comment(verb: Word) -> bool:
    lemma = lemma_in(verb, COMMENTS)
    return lemma in COMMENTS and (lemma not in _PASSIVE_ONLY or passive(verb))


def _first_of_or(verb: Word) -> Word:
    """The first verb of an "or" coordination ("confirm or deny"), else ``verb``."""
    head = verb.head
    if verb.dep_ == "conj" and head.i != verb.i and any(c.dep_ == "cc" and c.lower_ == "or" for c in head.children):
        return head
    return verb
