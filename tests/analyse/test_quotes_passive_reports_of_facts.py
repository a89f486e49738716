"""Round 34: a verb that relays information, in the passive with a 'par' agent ('des tirs ont été rapportés
par des sources locales', 'des coupures sont signalées par la préfète'), reports its subject; the agent
speaks. A stance verb's passive subject ('dénoncé par une voisine') stays unsaid. Invented passages."""
import pytest

from analyse_helpers import found


@pytest.mark.parametrize("passage, text, speaker", [
    ("Deux granges ont brûlé et des tirs nourris ont été rapportés par plusieurs habitants.",
     "des tirs nourris", "plusieurs habitants"),
    ("La tempête a frappé l'île. Des coupures de courant dans trois communes sont signalées par la préfète.",
     "Des coupures de courant dans trois communes", "la préfète"),
])
def test_a_relaying_verb_in_the_passive_reports_its_subject(parse, passage, text, speaker):
    assert found(parse, passage).get(text) == speaker


def test_a_relaying_passive_without_agent_reports_nothing(parse):
    assert found(parse, "Des tirs nourris ont été rapportés dans la nuit près du port.") == {}


def test_a_subject_coordinated_to_the_clause_before_is_found_before_the_auxiliaries(parse):
    quotes = found(parse, "Deux hangars ont aussi été incendiés et des vols de bétail ont été signalés par des "
                          "témoins du hameau. Les pompiers sont arrivés.")
    assert quotes.get("des vols de bétail") == "des témoins du hameau"
