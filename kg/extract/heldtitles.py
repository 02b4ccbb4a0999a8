"""A description subject with a person's name set off by commas after it stands for that
person: "The Home Secretary, David Blunkett, has issued new instructions", "The chairman,
Lord Smith, has resigned" (Blunkett issued them; "The Home Secretary" alone is a node no
name stands for, and the event was lost or given to it).

The parse hangs the name on the description as an apposition after a comma; the name must
close with a comma or a dash (not run on into a list: "the chairman, Lord Smith and Mr
Jones"), and be a person's name; only a subject is read, and not when its verb has a second
subject (a misparse). The description's own reading (a position, a
descriptor) stays where the other rules put it. "Blunkett, the Home Secretary, said" is the
name first and needs nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.words import Word

_ENDS = frozenset({",", "--", "-", "–", "—"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def held_title_name(tokens: list[Word], head: Word) -> list[Word] | None:
    """The person's name apposed to the description subject ``tokens`` (headed by ``head``)
    after a comma and closed by a comma, or ``None``; an object keeps its words ("appointed a
    new chief executive, John Smith": the description, resolved to Smith by the resolver)."""
    if head.ent_type_ == "PERSON" or head.dep_ not in _SUBJECTS or not tokens or (name := _apposed_person(head)) is None or sum(
            c.dep_ in _SUBJECTS for c in head.head.children) > 1:
        return None  # a verb with two subjects is a misparse ("Bondi, sued Morgan Stanley": Stanley a subject too)
    end = max(t.i for t in tokens)
    doc = head.doc
    if end + 2 >= len(doc) or doc[end + 1].text != "," or min(t.i for t in name.subtree) != end + 2:
        return None
    after = max(t.i for t in name.subtree) + 1
    if after >= len(doc) or doc[after].text not in _ENDS:
        return None
    return [t for t in name.subtree if t.i <= name.i and not t.is_punct]


def held_title_subject(subject: Word) -> Word | None:
    """The person's name apposed to a description subject after a comma and closed by a
    comma: "The Attorney General, Lord Goldsmith, has issued no instructions" -> Goldsmith."""
    if subject.dep_ not in _SUBJECTS or subject.pos_ not in ("NOUN", "PROPN") or _apposed_person(subject) is None:
        return None  # no name apposed (most subjects): no words to gather
    tokens = [t for t in subject.subtree if t.i <= subject.i]
    if names := held_title_name(tokens, subject):
        return names[-1]
    return _titled_name(subject)


def _titled_name(subject: Word) -> Word | None:
    """The person's name the parse hung, with no comma, on a title subject coordinated
    before it: "Veteran comedian and broadcaster Cyril Fletcher has died" (``comedian`` the
    subject, ``Fletcher`` its apposition) -> Fletcher; a name that runs on after the
    subject's own words, up to its verb."""
    if subject.pos_ != "NOUN" or subject.ent_type_ or not any(c.dep_ == "conj" for c in subject.children):
        return None
    name = next((c for c in subject.rights if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"), None)
    if name is None:
        return None
    inside = {t.i for t in name.subtree}
    own = [t.i for t in subject.subtree if t.i not in inside]
    if min(inside) != max(own) + 1 or max(inside) >= subject.head.i or subject.doc[max(own)].is_punct:
        return None
    return name


def _apposed_person(head: Word) -> Word | None:
    """The person's name apposed right of ``head``, if any."""
    return next((c for c in head.rights if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"), None)
