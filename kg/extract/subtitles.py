"""A name, a colon and a capitalised subtitle are one title, whole.

spaCy's small model cuts a title at its colon: "GTA: San Andreas" gives "GTA" and
"San Andreas" (a place), "Kill Bill: Volume 2" a law, "Great American Songbook:
Volume III" two firms. A colon between capitalised words joins them into one work:

- ``the``: a capitalised "The" subtitle, anywhere ("Bridget Jones: The Edge of Reason",
  "The Lord of the Rings: The Return of the King").
- ``plain``: any other capitalised subtitle, where the title sits inside running text:
  "the top title of the year GTA: San Andreas - in which", "GoldenEye: Rogue Agent is
  out now", "US television series CSI: Crime Scene Investigation". Not in a sports
  report (its line-ups: "Leeds: Balshaw; Rees"), nor a person's name after the colon
  ("Profile: Gordon Brown"), nor a label that opens a headline or a line a subtitle
  ends ("Analysis: No pain", "- Best film: Million Dollar Baby"), nor a list's items
  ("Angie Errigo, Empire: Film - The Aviator", a bracket or a semicolon after the subtitle:
  "Squad: C Paterson (Scotland), ..."; a dash after a subtitle whose name opens the line).
"""

from __future__ import annotations

from kg.extract.titlewords import SMALL_WORDS, capital, title_end
from kg.extract.words import Bounds, Word, Words

_NOT_SUBTITLES = frozenset({"PERSON"})  # "Profile: Gordon Brown", "Forwards: Ross Beattie"
_ITEM_MARKS = frozenset({"(", ";"})  # after a list's item anywhere: "Squad: C Paterson (Scotland),"
_LIST_MARKS = frozenset({";", "-", "(", ":"})  # "Leeds: Balshaw; Rees", "Empire: Film - The Aviator"


def subtitled_titles(words: Words, sport: frozenset[str]) -> list[Bounds]:
    """The titles with a colon subtitle in ``words``, as word spans (see the module's docstring)."""
    tokens = words.words
    titles = []
    for colon in range(1, len(tokens) - 1):
        if tokens[colon].text != ":" or not capital(tokens[colon + 1]) or not tokens[colon + 1].text[:1].isalpha():
            continue
        if tokens[colon + 1].text == "The":
            if colon + 2 < len(tokens) and capital(tokens[colon + 2]):
                titles += _subtitled(tokens, colon)
        elif not sport:
            titles += [title for title in _subtitled(tokens, colon) if _plain(words, title, colon)]
    return titles


def _subtitled(tokens: list[Word], colon: int) -> list[Bounds]:
    """ "Bridget Jones: The Edge of Reason": the name before the colon (capitalised
    words and the small words or slashes between them, in the colon's sentence) and the
    subtitle after it, as one title: "The Lord of the Rings: The Return of the King"."""
    start = j = colon
    while j > 0 and tokens[j].sent.start != j:
        if capital(tokens[j - 1]):
            start = j = j - 1
        elif (tokens[j - 1].lower_ in SMALL_WORDS or tokens[j - 1].text == "/") and j - 1 != tokens[j - 1].sent.start:
            j -= 1  # kept only if a capitalised word comes before ("My Heart / My Own: The Life of ...")
        else:
            break
    if start == colon:
        return []
    return [(start, title_end(tokens, colon + 1))]


def _plain(words: Words, title: Bounds, colon: int) -> bool:
    """The plain subtitle of ``title`` (its colon at word ``colon``) makes it one title
    (see the module's docstring)."""
    tokens = words.words
    start, end = title
    if any(token.ent_type_ in _NOT_SUBTITLES for token in tokens[colon + 1 : end]):
        return False
    text = words.text
    if " - " in text[tokens[colon].idx : tokens[end - 1].idx]:
        return False  # a list's items: "Angie Errigo, Empire: Film - The Aviator"
    after = text[tokens[end - 1].idx + len(tokens[end - 1].text) :].split("\n", 1)[0].strip()
    if after[:1] in _ITEM_MARKS:
        return False  # a list's item: "Squad: C Paterson (Scotland), B Cohen (England)"
    line_start = text.rfind("\n", 0, tokens[start].idx) + 1
    if text[line_start : tokens[start].idx].strip(" -"):
        return True  # inside running text
    if line_start == 0:
        return False  # a headline's label: "Q&A: Malcolm Glazer", "Analysis: No pain"
    return bool(after) and after[:1] not in _LIST_MARKS and after[:1] not in ".!?"
