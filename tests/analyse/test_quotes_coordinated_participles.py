"""Round 32: coordinated cues. A participle sharing the auxiliary of the clause before 'et' with a subject
of its own ('L'Unesco a dit sa « vive déception » et Madrid, partenaire de Lisbonne, affirmé …'); a participle the
parse hangs on the object noun ('a rapporté 31 survols … et constaté que …'); participles after a relative
clause whose antecedent cannot speak ('Une attitude que X a dénoncée, déplorant … et promettant …').
Invented passages."""
from analyse_helpers import found


def test_a_gapped_clause_has_its_own_speaker(parse):
    assert found(parse, "L'Unesco a dit sa \"vive déception\" et Madrid, partenaire fidèle de Lisbonne, affirmé ne pas "
                        "avoir été prévenu de cette décision.") == {
        'sa "vive déception"': "Unesco",
        "ne pas avoir été prévenu de cette décision": "Madrid",
    }


def test_a_participle_hung_on_the_object_shares_the_subject(parse):
    assert found(parse, "L'armée a rapporté pas moins de 31 survols de drones au-dessus de sa frontière et constaté que "
                        "six vedettes ont pris part aux exercices.") == {
        "six vedettes ont pris part aux exercices": "L'armée",
    }


def test_participles_after_a_relative_clause_take_its_subject(parse):
    assert found(parse, "Une attitude que Grenoble a fermement dénoncée, déplorant une \"provocation délibérée\" et "
                        "promettant de déployer \"les moyens nécessaires\".") == {
        'une "provocation délibérée"': "Grenoble",
        'déployer "les moyens nécessaires"': "Grenoble",
    }


def test_a_coordinated_noun_without_a_participle_stays_in_the_object(parse):
    assert found(parse, "Le syndicat a dénoncé le \"silence\" de la direction et des cadres de l'usine.") == {
        "le \"silence\" de la direction et des cadres de l'usine": "Le syndicat",
    }
