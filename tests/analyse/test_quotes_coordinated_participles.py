"""Round 32: coordinated cues. A participle sharing the auxiliary of the clause before 'et' with a subject
of its own ('L'ONU a dit sa « vive inquiétude » et Paris, allié de Kiev, affirmé …'); a participle the
parse hangs on the object noun ('a rapporté 42 incursions … et observé que …'); participles after a relative
clause whose antecedent cannot speak ('Une attitude que X a condamnée, déplorant … et promettant …').
Invented passages."""


def found(parse, passage):
    return {q.span.text: q.speaker for q in parse(passage)._.quotes}


def test_a_gapped_clause_has_its_own_speaker(parse):
    assert found(parse, "L'ONU a dit sa \"vive inquiétude\" et Paris, allié fidèle de Kiev, affirmé ne pas avoir "
                        "été mis au courant de cette frappe.") == {
        'sa "vive inquiétude"': "ONU",
        "ne pas avoir été mis au courant de cette frappe": "Paris",
    }


def test_a_participle_hung_on_the_object_shares_the_subject(parse):
    assert found(parse, "Le pays a rapporté pas moins de 42 incursions d'avions dans sa zone et observé que huit "
                        "navires ont pris part aux manœuvres.") == {
        "huit navires ont pris part aux manœuvres": "Le pays",
    }


def test_participles_after_a_relative_clause_take_its_subject(parse):
    assert found(parse, "Une attitude que Taïwan a fermement condamnée, déplorant un \"comportement irrationnel\" "
                        "et promettant d'envoyer \"les forces appropriées\".") == {
        'un "comportement irrationnel"': "Taïwan",
        'envoyer "les forces appropriées"': "Taïwan",
    }


def test_a_coordinated_noun_without_a_participle_stays_in_the_object(parse):
    assert found(parse, "Le maire a dénoncé le \"mépris\" de l'État et des services de la préfecture.") == {
        "le \"mépris\" de l'État et des services de la préfecture": "Le maire",
    }
