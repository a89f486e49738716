"""Round 32: coordinated cues. A participle sharing the auxiliary of the clause before 'et' with a subject
of its own ('L'Unesco a dit sa « vive déception » et Madrid, partenaire de Lisbonne, affirmé …'); a participle the
parse hangs on the object noun ('a rapporté 37 pannes … et observé que …'); participles after a relative
clause whose antecedent cannot speak ('Une initiative que X a jugée, regrettant … et promettant …').
Invented passages."""


def found(parse, passage):
    return {q.span.text: q.speaker for q in parse(passage)._.quotes}


def test_a_gapped_clause_has_its_own_speaker(parse):
    assert found(parse, "L'Unesco a dit sa \"vive déception\" et Madrid, partenaire fidèle de Lisbonne, affirmé ne pas "
                        "avoir été prévenu de cette décision.") == {
        'sa "vive déception"': "Unesco",
        "ne pas avoir été prévenu de cette décision": "Madrid",
    }


def test_a_participle_hung_on_the_object_shares_the_subject(parse):
    assert found(parse, "L'agence a rapporté pas moins de 37 pannes de trains sur sa ligne et observé que cinq rames "
                        "ont été retirées du service.") == {
        "cinq rames ont été retirées du service": "L'agence",
    }


def test_participles_after_a_relative_clause_take_its_subject(parse):
    assert found(parse, "Une initiative que Rennes a sévèrement jugée, regrettant un \"geste inamical\" et promettant "
                        "d'envoyer \"une délégation officielle\".") == {
        'un "geste inamical"': "Rennes",
        'envoyer "une délégation officielle"': "Rennes",
    }


def test_a_coordinated_noun_without_a_participle_stays_in_the_object(parse):
    assert found(parse, "Le syndicat a dénoncé le \"silence\" de la direction et des cadres de l'usine.") == {
        "le \"silence\" de la direction et des cadres de l'usine": "Le syndicat",
    }
