"""Round 32: the narrative infinitive after a quoted sentence ('… « … . Ils … ». Et d'ajouter : « … »') and
of a verb that otherwise reports only as an incise ('Et de poursuivre que « … »'); a participle after a
'selon X' frame ('Selon lui, …, ajoutant qu'…') or hung on a noun ('s'est attardé sur X, rappelant que …');
a lone connective before an incise is no quotation ('« Ainsi, a-t-il ajouté, … »'). Invented passages."""


def found(parse, passage):
    return {q.span.text: q.speaker for q in parse(passage)._.quotes}


def test_and_to_add_after_a_quotation_of_several_sentences(parse):
    quotes = found(parse, "Rafael Grossi a déclaré samedi que \"les capacités sont là. Ils peuvent tout relancer\". Et "
                          "d'ajouter : \"Mais comme je l'ai dit, on ne peut pas prétendre que tout a disparu\".")
    assert quotes["Mais comme je l'ai dit, on ne peut pas prétendre que tout a disparu"] == "Rafael Grossi"


def test_a_narrative_infinitive_with_a_que_clause(parse):
    assert found(parse, "Le ministre Paul Roux a parlé longuement. Et de poursuivre que \"sur les quatre contrats, "
                        "deux ont expiré\".") == {"sur les quatre contrats, deux ont expiré": "Paul Roux"}


def test_a_participle_after_a_source_frame_is_the_sources(parse):
    quotes = found(parse, "Le directeur Paul Roux a reçu la presse. Selon lui, le volume de gaz exporté représente "
                          "\"10% du total\", ajoutant qu'il \"n'y a pas une seule goutte gratuite\".")
    assert quotes['il "n\'y a pas une seule goutte gratuite"'] == "Paul Roux"


def test_a_participle_hung_on_a_noun_goes_on_with_the_main_subject(parse):
    assert found(parse, "Paul Roux s'est attardé sur la coopération entre les deux villes, rappelant que cette "
                        "relation remonte à 1976.") == {"cette relation remonte à 1976": "Paul Roux"}


def test_a_lone_connective_before_an_incise_is_dropped(parse):
    assert found(parse, "Le directeur Paul Roux a reçu la presse. \"Ainsi, a-t-il ajouté, depuis 1976, nous avons "
                        "signé quatre contrats.\"") == {"depuis 1976, nous avons signé quatre contrats.": "Paul Roux"}


def test_a_source_frame_after_a_closed_quoted_sentence(parse):
    quotes = found(parse, "Le directeur Paul Roux a reçu la presse. \"Ainsi, a-t-il ajouté, depuis 1976, nous avons "
                          "exporté 390 milliards de m3.\" Selon lui, le volume exporté représente \"10% du total\", "
                          "ajoutant qu'il \"n'y a pas une seule goutte gratuite\".")
    assert quotes['le volume exporté représente "10% du total"'] == "Paul Roux"
    assert quotes['il "n\'y a pas une seule goutte gratuite"'] == "Paul Roux"


def test_a_title_spelling_out_a_name_is_that_person(parse):
    quotes = found(parse, "L'Institut Marceau a lancé le « Prix Marceau », un classement annuel. Le ministre délégué "
                          "chargé de l'Industrie Paul Roux, qui recevait les lauréats, n'a pas manqué de les remercier : "
                          "« Vous êtes un chaînon essentiel de nos succès a-t-il déclaré. Merci à vous tous. »")
    assert set(quotes.values()) == {"Paul Roux"}
