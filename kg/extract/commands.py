"""A command or a plea is asked for, not done: its clause is possible.

"'Bring back Steve Lamacq,' wrote one listener", 'The prime minister said: "Help me to get
through the year"', "Stop the war, the protesters chanted", "Take advantage of this radical
advertising campaign": a verb in its bare form with no subject, no "to" and no modal that opens
its clause, at the start of the sentence or right after an opening quotation mark or a colon,
is an imperative: what someone urges, not an event that happened (nor anyone's plan). Its
clause reads possible, still framed by whoever says it (``kg.extract.factuality``); a verb
coordinated with it and sharing its form shares the reading ("Stop the war and bring the
troops home"). Not a bare infinitive inside a clause ("helped win the title", "made them pay":
no opener before it, or a subject of its own), nor "Let's" or "Don't" with a subject of their
own ("Don't you care?": a question), nor a clause's subject outside quotation marks, which is
a name's verb ("Ask Jeeves has bought the Bloglines website").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.words import Word

_OPENERS = frozenset({'"', "“", "'", "‘", "``", ":"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
_LEADING = frozenset({"please", "do", "don't", "n't", "not", "never", "just", "so", "now", "then", "and", "but", "simply"})
_OWN_DEPS = frozenset({"ROOT", "ccomp", "xcomp", "parataxis", "advcl", "csubj"})


def commanded(verb: Word) -> bool:
    """Whether ``verb``, the first verb of a clause, is an imperative (see the module)."""
    for _ in range(4):  # "Stop the war and bring the troops home": the first conjunct's form
        if verb.dep_ != "conj" or not _bare(verb):
            break
        verb = verb.head
    if verb.dep_ not in _OWN_DEPS or not _bare(verb):
        return False
    words, first = verb.doc, verb.sent.start
    start = verb.i
    while start > first and words[start - 1].lower_ in _LEADING and words[start - 1].head.i == verb.i:
        start -= 1  # "Please don't give it away"
    if verb.dep_ == "csubj":  # '"Bring back Lamacq" was the cry', not a name's verb: "Ask Jeeves has bought"
        return start > first and words[start - 1].text in _OPENERS and words[start - 1].text != ":"
    return start == first or words[start - 1].text in _OPENERS

def _bare(verb: Word) -> bool:
    """A verb in its bare form with no subject and no auxiliary but "do"."""
    return verb.tag_ == "VB" and verb.pos_ == "VERB" and not any(
        c.dep_ in _SUBJECTS or (c.dep_ in ("aux", "auxpass") and c.lemma_.lower() != "do") for c in verb.children)
