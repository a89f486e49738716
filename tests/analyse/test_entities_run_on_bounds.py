"""Names the recogniser ran on into the clause, or cut after an article prefix (passages written for the project)."""
import pytest


def _names(parse, text):
    return {(e.name, e.type) for e in parse(text)._.entities}


@pytest.mark.parametrize("text, name", [
    ("La grève du Syndicat des techniciennes et techniciens de la santé force la fermeture des cliniques à Laval.",
     "Syndicat des techniciennes et techniciens de la santé"),
    ("Le candidat de l'Union des citoyens trois ans plus tard a gagné.", "Union des citoyens"),
])
def test_a_name_stops_before_the_clause_it_ran_into(parse, text, name):
    assert name in {found for found, _ in _names(parse, text)}


def test_a_pronoun_opening_the_next_clause_is_not_in_a_name(parse):
    found = _names(parse, "AU TRIBUNAL Elle a nié les faits devant les juges.")
    assert not any("Elle" in name for name, _ in found)


def test_a_numeral_inside_a_name_stays(parse):
    assert ("Club des cinq", "ORG") in _names(parse, "Le Club des cinq a publié une lettre ouverte.")


def test_an_arabic_article_prefix_keeps_its_name(parse):
    found = _names(parse, "Un drone est tombé dans le district d'Al-Samra, dans le gouvernorat d'Al-Dhali.")
    assert {("Al-Samra", "GPE"), ("Al-Dhali", "GPE")} <= found and not any(name == "Al" for name, _ in found)


def test_a_double_name_cut_at_its_hyphen_is_whole(parse):
    found = _names(parse, "Mardi, le sprinteur de l'équipe Orvel-Tarmac a gagné la troisième étape.")
    assert ("Orvel-Tarmac", "ORG") in found and ("Orvel", "ORG") not in found, found


def test_places_joined_by_a_hyphen_after_a_link_noun_stay_apart(parse):
    found = _names(parse, "Le match Lyon-Marseille a été reporté à dimanche.")
    assert {("Lyon", "GPE"), ("Marseille", "GPE")} <= found, found
