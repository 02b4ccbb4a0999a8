"""Products and works told by what is done with them (kg.extract.things), on the model."""

from __future__ import annotations

import pytest

from kg.types import EntityType as T
from tests.extract_helpers import mention_types

# Enough words of an article about computers for a malware noun to count.
_COMPUTING = "Hackers sent email to PC users with a download link. "


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # Software a device runs: the verb describes the device, or has it as subject ...
        ("The beta program only works on PCs running Windows XP or Windows 2000.", "Windows XP", T.PRODUCT),
        ("The program runs on Linux and costs nothing.", "Linux", T.PRODUCT),
        # ... not a show's run, nor broadcasts run on a station.
        ("It had a three-month run on Broadway in 2001.", "Broadway", T.FACILITY),
        ("The ICRC also uses the media, running four daily broadcasts on Radio Angola.", "Radio Angola", T.ORGANIZATION),
        # Malware in an article about computers: before the noun, or the name it is given ...
        (_COMPUTING + "The attachment installed the Bofra virus.", "Bofra", T.PRODUCT),
        (_COMPUTING + "Security firms warned about a virus called Zafi-D that spreads fast.", "Zafi-D", T.PRODUCT),
        # ... an example of a plural malware noun (tech/281) ...
        (_COMPUTING + "In the past many viruses, such as Netsky, have been the work of an individual or group.",
         "Netsky", T.PRODUCT),
        # ... where spam and phishing make the article one about computers (tech/217) ...
        ("So-called phishing attacks have boomed. In 2004 73% of all e-mail was spam and phishing e-mails tried to "
         "make people visit fake versions of the websites run by real banks. One of the biggest outbreaks took place "
         "in January when the MyDoom virus started circulating.", "MyDoom", T.PRODUCT),
        ("So-called phishing attacks have boomed. One of the biggest outbreaks took place in January when the MyDoom "
         "virus started circulating.", "MyDoom", T.ORGANIZATION),
        # ... not an example of another plural noun (tech/267: NER's reading stays) ...
        (_COMPUTING + "Veteran surfers will remember old-timers like Hotbot and Altavista.", "Hotbot", T.PERSON),
        # ... not an illness's virus elsewhere, nor an acronym's.
        ("Health officials in Toronto said the Tomlin virus spread quickly.", "Tomlin", T.PERSON),
        (_COMPUTING + "The so-called FBI virus poses as a warning from the police.", "FBI", T.ORGANIZATION),
        # A gadget someone owns, in an article about computers (tech/364) ...
        (_COMPUTING + '"They are on MSN, they\'ve got their iPod, their MP3 player, they\'ve got their Xbox - they are '
         'not listening to radio.', "Xbox", T.PRODUCT),
        # ... not a firm's name the article gives with a firm's noun (tech/222) ...
        (_COMPUTING + "It has agreed a content deal with personal video recorder company TiVo. The service means that "
         "US consumers will be able to take any programmes they record on their TiVos and transfer it for free.",
         "TiVos", T.ORGANIZATION),
        # ... nor a chancellor's Budget, outside one (politics/375).
        ("He said his Budget struck a balance between tax cuts that are affordable and investments that are essential.",
         "Budget", T.ORGANIZATION),
        # A law's name has a law's word before its number; a numbered title has none.
        ("It is on a par with the jaw-dropping opening sequence of Onimusha 3 earlier this year.", "Onimusha 3", T.WORK),
        ("The repeal of Section 28 was welcomed by campaigners.", "Section 28", T.LAW),
        # A film at the box office: it tops it or earns there.
        ("Racing Stripes topped the box office with $20m.", "Racing Stripes", T.WORK),
        ("Dark Harbour took $14m at the North American box office.", "Dark Harbour", T.WORK),
        # In an article about the box office, a film earns an amount or moves on the chart ...
        ("Boogeyman, which cost just $7m, took $19m at cinemas. It led the box office.", "Boogeyman", T.WORK),
        ("The Aviator has taken $75m so far, while Sideways has taken $46m at the box office.", "Sideways", T.WORK),
        # ... but a firm that counts the takings is no film.
        ("Paul Dergarabedian, president of Exhibitor Relations, which compiles box office statistics, spoke.",
         "Exhibitor Relations", T.ORGANIZATION),
        # A person with a given name stays one, and a speaker is no film.
        ("Jim Carrey topped the box office again.", "Jim Carrey", T.PERSON),
        ("Carrey said the film topped the box office.", "Carrey", T.PERSON),
    ],
)
def test_things_by_use(nlp, text, name, expected):
    assert mention_types(nlp, text).get(name) is expected
