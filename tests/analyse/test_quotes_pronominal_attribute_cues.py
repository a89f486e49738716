"""'se dire' / 'se déclarer' + an attribute (adjective, participle, bare noun): the subject reports its own
state. The parse may read 'se disent' as the auxiliary of the attribute, and hang a 'par' agent on the
participle; the subject before the cue still speaks, the agent never does. Invented passages."""
import pytest


@pytest.mark.parametrize("passage, text, speaker", [
    ("Plusieurs commerçants se disent prêts à fermer leurs boutiques en signe de protestation.",
     "prêts à fermer leurs boutiques en signe de protestation", "Plusieurs commerçants"),
    ("Les pêcheurs se disent excédés par les nouvelles règles.", "excédés par les nouvelles règles", "Les pêcheurs"),
    ("Les riverains se disent victimes d'un oubli de l'administration.",
     "victimes d'un oubli de l'administration", "Les riverains"),
    ("L'ancien maire s'est dit candidat à sa succession.", "candidat à sa succession", "L'ancien maire"),
    ("Les enseignants se sont dits inquiets pour la rentrée.", "inquiets pour la rentrée", "Les enseignants"),
    # once kept as 'a state, not words'; the guidelines' gold reports 'X s'est dite prête à …' (round 28)
    ("Les habitants se disent « fatigués » par les travaux qui durent depuis un an.",
     "« fatigués » par les travaux qui durent depuis un an", "Les habitants"),
])
def test_the_subject_of_a_pronominal_attribute_cue_speaks(quote_of, passage, text, speaker):
    quote = quote_of(passage, text)
    assert quote.speaker == speaker
    assert quote.cue.text.startswith(("se ", "s'"))


@pytest.mark.parametrize("passage", [
    "Les habitants se disent que la situation va s'arranger.",
    "Il se dit que le directeur va partir.",
])
def test_telling_oneself_or_a_rumour_reports_nothing(parse, passage):
    assert parse(passage)._.quotes == []
