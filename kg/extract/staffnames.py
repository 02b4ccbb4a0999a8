"""A name NER read as an organisation that speaks from an organisation is a person's.

spaCy's small model reads a full name whose given name it does not know as a firm's:
"Yonca Brunini", "Benoit Joly", "Toshihiko Horiuchi" (no census list holds their
given names either, so ``kg.extract.cues.looks_like_person`` cannot tell). What the
text says of the name is surer: one who speaks "from" or "of" an organisation is
someone who works there, not a firm inside another ("said Yonca Brunini of Yahoo",
"According to Benoit Joly from broadband telecoms firm Thales", "Toshihiko Horiuchi,
from Hitachi's Mechanical Engineering Research Laboratory, said").

Rule ``speaks from``: each mention of a name of two or three capitalised words
(letters, hyphens, apostrophes) that NER read as an organisation, with no cue, no
head word of a thing's name ("Research Laboratory"), no organisation suffix, no
country's or known place's name, that

- is the subject of a speech verb (``speech_cues.tsv``) or follows "according to",
- and is followed (a comma between allowed) by "from" or "of" and, after at most
  ``_BETWEEN`` lower-case words, an organisation's name (one NER read so in any of its
  mentions: "of Yahoo" is a place here, a firm elsewhere),

becomes a person, in all mentions of that name. Not in a sports report ("Chelsea,
from the Premiership": clubs speak of leagues).
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.cues import head_type
from kg.extract.titledsurnames import titled_people
from kg.extract.words import Bounds, Word, Words
from kg.folding import fold
from kg.lexicon import COUNTRIES, ORG_SUFFIXES, SPEECH_CUES
from kg.lexicon.gazetteer import gazetteer
from kg.records import Mention
from kg.types import EntityType

_BETWEEN = 4  # lower-case words between "from" and the organisation: "from broadband telecoms firm Thales"
_FROM = frozenset({"from", "of"})


def staff_not_firms(
    found: list[tuple[Mention, Bounds]], words: Words, sport: frozenset[str] = frozenset()
) -> list[tuple[Mention, Bounds]]:
    """``found`` with each name that speaks from an organisation typed a Person (see
    the module docstring), and each full name whose surname the article titles
    (``kg.extract.titledsurnames``: "Sundar Katwala ... Mr Katwala")."""
    if sport:
        return found
    found = titled_people(found, words)
    firms = {fold(m.text) for m, _ in found if m.type is EntityType.ORGANIZATION}
    firms_at = {start for m, (start, _) in found if fold(m.text) in firms}  # "of Yahoo" (NER: a place here)
    staff = {
        fold(m.text) for m, (start, end) in found
        if _namelike(m) and _speaks(words, start, end) and _from_firm(words.words, end, firms_at)
    }
    if not staff:
        return found
    return [
        (replace(m, type=EntityType.PERSON, cued=True), b)
        if m.type is EntityType.ORGANIZATION and not m.cued and fold(m.text) in staff else (m, b)
        for m, b in found
    ]


def _namelike(mention: Mention) -> bool:
    """Two or three capitalised words of letters, read as an organisation with no cue,
    and nothing in them that names a thing or a place."""
    parts = mention.text.split()
    if mention.type is not EntityType.ORGANIZATION or mention.cued or not 2 <= len(parts) <= 3:
        return False
    if not all(part[:1].isupper() and part.replace("-", "").replace("'", "").isalpha() for part in parts):
        return False
    form = fold(mention.text)
    return (
        head_type(mention.text, frozenset()) is None and not any(word in ORG_SUFFIXES for word in form.split())
        and form not in COUNTRIES and not gazetteer().is_place(mention.text)
    )


def _speaks(words: Words, start: int, end: int) -> bool:
    """ "said Yonca Brunini", "Toshihiko Horiuchi ... said", "According to Benoit Joly"."""
    root = words.root(start, end)
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in SPEECH_CUES:
        return True
    marker = root.head
    return root.dep_ == "pobj" and marker.lower_ == "to" and marker.head.lower_ == "according"


def _from_firm(tokens: list[Word], end: int, firms_at: set[int]) -> bool:
    """ "X of Yahoo", "X, from Hitachi's ...", "X from broadband telecoms firm Thales"."""
    i = end + 1 if end < len(tokens) and tokens[end].text == "," else end
    if i >= len(tokens) or tokens[i].lower_ not in _FROM:
        return False
    for j in range(i + 1, min(i + 2 + _BETWEEN, len(tokens))):
        if j in firms_at:
            return True
        if not tokens[j].text.islower():
            return False
    return False
