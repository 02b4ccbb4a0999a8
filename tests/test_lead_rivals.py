"""kg.resolve.leadcompany: "the firm" no rule linked is the article's company unless another
company of the headline and the lead is named right before it (either may be meant).
Paraphrased from BBC business/160 (GM and Fiat)."""

from tests.extract_helpers import resolved_part

_TITLE = "GM pays $2bn to evade Fiat buyout"
_LEAD = ("General Motors of the US is to pay Fiat 1.55bn euros to get out of a deal which could have forced it to buy "
         "the Italian car maker outright.\n\nFiat's shares rose 4.5%. \"We now have absolute freedom,\" said Fiat chief "
         "executive Sergio Marchionne. \"We needed scale in Europe,\" said GM chief executive Rick Wagoner. ")


def _themes(nlp, text: str, lemma: str) -> set[str | None]:
    part = resolved_part(nlp, text, title=_TITLE)
    labels = {entity.key: entity.label for entity in part.entities}
    return {labels.get(p.entity) if p.entity else p.text for event in part.events if event.lemma == lemma
            for p in event.participants if p.role == "theme"}


def test_the_firm_after_both_companies_is_left_open(nlp):
    text = _LEAD + ("The Fiat-GM alliance came about in 2000 as an alternative to selling Fiat outright. German car "
                    "firm DaimlerChrysler had been willing to buy the firm, but the Agnelli family did not want to.")
    assert "General Motors" not in _themes(nlp, text, "buy")


def test_the_company_with_no_rival_near_is_the_headlines(nlp):
    text = _LEAD + ("Analysts expect a profit warning this year. The company said it would cut 1,000 jobs.")
    part = resolved_part(nlp, text, title=_TITLE)
    labels = {entity.key: entity.label for entity in part.entities}
    assert any(labels.get(q.speaker) == "General Motors" and q.content.startswith("it would cut") for q in part.quotes)
