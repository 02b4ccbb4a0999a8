"""kg.resolve.quotedclaims: a clause inside direct speech is the speaker's claim, held by the quote, no plain edge."""

from extract_helpers import resolved_part


def _edges(part):
    labels = {entity.key: entity.label for entity in part.entities}
    return {(labels.get(r.subject), r.text, labels.get(r.object)) for r in part.relations if not r.event}


def test_a_copula_inside_a_quotation_gives_no_edge(nlp):
    # BBC business 242: the fans' group holds the club debt-free; the writer does not say so
    text = ('"Manchester United are a debt-free company. We don\'t want to fall into debt," Shareholders '
            "United's Sean Bones told the BBC.")
    part = resolved_part(nlp, text)
    assert not any(subject == "Manchester United" for subject, _, _ in _edges(part))
    assert any(quote.content.startswith("Manchester United are a debt-free company") for quote in part.quotes)


def test_a_claim_in_a_quotation_gives_none_but_a_name_keeps_its_own(nlp):
    # BBC politics 267: the party's schizophrenia is Mr Kilroy-Silk's view; Mr Knapman leads UKIP whoever says it
    text = ('"The Tory party is schizophrenic about Europe," said Robert Kilroy-Silk. "I was on a cruise in the '
            'Mediterranean and, coincidentally, so was UKIP leader Roger Knapman," he added.')
    part = resolved_part(nlp, text)
    edges = _edges(part)
    assert not any(predicate.startswith("is schizophrenic") for _, predicate, _ in edges)
    labels = {entity.key: entity.label for entity in part.entities}
    # His post holds his party (no membership edge repeats a post: kg.resolve.statements).
    assert any(labels[p.person] == "Roger Knapman" and p.organisation for p in part.positions)


def test_a_copula_outside_quotation_marks_stays(nlp):
    text = 'Manchester United are a debt-free company. "We will fight any move," Sean Bones told the BBC.'
    assert any(subject == "Manchester United" for subject, _, _ in _edges(resolved_part(nlp, text)))


def test_a_quotation_with_no_speech_verb_is_someones_words_too(nlp):
    # BBC politics 267: the quotation goes on with no verb of speech beside it
    text = ('Mr Kilroy-Silk is scathing of the Tory party. "The Tory party is schizophrenic about Europe. But until '
            'somebody says they are willing to leave the EU they can\'t possibly re-negotiate anything."')
    assert not any(predicate.startswith("is schizophrenic") for _, predicate, _ in _edges(resolved_part(nlp, text)))
