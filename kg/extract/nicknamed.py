"""A club's nickname NER missed in a sports report: "Magpies chairman Freddy Shepherd",
"Arsenal will play the Magpies", "Boro have already qualified".

spaCy's small model leaves most clubs' nicknames unlabelled, so the club's statements
lose their agent and the nickname never meets the club's node. In a sports report
(``kg.extract.sportwords``) a run of capitalised words outside every name found, written
as a team's nickname of ``nicknames.tsv`` (after "the" or not) and glued to no other
capitalised word or number ("Northampton Saints", "Sale Sharks": a club's full name),
is a mention of the team when it stands for one club: the one club of its readings the
article names (in full or by its first word: "Newcastle" for Newcastle United), else the
one reading of the report's sport. ``kg.resolve.nicknames`` then reads it as that club,
as it does when NER labels it. Nicknames that are no team's (parties: "Tories") are
left to NER.
"""

from __future__ import annotations

from kg.extract.spans import is_modifier
from kg.extract.words import Bounds, Word, Words
from kg.folding import fold
from kg.lexicon import NICKNAMES
from kg.records import Mention
from kg.types import EntityType

_LONGEST = 2  # words in a nickname of a team: "Red Devils", "Black Cats"


def nicknamed_teams(found: list[tuple[Mention, Bounds]], words: Words, sport: frozenset[str]) -> list[tuple[Mention, Bounds]]:
    """``found`` with a team mention added for each nickname NER missed (module docstring)."""
    if not sport:
        return found
    tokens = words.words
    taken = {i for _, (start, end) in found for i in range(start, end)}
    names = {fold(mention.text) for mention, _ in found}
    sentence_of: list[int] = []  # built only when a nickname is found
    added = []
    i = 0
    while i < len(tokens):
        end = _nickname_end(tokens, i, taken, sport, names)
        if end is None:
            i += 1
            continue
        sentence_of = sentence_of or words.sentence_numbers()
        first = tokens[i]
        text = words.span_text(i, end)
        mention = Mention(first.idx, first.idx + len(text), text, EntityType.SPORTS_TEAM, sentence_of[i],
                          modifier=is_modifier(words, i, end), cued=True)
        added.append((mention, (i, end)))
        i = end
    return found + added if added else found


def _nickname_end(tokens: list[Word], start: int, taken: set[int], sport: frozenset[str], names: set[str]) -> int | None:
    """The end of a team's nickname that opens at ``start``, not glued to another name, or ``None``."""
    if start in taken or not _capital(tokens[start]) or (start > 0 and tokens[start].sent.start != start and (
            (_capital(tokens[start - 1]) and tokens[start - 1].lower_ != "the") or tokens[start - 1].like_num)):
        return None
    for end in range(min(start + _LONGEST, len(tokens)), start, -1):
        run = tokens[start:end]
        if any(i in taken for i in range(start, end)) or not all(_capital(word) for word in run):
            continue
        form = fold(" ".join(word.text for word in run))
        if not _one_club(form, sport, names):
            continue
        after = tokens[end] if end < len(tokens) and tokens[end].sent.start != end else None
        return None if after is not None and (_capital(after) or after.like_num) else end
    return None


def _one_club(form: str, sport: frozenset[str], names: set[str]) -> bool:
    """Whether the nickname ``form`` stands for one club in this article (module docstring)."""
    teams = [reading for reading in NICKNAMES.get(form, ()) if reading.type is EntityType.SPORTS_TEAM]
    named = [reading for reading in teams if fold(reading.name) in names or fold(reading.name).split()[0] in names]
    return len(named) == 1 or (not named and len([reading for reading in teams if reading.context in sport]) == 1)


def _capital(word: Word) -> bool:
    return word.text[:1].isupper() and word.text.isalpha()
