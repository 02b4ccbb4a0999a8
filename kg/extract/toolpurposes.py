"""A "to" infinitive after a tool tells what the tool does, not what its maker plans.

"Microsoft has entered the desktop search fray, releasing a test version of its tool to find
documents", "Yahoo has launched software to allow people to search e-mail", "The lifts have a
pressure control system to stop passengers' ears popping": the parser hangs the infinitive on
the verb (an adverbial clause, a purpose of its subject: "Microsoft plans to find documents"),
where it tells what the object does. When the verb's direct object ends right before the
infinitive's "to" and is a made thing that works by itself (``tool_nouns.txt``), or a version
or copy of one ("a test version of its tool"), the infinitive's subject is that thing and what
it does is possible (what the thing is for or can do), neither the maker's plan nor a fact.
Not after a verb of using or of means ("used the software to share files": the user's purpose,
``kg.extract.means``) or of getting ("Ask Jeeves has bought the Bloglines website to improve the
way it handles content": the buyer's), nor one whose object is asked to act (``control_verbs.txt``), nor an
infinitive with a subject of its own or a person's reflexive ("update their software to keep
themselves protected": the users keep).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.controllers import CONTROL_VERBS
from kg.extract.event_arguments import has_to
from kg.lexicon.table import read_words

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["tool_function"]

TOOL_NOUNS = read_words("tool_nouns.txt")
_USERS = read_words("using_verbs.txt") | read_words("instrument_verbs.txt")
_GETTING = frozenset({"buy", "acquire", "purchase", "rent", "lease", "license"})  # "bought the website to improve": the buyer's
_VERSIONS = frozenset({"version", "copy", "prototype", "update"})  # "a test version of its tool"
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_SELVES = frozenset({"themselves", "himself", "herself", "ourselves", "yourself", "yourselves", "myself"})


def tool_function(verb: Word) -> Word | None:
    """The tool whose function the "to" infinitive ``verb`` tells (see the module), else ``None``."""
    head = verb.head
    if verb.dep_ not in ("advcl", "xcomp") or verb.tag_ != "VB" or not has_to(verb) or head.i == verb.i or head.pos_ not in (
            "VERB", "AUX") or any(c.dep_ in _SUBJECTS for c in verb.children) or any(t.lower_ in _SELVES for t in verb.subtree):
        return None  # "update their software to keep themselves protected": the users keep
    lemma = head.lemma_.lower()
    if lemma in CONTROL_VERBS or lemma in _USERS or lemma in _GETTING:
        return None
    obj = next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if obj is None or obj.pos_ != "NOUN" or max(t.i for t in obj.subtree) + 1 != min(t.i for t in verb.subtree):
        return None
    if obj.lemma_.lower() in _VERSIONS:
        of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        inner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        return obj if inner is not None and inner.lemma_.lower() in TOOL_NOUNS else None
    return obj if obj.lemma_.lower() in TOOL_NOUNS else None
