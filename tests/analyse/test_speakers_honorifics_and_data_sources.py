"""Speakers: a form of address before a name ('Me', 'Maître') is not who speaks, the name after it is;
figures, data and assessments ('selon les données publiées par l'institut') speak for their author."""
import pytest


@pytest.mark.parametrize("passage, text, speaker", [
    # a form of address before a name is not the speaker
    ("« Le dossier est vide », a plaidé Me Hélène Lambert, avocate du principal accusé.",
     "Le dossier est vide", "Hélène Lambert"),
    ("« Nous ferons appel », a annoncé Maître Paul Girard à la sortie de l'audience.",
     "Nous ferons appel", "Paul Girard"),
    ("« Mon client n'a jamais menti », insiste Me Karim Benali devant la cour.",
     "Mon client n'a jamais menti", "Karim Benali"),
    # data and assessments speak for their author
    ("Les loyers ont encore augmenté en 2023, selon les données publiées jeudi par l'Insee.",
     "Les loyers ont encore augmenté en 2023", "Insee"),
    ("Selon les données publiées mardi par l'Insee, les loyers ont augmenté.",
     "les loyers ont augmenté", "Insee"),
    ("Selon une évaluation publiée jeudi par l'institut Eurostat, les ménages dépensent plus.",
     "les ménages dépensent plus", "Eurostat"),
    ("Selon les prévisions de la Banque de France, la croissance ralentira.",
     "la croissance ralentira", "Banque de France"),
    # selon an anaphor or a management
    ("Le procureur Marc Vidal a tenu une conférence de presse. Selon ce dernier, douze personnes ont été "
     "interpellées.", "douze personnes ont été interpellées", "Marc Vidal"),
    ("Selon la direction, l'usine fonctionnait avec la moitié de ses effectifs.",
     "l'usine fonctionnait avec la moitié de ses effectifs", "la direction"),
    ("Selon la direction de l'usine, la production reprendra lundi.", "la production reprendra lundi",
     "la direction de l'usine"),
    ("La fermeture a été décidée avec les syndicats, selon l'hôpital.",
     "La fermeture a été décidée avec les syndicats", "l'hôpital"),
])
def test_the_quote_goes_to_its_speaker(quote_of, passage, text, speaker):
    assert quote_of(passage, text).speaker == speaker


def test_a_lawyer_named_with_the_abbreviation_alone_keeps_the_name(quote_of):
    found = quote_of("« Rien ne tient », a dit Me Girard.", "Rien ne tient")
    assert found.speaker != "Me" and "Girard" in found.speaker


def test_a_pronoun_after_a_lawyer_named_with_a_form_of_address_is_the_lawyer(parse):
    doc = parse("« Les ventes reculent », a dit Me Paul Girard. « Rien ne change », a-t-il ajouté.")
    assert [q.speaker for q in doc._.quotes] == ["Paul Girard", "Paul Girard"]


def test_measurements_speak_for_who_made_them(quote_of):
    passage = ("Selon les mesures réalisées en mai par l'agence spatiale européenne, l'objet observé "
               "serait bien une comète.")
    found = quote_of(passage, "l'objet observé serait bien une comète")
    assert found.speaker == "l'agence spatiale européenne"


def test_a_thing_of_the_pronoun_gender_does_not_beat_a_person_named_after_it(quote_of):
    passage = ("Le festival des Lumières bat son plein à Lyon. Paul Girard, qui quittera la direction en 2025, "
               "prépare une édition d'hiver. « Nous verrons si le public suit » nous a-t-il confié.")
    assert quote_of(passage, "Nous verrons si le public suit").speaker == "Paul Girard"


@pytest.mark.parametrize("passage", [
    "Selon la direction du vent, les fumées pourraient atteindre la ville.",
    "Selon ce dernier, douze personnes ont été interpellées.",     # nobody named before it
])
def test_selon_a_way_or_an_anaphor_of_nobody_attributes_nothing(parse, passage):
    assert [q.speaker for q in parse(passage)._.quotes] == []
