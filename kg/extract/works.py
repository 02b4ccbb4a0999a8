"""Titles of works that NER types as people or firms, or cuts: read from their slot.

spaCy's small model reads a film's title by its words: "Schindler's List" an
organisation, "Michael Collins" a person, "Star Wars: The Phantom Menace" cut to
"The Phantom Menace", "Girl with a Pearl Earring" two names. Where the text says
that what follows are works, each item is one title and a work, whatever NER said:

- ``list``: the items after a plural work noun (``type_cues.tsv``) and a word that
  introduces examples: "whose films include Schindler's List, Michael Collins and
  Star Wars: The Phantom Menace", "hits such as ...", "albums like ...", "films,
  including ...", or right after the noun: "box office hits Vera Drake, Calendar
  Girls and Enduring Love".
- ``named``: two or more items right after a plural work noun and "were"/"are": "Among
  the overlooked films were Hobson's Choice, Dirty Harry, The Searchers and King Kong".
- ``starred``: the items after "starred in" (a verb "star" and "in"): "she starred
  in Chicago and Cold Mountain"; and, outside sports reports (where a club has
  stars), after "star of": "Ziyi Zhang, star of Hero and House of Flying Daggers".
- ``role``: outside sports reports, the title after "role in" ("his role in Hide and
  Seek": one role, one title, its "and" kept) or the items after "roles in" ("her
  roles in Eternal Sunshine of the Spotless Mind and Finding Neverland"), unless it
  is a place's or a firm's name ("a role in Iraq", "his role in Enron").
- ``source``: outside sports reports, the one title (its "and" kept) after what a work
  is made from or shown in: "a remake of Fingerbobs", "the sequel to Meet The Parents",
  "an adaptation of Fear and Loathing in Las Vegas", "the cast of Kisna", "her debut in
  Kisna", "has also appeared in Alias"; not a place's name or a date ("debut in Vienna
  on Saturday"), a person's possessive ("Shakespeare's Richard III") or a modifier
  ("appear in Bollywood films").
- ``subtitle``: a name, a colon and a capitalised subtitle are one title
  (``kg.extract.subtitles``): "Bridget Jones: The Edge of Reason", "GTA: San Andreas".

A title read whole once (from a slot, or a title a cue typed and NER cut: "the
Colombian drama Maria Full of Grace") is that title wherever its words recur in the
article ("best first screenplay award went to Joshua Marston for Maria Full of Grace").

A title runs over capitalised words, the small words between them ("House of Flying
Daggers", "Girl with a Pearl Earring"), a possessive inside ("Schindler's List") and
a colon or ampersand before a capital (``kg.extract.titlewords``); items are parted by
commas and "and"/"or", except two participle-led halves ("Crouching Tiger, Hidden
Dragon": ``kg.extract.credits.paired_titles``). ``roles``: outside sports reports, the
items after "roles include(d)" ("his best known roles included The Joe Louis Story and
Gone Are the Days"), unless a position's name ("roles include Chief of Staff"). Titles
credited to performers ("Ian Hart (Blind Fight)") come from ``kg.extract.credits``.
"""

from __future__ import annotations

from kg.extract.authored import authored_titles
from kg.extract.credits import credited_titles, paired_titles
from kg.extract.framed import framed_titles
from kg.extract.possessed import person_after_possessive
from kg.extract.rankings import ranked_titles
from kg.extract.settitles import set_off_titles
from kg.extract.subtitles import subtitled_titles
from kg.extract.titlewords import JOINERS, capital, names_no_work, title_end
from kg.extract.words import Bounds, Word, Words
from kg.folding import fold
from kg.lexicon import COUNTRIES, ROLE_HEADS, TITLE_WORDS, TYPE_CUES
from kg.lexicon.gazetteer import gazetteer
from kg.nlp.labels import TIME_LABELS
from kg.records import Mention
from kg.types import EntityType

# Words that introduce the examples of a plural noun: "films include", "hits such as".
_EXAMPLE_WORDS = frozenset({"include", "includes", "included", "including", "like"})
_SEPARATORS = frozenset({",", "and", "or"})
_NOT_WORKS = frozenset({"ORG", "GPE", "LOC", "NORP", "FAC"})  # NER labels of firms and places
_LOOK_BACK = 3  # "whose films have included": the work noun at most this far before the example word
_COPULAS = frozenset({"were", "are"})  # "Among the overlooked films were X, Y and Z": two or more titles
_TRIGGERS = _EXAMPLE_WORDS | _COPULAS | {"as", "in", "of"}  # the last words before a list of works


def work_titles(words: Words, sport: frozenset[str]) -> list[Bounds]:
    """The titles ``words`` says are works, as word spans ``(start, end)``, in text order.

    See the module's docstring for the constructions.
    """
    tokens = words.words
    titles: list[Bounds] = []
    for i, token in enumerate(tokens):
        lower = token.lower_
        if lower not in _TRIGGERS and lower[-1:] != "s":
            continue  # most words open nothing (the cheap test first: this runs on every word)
        opens = _opens_list(tokens, i, sport)
        if opens == "role":
            # "his role in Hide and Seek": one title, its "and" included; not "a role in Iraq".
            end = title_end(tokens, i + 1, joiners=JOINERS | {"and"})
            if not names_no_work(words, tokens, i + 1, end):
                titles.append((i + 1, end))
        elif opens == "source":
            # One title, its "and" kept: "an adaptation of Fear and Loathing in Las Vegas", "appeared in Alias";
            # not "appear in Bollywood films", "debut in Vienna"
            end = title_end(tokens, i + 1, joiners=JOINERS | {"and"})
            titles += [(i + 1, end)] if _source_title(words, i + 1, end) else []
        elif opens:
            items = _items(tokens, i + 1)
            # "star of Arsenal": one firm's or place's name after "star of" is no work.
            if opens == "roles":  # "her roles in Closer and Finding Neverland"; not "roles include Chief of Staff"
                titles += [item for item in items if not names_no_work(words, tokens, *item) and not _role_name(tokens, *item)]
            elif opens == "named":  # "Among the overlooked films were Hobson's Choice, Dirty Harry and King Kong"
                titles += paired_titles(items, tokens) if len(items) > 1 else []
            elif opens != "star" or len(items) > 1 or (items and tokens[items[0][0]].ent_type_ not in _NOT_WORKS):
                titles += paired_titles(items, tokens)  # "star of Crouching Tiger, Hidden Dragon, Hero ..."
    # "the BBC's Breakfast with Frost programme", "Martin Scorsese's The Aviator", "his last album, Genius Loves Company."
    titles += subtitled_titles(words, sport)  # "Bridget Jones: The Edge of Reason", "GTA: San Andreas"
    return sorted(set(titles + framed_titles(words) + authored_titles(words) + set_off_titles(words, sport)))


def _opens_list(tokens: list[Word], i: int, sport: frozenset[str]) -> str:
    """Word ``i`` is the last word before a list of works (see ``work_titles``):
    "list", "starred", "star" (after "star of"), "role" or "roles" (after "role(s) in" or
    "roles include"), or ""."""
    token = tokens[i]
    lower = token.lower_
    if i + 1 >= len(tokens) or not capital(tokens[i + 1]) or tokens[i + 1].sent.start == i + 1:
        return ""
    if _work_noun(tokens, i):
        return "list"  # "box office hits Vera Drake, Calendar Girls and Enduring Love"
    if lower in _EXAMPLE_WORDS or (lower == "as" and i > 0 and tokens[i - 1].lower_ == "such"):
        back = range(max(0, i - (2 if lower == "as" else 1) - _LOOK_BACK + 1), i - (1 if lower == "as" else 0))
        if any(_work_noun(tokens, j) for j in back):
            return "list"
        # "his best known roles included The Joe Louis Story and Gone Are the Days"
        return "roles" if not sport and any(tokens[j].lower_ == "roles" for j in back) else ""
    if lower in _COPULAS and i > 0 and _work_noun(tokens, i - 1):
        return "named"  # "the films were X, Y and Z": a list of two or more titles
    if lower == "in" and i > 0 and tokens[i - 1].lemma_.lower() == "star" and tokens[i - 1].pos_ == "VERB":
        return "starred"  # "she starred in Chicago"
    if lower == "in" and i > 0 and tokens[i - 1].lower_ in {"role", "roles"} and not sport:
        return tokens[i - 1].lower_  # "his role in Closer", "her roles in ..."
    if not sport and i > 0 and _source_slot(tokens[i - 1], lower):
        return "source"  # "a remake of Fingerbobs", "the sequel to Meet The Parents", "appeared in Alias"
    return "star" if lower == "of" and not sport and i > 0 and tokens[i - 1].lower_ == "star" else ""  # "star of Hero"


# What a work is made from or shown in: "a remake of X", "the sequel to X", "the cast of X";
# a performer's "appeared in X", "her debut in X".
_SOURCE_NOUNS = frozenset({("remake", "of"), ("sequel", "to"), ("prequel", "to"), ("adaptation", "of"), ("cast", "of"),
                           ("debut", "in")})


def _source_slot(before: Word, lower: str) -> bool:
    """``before`` and the preposition ``lower`` open a work's title (``_SOURCE_NOUNS``, or
    a verb "appear" and "in")."""
    if lower == "in" and before.pos_ == "VERB" and before.lemma_.lower() == "appear":
        return True
    return (before.lower_, lower) in _SOURCE_NOUNS


def _source_title(words: Words, start: int, end: int) -> bool:
    """Words ``start:end`` after a source slot are a title: no place's name, whole or
    its first word ("debut in Vienna on Saturday"), no date, no person's possessive, no
    modifier of a common noun ("appear in Bollywood films", "a remake of Hollywood classic King Kong")."""
    tokens = words.words
    if names_no_work(words, tokens, start, end) or names_no_work(words, tokens, start, start + 1, owner_ok=True):
        return False
    if any(token.ent_type_ in TIME_LABELS for token in tokens[start:end]):
        return False
    if any(token.tag_ == "POS" and token.head.ent_type_ == "PERSON" for token in tokens[start:end]):
        return False  # "an adaptation of Shakespeare's Richard III": the author is no part of the title
    return not (end < len(tokens) and tokens[end].pos_ == "NOUN" and tokens[end].text[:1].islower())


def _role_name(tokens: list[Word], start: int, end: int) -> bool:
    """A position's name, no work: "Chief of Staff", "Director of Communications"."""
    return any(token.lower_ in ROLE_HEADS or token.lower_ in TITLE_WORDS for token in tokens[start:end])


def _work_noun(tokens: list[Word], i: int) -> bool:
    """Word ``i`` is a plural noun of works: "films", "hits", "albums" (``type_cues.tsv``),
    or is read as a verb after a noun or adjective that makes it one ("box office hits")."""
    token = tokens[i]
    if TYPE_CUES.get(token.lemma_.lower()) is not EntityType.WORK or not token.lower_.endswith("s"):
        return False
    return token.tag_ == "NNS" or (i > 0 and tokens[i - 1].pos_ in {"NOUN", "ADJ"})


def _items(tokens: list[Word], i: int) -> list[Bounds]:
    """The titles of a list starting at word ``i``: items parted by commas and "and"."""
    items = []
    while i < len(tokens) and capital(tokens[i]) and tokens[i].text[:1].isalpha() and tokens[i].ent_type_ not in TIME_LABELS:
        end = title_end(tokens, i)
        items.append((i, end))
        j = end
        while j < len(tokens) and tokens[j].lower_ in _SEPARATORS and tokens[j].sent.start != j:
            j += 1
        if j == end or j == len(tokens) or not capital(tokens[j]) or tokens[j].sent.start == j:
            break
        i = j
    return items


# Words inside a title a cue typed ("Crying Out Love in the Centre of the World", "The Life
# & Death of Peter Sellers"); not "with", "for", "at" ...: "the film Ray with Jamie Foxx".
_INNER_WORDS = frozenset({"of", "in", "the", "a", "an"})


def _whole_title(mention: Mention, bounds: Bounds, words: Words) -> Bounds | None:
    """A work's title NER cut, whole: "romantic drama Crying Out Love in the Centre of
    the World", "biopic The Life & Death of Peter Sellers"; not over a place's name
    ("the film Ray in the United States") nor a person's after a possessive
    (``kg.extract.possessed``: "Entertainment Weekly's Dave Karger")."""
    if mention.type is not EntityType.WORK:
        return None
    tokens = words.words
    end = title_end(tokens, bounds[1] - 1, small=_INNER_WORDS)
    if end == bounds[1] or person_after_possessive(words, bounds[1] - 1, end):
        return None  # "Entertainment Weekly's Dave Karger": the paper and its critic
    rest = next(i for i in range(bounds[1], end) if capital(tokens[i]) and tokens[i].lower_ not in _INNER_WORDS)
    tail = words.text[tokens[rest].idx : tokens[end - 1].idx + len(tokens[end - 1].text)]
    return None if fold(tail) in COUNTRIES or gazetteer().is_place(tail) else (bounds[0], end)


def _recurring(titles: list[Bounds], words: Words) -> list[Bounds]:
    """Each title of two words or more wherever its words recur in the article: "the
    Colombian drama Maria Full of Grace ... Joshua Marston for Maria Full of Grace"."""
    tokens = words.words
    long_titles = [(start, end) for start, end in titles if end - start >= 2]
    if not long_titles:
        return []
    starts = {token.idx: token.i for token in tokens}
    found = []
    for start, end in long_titles:
        text = words.text[tokens[start].idx : tokens[end - 1].idx + len(tokens[end - 1].text)]
        at = words.text.find(text)
        while at >= 0:
            first = starts.get(at)
            if first is not None and first != start:
                last = first + (end - start)
                if last <= len(tokens) and tokens[last - 1].idx + len(tokens[last - 1].text) == at + len(text):
                    found.append((first, last))
            at = words.text.find(text, at + 1)
    return found


def _outermost(spans: list[Bounds]) -> list[Bounds]:
    """The spans that lie in no other, in text order."""
    return sorted({s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)})


def read_works(
    found: list[tuple[Mention, Bounds]], words: Words, sport: frozenset[str], sentence_of: list[int]
) -> list[tuple[Mention, Bounds]]:
    """``found`` (sorted by position) with each title ``work_titles`` finds as one
    work: the mentions inside or across it give way to it."""
    titles = work_titles(words, sport) + credited_titles(found, words, sport)
    # A slot's items outweigh a title NER ran over two of them ("titles such as Total Recall
    # and Rambo: First Blood": two films, not one).
    whole = (_whole_title(m, b, words) for m, b in found)
    titles += [w for w in whole if w is not None and not any(w[0] < end and start < w[1] for start, end in titles)]
    works = [bounds for mention, bounds in found if mention.type is EntityType.WORK]
    titles += ranked_titles(words, titles, works)  # "Crying Out Love ..., followed by Be With You"
    titles = _outermost(titles + _recurring(titles, words))
    if not titles:
        return found
    kept = [(m, b) for m, b in found if not any(b[0] < end and start < b[1] for start, end in titles)]
    tokens = words.words
    for start, end in titles:
        first, last = tokens[start], tokens[end - 1]
        text = words.text[first.idx : last.idx + len(last.text)]
        mention = Mention(first.idx, last.idx + len(last.text), text, EntityType.WORK, sentence_of[start], cued=True)
        kept.append((mention, (start, end)))
    kept.sort(key=lambda pair: pair[1])
    return kept
