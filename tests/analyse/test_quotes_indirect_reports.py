"""Indirect reports whose content is a noun phrase, an infinitive or a 'selon' clause, and
preposed phrases that are no reported content (invented passages)."""
import pytest


@pytest.mark.parametrize("passage, text, speaker", [
    # a noun phrase after a verb of stance, a preposition or a light verb
    ("La ministre Ebba Lind a exprimé son inquiétude pour l'avenir des bibliothèques rurales.",
     "son inquiétude pour l'avenir des bibliothèques rurales", "Ebba Lind"),
    ("La banque centrale table sur une croissance de 1,2 % en 2025.", "une croissance de 1,2 % en 2025",
     "banque centrale"),
    ("Le Premier ministre a rassuré les maires sur le financement des écoles rurales.",
     "le financement des écoles rurales", "Premier ministre"),
    ("Le syndicat a fait état d'un « blocage complet » des discussions salariales.",
     "un « blocage complet » des discussions salariales", "syndicat"),
    # an infinitive, past adjuncts or a relative clause on the object
    ("La compagnie Nordrail a annoncé fermer trois lignes régionales en hiver.",
     "fermer trois lignes régionales en hiver", "Nordrail"),
    ("Le maire Hugo Vidal a dit lundi sur une radio locale être favorable au projet.",
     "être favorable au projet", "Hugo Vidal"),
    ("La préfecture invite les habitants qui le peuvent à rester chez eux.", "rester chez eux", "préfecture"),
    ("Le gouvernement s'engage à publier un rapport « clair et annuel ».", "publier un rapport « clair et annuel »",
     "ouvernement"),
    # 'selon X': a thousands separator ends no sentence; a conjunction may open the sentence
    ("Le séisme a fait 1.200 morts et des milliers de blessés, selon une ONG.",
     "Le séisme a fait 1.200 morts et des milliers de blessés", "ONG"),
    ("Mais selon un rapport du ministère, la pollution a reculé de 10 %.", "la pollution a reculé de 10 %",
     "ministère"),
])
def test_indirect_report_content(quote_of, passage, text, speaker):
    quote = quote_of(passage, text)
    assert speaker in quote.speaker


def test_object_after_an_apposed_subject_is_no_speaker(quote_of):
    passage = "L'armée dirigée par le colonel Ivan Petrov, la seule à voler, a démenti toute implication dans l'attaque."
    quote = quote_of(passage, "toute implication dans l'attaque")
    assert "implication" not in quote.speaker


def test_inverted_speaker_is_still_the_speaker(quote_of):
    passage = "Les frappes ont visé des «drones», des engins légers, «et 12 missiles», a dénoncé M. Petrenko à la radio."
    assert "Petrenko" in quote_of(passage, "Les frappes ont visé des «drones», des engins légers, «et 12 missiles»").speaker


@pytest.mark.parametrize("passage", [
    "Les statistiques de l'emploi font état d'une baisse du chômage.",   # no speaker
    "La Suède s'est déjà engagée à livrer douze blindés à la Finlande.",  # a commitment, no words
    "Les drones ont été abattus, mais il n'a été fait état d'aucune victime.",   # impersonal passive
])
def test_no_report(parse, passage):
    assert parse(passage)._.quotes == []


def test_preposed_clause_closing_on_a_quotation_is_one_mixed_report(quote_of):
    passage = "Sachant que le budget est « très serré », il « faut » reporter les travaux, estime la fondation."
    quote = quote_of(passage, "Sachant que le budget est « très serré », il « faut » reporter les travaux")
    assert quote.kind == "mixed"


@pytest.mark.parametrize("passage, not_content", [
    ("Au cours du déplacement, précise le bureau de presse du rectorat, la rectrice a félicité les « efforts » "
     "des enseignants.", "Au cours du déplacement"),
    ("La maire Odile Chassang a assoupli la règle, c'est-à-dire que les riverains peuvent se garer sur la place.",
     "les riverains peuvent se garer sur la place"),
])
def test_scene_setting_and_locutions_are_no_report(parse, passage, not_content):
    assert not_content not in [q.span.text for q in parse(passage)._.quotes]


def test_temporal_clause_after_a_comma_ends_the_content(quote_of):
    passage = "L'animatrice Chloé Vernet a invité les enfants à danser, juste avant que le spectacle ne commence."
    assert quote_of(passage, "danser").speaker == "Chloé Vernet"
