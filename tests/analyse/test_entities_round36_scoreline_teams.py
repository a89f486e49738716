"""A results line names two clubs in full, the towns they hold included (invented passages)."""

from analyse_helpers import types_by_name


def test_results_line_names_both_clubs_whole(parse):
    doc = parse("Les résultats du soir.\n\nSporting Varnel 3-2 Real Castalia : une victoire de prestige.\n\n"
                "Dynamo Kessdorf 0-4 Olympique Brévanne : les visiteurs déroulent.")
    types = types_by_name(doc)
    for club in ("Sporting Varnel", "Real Castalia", "Dynamo Kessdorf", "Olympique Brévanne"):
        assert types.get(club) == "ORG", types
    assert not {"Varnel", "Castalia", "Kessdorf", "Brévanne"} & set(types), types


def test_score_in_brackets_is_no_results_line(parse):
    doc = parse("Battu par Kessdorf (2-1) samedi, le club de Varnel a reçu Marc Dufour à Pontivy.")
    types = types_by_name(doc)
    assert types.get("Pontivy") == "GPE" and "Marc Dufour" in types, types
