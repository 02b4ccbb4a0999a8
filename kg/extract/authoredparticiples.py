"""What a participle of making a work tells of, when the parser hung it on a person's clause.

"Tony Blair and Charles Kennedy also gave their views during interviews, conducted as part
of the programme": the parser hangs "conducted" on "gave" as an adverbial clause, and the
clause's subject became what was conducted (conduct(patient=Blair & Kennedy)). A passive
participle of a verb of making or staging a work (``authoring_verbs.txt``: written, penned,
directed, conducted, presented ...) never tells of a person: set off by a comma after the
clause of a person, it tells of the noun right before its comma when that noun is the
clause's own (an object of the verb or of a preposition on the verb: "the interviews"), and
of nothing when that noun hangs on another noun or is a name ("received a special award for
writing, presented by Noel Gallagher": the award or the writing, so none; "new sitcom, The
World According to Bex, penned by Fred Barron": no patient, the agent stays). A thing's
clause keeps its subject ("The film opened in March, directed by Frank Oz": the film), and
so does a verb a person may undergo ("coached by", "inspired by").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon.table import read_words

if TYPE_CHECKING:
    from spacy.tokens import Token

_AUTHORING = read_words("authoring_verbs.txt")
_OWN_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "mark", "csubj"})
_PEOPLE_PRONOUNS = frozenset({"he", "she", "i", "we", "you", "they"})


def authored(verb: Token) -> tuple[Token | None, str] | None:
    """The subject of ``verb``, a subjectless passive participle of ``authoring_verbs.txt``
    set off by a comma after its head verb whose subject is a person (or one of its conjuncts is), and how it was found;
    ``None`` when the rule does not apply (see the module's docstring)."""
    if (verb.dep_ != "advcl" or verb.tag_ != "VBN" or verb.lemma_.lower() not in _AUTHORING or verb.i < 2
            or verb.i < verb.head.i or verb.doc[verb.i - 1].text != "," or any(c.dep_ in _OWN_DEPS for c in verb.children)):
        return None
    head = verb.head
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not any(word.ent_type_ == "PERSON" or word.lower_ in _PEOPLE_PRONOUNS
                                  for word in (subject, *subject.conjuncts)):
        return None  # "Gervais and co-writer Stephen Merchant received": one of them is a person
    noun = verb.doc[verb.i - 2]
    if noun.pos_ == "NOUN" and noun.ent_type_ == "" and ((noun.dep_ == "dobj" and noun.head.i == head.i) or (
            noun.dep_ == "pobj" and noun.head.head.i == head.i)):
        return noun, "relative"  # "gave their views during interviews, conducted as ...": the interviews
    return None, "none"  # "an award for writing, presented by ...": no one was presented
