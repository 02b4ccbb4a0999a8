"""Wire-story furniture: the dateline that opens a story and the byline above it.

A dateline is not sentence text. Left in, "NEW YORK (AA) – Turkish Foreign
Minister Mevlut Cavusoglu met Blinken" is parsed with the city as the subject
("New York met Blinken"). ``split_dateline`` takes it off the front of a
paragraph and reads it; the caller removes it before the article text is
fixed, so every offset into ``Document.text`` stays right.

The forms, each with an example (checked in this order):

- place, optional region and date, agency in brackets, a dash:
  ``NEW YORK (AA) – …``, ``WASHINGTON, Jan 5 (Reuters) - …``,
  ``KYIV, Ukraine (AP) — …``, ``Paris (AFP) - …``. A place not in capitals
  needs an agency ``agencies.tsv`` knows, so that "Apple (AAPL) - …" stays text;
- a place in capitals in brackets, a dash: ``(NEW YORK) -- …``;
- a place in capitals, optional region and date, a long dash (an em or en dash
  or ``--``): ``LONDON — …``, ``GENEVA, 3 March -- …``; a kicker such as
  "BREAKING —" (``dateline_kickers.txt``) is not a place;
- a known agency alone in brackets, a dash: ``(Bloomberg) -- …``.

``read_byline`` splits a byline into authors and an agency:
``By Jane Doe, Associated Press`` → ``("Jane Doe",)``, ``Associated Press``.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from kg.errors import ConfigError

_MONTHS = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_MONTH_NUMBER = {name: number for number, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}
# Lowercase words inside place names: "Rio de Janeiro", "Port-au-Prince", "Stratford-upon-Avon".
_PARTICLES = r"(?:de|da|do|dos|das|del|della|di|du|des|la|le|el|al|am|an|au|aux|en|es|of|on|upon|sur|y)"
_CAPS_WORD = r"[A-Z][A-Z'’.\-]+"
_TITLE_WORD = r"[A-Z][\w'’.\-]+"
_CAPS_PLACE = rf"{_CAPS_WORD}(?:\s+(?:(?i:{_PARTICLES})\s+)?{_CAPS_WORD}){{0,3}}"
_ANY_PLACE = rf"{_TITLE_WORD}(?:\s+(?:(?i:{_PARTICLES})\s+)?{_TITLE_WORD}){{0,3}}"
# ", Ukraine", ", Calif.", ", N.Y.": a region after the place, never a month ("WASHINGTON, Jan 5").
_REGION = rf"(?P<region>,\s+(?!{_MONTHS}\b){_TITLE_WORD}(?:\s+{_TITLE_WORD})?)?"
_DATE = (
    rf"(?:,\s+(?:(?P<month>{_MONTHS})\.?\s+(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTHS})\.?)"
    r"(?:,?\s+(?P<year>\d{4}))?)?"
)
_AGENCY = r"\(\s*(?P<agency>[A-Za-z][\w.&'’\-]*(?:[ /][A-Za-z][\w.&'’\-]*){0,3})\s*\)"
_ANY_DASH = r"\s*(?:-{1,2}|[–—―])(?:\s+|$)"
_LONG_DASH = r"\s*(?:--|[–—―])(?:\s+|$)"

_WITH_AGENCY = re.compile(rf"(?P<place>{_ANY_PLACE}){_REGION}{_DATE}\s*{_AGENCY}{_ANY_DASH}")
_BRACKETED_PLACE = re.compile(rf"\(\s*(?P<place>{_CAPS_PLACE}){_REGION}\s*\){_ANY_DASH}")
_CAPS_ONLY = re.compile(rf"(?P<place>{_CAPS_PLACE}){_REGION}{_DATE}{_LONG_DASH}")
_AGENCY_ONLY = re.compile(rf"{_AGENCY}{_ANY_DASH}")
# Datelines are short; a longer match would be a sentence.
_DATELINE_MAX = 120

_BY = re.compile(r"^\s*By\s+", re.IGNORECASE)
_BYLINE_PARTS = re.compile(r"\s*(?:,|;|\band\b|&)\s*")
_ROLE_WORDS = re.compile(
    r"\b(?i:senior|chief|staff|special|political|foreign|diplomatic|economics|business|environment|health|"
    r"reporter|correspondent|writer|editor|newsroom|desk|contributor)s?\b.*$"
)
_NAME_PARTICLES = frozenset("van von de da del der den bin al ibn le la du di".split())


@dataclass(frozen=True, slots=True)
class Dateline:
    """A wire dateline, as written and as read.

    Attributes:
        text: The dateline as written, dash included: ``"WASHINGTON, Jan 5 (Reuters) -"``.
        place: The place, capitals made title case: ``"Washington"``, ``"Kyiv, Ukraine"``.
        date: ``YYYY-MM-DD`` when the dateline gives a day and the year is known.
        agency: The agency's full name: ``"Reuters"``, ``"Anadolu Agency"``.
    """

    text: str
    place: str | None = None
    date: str | None = None
    agency: str | None = None

    def meta(self) -> tuple[tuple[str, str], ...]:
        """The ``Document.meta`` pairs: ``dateline``, ``dateline_place``, ``dateline_date``, ``agency``."""
        pairs = [("dateline", self.text), ("dateline_place", self.place), ("dateline_date", self.date),
                 ("agency", self.agency)]
        return tuple((key, value) for key, value in pairs if value)


def split_dateline(paragraph: str, *, article_date: str | None = None) -> tuple[Dateline | None, str]:
    """The dateline that opens ``paragraph``, if any, and the paragraph without it.

    ``article_date`` (``YYYY-MM-DD``) gives the year of a dateline that has none.

    >>> dateline, rest = split_dateline("WASHINGTON, Jan 5 (Reuters) - The Senate voted.", article_date="2024-01-06")
    >>> dateline.place, dateline.date, dateline.agency, rest
    ('Washington', '2024-01-05', 'Reuters', 'The Senate voted.')
    >>> split_dateline("(NEW YORK) -- Stocks fell.")[0].place
    'New York'
    >>> split_dateline("Apple (AAPL) - shares fell.")[0] is None
    True
    """
    head = paragraph[:_DATELINE_MAX]
    for pattern in (_WITH_AGENCY, _BRACKETED_PLACE, _CAPS_ONLY, _AGENCY_ONLY):
        match = pattern.match(head)
        if match is None:
            continue
        rest = paragraph[match.end():].lstrip()
        # What follows a dateline starts a sentence: "NATO — the alliance said" is no dateline.
        if rest and not (rest[0].isupper() or rest[0].isdigit() or rest[0] in "\"'“‘«"):
            continue
        dateline = _read(match, article_date)
        if dateline is not None:
            return dateline, rest
    return None, paragraph


def _read(match: re.Match[str], article_date: str | None) -> Dateline | None:
    groups = match.groupdict()
    agency = agency_name(groups["agency"]) if groups.get("agency") else None
    place = groups.get("place")
    if groups.get("agency") and agency is None and (place is None or place.upper() != place):
        return None  # "Apple (AAPL) -": an unknown bracket after a place in lower case is not an agency
    if place is not None and place.upper() == place and place.rstrip(".") in _kickers():
        return None
    if place is not None:
        place = _title_case(place) + (_title_case(groups["region"]) if groups.get("region") else "")
    date = _iso_date(groups.get("month") or groups.get("month2"), groups.get("day") or groups.get("day2"),
                     groups.get("year"), article_date)
    return Dateline(text=match.group().strip(), place=place, date=date, agency=agency)


def _title_case(text: str) -> str:
    """Capitals to title case, word by word; words already in mixed case stay.

    >>> _title_case("RIO DE JANEIRO"), _title_case("PORT-AU-PRINCE"), _title_case(", Calif.")
    ('Rio de Janeiro', 'Port-au-Prince', ', Calif.')
    """

    def word(part: str, first: bool) -> str:
        if part.upper() != part or len(part) < 2:
            return part
        if not first and re.fullmatch(_PARTICLES, part.lower()):
            return part.lower()
        return part[0] + part[1:].lower()

    pieces = re.split(r"([\s\-]+)", text)
    seen_word = False
    out = []
    for piece in pieces:
        if piece.strip(" -,") and not piece.isspace():
            out.append(word(piece, not seen_word))
            seen_word = True
        else:
            out.append(piece)
    return "".join(out)


def _iso_date(month: str | None, day: str | None, year: str | None, article_date: str | None) -> str | None:
    """The dateline's day as ``YYYY-MM-DD``; without a year, the article's (the year before, for a
    December dateline on a January article).

    >>> (_iso_date("Dec", "30", None, "2024-01-02"), _iso_date("Jan", "5", None, None),
    ...  _iso_date("Feb", "30", "2024", None))
    ('2023-12-30', None, None)
    """
    if not month or not day:
        return None
    number = _MONTH_NUMBER[month[:3].lower()]
    published = None
    if article_date:
        try:
            published = datetime.date.fromisoformat(article_date)
        except ValueError:
            published = None
    if year is not None:
        try:
            return datetime.date(int(year), number, int(day)).isoformat()
        except ValueError:
            return None
    if published is None:
        return None
    try:
        found = datetime.date(published.year, number, int(day))
    except ValueError:
        return None
    if found > published + datetime.timedelta(days=31):
        try:
            found = found.replace(year=found.year - 1)
        except ValueError:
            return None
    return found.isoformat()


def read_byline(byline: str) -> tuple[tuple[str, ...], str | None]:
    """The authors and the agency a byline names; roles ("Senior Reporter") are dropped.

    >>> read_byline("By Jane Doe, Associated Press")
    (('Jane Doe',), 'Associated Press')
    >>> read_byline("By Kerry Hollis and Tom Reid, Senior Reporters")
    (('Kerry Hollis', 'Tom Reid'), None)
    >>> read_byline("Associated Press Reporter")
    ((), 'Associated Press')
    """
    authors: list[str] = []
    agency = None
    text = _BY.sub("", byline).strip()
    for part in _BYLINE_PARTS.split(text):
        part = part.strip(" .")
        if not part:
            continue
        known = agency_name(part) or agency_name(_ROLE_WORDS.sub("", part).strip())
        if known:
            agency = agency or known
            continue
        name = _ROLE_WORDS.sub("", part).strip()
        if _looks_like_name(name) and name not in authors:
            authors.append(name)
    return tuple(authors), agency


def _looks_like_name(text: str) -> bool:
    """Two to five words, each capitalised or a name particle: "Jane Doe", "Seán Ó Riordáin".

    One word alone is more often what is left of a role ("Agricultural Correspondent") than a name.

    >>> _looks_like_name("Seán Ó Riordáin"), _looks_like_name("Agricultural"), _looks_like_name("Jane 5")
    (True, False, False)
    """
    words = text.split()
    return 2 <= len(words) <= 5 and all(
        (word[0].isupper() and not any(char.isdigit() for char in word)) or word in _NAME_PARTICLES for word in words
    )


def agency_name(written: str) -> str | None:
    """The full name of the agency ``written`` names, or ``None``.

    >>> agency_name("AA"), agency_name("dpa"), agency_name("Meridian")
    ('Anadolu Agency', 'Deutsche Presse-Agentur', None)
    """
    table = _agencies()
    written = written.strip()
    return table.get(written) or table.get(written.casefold())


@cache
def _agencies() -> dict[str, str]:
    table: dict[str, str] = {}
    for number, line in _data_lines("agencies.tsv"):
        fields = line.split("\t")
        if len(fields) != 2 or not all(field.strip() for field in fields):
            raise ConfigError(f"kg/sources/data/agencies.tsv:{number}: expected 'name as written<TAB>full name'")
        written, full = (field.strip() for field in fields)
        table[written] = full
        # Case-insensitive look-up for names, never for acronyms: "AP" is an agency, "Ap" is not.
        if written.upper() != written:
            table.setdefault(written.casefold(), full)
    return table


@cache
def _kickers() -> frozenset[str]:
    return frozenset(line for _, line in _data_lines("dateline_kickers.txt"))


def _data_lines(name: str) -> list[tuple[int, str]]:
    text = (resources.files("kg.sources") / "data" / name).read_text(encoding="utf-8")
    return [(number, line.strip()) for number, line in enumerate(text.splitlines(), start=1)
            if line.strip() and not line.lstrip().startswith("#")]
