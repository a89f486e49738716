"""An infinitive report opened by object clitics ('disent s'en prendre à …'), and a name whose plural
article makes it the antecedent of 'ils' (invented passages)."""
import pytest


@pytest.mark.parametrize("passage, content", [
    ("Le syndicat dit s'en prendre aux sous-traitants du chantier.", "s'en prendre aux sous-traitants du chantier"),
    ("Le témoin affirme l'avoir vu sortir de la banque.", "l'avoir vu sortir de la banque"),
])
def test_object_clitics_open_the_reported_infinitive(quote_of, passage, content):
    assert quote_of(passage, content).cue is not None


def test_a_name_with_a_plural_article_is_ils(quote_of):
    passage = ("Les Zagoris, qui tiennent une partie de la côte, disent s'en prendre aux navires marchands.\n"
               "Ils disent aussi viser les ports du sud en réponse aux frappes.")
    quote = quote_of(passage, "viser les ports du sud en réponse aux frappes")
    assert quote.speaker.endswith("Zagoris")
