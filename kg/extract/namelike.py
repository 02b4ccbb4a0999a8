"""A name must look like a name: the rules that cut or reject NER's spans.

spaCy's small model takes fragments, common nouns, datelines and even markup for
names. Each rule below names the construction it catches, with an example; a
span a rule rejects is counted under the rule's name (``Extraction.rejected``,
summed in ``BuildReport.rejected`` and printed by ``kg build``).

Cuts (the span goes on, shorter; counted when nothing is left):

- ``bracket``: brackets, straight or curly double quotes, a dash between spaces
  ("Scarlett Johansson - Racing Stripes") and (but in places' and works' names)
  commas and colons end a name: "James, Mills" are two players,
  "The Aviator and Million Dollar Baby" two films (an "and" between conjuncts in a
  name that opens with a capital "The" inside a sentence),
  "Manchester United: Carroll" a team and its keeper, "Academy
  of Motion Picture Arts and Sciences (Ampas" is the academy, "Nasa) Ames
  Research Center" the centre, 'New" Labour' gives "Labour"; an "and" between two
  names the article names apart, or two people's full names ("led by Henry and
  Hansen", "Hayden Tanner and Willie Davies": ``pair_pieces``); a fixture's standalone
  lower-case "v" or "vs" between two sides: "Milton Keynes Dons v Peterborough" names two
  teams, never one (nor an event).
- ``possessive``: "OutKast's Speakerboxxx/The Love Below" names the album, when the
  owner is named again in the article ("OutKast"); "Jack's Snooker Hall"
  and "Howl's Moving Castle" keep their possessive; a known place's possessive after
  an organisation's name the article gives alone is no part of it ("the Library
  London's most active public hotspot": the Library).
- ``tail``: a name ends before a lower-case content word or a date: "Interfax news
  agency" is Interfax, "Onimusha 3 earlier this year" Onimusha 3, "Commons on
  Monday" the Commons, "Craven Cottage 1-0" the ground, "Seattle-based company" Seattle (function words inside a
  name stay: "Shakespeare in Love"); an organisation's, person's or place's name ends before a year
  that opens the next name ("the Royal Academy of Engineering 2004 Hinton Lecture").
- ``dangling``: no name begins or ends with a conjunction, preposition or dash:
  "St Kitts and" is St Kitts, "Llanelli Grammar School - and" the school.

A head word NER left out goes back into the name: "Athens Olympic" + "Games". A
nationality, party or band word before a person's name leaves it
(``strip_leading_word``): "Tory Liam Fox" is Liam Fox, titled "Tory". A word that opens
no name leaves any name, "Ex-Downing Street", "Fellow Gloucester prop" (``kg.extract.glued``).

Rejections:

- ``markup``: characters no name has (``< > = { } [ ] \\ |``): ``onerror="document.title='PWNED``
  from a hostile page is no Person.
- ``dateline``: a wire dateline in capitals at the head of a paragraph, "NEW YORK -".
- ``generic``: a common noun or generic term alone: "GMT", "VAT", "R&B",
  "Broadband", "Firms", "the Bill" (the tagger reads a common noun, not a proper one);
  an illness ("Essential Tremor", "Down's Syndrome": ``condition_words.txt``); not a work's
  one-word title right after its noun ("film Submission": ``kg.extract.cuedtitles``).
- ``adjective``: a nationality adjective alone or before other adjectives, "British", "Latin
  American", "British Olympic" (a group named as a noun, "the British", stays); a singular
  demonym after another nationality adjective in a list ("of Pakistani, Bangladeshi and black
  Caribbean origin": ``listed_nationality``), a demonym in a hyphenated modifier ("Swiss-based
  Xstrata"), or a linking verb's bare complement ("who is Catholic": ``kg.extract.predicative``).
- ``language``: a language named by a demonym or listed, "said in French", "learning Hindi" (``kg.extract.languages``).
- ``title``: titles only, no name: "Treasurer", "Prime Minister", "MPs".
- ``no-capital``: nothing in it is written as a name: "4.5m workers".
- ``sentence-initial``: a lone capitalised word that opens its sentence and
  modifies the common noun after it, which the text also writes in lower case
  and no gazetteer or name list knows: "Hardware security is less common ...
  hardware" (NER's nationality), "Warez groups ... warez" (NER's person). A
  name so placed is no common word ("England coach Andy Robinson"). Also a lone
  word at the head of a sentence or a quotation that the text writes in lower case
  and capitalises nowhere else ('"Weather has been the Achilles' heel of this
  market," said ...': ``kg.extract.initials``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from kg.extract.cuedtitles import cued_title
from kg.extract.cues import looks_like_person
from kg.extract.entities import EntitySpan
from kg.extract.fusedleads import after_fused
from kg.extract.glued import after_description, after_party, before_postnominal, strip_leading, trailing_end
from kg.extract.gluedplaces import before_glued_place
from kg.extract.hyphengiven import given_name_tail
from kg.extract.innertitles import opens_inner_title
from kg.extract.languages import names_language
from kg.extract.nameends import own_possessive, trim_name
from kg.extract.namepairs import capitalised, is_seat, two_names
from kg.extract.ownends import no_possessed
from kg.extract.pairsides import heads_apart, named_apart
from kg.extract.parenlaws import kept_bracket
from kg.extract.predicative import said_of_someone
from kg.extract.titlenames import only_title
from kg.extract.titlewords import before_setting
from kg.extract.words import Bounds, Word, Words
from kg.folding import fold
from kg.lexicon import (
    CONDITION_WORDS,
    COUNTRIES,
    DEMONYMS,
    DESCRIPTION_NOUNS,
    GENERIC_TERMS,
    GIVEN_NAMES,
    NAME_HEADS,
    NICKNAMES,
    RELATIVE_WORDS,
    ROLE_HEADS,
    TYPE_CUES,
    WEEKDAYS,
    demonym_country,
)
from kg.lexicon.gazetteer import gazetteer
from kg.nlp.labels import NATIONALITY_LABELS, TIME_LABELS

RULES = ("bracket", "possessive", "tail", "dangling", "markup", "dateline", "generic", "adjective", "language", "title",
         "no-capital", "sentence-initial")
"""The rules, in the order they are tried; their names are the keys of the rejection counts."""

_ROMAN_STOP = re.compile(r"^[IVX]+\.$")
_SCORE = re.compile(r"^\d+-\d+$")
_YEAR = re.compile(r"^(19|20)\d\d$")
_YEARLESS = frozenset({"ORG", "PERSON", "GPE", "FAC", "NORP"})  # not an event's, a work's or a product's name ("Euro 2004")
_MARKUP = re.compile(r"[<>={}\[\]\\|]")
_BREAKS = frozenset('()[]"“”')
_DASHES = frozenset({"-", "–", "—"})
_VERSUS = frozenset({"v", "v.", "vs", "vs."})  # "Arsenal v Stoke" (lower case: "Henry V" is a name)
_COMMA_NAMES = frozenset({"GPE", "LOC", "WORK_OF_ART", "LAW", "EVENT"})
_FUNCTION_POS = frozenset({"ADP", "DET", "CCONJ", "PART", "SCONJ"})
_DANGLING_POS = frozenset({"ADP", "CCONJ", "SCONJ", "DET", "PART", "PUNCT"})
_PROPER_TAGS = frozenset({"NNP", "NNPS"})
_INITIAL_LABELS = frozenset({"PERSON", "GPE", "LOC", "NORP"})
_LIST_JOINERS = frozenset({",", "and", "or"})
_DATELINE_AFTER = frozenset({"-", "–", "—", ",", "(", ":"})
# Lower-case particles of people's and places' names: "Valery Giscard d'Estaing", "Ludwig van Beethoven".
NAME_PARTICLES = frozenset({
    "d", "d'", "de", "del", "della", "dal", "dalla", "der", "den", "di", "da", "du", "van", "von", "la", "le", "bin",
    "ibn", "al", "el",  # "D dal Maso", "van den Hoogenband"
    "des", "dos", "das", "pour", "sur", "aux", "au",  # "Parc des Sports Aguilera", "Fondation pour l'Enfance"
})


def bracket_pieces(words: Words, start: int, end: int, label: str = "") -> list[Bounds]:
    """Words ``start:end`` cut at brackets and double quotes (rule ``bracket``), and
    at commas and colons, which separate names in a list ("James, Mills") or a team
    from its line-up, except in places' and works' names ("Washington, D.C.",
    "Crouching Tiger, Hidden Dragon", "Joshua Reynolds: The Creation of Celebrity")."""
    pieces, piece_start = [], start
    commas = label not in _COMMA_NAMES
    titles = words.words[start].text == "The" and start > 0 and words.words[start].sent.start != start
    for i in range(start, end):
        text = words.words[i].text
        breaks = any(char in _BREAKS for char in text) and not kept_bracket(words, i, start, end, label)  # a nickname, a law's
        cut = breaks or (text in _DASHES and _spaced(words, i)) or text in _VERSUS or (commas and text in {",", ":"})
        if cut or (titles and _joins_two(words, i, start)):  # 'David "Fathead" Newman' whole; "X - Racing Stripes" cut
            if piece_start < i:
                pieces.append((piece_start, i))
            piece_start = i + 1
    if piece_start < end:
        pieces.append((piece_start, end))
    return pieces


def _spaced(words: Words, i: int) -> bool:
    """Word ``i`` stands between spaces: a dash between two names, not a hyphen inside one
    ("Neath-Swansea")."""
    token, text = words.words[i], words.text
    after = token.idx + len(token.text)
    return token.idx > 0 and text[token.idx - 1].isspace() and text[after : after + 1].isspace()


def _joins_two(words: Words, i: int, start: int) -> bool:
    """Word ``i`` is an "and" between two titles NER read as one: "The Aviator and
    Million Dollar Baby" (the word after it a conjunct of one before it)."""
    tokens = words.words
    if tokens[i].lower_ != "and" or i + 1 >= len(tokens):
        return False
    after = tokens[i + 1]
    return after.dep_ == "conj" and start <= after.head.i < i and after.text[:1].isupper()


def check_name(words: Words, start: int, end: int, label: str, owners: frozenset[str]) -> tuple[Bounds | None, str | None]:
    """The name's words after the cuts, or ``None`` and the rule that rejects it.

    ``label``: the NER label; ``owners``: folded texts of the article's other
    entity spans (a possessive's owner named alone elsewhere is cut off).
    Gives ``((start, end), None)`` for a name, ``(None, rule)`` for a rejection;
    a cut that leaves nothing is a rejection by the cut's rule.
    """
    tokens = words.words
    text = words.text[tokens[start].idx : tokens[end - 1].idx + len(tokens[end - 1].text)]
    if _MARKUP.search(text):
        return None, "markup"
    start = after_description(words, strip_leading(words, start, end, owners), end, label)  # "Fellow Gloucester prop" (glued)
    start = after_fused(words, start, end, label)  # "Veteran Spaniard Conchita Martinez" (fusedleads)
    start = after_party(words, start, end, label)  # "Lib Dem Norman Baker" (glued)
    start = _after_possessive(words, start, end, owners)
    if label in {"ORG", "FAC"}:
        end = before_glued_place(words, start, _before_place_possessive(words, start, end, owners), label, owners)
    end = before_setting(tokens, start, _cut_tail(words, start, before_postnominal(words, start, end, label)))
    if label in _YEARLESS and end - start > 1 and _YEAR.match(tokens[end - 1].text) and _name_follows(words, end):
        end -= 1  # "the Royal Academy of Engineering 2004 Hinton Lecture": the year is the lecture's
    if start >= end:
        return None, "tail"
    start, end = _trim_dangling(words, start, end, label)
    if start >= end:
        return None, "dangling"
    end = trailing_end(words, start, _with_head_word(words, end))  # "the Sydney Olympic champion"
    if _is_dateline(words, start, end):
        return None, "dateline"
    span = tokens[start:end]
    form = fold(words.text[span[0].idx : span[-1].idx + len(span[-1].text)])
    if form in GENERIC_TERMS or form.split()[-1] in CONDITION_WORDS or (
        len(span) == 1 and span[0].tag_ not in _PROPER_TAGS and span[0].pos_ != "PROPN" and span[0].text.istitle() and span[0].text.isalpha()
        and label not in NATIONALITY_LABELS and not (span[0].tag_ == "JJ" and demonym_country(span[0].text))  # "British": adjective
        and not cued_title(words, start, end)  # "the single Run", "pop band Busted": a name (kg.extract.cuedtitles, .cuednames)
    ):
        return None, "generic"
    if ((label in NATIONALITY_LABELS or demonym_country(span[0].text)) and all(word.tag_ == "JJ" for word in span)) or (
            listed_nationality(words, start, end) or (demonym_country(form) and _hyphen_compound(words, end))
            or said_of_someone(words, start, end, label)):
        return None, "adjective"  # "British Olympic", "of Pakistani, Bangladeshi and ...", "Swiss-based", "who is Catholic"
    if names_language(words, start, end):
        return None, "language"  # "Bono said in French", "performed in Swedish" (kg.extract.languages)
    if only_title(words, start, end):
        return None, "title"
    if not any(char.isupper() for word in span for char in word.text):
        return None, "no-capital"
    return (start, end), None


def _nationality_word(word: Word) -> bool:
    """A nationality adjective in its singular form: "Pakistani", "European" (a
    capitalised adjective); "Russians" (a plural) names people."""
    return fold(word.text) in DEMONYMS or (word.tag_ == "JJ" and word.text.istitle())


def _hyphen_compound(words: Words, end: int) -> bool:
    """The name ends inside a hyphenated modifier, "Swiss-based Xstrata", "the
    Russian-owned firm", "German-born": a hyphen right after it, a lower-case word next."""
    tokens = words.words
    if end + 1 >= len(tokens) or tokens[end].text != "-" or not tokens[end + 1].text[:1].islower():
        return False
    last, hyphen = tokens[end - 1], tokens[end]
    return last.idx + len(last.text) == hyphen.idx and hyphen.idx + 1 == tokens[end + 1].idx


def listed_nationality(words: Words, start: int, end: int) -> bool:
    """Words ``start:end`` are a nationality adjective after another in a list of
    them (rule ``adjective``): "those of Pakistani, Bangladeshi and black Caribbean
    origin", "rich and poor, African, Asian, European and Latin American". The
    parser reads such a conjunct as a noun (NER even as a person), but it only
    describes: its last word is a singular demonym, the words before it adjectives,
    and the word before the list's comma or "and" is a nationality adjective too.
    A plural ("Pakistanis and Bangladeshis") names people and stays.
    """
    tokens = words.words
    if start < 2 or tokens[start - 1].lower_ not in _LIST_JOINERS or fold(tokens[end - 1].text) not in DEMONYMS:
        return False
    if not all(word.tag_ == "JJ" or fold(word.text) in DEMONYMS for word in tokens[start : end - 1]):
        return False
    return _nationality_word(tokens[start - 2])


def lower_case_words(words: Words) -> frozenset[str]:
    """The words the text writes in lower case (``sentence_initial_modifier`` reads it)."""
    return frozenset([word.text for word in words.words if word.text.islower()])


def sentence_initial_modifier(words: Words, start: int, end: int, label: str, lower_case: frozenset[str]) -> bool:
    """A lone word NER took for a name (person, place, nationality) only because it opens its sentence:
    it modifies the common noun after it ("Hardware security is", "Format
    interoperability"), the text also writes it in lower case (``lower_case``:
    ``lower_case_words``), and it is no given name, nickname or known place."""
    if end - start != 1 or label not in _INITIAL_LABELS:
        return False
    word = words.words[start]
    if word.i not in words.sentences or word.lower_ not in lower_case or not word.text.isalpha():
        return False
    head = word.head
    if word.dep_ not in {"amod", "compound"} or head.i != word.i + 1 or head.tag_ not in {"NN", "NNS"}:
        return False
    form = fold(word.text)
    return form not in GIVEN_NAMES and form not in NICKNAMES and demonym_country(word.text) is None and (
        not gazetteer().is_place(word.text)
    )


def strip_leading_word(words: Words, start: int, end: int) -> int:
    """NER keeps a nationality, a party or a band before a name: "Welshman Ray
    Reardon", "Russian Mikhail Khodorkovsky", "Tory Liam Fox", "Beatle George
    Harrison" name Ray Reardon ... George Harrison (the caller keeps a party's or
    band's word as a title). A word other than a nationality goes only when a given
    name follows and it is none itself ("Mary Ann Smith" stays). Gives the name's start."""
    if end - start <= 2 or not words.words[start + 1].text[:1].isupper():
        return start
    first, last = words.words[start].text, words.words[end - 1]
    rest = words.text[words.words[start + 1].idx : last.idx + len(last.text)]
    party = fold(first) in NICKNAMES  # "Tory" is a given name too
    if demonym_country(first) or ((party or fold(first) not in GIVEN_NAMES) and looks_like_person(rest)):
        return start + 1
    return start


def _is_upper(text: str) -> bool:
    letters = [char for char in text if char.isalpha()]
    return len(letters) >= 2 and all(char.isupper() for char in letters)


def _after_possessive(words: Words, start: int, end: int, owners: frozenset[str]) -> int:
    """Rule ``possessive``: "OutKast's Speakerboxxx" starts after the owner when the
    owner is named alone elsewhere in the article; not when it is named elsewhere only
    as a possessive with no noun after it, the short name of the place itself ("his
    time at Jack's Snooker Hall ... clashed cues at Jack's")."""
    tokens = words.words
    for i in range(start + 1, end - 1):
        if tokens[i].tag_ == "POS" and not no_possessed(tokens, i + 1):  # "Lloyd's of London": its own "'s"
            owner = words.text[tokens[start].idx : tokens[i - 1].idx + len(tokens[i - 1].text)]
            whole = words.text[tokens[start].idx : tokens[end - 1].idx + len(tokens[end - 1].text)]
            # Named alone: another entity span, or the same words elsewhere, not as part of this name;
            # "at Jack's" alone is the place itself, a shop's short name, no owner.
            shop = len(re.findall(rf"\b{re.escape(owner)}['’]s(?=\s*(?:[^\w\s]|$))", words.text))
            alone = len(re.findall(rf"\b{re.escape(owner)}\b", words.text)) - words.text.count(whole) - shop
            if (fold(owner) in owners and not shop) or alone > 0:
                return i + 1
    return start


def _before_place_possessive(words: Words, start: int, end: int, owners: frozenset[str]) -> int:
    """Rule ``possessive``: a known place's possessive after a name the article gives
    alone is no word of that name: "make the Library London's most active public
    hotspot" is the Library (named alone elsewhere) and London's. Organisations'
    and facilities' names only ("Clint Eastwood's": a person's surname may be a town's)."""
    tokens = words.words
    if end - start < 2 or end >= len(tokens) or tokens[end].tag_ != "POS":
        return end
    place = words.span_text(end - 1, end)
    if not (fold(place) in COUNTRIES or gazetteer().is_city(place)) or fold(words.span_text(start, end - 1)) not in owners:
        return end
    return end - 1


def _cut_tail(words: Words, start: int, end: int) -> int:
    """Rule ``tail``: the name ends before a lower-case content word ("Interfax news
    agency"; and before a channel's "on", ``check_name``), a date ("Commons on Monday", "Torquay on Boxing Day"), a score
    ("Craven Cottage 1-0", sets "Williams 1-6,4-6") or a "-based" compound ("Seattle-based")."""
    tokens = words.words
    for i in range(start + 1, end):
        token = tokens[i]
        if token.ent_type_ in TIME_LABELS or (fold(token.text) in WEEKDAYS and tokens[i - 1].pos_ == "ADP"):
            return i
        if token.lower_ == "on" and tokens[end - 1].text == "Day" and i + 1 < end - 1:
            return i  # "the reverse to Torquay on Boxing Day": a holiday is no part of the name
        if _SCORE.match(token.text) or (
            token.text.isdigit() and i + 2 < len(tokens) and tokens[i + 1].text in "-–" and tokens[i + 2].text[:1].isdigit()
        ):
            return i  # "a replay at Craven Cottage 1-0", "lost to Williams 1-6, 4-6": no part of the name
        if token.text.islower() and token.is_alpha and token.pos_ not in _FUNCTION_POS and token.lower_ not in NAME_PARTICLES and not given_name_tail(words, i):
            return i  # not "Yoo Ji-chang" (kg.extract.hyphengiven)
    return end


def _name_follows(words: Words, end: int) -> bool:
    return end < len(words.words) and words.words[end].pos_ == "PROPN" and words.words[end].text[:1].isupper()


def _with_head_word(words: Words, end: int) -> int:
    """A head word NER left out is part of the name: "Athens Olympic" + "Games",
    "Sheffield" + "Wednesday" (a weekday NER read as a date)."""
    tokens = words.words
    while end < len(tokens) and tokens[end].text.istitle() and NAME_HEADS.get(fold(tokens[end].text), (None, "place"))[1] != "place":
        if tokens[end].ent_iob_ == "I" or (tokens[end].ent_iob_ == "B" and tokens[end].ent_type_ not in TIME_LABELS):
            break  # the next name begins here
        end += 1
    return end


def _trim_dangling(words: Words, start: int, end: int, label: str = "") -> Bounds:
    """Rule ``dangling``: no conjunction, preposition, determiner or dash at either end, and no
    lower-case common noun glued before the name ("broadcaster BSkyB")."""
    tokens = words.words
    while end > start and tokens[end - 1].pos_ in _DANGLING_POS and not tokens[end - 1].text[:1].isupper() \
            and not own_possessive(tokens, end, label):
        end -= 1
    while start < end and tokens[start].pos_ in _DANGLING_POS and not tokens[start].text[:1].isupper():
        start += 1
    if end - start > 1 and _glued_common_word(tokens[start]) and tokens[start + 1].text[:1].isupper():
        start += 1  # "after buying broadcaster BSkyB's stake": the noun describes the name
    return start, end


def _glued_common_word(word: Word) -> bool:
    """A lower-case noun that says what the name after it is, which NER ran into the name:
    a cue noun ("broadcaster BSkyB"), a description noun, a role or a relative ("his stepson
    Sholto"). Not any noun: '"today Brent South, tomorrow Soweto"' is a slogan."""
    lemma = word.lemma_.lower()
    known = lemma in TYPE_CUES or lemma in DESCRIPTION_NOUNS or lemma in ROLE_HEADS or lemma in RELATIVE_WORDS
    return word.pos_ == "NOUN" and word.text.isalpha() and word.text.islower() and known


def _is_dateline(words: Words, start: int, end: int) -> bool:
    """Rule ``dateline``: "NEW YORK -" in capitals at the head of a paragraph (NER
    may run on past the dash: "NEW YORK - Shares")."""
    tokens = words.words
    stop = next((i for i in range(start, min(end + 1, len(tokens))) if tokens[i].text in _DATELINE_AFTER), None)
    if stop is None or stop == start or not all(_is_upper(word.text) for word in tokens[start:stop]):
        return False
    if stop - start == 1 and len(tokens[start].text) < 5:
        return False  # "BBC -" may be a name
    return start == 0 or "\n" in tokens[start - 1].text or "\n" in words.text[tokens[start - 1].idx : tokens[start].idx]


def sentence_pieces(ent: EntitySpan, words: Words, owners: frozenset[str] = frozenset()) -> Iterator[Bounds]:
    """The entity trimmed, split where NER ran across a sentence break ("Malcolm X.
    Besides Dee" is Malcolm X and Dee) or before a person's courtesy title inside it
    (``kg.extract.innertitles``); a later piece starts at its first proper
    noun; a pair of names NER joined by "and" or "&" is two (``pair_pieces``, with
    ``owners``: the folded texts of the article's entity spans). ``words``: the document's."""
    tokens = words.words
    starts = [ent.start] + [
        i
        for i in range(ent.start + 1, ent.end)
        if tokens[i].sent.start == i or _breaks_after(tokens[i - 1], tokens[i], tokens[i - 2] if i >= 2 else None)
        or opens_inner_title(words, i, ent.start, ent.end, ent.label_, owners)  # "the Foreign Policy Centre Mr Straw"
    ]
    for number, (start, end) in enumerate(zip(starts, starts[1:] + [ent.end])):
        if number:
            while start < end and tokens[start].pos_ != "PROPN":
                start += 1
        for piece_start, piece_end in bracket_pieces(words, start, end, ent.label_) if start < end else ():
            piece = trim_name(words, piece_start, piece_end, ent.label_)
            if piece is not None:
                yield from pair_pieces(words, *piece, owners, label=ent.label_)


def pair_pieces(words: Words, start: int, end: int, owners: frozenset[str], *, label: str = "") -> list[Bounds]:
    """Words ``start:end`` split at their one "and" or "&" when it joins two names (rule
    ``bracket``): "Gazprom and Gazpromneft" (NER: one organisation) are two firms when
    the article names either alone (``owners``: the folded texts of its entity spans;
    "a team led by Henry and Hansen" after "Graham Henry"), "Hayden Tanner and Willie
    Davies", "Matt Lucas & David Walliams" two people (each a given name and a surname);
    a side named alone splits at "&" only what NER (``label``) calls a person ("Alliance &
    Leicester", "Deloitte & Touche": firms). Each side is capitalised words only, so a name
    whose "and" joins the objects of its preposition stays whole ("Department of Trade and
    Industry"), as does a firm never named apart ("Marks and Spencer") or a name whose head
    comes after the pair ("Securities and Exchange Commission"). A work's title (``label``
    WORK_OF_ART) of one word each side is two only when both sides are named alone: "his film Hide and
    Seek ... In Hide and Seek, De Niro plays" is one film. Pairs the parse shows: ``kg.extract.namepairs``."""
    tokens = words.words
    joins = [i for i in range(start + 1, end - 1) if tokens[i].lower_ in ("and", "&")]
    if len(joins) != 1 or fold(words.span_text(start, end)) in COUNTRIES or is_seat(words, start, end):
        return [(start, end)]  # "Trinidad and Tobago": one country; "the Eton and Slough seat"
    middle = joins[0]
    sides = [(start, middle), (middle + 1, end)]
    if not all(capitalised(words, *side) for side in sides):
        return [(start, end)]
    texts = [words.text[tokens[a].idx : tokens[b - 1].idx + len(tokens[b - 1].text)] for a, b in sides]
    firm = tokens[middle].lower_ == "&" and label != "PERSON"  # "Alliance & Leicester" beside "Leicester"
    apart = [not firm and named_apart(fold(text), owners) for text in texts]
    single = label == "WORK_OF_ART" and all(b - a == 1 for a, b in sides)  # "Hide and Seek"; not "Romancing The Stone and The Jewel ..."
    if (all(apart) if single else any(apart)) or all(map(looks_like_person, texts)):
        return sides
    if not firm and heads_apart([fold(text) for text in texts], owners):  # "Citizens and Canal": two banks
        return sides
    return sides if two_names(words, start, middle, end) else [(start, end)]


def ends_sentence(words: Words, end: int) -> bool:
    """A sentence ends after word ``end - 1`` (the parser's break or one it missed)."""
    tokens = words.words
    if end >= len(tokens) or tokens[end].sent.start == end:
        return True
    return _breaks_after(tokens[end - 1], tokens[end], tokens[end - 2] if end >= 2 else None)


def full_stop_ends(words: Words, start: int, end: int, ent_end: int) -> bool:
    """Whether the dot that ends words ``start:end`` (of an entity ending at ``ent_end``) is
    the sentence's full stop, not the name's: NER ran on across the sentence's end ("...
    and Jay-Z. Soul singer ..."); a numeral's dot ("... to World War I. But"); the last
    part of a hyphenated name ("a new virus called Zafi-D. The worm spreads"), which is
    no initial. "George W. Bush" and a last "Corp." keep theirs."""
    tokens = words.words
    last = tokens[end - 1].text
    roman = _ROMAN_STOP.match(last) is not None and end - start > 1
    hyphen_part = end - start > 2 and tokens[end - 2].text == "-"
    return (end < ent_end or roman or hyphen_part) and ends_sentence(words, end)


def _breaks_after(previous: Word, token: Word, before: Word | None) -> bool:
    """A sentence break the parser missed inside a name: "X." then a capitalised
    word that is no name ("Besides"); a full stop of its own; or the last part of a
    hyphenated name with its stop ("Jay-Z. Soul"), which is no initial. "U.S. Army"
    and "George W. Bush" go on."""
    if not (previous.text.endswith(".") and token.text[:1].isupper()):
        return False
    return token.pos_ not in {"PROPN", "NOUN"} or previous.text == "." or (before is not None and before.text == "-")


def count_rejections(rules: list[str]) -> tuple[tuple[str, int], ...]:
    """Rejection counts in ``RULES`` order, for ``Extraction.rejected``.

    >>> count_rejections(["generic", "markup", "generic"])
    (('markup', 1), ('generic', 2))
    """
    counts = Counter(rules)
    return tuple((rule, counts[rule]) for rule in RULES if counts[rule])
