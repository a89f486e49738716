"""Speakers behind a report noun, a title set after a name, a 'par' phrase that is no agent, a participle
the parse hangs on a relative clause, a name split into two subjects, and people counted before a share."""
import pytest


@pytest.mark.parametrize("passage, text, speaker", [
    ("D'après le récent bulletin mensuel de Bank Al-Rafidain, le dinar s'est apprécié de 1,7 % face au yen.",
     "le dinar s'est apprécié de 1,7 % face au yen", "Bank Al-Rafidain"),
    ("Les dégâts étaient plus lourds au Soudan voisin, avec au moins 52 morts, selon un décompte des bilans "
     "transmis par plusieurs préfectures.",
     "Les dégâts étaient plus lourds au Soudan voisin, avec au moins 52 morts", "plusieurs préfectures"),
    ("Le trafic a baissé de 8 % sur l'année, selon un comptage réalisé par la préfecture du Nord.",
     "Le trafic a baissé de 8 % sur l'année", "préfecture du Nord"),
])
def test_a_count_or_publication_speaks_for_its_author(quote_of, passage, text, speaker):
    quote = quote_of(passage, text)
    assert speaker in quote.speaker
    assert not quote.speaker.lower().startswith(("la dernière", "un décompte", "un comptage"))


@pytest.mark.parametrize("passage, text", [
    ("« Voilà un coup dur », réagit Julien Marchand, le directeur du pôle des urgences "
     "du CHU de Rennes, qui s'apprête à recevoir les patients. « Nous pourrons absorber "
     "la hausse » à court terme, poursuit-il.", "Nous pourrons absorber la hausse"),
    ("« Le chantier prendra du retard », prévient Sophie Lemaire, la directrice des services techniques de "
     "la mairie de Brest, qui suit le dossier. « Il faudra patienter », ajoute-t-elle.", "Il faudra patienter"),
])
def test_a_title_after_the_name_is_no_new_antecedent(quote_of, passage, text):
    speaker = quote_of(passage, text).speaker
    assert speaker in ("Julien Marchand", "Sophie Lemaire")


def test_a_par_phrase_of_an_active_verb_is_no_speaker(quote_of):
    passage = ("Une hausse que le commandant Pierre Morvan, chef du centre de secours de Lorient, explique par "
               "plusieurs facteurs : \"Les habitudes ont changé, on reste davantage chez soi. Il y a aussi de plus "
               "en plus de résidences secondaires\".")
    quote = quote_of(passage, "Les habitudes ont changé, on reste davantage chez soi. Il y a aussi de plus en "
                              "plus de résidences secondaires")
    assert quote.speaker == "Pierre Morvan"


@pytest.mark.parametrize("passage, text, speaker", [
    ("Les deux cousins, nés en 1988 et 1992, avaient reconnu leur présence dans le bar où les coups ont été "
     "portés, tout en assurant être venus pour séparer les clients, avait indiqué le procureur Marc Delage.",
     "être venus pour séparer les clients", "Les deux cousins"),
    ("Les deux cousins avaient reconnu leur présence sur le parking où les vols ont été commis, tout en "
     "assurant être venus pour récupérer une voiture, avait indiqué le procureur Marc Delage.",
     "être venus pour récupérer une voiture", "Les deux cousins"),
    ("Au sujet du port de Sète, la ministre a jugé que la région pourrait financer les travaux qui tardent, "
     "soulignant que les quais seraient rénovés avant l'été.",
     "les quais seraient rénovés avant l'été", "la ministre"),
])
def test_a_participle_hung_on_a_relative_clause_keeps_the_main_subject(parse, passage, text, speaker):
    quote = next(q for q in parse(passage)._.quotes if q.span.text.startswith(text))
    assert quote.speaker == speaker


def test_a_company_name_split_into_two_subjects_stays_whole(quote_of):
    passage = ("Une levée de fonds pour la start-up Zephyr AI. C'est lundi que Zephyr AI a annoncé avoir levé "
               "près de 200 millions d'euros.")
    assert quote_of(passage, "avoir levé près de 200 millions d'euros").speaker == "Zephyr AI"


@pytest.mark.parametrize("passage, speaker", [
    ("Au total, 520 enseignants ont participé à cette étude du CNRS. Plus de 6 sur 10 (64 %) expliquent "
     "manquer de temps pour préparer les cours.", "les enseignants"),
    ("Un sondage Ifop a été réalisé en ligne. Plus de 6 sur 10 (64 %) expliquent manquer de temps pour "
     "préparer les cours.", "les sondés"),
])
def test_a_bare_share_speaks_for_the_people_counted_before(quote_of, passage, speaker):
    assert quote_of(passage, "manquer de temps pour préparer les cours").speaker == speaker
