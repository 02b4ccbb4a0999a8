"""A sports report's line-ups: the players a team fielded, listed by surname.

A match report ends with each side's line-up, a name before a colon and then its
players, one to three capitalised words each, separated by commas or semicolons,
up to a full stop::

    Everton: Martyn, Hibbert, Yobo, Stubbs, Naysmith, Osman, Carsley, Arteta, Kilbane, McFadden, Bent.
    Subs: Wright, Pistone, Weir, Plessis, Vaughan.

spaCy's small model reads single surnames out of context: "Bridge" a facility,
"Bent" nothing, "Chelsea"-like surnames organisations or places. In a line-up every
item is a player (a Person) and the name before the colon is the team. A list is a
line-up when it has at least ``_MIN_PLAYERS`` items, or ``_MIN_SUBS`` after a
substitutes' label ("Subs", "Subs not used", "Replacements"); an item that is a
country's name or a big city's is no player, and a list holding one is no line-up
(a list of teams or venues). A list at the head of a paragraph whose label the page
lost counts when it is as long as a side. Minutes and substitutes go with their
players: "Traore (Biscan 67)", "Goals: Bowyer 35, Dyer 69"; a captain's mark is
skipped ("Redpath (capt)", "O'Connell, capt, S Easterby"); a name may hold a particle
("R de Marigny", "CJ van der Linde") and an initial its full stop ("S. Best"); two players
joined by a slash are both players ("W Johnson/B Deacon": either came on); a paragraph of names may open
on the dash or colon of its lost label ("- M Blair (Edinburgh), A Craig (Glasgow), ...").
A name in brackets without a minute is the player's club,
a team ("K Morgan (Newport-Gwent)", "G Thomas (Toulouse, capt)"), and a name that opens on
an initial right after it is the next player where the page lost the comma ("J Fourie (S
Africa) T Umaga (New Zealand)"). A side's line-up (11 names or more) is read even where the
article's prose has too few sport words to make it a sports report (``has_side``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from kg.extract.namelike import NAME_PARTICLES
from kg.extract.words import Bounds, Word, Words
from kg.folding import fold
from kg.lexicon import COUNTRIES
from kg.lexicon.gazetteer import gazetteer
from kg.records import Mention
from kg.types import EntityType

_MIN_PLAYERS = 6  # a side fields 11 (15 in rugby union): six names after a colon are a line-up
_MIN_SUBS = 2  # substitutes, scorers and bookings are fewer, but their label says what they are
# Labels of substitutes', scorers' and bookings' lists ("Subs not used:", "Replacements (from):").
_SUBS_LABELS = frozenset({"subs", "substitutes", "replacements", "used", "bench", "booked", "goals", "scorers", "off", "from"})
_SEPARATORS = frozenset({",", ";"})
_CAPTAIN = frozenset({"capt", "captain", "c", "vc"})  # a captain's mark after a player: "Redpath (capt)"
_SIDE = 11  # a list of this many players is a line-up whatever else the article says (see has_side)
_MAX_WORDS = 3  # "Juninho Paulista", "Gary Neville"; four capitalised words are no surname list
_LOST_LABEL = frozenset({"-", "–", ":"})  # what a paragraph of names opens on when the page lost its label


@dataclass(frozen=True, slots=True)
class LineUp:
    """One line-up: its team's name (word bounds, or ``None`` for a substitutes'
    list), its players' names and the clubs named after them ("K Morgan (Newport-Gwent)")."""

    team: Bounds | None
    players: tuple[Bounds, ...]
    clubs: tuple[Bounds, ...] = ()


def find_lineups(words: Words) -> list[LineUp]:
    """The line-ups of a sports report (the caller checks that it is one)."""
    tokens = words.words
    lineups = []
    for colon, token in enumerate(tokens):
        if colon == 0 or token.text not in {":", "):"}:  # "Replacements (from): ..." (one token "):")
            if (colon == 0 or tokens[colon - 1].is_space) and _paragraph_start(words, colon):  # a line-up without its label, a paragraph of names alone
                clubs: list[Bounds] = []
                first = colon + 1 if token.text in _LOST_LABEL else colon  # "- M Blair (Edinburgh), ..."
                players = [item for item in _items(words, first, clubs) if not _is_place(words, *item)]
                if len(players) >= _MIN_PLAYERS:
                    lineups.append(LineUp(None, tuple(players), tuple(clubs)))
            continue
        label_start = colon  # "Everton", "Subs not used": up to three words before the colon
        while label_start > 0 and tokens[label_start - 1].text.isalpha() and colon - label_start < _MAX_WORDS:
            label_start -= 1
        subs = label_start < colon and fold(tokens[colon - 1].text) in _SUBS_LABELS
        clubs = []
        items = _items(words, colon + 1, clubs)
        players = [item for item in items if not _is_place(words, *item)]
        # Too few, or a list of places or teams ("Cardiff, Leeds, ..."): no line-up.
        if len(players) < (_MIN_SUBS if subs else _MIN_PLAYERS) or 2 * len(players) < len(items):
            continue
        while label_start < colon and not _capitalised(tokens[label_start].text):
            label_start += 1  # the team's name is the capitalised run
        team = (label_start, colon) if label_start < colon and not subs else None
        lineups.append(LineUp(team, tuple(players), tuple(clubs)))
    return lineups


def has_side(lineups: list[LineUp]) -> bool:
    """A line-up of a whole side (``_SIDE`` players or more) makes the article a sports
    report's team sheet even when its prose has too few sport words (a preview that is
    mostly its line-ups: "Delport; Pieters, Rasmussen, Lombard, O'Leary; ...")."""
    return any(len(lineup.players) >= _SIDE for lineup in lineups)


def _items(words: Words, start: int, clubs: list[Bounds] | None = None) -> list[Bounds]:
    """The names separated by commas from ``start`` up to a full stop or the paragraph's end, each maybe
    with a minute and a substitute: "Traore (Biscan 67)", "Bowyer 35". A list that
    ends at anything else is none ("R Styles (Hampshire)"; "Chelsea, Arsenal, ...
    and Bolton have won" is a sentence, not a line-up)."""
    tokens = words.words
    items: list[Bounds] = []
    i = start
    while i < len(tokens):
        if clubs is not None and items and tokens[i].text == "(":
            i = _club(words, i, clubs)  # "A Jones; (Neath-Swansea),": a club after its separator
            if i < len(tokens) and tokens[i].text in _SEPARATORS:
                i += 1
        i, name = _name(words, i)
        if name is None:
            break
        items.append(name)
        i = _minute(words, i)
        while i + 1 < len(tokens) and tokens[i].text == "/":  # "W Johnson/B Deacon": either player
            i, other = _name(words, i + 1)
            if other is None:
                return []
            items.append(other)
        if i + 2 < len(tokens) and tokens[i].text == "(" and tokens[i + 1].lower_ in _CAPTAIN and tokens[i + 2].text == ")":
            i += 3  # "Redpath (capt)"
        if clubs is not None and i < len(tokens) and tokens[i].text == "(":
            bracket, i = i, _club(words, i, clubs)  # "K Morgan (Newport-Gwent)", "G Thomas (Toulouse, capt)"
            if i > bracket and _next_player(words, i):
                continue  # "J Fourie (S Africa) T Umaga (New Zealand)": the page lost the comma
        if i + 1 < len(tokens) and tokens[i].text == "(":
            after, substitute = _name(words, i + 1)
            after = _minute(words, after)
            if substitute is None or after >= len(tokens) or tokens[after].text != ")":
                break
            items.append(substitute)  # "Traore (Biscan 67)"
            i = after + 1
        if i == len(tokens) or (tokens[i].is_space and "\n" in tokens[i].text):
            return items  # the paragraph ends the list: "..., S Webster (Edinburgh)"
        if tokens[i].text not in _SEPARATORS | {"."}:
            break
        if tokens[i].text == ".":
            return items
        i += 1
        if i + 1 < len(tokens) and tokens[i].lower_ in _CAPTAIN and tokens[i + 1].text in _SEPARATORS:
            i += 2  # "O'Connell, capt, S Easterby": the captain's mark as an item of its own
    return []


def _next_player(words: Words, i: int) -> bool:
    """Word ``i``, right after a player's bracketed club, opens another player's name with
    a one-letter initial: "J Fourie (S Africa) T Umaga", where the page lost the comma."""
    tokens = words.words
    return (
        i + 1 < len(tokens) and len(tokens[i].text) == 1 and tokens[i].text.isupper()
        and _capitalised(tokens[i + 1].text) and tokens[i].idx > tokens[i - 1].idx + len(tokens[i - 1].text)
        and "\n" not in words.text[tokens[i - 1].idx : tokens[i].idx]
    )


def _club(words: Words, i: int, clubs: list[Bounds]) -> int:
    """At a bracket (word ``i``), a player's club: a name without a minute, maybe with
    a captain's mark ("(Toulouse, capt)"); appended to ``clubs``. Gives where the list
    goes on (``i`` itself when the bracket holds no club)."""
    tokens = words.words
    end, named = _name(words, i + 1)
    if named is None or (end < len(tokens) and tokens[end].text.isdigit()):
        return i  # "(Biscan 67)": a substitute and his minute
    if end + 2 < len(tokens) and tokens[end].text == "," and tokens[end + 1].lower_ in _CAPTAIN:
        end += 2
    if end < len(tokens) and tokens[end].text == ")":
        clubs.append(named)
        return end + 1
    return i


def _name(words: Words, i: int) -> tuple[int, Bounds | None]:
    """One to three capitalised words from ``i`` (a hyphenated one counts once): where
    they end, and their bounds."""
    tokens, start, count = words.words, i, 0
    while i < len(tokens) and (_capitalised(tokens[i].text) or _initial(tokens[i].text)) and count < _MAX_WORDS:
        i, count = i + 1, count + 1
        if i + 1 < len(tokens) and tokens[i].text == "-" and _capitalised(tokens[i + 1].text):
            i += 1  # "Sowden-Taylor", "Neath-Swansea": one word the tokenizer split
        else:
            i = _past_particles(tokens, i)  # "R de Marigny", "CJ van der Linde": particles of the name
    return i, ((start, i) if i > start else None)


def _past_particles(tokens: list[Word], i: int) -> int:
    """Past one or two lower-case particles at ``i`` when a capitalised word follows
    them ("de Marigny", "van der Linde"); ``i`` itself otherwise."""
    end = i
    while end < len(tokens) and end - i < 2 and tokens[end].text.islower() and tokens[end].lower_ in NAME_PARTICLES:
        end += 1
    return end if end > i and end < len(tokens) and _capitalised(tokens[end].text) else i


def _minute(words: Words, i: int) -> int:
    """Past a minute and an own goal's mark after a name: "Bowyer 35", "Gerrard 79 og"."""
    tokens = words.words
    while i < len(tokens) and (tokens[i].text.isdigit() or tokens[i].text == "og"):
        i += 1
    return i


def _paragraph_start(words: Words, i: int) -> bool:
    tokens = words.words
    if i >= len(tokens) or not (i == 0 or (tokens[i - 1].is_space and "\n" in tokens[i - 1].text)):
        return False
    if tokens[i].text in _LOST_LABEL and i + 1 < len(tokens):
        i += 1  # "- M Blair (Edinburgh), ..."
    return _capitalised(tokens[i].text) or _initial(tokens[i].text)


def _initial(text: str) -> bool:
    """An initial with its full stop, one token: "S." of "S. Best"."""
    return len(text) == 2 and text[0].isupper() and text[1] == "."


def _capitalised(text: str) -> bool:
    letters = text.replace("-", "").replace("'", "")
    return text[:1].isupper() and letters.isalpha()


def _is_place(words: Words, start: int, end: int) -> bool:
    name = words.text[words.words[start].idx : words.words[end - 1].idx + len(words.words[end - 1].text)]
    return fold(name) in COUNTRIES or gazetteer().is_big_city(name)


def read_lineups(found: list[tuple[Mention, Bounds]], words: Words, lineups: list[LineUp]) -> list[tuple[Mention, Bounds]]:
    """``found`` with the line-ups read: a mention inside a player's name is a Person,
    the name before the colon and a player's club a SportsTeam (both cued: the text
    says so), and a player or a club NER missed is added."""
    if not lineups:
        return found
    players = {item for lineup in lineups for item in lineup.players}
    teams = {lineup.team for lineup in lineups if lineup.team is not None}
    clubs = {club for lineup in lineups for club in lineup.clubs}
    teams |= clubs
    covered: set[Bounds] = set()
    read = []
    for mention, bounds in found:
        item = next((p for p in players if p[0] <= bounds[0] and bounds[1] <= p[1]), None)
        if item is None and any(p[0] < bounds[1] and bounds[0] < p[1] for p in players):
            continue  # "Fortune, Rooney" read as one title: the players are added below
        if item is not None:
            covered.add(item)
            mention = replace(mention, type=EntityType.PERSON, cued=True)
        elif bounds in teams:
            covered.add(bounds)
            mention = replace(mention, type=EntityType.SPORTS_TEAM, cued=True)
        elif any(c[0] < bounds[1] and bounds[0] < c[1] for c in clubs):
            continue  # "Peel (Llanelli": the club is added below
        read.append((mention, bounds))
    sentence_of = words.sentence_numbers()
    missed = [(item, EntityType.PERSON) for item in players - covered]
    missed += [(club, EntityType.SPORTS_TEAM) for club in clubs - covered]
    for (start, end), entity_type in sorted(missed):
        first, last = words.words[start], words.words[end - 1]
        text = words.text[first.idx : last.idx + len(last.text)]
        read.append((Mention(first.idx, last.idx + len(last.text), text, entity_type, sentence_of[start], cued=True), (start, end)))
    read.sort(key=lambda pair: pair[1])
    return read
