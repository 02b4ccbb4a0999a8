"""The one company named before is "the <modifiers> <company noun>" when every modifier
fits it and nothing else may be meant (``kg.resolve.themodified``;
model tests, on the session pipeline)."""

from __future__ import annotations

from kg.records import DocumentGraph
from tests.extract_helpers import resolved_part

GOOGLE = (
    "Shares in Google have fallen 6.7% after employees and early investors in the web search took advantage of the "
    "first chance to sell their holdings.\n\n"
    "Restrictions were imposed ahead of its flotation in August, to prevent shares being dumped quickly onto the "
    "market. In one of the most closely-watched initial public offerings in stock market history, the {modifier} "
    "company sold 19.6 million shares at $85 each. Google shares have risen since but fell $12.33 on Tuesday to "
    "close at $172.55."
)
YUKOS = (
    "Yukos has said a US bankruptcy court will decide whether to block Russia's impending auction of its main "
    "production arm on Thursday.\n\n"
    "The {modifier} oil firm has filed for bankruptcy protection in the US in an attempt to halt the forced sale.\n\n"
    "Russian prosecutors are forcing the sale of the firm's most lucrative asset Yuganskneftegas to help pay a "
    "$27bn (£14bn) back tax bill, which they claim is owed by Yukos."
)
VW = (
    "Volkswagen is considering building a car factory in India, but said it had yet to make a final decision.\n\n"
    "The German giant said it was studying the possibility of opening an assembly plant in the country, but that it "
    "remained only a \"potential\" idea."
)
EXCHANGES = (
    "Deutsche Boerse bosses have held talks with the London Stock Exchange (LSE), its chief has said.\n\n"
    "Werner Seifert met LSE chief executive Clara Furse amid rumours the German group may raise its bid to £1.5bn."
)


def _part(nlp, text: str, title: str) -> DocumentGraph:
    return resolved_part(nlp, text, title=title, date="2005-01-13")


def _agents(part: DocumentGraph, lemma: str) -> list[str]:
    labels = {entity.key: entity.label for entity in part.entities}
    return [labels[p.entity] for e in part.events if e.lemma == lemma for p in e.participants if p.role == "agent"]


def test_a_nationality_and_field_word_firm_is_the_articles_company(nlp):
    # Google and Yukos are the one organisation named before; nothing gives them another nationality.
    assert _agents(_part(nlp, GOOGLE.format(modifier="US-based"), "Google shares fall as staff sell"), "sell") == ["Google"]
    yukos = _part(nlp, YUKOS.format(modifier="Russian"), "US to rule on Yukos refuge call")
    assert _agents(yukos, "file") == ["Yukos"]


def test_with_no_headline_the_one_company_named_before_is_the_german_giant(nlp):
    # No headline names it; Volkswagen is the one organisation named before, of no known nationality.
    part = _part(nlp, VW, "")
    labels = {entity.key: entity.label for entity in part.entities}
    assert [labels.get(quote.speaker) for quote in part.quotes if quote.speaker_text == "The German giant"] == ["Volkswagen"]


def test_a_company_spoken_of_unnamed_since_leaves_it_unresolved(nlp):
    # "a French firm" since Google was last named: "the French company" may be that one.
    text = GOOGLE.format(modifier="French").replace("In one of", "Google talked to a French firm. In one of")
    assert _agents(_part(nlp, text, "Google shares fall as staff sell"), "sell") == []


def test_the_german_group_is_the_one_company_named_before_not_the_exchange(nlp):
    # The LSE is an exchange, no company; Deutsche Boerse is the one company named before "the German group".
    part = _part(nlp, EXCHANGES, "LSE in talks with German bidder")
    assert _agents(part, "raise") == ["Deutsche Boerse"]


def test_two_companies_named_before_leave_it_unresolved(nlp):
    text = GOOGLE.format(modifier="US-based").replace("the web search", "Google and its rival Yahoo")
    assert _agents(_part(nlp, text, "Google shares fall as staff sell"), "sell") == []
