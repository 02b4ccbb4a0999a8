"""kg.resolve.forward: an opening description links forward only to a name of no other kind of
organisation: a firm is not the party a nickname names. Sentences paraphrased from BBC business
coverage of a mobile-network deal and of Brazil's jobless rate."""

from tests.extract_helpers import resolved_part, speakers

_FIRM_THEN_PARTY = ("Turkey's biggest private mobile firm could bail out of a $3bn deal to build a network in Iran "
                    "after MPs there slashed its stake in the project.\n\nConservatives in parliament say Turkcell's "
                    "stake in Irancell, the new network, should be cut from 70% to 49%.")


def test_a_firm_is_not_named_by_a_partys_nickname(nlp):
    part = resolved_part(nlp, _FIRM_THEN_PARTY, title="Iranian MPs threaten mobile deal")
    labels = {entity.key: entity.label for entity in part.entities}
    agents = {labels.get(p.entity) for event in part.events if event.lemma == "bail out"
              for p in event.participants if p.role == "agent"}
    assert agents and "Conservative Party" not in agents


def test_the_government_still_links_to_the_agency_named_next(nlp):
    """A name of no known kind may still be what the description opened on."""
    text = ("Brazil's unemployment rate fell to its lowest level in three years in December, according to the "
            "government. The Brazilian Institute for Geography and Statistics said the rate fell to 9.6%.")
    assert "Brazilian Institute for Geography and Statistics" in speakers(nlp, text)


_NAMED_IN_APPOSITION = ("The World Trade Organisation (WTO) is to hold membership talks with both Iraq and Afghanistan.\n\n"
                        "Iraq's Trade Minister Mohammed Mustafa al-Jibouri welcomed the move. Assad Omar, Afghanistan's "
                        "envoy to the United Nations in Geneva, said accession would contribute to \"regional prosperity\".")


def test_a_description_named_in_its_own_apposition_links_to_no_next_name(nlp):
    # BBC business/320: the minister, named right after his title, was read as the envoy the next sentence names.
    part = resolved_part(nlp, _NAMED_IN_APPOSITION, title="Iraq and Afghanistan in WTO talks")
    labels = {entity.key: entity.label for entity in part.entities}
    agents = {labels.get(p.entity) for event in part.events if event.lemma == "welcome"
              for p in event.participants if p.role == "agent"}
    assert "Assad Omar" not in agents, agents
