"""Technologies, standards and services told by how the article uses their name
(kg.extract.technologies), on the model; the sentences are written for these tests."""

from __future__ import annotations

import pytest

from kg.extract.mentions import find_mentions
from kg.extract.technologies import is_acronym
from kg.types import EntityType as T


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # kind: a noun only a technology's name modifies, however the parser hangs it.
        ("The compression routine matched the LZW algorithm used in many image files.", "LZW", T.PRODUCT),
        ("The TIFF files were too large to email, so staff used a smaller format.", "TIFF", T.PRODUCT),
        ("Researchers built the new RDS protocol for car radios.", "RDS", T.PRODUCT),
        # owned: an acronym before a noun a firm's name may modify too ...
        ("The bank expects 20 million subscribers to IPTV services by 2010. IPTV is the future of TV.", "IPTV", T.PRODUCT),
        # ... but a name that speaks or acts as a firm anywhere in the article keeps its type.
        ("Ofcom said the rules would change soon. Ofcom services are free.", "Ofcom", T.ORGANIZATION),
        ("Vodafone said its network was ready. Analysts expect more Vodafone subscribers.", "Vodafone", T.ORGANIZATION),
        # A broadcaster's network and a public service are no technology's.
        ("Scrubs appears on the NBC network in the US.", "NBC", T.ORGANIZATION),
        ("Cuts will protect frontline services like the NHS and schools.", "NHS", T.ORGANIZATION),
        # The cue noun must head its phrase: a chat show's host is no chat.
        ("Its director, an ITV chat show host, stood for the party.", "ITV", T.ORGANIZATION),
        # carrier: listed with lower-case ways of carrying pictures or data.
        ("Viewers can get the channel on satellite, cable or Freeview from next month.", "Freeview", T.PRODUCT),
        ("Families connect through cable or ADSL, the survey found.", "ADSL", T.PRODUCT),
        # via: an acronym is what a thing is sent via; a shop or a bank is not one.
        ("The singer Jones sent fans messages via MMS.", "MMS", T.PRODUCT),
        ("Customers can pay via PayPal or via HSBC accounts.", "HSBC", T.ORGANIZATION),
        # suffix: "X-enabled"; a name that sells is a firm all the same.
        ("Most new laptops are Centrino-enabled, and prices of Centrino laptops fell.", "Centrino", T.PRODUCT),
        ("Most new laptops are Centrino-enabled, and Centrino is selling well.", "Centrino", T.ORGANIZATION),
    ],
)
def test_technologies_by_use(nlp, text, name, expected):
    types = {mention.text: mention.type for mention in find_mentions(nlp(text), sport=frozenset()) if mention.kind == "name"}
    assert types.get(name) is expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # listed: a standard's name is a product with no other evidence ...
        ("Engineers at the plant in Leeds now test GSM every day.", "GSM", T.PRODUCT),
        # ... read as a name where NER read a number ...
        ("3G technology lets families share video far faster than before.", "3G", T.PRODUCT),
        # ... written the BBC's way too ...
        ("Handsets that use Wap were slow to catch on with buyers.", "Wap", T.PRODUCT),
        # ... but not inside a longer word, nor where it speaks.
        ("The 3GSM conference opens in Cannes on Monday.", "3G", None),
        ("GSM said on Monday that its prices would fall.", "GSM", T.ORGANIZATION),
        # A game console (tech/233, tech/235 of the BBC corpus): NER's firm ...
        ("It is a fresh gasp of air from an era when the Xbox was not even a twinkle in Bill Gates' eye.", "Xbox",
         T.PRODUCT),
        ("In shops the PS2 is supposed to sell for £104.99.", "PS2", T.PRODUCT),
        # ... but not the first word of a later version's name (tech/319).
        ("Microsoft is going to be pushing its Xbox 2 as hard as possible.", "Xbox", None),
    ],
)
def test_listed_technologies(nlp, text, name, expected):
    types = {mention.text: mention.type for mention in find_mentions(nlp(text), sport=frozenset()) if mention.kind == "name"}
    assert types.get(name) is expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # Software, players and services, shortened from BBC tech articles >= 200: NER's place ...
        ("Users running Windows XP that have applied the SP2 update are not vulnerable to the loophole.", "Windows XP",
         T.PRODUCT),
        # ... NER's people (NORP) and firm ...
        ("Users of Apple's iTunes used to be able to stream the music they had bought.", "iTunes", T.PRODUCT),
        ("The new iPod is smaller than the old one.", "iPod", T.PRODUCT),
        # ... a listed name's plural, an edition, and the acronym an edition adds.
        ('"IPods and MP3 players are becoming a mainstream technology for consumers," said Lee Rainie.', "IPods",
         T.PRODUCT),
        ("A 30GB version has also been added to the iPod Photo family.", "iPod Photo", T.PRODUCT),
        ("Users of Windows XP should update. XP has a firewall, but XP users often turn it off.", "XP", T.PRODUCT),
        # An edition the article names beside its listed name is no person's for its given name (tech/301).
        ("But though it is cheap for a Mac, how does it compare? The Mac Mini is really small.", "Mac Mini",
         T.PRODUCT),
        # Not a standard's acronym opening a body's name, nor a phrase after a listed name.
        ("Andrew Burke, chief of BT's new Entertainment unit, told the IPTV World Forum.", "IPTV World Forum",
         T.ORGANIZATION),
        ("US mortgage firm Freddie Mac restated earnings by $5bn last year.", "Mac", None),
    ],
)
def test_listed_software(nlp, text, name, expected):
    types = {mention.text: mention.type for mention in find_mentions(nlp(text), sport=frozenset()) if mention.kind == "name"}
    assert types.get(name) is expected


def test_every_mention_of_the_name_follows(nlp):
    """One use's evidence types all mentions of the name in the article, NER's or not."""
    doc = nlp("Many teenagers send photos via MMS. MMS is still dear, and MMS has few fans.")
    types = [mention.type for mention in find_mentions(doc, sport=frozenset()) if mention.text == "MMS"]
    assert len(types) > 1 and set(types) == {T.PRODUCT}


def test_acronym_shape():
    assert [is_acronym(name) for name in ("IPTV", "3G", "Freeview", "2004", "Wi-Fi")] == [True, True, False, False, False]
