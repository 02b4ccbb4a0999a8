"""Whether an article is a sports report, and of which sports, from its words.

Rule ``sport words``: an article is a sports report when enough of its words are
sport words (``kg/lexicon/data/sport_words.tsv``): there "Leicester beat Bath" names
clubs. A word of the first half of a hyphenated sport word counts only there: the
"quarter" of "a quarter-final", not of "the third quarter" of a firm's year.

Rule ``sport senses`` (``sport_senses.tsv``): a sport word does not count with a
modifier that makes it something else ("MP3 players", "music fans"); a word once
seen in that other sense counts nowhere in the article (one sense per text: the
"players" of an article on "MP3 players" are machines).

Rule ``own words``: a short report with fewer sport words still is one when at least
``_OWN_MIN_HITS`` of them count and one word of ``sport_own_words.txt``, which no other
field uses, occurs twice: "Liverpool may launch an £8m bid ... The Real Madrid striker ...
Inter Milan striker Adriano" (a transfer report), "Davenport ... tennis ... tennis".
Mixed words ("Premiership footballer and record company boss ... The Everton striker")
do not.

Rule ``video games``: an article with two or more words of video gaming ("gamers",
"consoles"; ``game_cues.tsv``, cue "article") is no sports report, however many
"players", "teams" and "tournaments" it names ("World tour for top video gamers").

Rule ``own sport's verbs``: a word of one sport used as a verb (rugby's "try", tennis's
"set" and "serve": "the band were not trying to update their sound", "set up last year",
"served as chairman") names that sport only where the article uses one of its nouns too
("dropping only one set ... He is set to meet": a tennis report; a participle the tagger reads as an
adjective, "looks set to miss", is such a verb), and it counts as a sport
word only where the sport words used as nouns outnumber such verbs: a music article with a
fan, a player and three "trying"s is no rugby report, a short transfer story with fans,
players and a winger that "set" a fee stays a sports report, and no tennis report.
"""

from __future__ import annotations

from kg.extract.words import Word, Words
from kg.folding import fold
from kg.lexicon import SPORT_NOT_AFTER, SPORT_WORDS
from kg.lexicon.table import read_table

# Words of video gaming (rule ``video games``) and how many make an article one on games.
_GAMING = frozenset(row.fields[0] for row in read_table("game_cues.tsv") if row.fields[1] == "article")
_GAMING_MIN = 2

_SPORT_SHARE = 0.012  # a sports report: at least this share of its words are sport words ...
_SPORT_MIN = 5  # ... and at least this many
_OWN_MIN_HITS = 3  # rule ``own words``: this many sport words ...
_OWN_REPEATS = 2  # ... one of them an own word this often
_OWN_WORDS = frozenset(row.fields[0] for row in read_table("sport_own_words.txt"))
_KIND_MIN = 2  # a sport's own words seen this often make it that sport
_PARTS_OF_SPEECH = frozenset({"NOUN", "VERB", "ADJ"})
_VERB_FORMS = frozenset({"VERB", "ADJ"})  # rule ``own sport's verbs``: "looks set to miss" (an adjective) is no noun
_MODIFIERS = frozenset({"compound", "amod", "nmod"})
# Sport words that count inside a competition's name too: "the Champions League", "the Carling Cup"; and the
# sports' own names, which the tagger often reads as names ("rugby union", "Rugby Football Union").
_IN_NAMES = frozenset({"league", "cup", "championship", "premiership", "rugby", "football", "tennis", "cricket", "athletics"})


def sport_context(words: Words) -> frozenset[str]:
    """The sports an article reports on: empty for no sports report, else ``"sport"``
    and each sport whose own words occur at least twice ("football", "rugby" ...). Read
    once per document: rules that ask again get the same answer."""
    if words.sport is None:
        words.sport = _read_sport(words)
    return words.sport


def _read_sport(words: Words) -> frozenset[str]:
    hits = sport_hits(words)
    enough = len(hits) >= max(_SPORT_MIN, _SPORT_SHARE * len(words.words)) or _own_words_repeated(hits)
    if not enough or on_gaming(words):
        return frozenset()
    counts: dict[str, int] = {}
    for _word, kind in hits:
        counts[kind] = counts.get(kind, 0) + 1
    return frozenset({"sport"} | {kind for kind, count in counts.items() if kind != "any" and count >= _KIND_MIN})


def _own_words_repeated(hits: list[tuple[Word, str]]) -> bool:
    """Rule ``own words``: enough sport words, one of them an own word seen twice."""
    if len(hits) < _OWN_MIN_HITS:
        return False
    counts: dict[str, int] = {}
    for word, _kind in hits:
        lemma = fold(word.lemma_)
        if lemma in _OWN_WORDS:
            counts[lemma] = counts.get(lemma, 0) + 1
    return any(count >= _OWN_REPEATS for count in counts.values())


def sport_hits(words: Words) -> list[tuple[Word, str]]:
    """The article's words that count as sport words, each with its sport (or ``"any"``)."""
    hits: list[tuple[Word, str]] = []
    other_sense: set[str] = set()
    tokens = words.words
    for i, word in enumerate(tokens):
        lemma = word.lemma_.lower()
        kind = SPORT_WORDS.get(lemma)
        if kind == "prefix":
            # "quarter-final", "semi-final": the word counts before its hyphen only.
            kind = "any" if i + 1 < len(tokens) and tokens[i + 1].text == "-" else None
        if kind is None or (word.pos_ not in _PARTS_OF_SPEECH and not (word.pos_ == "PROPN" and lemma in _IN_NAMES)):
            continue
        if any(_other_sense(lemma, child) for child in word.children if child.dep_ in _MODIFIERS):
            other_sense.add(lemma)  # "MP3 players", "music fans"
            continue
        hits.append((word, kind))
    hits = [(word, kind) for word, kind in hits if word.lemma_.lower() not in other_sense]
    verbs = [(word, kind) for word, kind in hits if kind != "any" and word.pos_ in _VERB_FORMS]  # rule ``own sport's verbs``
    if len(verbs) >= len(hits) - len(verbs):
        return [hit for hit in hits if hit not in verbs]
    attested = {kind for word, kind in hits if (word, kind) not in verbs}  # sports whose nouns the article uses
    return [(word, "any" if (word, kind) in verbs and kind not in attested else kind) for word, kind in hits]


def _other_sense(lemma: str, modifier: Word) -> bool:
    """``modifier`` makes sport word ``lemma`` something else ("media player": its lemma is "medium")."""
    return (lemma, fold(modifier.text)) in SPORT_NOT_AFTER or (lemma, fold(modifier.lemma_)) in SPORT_NOT_AFTER


def on_gaming(words: Words) -> bool:
    """The article is on video games: two or more of its nouns are gaming words (rule ``video games``)."""
    return sum(1 for word in words.words if word.pos_ == "NOUN" and word.lemma_.lower() in _GAMING) >= _GAMING_MIN
