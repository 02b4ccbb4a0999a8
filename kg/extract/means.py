"""The means on a passive clause is no doer: who used it is the passive's agent.

- A participle of means on a passive clause with no "by" phrase has no subject of its own:
  "Data was gathered using machines that looked innocent", "net attacks are increasingly
  launched using several hundred machines", "website PayPal could now be coded using a
  mixture of alphabets": whoever used the machines is the passive's unnamed agent, never
  its subject (the data, the attacks, the website). A "by" phrase names the one who used
  them ("was gathered by researchers using machines") and is left to the clause rules; so
  is an active clause ("Wal-Mart kicked off the battle, using an open letter").
  ``means_participles.txt`` lists the participles.
- A "to" infinitive of a passive verb of using (``using_verbs.txt``) is done by whoever
  used the means, the passive's "by" phrase, else no one named: "P2P nets can be used to
  share any kind of file" (the nets share nothing), "the Marshall Plan used by the United
  States to rebuild Europe" (the United States rebuilt it), "Cebit is used by many to
  unveil products". Not an active clause: "used the money to buy shares" (the user buys,
  ``kg.extract.controllers``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon.table import read_words

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["USING_VERBS", "means_of_passive", "means_user", "used_means"]

_MEANS = read_words("means_participles.txt")
USING_VERBS = _USING = read_words("using_verbs.txt")
_PASSIVE_DEPS = frozenset({"auxpass", "nsubjpass"})


def means_of_passive(verb: Word) -> bool:
    """Whether ``verb`` is a participle of means hung on a passive verb without an agent."""
    if verb.lower_ not in _MEANS or verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp"):
        return False
    head = verb.head
    return any(c.dep_ in _PASSIVE_DEPS for c in head.children) and not any(
        c.dep_ == "agent" for c in head.children)


def used_means(verb: Word) -> bool:
    """Whether ``verb`` is the "to" infinitive of a passive verb of using: "can be used to
    share", "were used by one firm to knock", "the Marshall Plan used by ... to rebuild" (a
    reduced relative: a bare past participle on a noun)."""
    if verb.dep_ != "xcomp" or verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    head = verb.head
    if head.tag_ != "VBN" or head.lemma_.lower() not in _USING:
        return False
    return any(c.dep_ in _PASSIVE_DEPS for c in head.children) or (
        head.dep_ == "acl" and not any(c.dep_.startswith("aux") for c in head.children))


def means_user(verb: Word) -> Word | None:
    """Who did ``verb``, an infinitive or participle of means on a passive verb: the head of
    the passive's "by" phrase ("used by the United States to rebuild Europe"), else ``None``."""
    agent = next((c for c in verb.head.children if c.dep_ == "agent"), None)
    return None if agent is None else next((c for c in agent.children if c.dep_ == "pobj"), None)
