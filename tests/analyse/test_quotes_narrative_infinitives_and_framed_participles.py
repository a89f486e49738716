"""Round 32: the narrative infinitive after a quoted sentence ('… « … . Ils … ». Et d'ajouter : « … »') and
of a verb that otherwise reports only as an incise ('Et de poursuivre que « … »'); a participle after a
'selon X' frame ('Selon lui, …, ajoutant qu'…') or hung on a noun ('s'est attardé sur X, rappelant que …');
a lone connective before an incise is no quotation ('« Ainsi, a-t-il expliqué, … »'). Invented passages."""
import pytest

from analyse_helpers import found


@pytest.mark.parametrize("passage, text, speaker", [
    pytest.param("Hélène Varga a affirmé lundi que \"les stocks sont suffisants. Ils peuvent tenir tout l'hiver\". "
                 "Et d'ajouter : \"Pourtant, comme je l'ai répété, personne ne peut garantir que les prix resteront "
                 "stables\".",
                 "Pourtant, comme je l'ai répété, personne ne peut garantir que les prix resteront stables", "Hélène Varga",
                 id="and-to-add-after-a-quotation-of-several-sentences"),
    pytest.param("Le directeur Bruno Lestrade a reçu la presse. Selon lui, le nombre de colis livrés représente "
                 "\"12% du marché\", ajoutant qu'il \"n'existe aucun envoi gratuit\".",
                 'il "n\'existe aucun envoi gratuit"', "Bruno Lestrade",
                 id="a-participle-after-a-source-frame-is-the-sources"),
])
def test_the_quote_goes_to_its_speaker(parse, passage, text, speaker):
    assert found(parse, passage)[text] == speaker


def test_a_narrative_infinitive_with_a_que_clause(parse):
    assert found(parse, "Le maire Bruno Lestrade a parlé longuement. Et de poursuivre que \"parmi les six chantiers, "
                        "trois sont achevés\".") == {"parmi les six chantiers, trois sont achevés": "Bruno Lestrade"}


def test_a_participle_hung_on_a_noun_goes_on_with_the_main_subject(parse):
    assert found(parse, "Bruno Lestrade s'est attardé sur le partenariat entre les deux clubs, rappelant que ce lien "
                        "date de 1988.") == {"ce lien date de 1988": "Bruno Lestrade"}


def test_a_lone_connective_before_an_incise_is_dropped(parse):
    assert found(parse, "Le directeur Bruno Lestrade a reçu la presse. \"Ainsi, a-t-il expliqué, depuis 1988, nous avons "
                        "ouvert neuf agences.\"") == {"depuis 1988, nous avons ouvert neuf agences.": "Bruno Lestrade"}


def test_a_source_frame_after_a_closed_quoted_sentence(parse):
    quotes = found(parse, "Le directeur Bruno Lestrade a reçu la presse. \"Ainsi, a-t-il expliqué, depuis 1988, nous avons "
                          "livré 270 millions de colis.\" Selon lui, le nombre de colis livrés représente \"12% du "
                          "marché\", ajoutant qu'il \"n'existe aucun envoi gratuit\".")
    assert quotes['le nombre de colis livrés représente "12% du marché"'] == "Bruno Lestrade"
    assert quotes['il "n\'existe aucun envoi gratuit"'] == "Bruno Lestrade"


def test_a_title_spelling_out_a_name_is_that_person(parse):
    quotes = found(parse, "L'Institut Lavergne a lancé le « Prix Lavergne », un classement annuel. Le ministre délégué "
                          "chargé du Commerce Bruno Lestrade, qui recevait les lauréats, n'a pas manqué de les "
                          "féliciter : « Vous êtes une source de fierté pour la région a-t-il déclaré. Bravo à vous tous. »")
    assert set(quotes.values()) == {"Bruno Lestrade"}
