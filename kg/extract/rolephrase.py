"""Role phrases: the words that name a post someone holds, read around its last word.

A role phrase is read from right to left, from the role's last word, because that
is where news text fixes it: the name follows it ("... coach John Connolly") or
a comma does ("..., chief executive of the British Library"). Leftwards come,
each optional and in this order:

- the role itself, the longest entry of ``kg/lexicon/data/roles.tsv`` that ends
  there ("Foreign Minister", "chief executive", "secretary of state", "coach");
- modifiers that are part of the role as written: lowercase words ("energy
  analyst", "stand-in keeper", "top procurement official") and portfolio words
  ("Transport Commissioner", "Shadow Home Secretary");
- what it is a role of, named before it: an organisation or place ("Bath coach",
  "US Secretary of State", "Labour MP"), or a demonym ("Turkish Foreign Minister");
- a status word ("former", "ex-", "outgoing", "incoming");
- a possessive owner ("Mr Mann's former deputy", "the party's Holyrood leader",
  "International Paper's chairman"): what it is a role of, when nothing closer names it.

To the right, `read_complement` reads "of Z" / "at Z" / "for Z" / "with Z": an
organisation or place ("chief executive of the British Library", "an analyst at
Huatai Securities") or words that belong to the role ("director of marketing",
"MP for Erewash", "Secretary of State for Culture, Media and Sport"); a field before a named
owner is the role's ("head of UK equities for Standard Life Investments": ``kg.extract.departments``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kg.extract.ages import skip_age
from kg.extract.apposend import names_described
from kg.extract.departments import field_end, place_after
from kg.extract.firstname import named_elsewhere
from kg.extract.mistagged import mistagged_title
from kg.extract.postqualifiers import POST_QUALIFIERS, keeps_organisation, qualified_role, qualifier_before
from kg.extract.rolestatus import STATUS_WORDS, read_status
from kg.extract.roleverbs import clause_verb
from kg.extract.subunits import part_owner
from kg.folding import fold
from kg.lexicon import COUNTRIES, DESCRIPTION_NOUNS, NICKNAMES, ROLE_HEADS, ROLES, Role, demonym_country
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.extract.words import Word, Words

# Prefixes of a post held with or under another holder: "co-chairman", "vice-director".
SHARING_PREFIXES = frozenset({"co", "vice"})
# Capitalised words that are part of a role as written, not an organisation's name:
# "Foreign Minister", "Shadow Home Secretary", "Transport Commissioner".
PORTFOLIO_WORDS = frozenset(
    "foreign home shadow deputy vice acting interim chief senior junior assistant executive first prime principal "
    "general managing associate transport health culture education energy trade industry environment defence "
    "defense finance financial justice interior economy economic treasury agriculture employment sport sports "
    "media culture europe european international development science technology work pensions communities "
    "local government constitutional legal affairs security intelligence budget business enterprise "
    "cabinet commerce labor state war political fiscal policy monetary social welfare housing tourism heritage "
    "rural food fisheries immigration revenue overseas planning".split()
)
# What joins two portfolio words in one post: "Trade and Industry", "Culture, Media and Sport".
PORTFOLIO_JOINERS = frozenset({"and", "&", ","})
# Words that praise or judge rather than name a post: "a great keeper", "a fine player".
EVALUATIVE = frozenset(
    "great good fine fantastic brilliant excellent superb outstanding wonderful terrific best better top-class "
    "world-class class quality talented gifted bad poor terrible big real true natural born young old experienced "
    "typical proper decent".split()
)
# Words that describe the holder, not the post, and stand before it: "a proud coach Mike
# Ruddock", "injured flanker Jason White", "giant prop John Hayes", "star flanker".
DESCRIPTIVE = frozenset(
    "proud injured giant diminutive uncapped inexperienced veteran influential prolific recalled suspended "
    "star stand-out in-form out-of-form dropped fit unfit".split()
)
# Capitalised words NER left out before a role that are no name's: a status, a portfolio, and
# what describes the holder ("Veteran Labour MP": Labour).
_NO_NAME_WORDS = frozenset(STATUS_WORDS) | PORTFOLIO_WORDS | DESCRIPTIVE
# Roles that take their constituency with "for": "MP for Erewash" is the role as written.
CONSTITUENCY_ROLES = frozenset({"mp", "msp", "mep", "member", "senator", "congressman", "congresswoman", "councillor"})
# Roles whose demonym names the state they serve ("Turkish Foreign Minister"); for the
# others it is a nationality ("Welsh striker").
STATE_ROLE_TYPES = frozenset({"political", "government", "diplomatic", "military", "legal"})
PRIVATE_ROLE_TYPES = frozenset({"business", "media", "arts", "academic"})
"""Kinds of post no country holds: a firm's, a newspaper's, a band's, a university's."""
ROLE_PREPOSITIONS = frozenset({"of", "at", "for", "with", "within", "to"})
# Of those, the ones whose unnamed complement belongs to the role: "director of marketing",
# "spokesman for health", "adviser to the prime minister"; "at" and "with" take an
# organisation only ("an analyst at Huatai").
ROLE_WORD_PREPOSITIONS = frozenset({"of", "for", "to"})
# Periods a prize is given for: "player of the year", "manager of the month".
PERIODS = frozenset({"year", "month", "season", "week", "decade", "century", "tournament", "championship"})
NAME_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "PERSON", "NORP"})
_PARTY_LABELS = frozenset({"ORG", "NORP"})
_MAX_MODIFIERS = 3
_MAX_ROLE_WORDS = max(len(words) for words in ROLES)
_MAX_NAME_WORDS = 4


@dataclass(slots=True)
class RolePhrase:
    """A role phrase found in the parse (word indexes into the document's `Words`).

    Attributes:
        start: First word of the whole phrase (owner, status and organisation included).
        end: One past its last word (the role's, or its complement's).
        role_start: First word of the role as written (modifiers included).
        role_end: One past the role's last word, its complement included when it belongs to the role.
        role: The roles table's entry.
        status: ``"current"``, ``"former"`` or ``"future"``.
        cue: The status word, if any ("former").
        organisation: Words of what it is a role of, if the text names it.
        country: The country a demonym before the role names ("Turkish" -> "Turkey").
        award: The phrase names a prize, not a post: "Fifa women's player of the year".
    """

    start: int
    end: int
    role_start: int
    role_end: int
    role: Role
    status: str = "current"
    cue: str | None = None
    organisation: list[Word] | None = field(default=None)
    country: str | None = None
    award: bool = False


def _adjacent(left: Word, right: Word) -> bool:
    return left.idx + len(left.text) == right.idx


def _units(words: Words, end: int, floor: int, limit: int) -> list[tuple[int, int, str]]:
    """Words ``floor:end`` as units from right to left, hyphenated words joined
    ("stand-in", "co-founder"; "ex-" stays a unit of its own): (start, end, lowercase text);
    the last ``limit`` units at most (a role is read from those alone)."""
    units: list[tuple[int, int, str]] = []
    tokens = words.words  # the list itself: indexing a `Words` is a Python call
    i = end - 1
    while i >= floor and len(units) < limit:
        start = i
        while (
            start - 1 >= floor
            and _adjacent(tokens[start - 1], tokens[start])
            and (tokens[start - 1].text == "-" or tokens[start].text == "-")
            and not (tokens[start].text == "-" and tokens[start - 1].lower_ == "ex")
            and not (tokens[start - 1].text == "-" and start - 2 >= floor and tokens[start - 2].lower_ == "ex")
        ):
            start -= 1
        text = "".join(w.lower_ for w in tokens[start : i + 1]).rstrip(".")
        units.append((start, i + 1, text))
        i = start - 1
    return units


def _match_role(units: list[tuple[int, int, str]], lemma: str) -> tuple[int, Role] | None:
    """The longest role that ends the units (read right to left): (units used, role).
    Roles are looked up by their folded words, so "Vice-President" and "vice president"
    read alike. ``lemma``: the last word's lemma, so that a plural reads as its role
    ("actresses", "co-founders")."""
    if not units:
        return None
    written = tuple(fold(units[0][2]).split())
    for last in dict.fromkeys((written, (*written[:-1], *fold(lemma).split()[-1:]))):
        if not last or last[-1] not in ROLE_HEADS:
            continue
        for size in range(min(_MAX_ROLE_WORDS, len(units)), 0, -1):
            before = [fold(text).split() for _, _, text in reversed(units[1:size])]
            if not all(before):
                continue  # a unit with no word ("-" of "ex-Foreign Secretary") is no part of the role
            written_role = (*(word for words in before for word in words), *last)
            role = ROLES.get(written_role)
            if role is None and len(written_role) > 1 and written_role[0] in SHARING_PREFIXES:
                # "co-chairman", "Vice-Prime Minister": the post shared or deputised, when the table lacks it
                role = ROLES.get(written_role[1:])
                role = Role(role.type, f"{written_role[0]} {role.key}", role.membership) if role else None
            if role is not None:
                return size, role
    return None


def _is_modifier(word: Word) -> bool:
    """A word that belongs to the role as written ("energy analyst", "Foreign Minister")."""
    lowered = word.lower_.rstrip(".")
    if lowered in STATUS_WORDS or not word.text[:1].isalpha() or word.pos_ in ("DET", "PRON", "ADP", "CCONJ", "NUM"):
        return False
    if word.tag_ in ("JJR", "JJS", "RBR", "RBS") or lowered in ("time", "year", "month", "week", "decade", "century"):
        return False  # "Earlier, chief constable X", "its latest shareholder", "the first time actress X"
    if word.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass") and word.head.i < word.i:
        return False  # "Critics of the land reform policy claim president X": the object of what stands before
    if word.text[:1].isupper() and not (word.i == word.sent.start and word.pos_ in ("NOUN", "ADJ")):
        return lowered in PORTFOLIO_WORDS
    if lowered in POST_QUALIFIERS and word.dep_ != "ROOT":
        return True  # "Tory shadow local government secretary": "shadow" tagged a verb
    if word.pos_ == "VERB":
        # "managing director", "stand-in keeper"; never "said spokesman".
        return word.tag_ in ("VBG", "VBN") and word.dep_ in ("amod", "compound")
    return word.pos_ in ("NOUN", "ADJ", "PROPN") and word.ent_type_ in ("", "ORG") and word.tag_ != "POS"


def _joins_portfolios(words: Words, i: int, floor: int) -> bool:
    """ "and" between two portfolio words is part of the role ("the work and pensions secretary",
    "Trade and Industry Secretary"); so is a comma before a capitalised one ("Culture, Media and Sport")."""
    return words[i].lower_ in PORTFOLIO_JOINERS and i - 1 >= floor and i + 1 < len(words) and words[i - 1].lower_ in (
        PORTFOLIO_WORDS) and words[i + 1].lower_ in PORTFOLIO_WORDS and (words[i].text != "," or words[i + 1].text[:1].isupper())


def _lowercase_before_title(word: Word, following: Word) -> bool:
    """A lowercase word before a capitalised role is no part of it unless it names a
    portfolio ("shadow Chancellor"): "their cabinet colleagues Foreign Secretary Jack Straw"
    is "Foreign Secretary". An acronym is no title: "independent MP" is the role as written."""
    titled = following.text[:1].isupper() and not following.text.isupper()  # "independent MP" stays whole
    return word.text[:1].islower() and titled and word.lower_ not in PORTFOLIO_WORDS


def _is_name_word(word: Word) -> bool:
    """A capitalised word that may name something ("Arsenal", "BIFA", "Labour")."""
    return word.text[:1].isupper() and word.pos_ in ("PROPN", "NOUN", "ADJ") and word.lower_ not in ("the", "a", "an")


def _split_party(words: Words, start: int, floor: int) -> int:
    """Where a name NER cut in two begins: "the Liberal Democrat leader" is read as "Liberal"
    (ORG) and "Democrat" (NORP); an organisation word and a group word side by side are one
    name. A demonym before them is where the party is, not its name ("Scottish Labour")."""
    label = words[start].ent_type_
    previous = start - 1
    if label not in _PARTY_LABELS or previous < floor or words[previous].ent_type_ not in _PARTY_LABELS - {label}:
        return start
    if not _is_name_word(words[previous]) or demonym_country(words[previous].text) is not None:
        return start
    return _entity_start(words, previous, floor)


def _entity_start(words: Words, i: int, floor: int) -> int:
    """The first word (no further left than ``floor``) of the NER entity word ``i`` is in."""
    while i - 1 >= floor and words[i - 1].ent_type_ == words[i].ent_type_ and words[i].ent_iob_ != "B":
        i -= 1
    return i


def _across_of(words: Words, named: tuple[int, list[Word]] | None, floor: int) -> tuple[int, list[Word]] | None:
    """``named`` with the organisation's name before its "of", where NER cut the name there:
    "Royal Bank of Scotland chief executive Fred Goodwin" (NER: "Royal Bank", "Scotland")
    is the bank's chief executive, not a Scotland chief executive."""
    if named is None or named[0] - 2 < floor or words[named[0] - 1].lower_ != "of":
        return named
    last = named[0] - 2
    if words[last].ent_type_ not in ("ORG", "FAC") or not _is_name_word(words[last]):
        return named
    start = _entity_start(words, last, floor)
    return start, list(words[start : named[0] + len(named[1])])


def _name_before(words: Words, end: int, floor: int, names: frozenset[str]) -> tuple[int, list[Word]] | None:
    """The name that ends right before ``end`` (an organisation, a place, a demonym),
    as its first word index and its words. A capitalised word that NER left out counts
    when it is no sentence's first word, is an acronym, or the article names it elsewhere
    (``names``: folded name texts): "Labour MP ..." at a sentence's start."""
    i = end - 1
    if i < floor or not _is_name_word(words[i]):
        return None
    # A name of several words the article names as one, whatever NER made of its words:
    # "Sheffield Wednesday manager Paul Sturrock" ("Wednesday" read as a date).
    # A status word NER took into the name is none of it: "Outgoing Leeds chairman".
    for first in range(max(floor, end - _MAX_NAME_WORDS), i):
        tokens = list(words[first:end])
        if tokens[0].lower_ in STATUS_WORDS or not all(_is_name_word(w) for w in tokens):
            continue
        if fold(" ".join(w.text for w in tokens)) in names:
            return first, tokens
    label = words[i].ent_type_
    start = i
    if label in NAME_LABELS:
        start = _split_party(words, _entity_start(words, start, floor), floor)
        if start + 2 <= i and words[start].lower_ == "ex" and words[start + 1].text == "-":
            start += 2  # "Ex-Downing Street media chief": NER took the status into the name
        while start < i and not _is_name_word(words[start]):
            start += 1
        if end - start == 1 and words[start].lower_ in STATUS_WORDS:
            return None  # "New Home Secretary X": NER's "New Home", its "Home" the role's; "New" a status
        return start, list(words[start:end])
    # Words NER left out: proper nouns, but not a status or portfolio word ("Former Arsenal").
    while start - 1 >= floor and _is_name_word(words[start - 1]) and not words[start - 1].ent_type_ and (
        words[start - 1].pos_ == "PROPN" and words[start - 1].lower_ not in _NO_NAME_WORDS
    ):
        start -= 1
    tokens = list(words[start:end])
    first = tokens[0]
    if any(w.ent_type_ for w in tokens):
        return None  # a date or a number: "On Monday school inspection chief David Bell"
    if (all(w.pos_ == "PROPN" for w in tokens) and first.i != first.sent.start) or all(w.text.isupper() and len(w.text) > 1 for w in tokens):
        return start, tokens
    if len(tokens) == 1 and demonym_country(first.text) is not None:
        return start, tokens  # "Welsh Secretary Peter Hain" at a sentence's start, NER left "Welsh" out
    written = fold(" ".join(w.text for w in tokens))
    if written in names or written in NICKNAMES or (  # "Magpies chairman Freddy Shepherd": a club's nickname
            len(tokens) == 1 and first.lower_ not in _NO_NAME_WORDS and named_elsewhere(words, first)):
        return start, tokens  # "Wolves chairman Rick Hayward said": the article writes "Wolves" as a name
    return None


def read_before(
    words: Words, end: int, floor: int, names: frozenset[str] = frozenset(), title: bool = False
) -> RolePhrase | None:
    """The role phrase whose role ends at word ``end - 1``, reading no further left than ``floor``.

    ``words``: the document's words; ``names``: the folded texts of the article's names;
    ``title``: a person's name follows (a role word tagged a verb may be its title).
    Returns ``None`` when no role ends there.
    """
    units = _units(words, end, floor, _MAX_ROLE_WORDS)  # `_match_role` reads no more
    matched = _match_role(units, words[end - 1].lemma_.lower())
    if matched is None:
        return None
    size, role = matched
    role_start = units[size - 1][0]
    head = words[end - 1]
    # A role word the parser took for a verb ("lock Simon Shaw"): its parse is no guide to
    # what describes it, so no lowercase word before it is read as the role's ("phases lock").
    mistagged = title and mistagged_title(words, head)
    if role.type == "none" or (head.pos_ in ("VERB", "AUX", "ADP", "PRON", "DET", "CCONJ", "PUNCT") and not mistagged):
        return None
    phrase = RolePhrase(start=role_start, end=end, role_start=role_start, role_end=end, role=role)
    i = role_start - 1
    added = 0  # modifiers that are part of the role as written
    # A capitalised word the article names elsewhere is the role's organisation: "Arsenal manager Arsene Wenger".
    while i >= floor and added < _MAX_MODIFIERS and not (
            words[i].text[:1].isupper() and (fold(words[i].text) in names or fold(words[i].text) in NICKNAMES or (words[i].i == words[i].sent.start and named_elsewhere(words, words[i])))) and not (
            mistagged and words[i].text.islower()):
        joins = _joins_portfolios(words, i, floor)  # "Culture, Media and Sport": a joiner counts as no word
        if not (joins or _is_modifier(words[i])) or words[i].text == "-" or words[i].lower_ in DESCRIPTIVE or (
                _lowercase_before_title(words[i], words[i + 1]) and not joins) or clause_verb(words, i, floor):
            break
        i, added = i - 1, added + (not joins)
    if i >= floor and words[i].text == "-" and i + 1 < role_start and _adjacent(words[i], words[i + 1]) and not (
            i - 1 >= floor and words[i - 1].lower_ == "ex"):
        i += 1  # "Under-pressure coach": the hyphenated word describes the person; "ex-finance chief" is a status
    phrase.role_start = phrase.start = i + 1
    if any(word.lower_ in EVALUATIVE for word in words[phrase.role_start : end]):
        return None  # "a great keeper" praises; it names no post
    while i >= floor and (words[i].lower_ in DESCRIPTIVE or words[i].ent_type_ == "ORDINAL"):
        i -= 1  # "Bath's injured flanker", "Saints' third boss": the owner is read past what describes the holder
    i = skip_age(words, i, floor)
    i = read_status(words, i, floor, phrase)
    i, named = _organisation_before(words, i, floor, names, phrase)
    if named is not None:
        start, name = named
        written = " ".join(w.text for w in name)
        country = demonym_country(written) if len(name) <= 2 else None  # "Turkish", "South African"
        if (country is not None and role.type not in STATE_ROLE_TYPES) or (
            fold(written) in COUNTRIES and role.type in PRIVATE_ROLE_TYPES
        ):
            # "their Welsh striker": a nationality, not the team he plays for;
            # "Vodafone's UK chief executive": where the post is, not the country's.
            phrase.role_start = phrase.start = min(start, phrase.role_start)
        else:
            phrase.country = country
            phrase.organisation = name
            phrase.start = min(start, phrase.start)
        i = read_status(words, start - 1, floor, phrase)
    if i >= floor and words[i].tag_ == "PRP$" and phrase.organisation is None:
        # "its president", "their Welsh striker": coreference says whose.
        phrase.organisation = [words[i]]
        phrase.start = i
    elif i - 1 >= floor and words[i].tag_ == "POS" and phrase.organisation is None:
        owner = _owner(words, i - 1, floor)
        if owner:
            phrase.organisation = owner
            phrase.start = owner[0].i
            # "the party's Holyrood leader": a name between the owner and the role is the role's.
    elif i - 1 >= floor and words[i].tag_ == "POS" and phrase.organisation is not None:
        owner = _owner(words, i - 1, floor)
        if owner:
            phrase.role_start = phrase.organisation[0].i
            phrase.organisation = owner
            phrase.country = None
            phrase.start = owner[0].i
    return phrase


def _organisation_before(
    words: Words, i: int, floor: int, names: frozenset[str], phrase: RolePhrase
) -> tuple[int, tuple[int, list[Word]] | None]:
    """The name of what the role is of that ends at word ``i`` (its first word index and its
    words), with the index left of what was read; a qualifier before it makes ``phrase`` the
    qualified post ("Shadow Europe minister", "then deputy Conservative Chairman":
    ``kg.extract.postqualifiers``), read from the qualifier on."""
    named = _across_of(words, _name_before(words, i + 1, floor, names), floor)
    if named is None and i - 2 >= floor and words[i].text[:1].isupper() and words[i - 1].text == "-" and words[i - 2].lower_ == "ex":
        named = i, [words[i]]  # "Ex-Labour MP": what someone was a former holder of is a name
    if named is not None and (qualifier := qualifier_before(words, named[0], floor)) is not None:
        phrase.role, phrase.role_start, phrase.start = qualified_role(phrase.role, qualifier), qualifier.i, qualifier.i
        kept = named if keeps_organisation(qualifier) else None  # a shadow's name is a portfolio
        i = read_status(words, qualifier.i - 1, floor, phrase)
        named = _across_of(words, _name_before(words, i + 1, floor, names), floor) or kept
    return i, named


def read_title(words: Words, end: int, floor: int, names: frozenset[str] = frozenset()) -> RolePhrase | None:
    """The title that ends right before a name at word ``end``: the role itself ("Bath coach
    John Connolly"), or a role whose complement ends there ("Labour MP for Birkenhead Frank
    Field", "Minister for Work Jane Kennedy", "British ambassador to France Sir John Holmes")."""
    phrase = read_before(words, end, floor, names, title=True)
    if phrase is not None:
        return phrase
    for prep in range(end - 2, max(floor, end - _MAX_NAME_WORDS - 2), -1):
        if words[prep].lower_ not in ("for", "of", "to"):
            continue
        between = words[prep + 1 : end]
        if not all(w.text[:1].isupper() or w.lower_ in ("the", "and") for w in between) or not between[-1].text[:1].isupper():
            return None  # no name ends the complement: "chief executive of the Family Planning Association"
        phrase = read_before(words, prep, floor, names)
        if phrase is None:
            return None
        read_complement(words, phrase, end)
        return phrase if phrase.end == end else None
    return None


def _owner(words: Words, i: int, floor: int) -> list[Word]:
    """The possessor that ends at word ``i`` (before its "'s"), without a leading determiner."""
    possessor = words[i]
    start = possessor.left_edge.i
    tokens = [w for w in words[max(start, floor) : i + 1] if w.dep_ != "det" and w.lower_ not in ("the", "a", "an")]
    return tokens


def read_complement(words: Words, phrase: RolePhrase, ceiling: int) -> None:
    """Extend ``phrase`` to the right over "of Z" / "at Z" / "for Z" / "to Z", up to word ``ceiling``:
    an organisation or place becomes its organisation (when none is named before the role),
    other words its role's ("director of marketing", "MP for Erewash")."""
    i = phrase.role_end
    for _ in range(3):
        if i + 1 >= ceiling or words[i].lower_ not in ROLE_PREPOSITIONS:
            return
        prep = words[i]
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None:
            return
        # A clause or apposition on the complement is none of it: "chairman of the British
        # Council, which promotes the UK's reputation".
        clauses = {w.i for c in pobj.children if c.dep_ in ("relcl", "appos", "acl") and not names_described(pobj, c)
                   for w in c.subtree}
        last = min(max(w.i for w in pobj.subtree if (w.i not in clauses and w.dep_ != "punct") or w is pobj), ceiling - 1)
        while last + 2 < ceiling and words[last + 1].text == "-" and _adjacent(words[last], words[last + 1]) \
                and _adjacent(words[last + 1], words[last + 2]):
            last += 2  # "professor of e-democracy": one word over the hyphen the tokenizer split
        if (field := field_end(pobj, last)) is not None:
            phrase.role_end = phrase.end = i = field  # "head of UK equities | for Standard Life": the field is the role's
            continue
        tokens = [w for w in words[i + 1 : last + 1]]
        while tokens and tokens[-1].is_punct:
            tokens.pop()
        if not tokens:
            return
        place = place_after(pobj, last) or last + 1  # "at Ask Jeeves | in the US": the place is no part of its name
        core = [w for w in tokens if w.lower_ not in ("the", "a", "an") and w.i < place]
        if (name := next((c for c in pobj.children if names_described(pobj, c)), None)) is not None:
            core = [w for w in core if w.i >= name.left_edge.i]  # "analyst firm IDC": the firm is IDC
        named = any(w.ent_type_ in NAME_LABELS or w.pos_ == "PROPN" for w in core)
        described = DESCRIPTION_NOUNS.get(pobj.lemma_.lower()) in (EntityType.ORGANIZATION, EntityType.COUNTRY)
        if prep.lower_ == "of" and pobj.lemma_.lower() in PERIODS:
            # "player of the year", "manager of the month": a prize; "third boss of the season"
            # counts posts, and the season is no part of the post either.
            phrase.award = not any(w.like_num for w in words[max(phrase.start - 1, 0) : phrase.role_end])
            return
        owner = part_owner(tokens) if phrase.organisation is None or phrase.country is not None else None
        if owner is not None:
            # "deputy head of Swiss Re's natural disasters department": a post at the part's owner
            phrase.organisation, phrase.country = owner, None
            phrase.end = tokens[-1].i + 1
            return
        # "British ambassador to France", "high commissioner to Australia": where a diplomat is
        # sent is the role's, not its owner; "adviser to Indepen Consulting" serves the firm.
        constituency = (phrase.role.key in CONSTITUENCY_ROLES and prep.lower_ == "for") or (
            prep.lower_ == "to" and (phrase.organisation is not None or phrase.role.type == "diplomatic"))
        department = all(w.lower_ in PORTFOLIO_WORDS or w.is_punct or w.lower_ in ("and", "&") for w in core)
        if not (named or described or department) and prep.lower_ not in ROLE_WORD_PREPOSITIONS:
            return  # "premier at some point", "coach with a smile": no part of the post
        if constituency or department or not (named or described):
            phrase.role_end = phrase.end = tokens[-1].i + 1
        elif phrase.organisation is None or phrase.country is not None:
            phrase.organisation = core
            phrase.country = None
            phrase.end = tokens[-1].i + 1
            return
        else:
            return
        i = phrase.end
