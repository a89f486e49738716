"""recoupe_figures on passages written for the project: values, qualifiers, units, events."""
from __future__ import annotations

import pytest


def _only(parse, text):
    figures = parse(text)._.figures
    assert len(figures) == 1, [f.span.text for f in figures]
    return figures[0]


@pytest.mark.parametrize("text, span, value, qualifier, unit", [
    ("La marine a déployé 12 frégates dans le golfe.", "12 frégates", 12, "exact", "frégate"),
    ("Le convoi comptait 2 750 camions citernes.", "2 750 camions citernes", 2750, "exact", "camion citerne"),
    ("La région a accueilli plus de 45 000 réfugiés syriens.", "plus de 45 000 réfugiés syriens", 45000,
     "more_than", "personne"),
    ("Les sauveteurs ont retrouvé au moins sept personnes sous les décombres.", "au moins sept personnes", 7,
     "at_least", "personne"),
    ("Environ 800 blindés légers attendent à la frontière.", "Environ 800 blindés légers", 800, "about", "blindé léger"),
    ("Près de 60 hôpitaux de campagne ont été installés.", "Près de 60 hôpitaux de campagne", 60, "nearly",
     "hôpital de campagne"),
    ("Le port peut accueillir jusqu'à 14 pétroliers géants.", "jusqu'à 14 pétroliers géants", 14, "up_to",
     "pétrolier géant"),
    ("Moins de 20 villages restent habités.", "Moins de 20 villages", 20, "less_than", "village"),
    ("Quelque 3 000 manifestants ont défilé.", "Quelque 3 000 manifestants", 3000, "about", "personne"),
    ("Le budget prévoit 1,8 milliard d'euros pour les routes.", "1,8 milliard d'euros", 1.8e9, "exact", "euro"),
    ("Le fonds atteint 4,5 millions de dollars.", "4,5 millions de dollars", 4.5e6, "exact", "dollar"),
    ("Le contrat vaut $7 millions selon le ministère.", "$7 millions", 7e6, "exact", "dollar"),
    ("La facture s'élève à 250 000 €.", "250 000 €", 250000, "exact", "euro"),
    ("Les crues ont noyé la moitié des récoltes.", "la moitié des récoltes", 0.5, "exact", "récolte"),
    ("Un quart des écoles reste fermé.", "Un quart des écoles", 0.25, "exact", "école"),
    ("Les pluies ont emporté deux tiers des ponts de la vallée.", "deux tiers des ponts", 0.6667, "exact", "pont"),
    ("Une centaine de chars anciens ont été modernisés.", "Une centaine de chars anciens", 100, "about", "char"),
    ("Un millier de volontaires se sont inscrits.", "Un millier de volontaires", 1000, "about", "personne"),
    ("Vingt et un navires ont quitté le port.", "Vingt et un navires", 21, "exact", "navire"),
    ("Les garde-côtes ont compté quatre-vingt-dix embarcations.", "quatre-vingt-dix embarcations", 90, "exact",
     "embarcation"),
    ("Le parti a obtenu 18,4 % des suffrages.", "18,4 % des suffrages", 0.184, "exact", "suffrage"),
    ("Le chômage a reculé de 2 % en un an.", "2 %", 0.02, "exact", "fraction"),
])
def test_figure_value_qualifier_and_unit(parse, text, span, value, qualifier, unit):
    figure = _only(parse, text)
    assert figure.span.text.startswith(span)
    assert figure.value == pytest.approx(value, rel=1e-3)
    assert (figure.qualifier, figure.unit) == (qualifier, unit)


@pytest.mark.parametrize("text, span", [
    ("Des centaines de familles ont fui la ville.", "Des centaines de familles"),
    ("Des dizaines de maisons ont brûlé dans la nuit.", "Des dizaines de maisons"),
    ("Une quantité importante de munitions a disparu.", "Une quantité importante de munitions"),
])
def test_vague_quantities_have_no_value(parse, text, span):
    figure = _only(parse, text)
    assert figure.span.text.startswith(span)
    assert (figure.value, figure.qualifier) == (None, "vague")


def test_trailing_ou_moins_makes_an_upper_bound(parse):
    figure = _only(parse, "Les réserves de gaz couvrent environ un cinquième ou moins du total habituel.")
    assert figure.value == pytest.approx(0.2)
    assert (figure.qualifier, figure.unit) == ("up_to", "fraction")


def test_elliptical_figure_takes_the_unit_of_its_parallel(parse):
    figures = parse("La compagnie assure des dizaines de vols par semaine contre 90 en juillet.")._.figures
    assert [(f.value, f.unit) for f in figures] == [(None, "vol"), (90, "vol")]


def test_anaphoric_vague_quantity_takes_the_antecedent_unit(parse):
    text = "Les douaniers ont saisi des caisses de cigarettes. La plupart d'entre elles venaient du sud."
    figure = parse(text)._.figures[-1]
    assert figure.span.text == "La plupart d'entre elles"
    assert figure.unit == "caisse"


@pytest.mark.parametrize("text, event", [
    ("La défense côtière a abattu 14 missiles de croisière.", "shot_down"),
    ("L'armée a intercepté 9 roquettes au-dessus de la ville.", "shot_down"),
    ("L'ennemi a tiré 40 obus sur le village.", "launched"),
    ("Le Canada a livré 8 chars de combat au printemps.", "delivered"),
    ("La Norvège a fourni 3 000 fusils aux gardes-frontières.", "supplied"),
    ("L'inondation a détruit 230 maisons.", "destroyed"),
    ("L'explosion a tué 12 ouvriers.", "killed"),
    ("Le régiment a perdu 70 véhicules en un mois.", "lost"),
    ("Le gouvernement a promis 500 ambulances aux hôpitaux.", "pledged"),
    ("Le pays dispose de 90 avions de chasse.", "stock"),
    ("Douze radars ont été livrés par la Suède.", "delivered"),
    ("Le conseil a discuté de 15 propositions.", "other"),
])
def test_event_comes_from_the_governing_word(parse, text, event):
    assert _only(parse, text).event == event


@pytest.mark.parametrize("text", [
    "Les combats ont duré deux jours.",
    "Le siège a commencé il y a 20 mois.",
    "La réunion est prévue le 14 mars à 9 heures.",
    "Le pays a adhéré à l'alliance en 2009.",
    "Le modèle Orlan-10 est produit en série.",
    "Le club est n°1 du classement.",
    "Une attaque a visé une caserne.",
    "Il occupe la 35e place et le premier rang.",
    "Nos trois pays partagent la même frontière.",
    "La guerre dure depuis une décennie.",
    # numbers that label a name
    "Le Boeing 737 a décollé avec retard.",
    "L'article 5 du traité a été invoqué.",
    "Le vol MH17 a été abattu au-dessus de la plaine.",
])
def test_dates_durations_names_ranks_and_articles_are_not_figures(parse, text):
    assert parse(text)._.figures == []


def test_offsets_and_ids_follow_the_text(parse):
    text = "Après 3 frappes, au moins 11 blessés ont été soignés."
    figures = parse(text)._.figures
    assert [f.id for f in figures] == ["f1", "f2"]
    assert all(text[f.span.start:f.span.end] == f.span.text for f in figures)
    assert figures[1].sentence.text == text


@pytest.mark.parametrize("text, expected", [
    ("Entre 200 et 300 soldats ont déserté.", [("Entre 200 et 300 soldats", 200, "at_least", "personne")]),
    ("De 5 à 10 chars seront réparés.", [("5 à 10 chars", 5, "at_least", "char")]),
    ("Il faudra environ trois ou quatre jours de plus et deux voire trois grues.",
     [("deux voire trois grues", 2, "at_least", "grue")]),
    ("Le parti obtient entre 14 et 16 % des voix.", [("entre 14 et 16 % des voix", 0.14, "at_least", "voix")]),
])
def test_a_range_is_one_figure_at_its_lower_bound(parse, text, expected):
    figures = parse(text)._.figures
    assert [(f.span.text, pytest.approx(f.value), f.qualifier, f.unit) for f in figures] == expected


def test_count_of_an_antecedent_takes_its_unit(parse):
    figure = parse("Des gardiens ont été blessés. Trois d'entre eux ont été hospitalisés.")._.figures[-1]
    assert (figure.span.text, figure.value, figure.unit) == ("Trois d'entre eux", 3, "personne")


@pytest.mark.parametrize("text, value, qualifier, unit", [
    ("La police a interpellé 40 suspects au moins.", 40, "at_least", "personne"),
    ("Le tiers des électeurs s'est abstenu.", 0.3333, "exact", "personne"),
    ("Les trois quarts des lignes sont coupées.", 0.75, "exact", "ligne"),
])
def test_trailing_qualifiers_and_definite_shares(parse, text, value, qualifier, unit):
    figure = _only(parse, text)
    assert figure.value == pytest.approx(value, rel=1e-3)
    assert (figure.qualifier, figure.unit) == (qualifier, unit)


@pytest.mark.parametrize("text, unit, event", [
    ("Le séisme a fait 40 morts dans la province.", "personne", "lost"),
    ("L'hôpital a soigné 65 blessés.", "personne", "lost"),
])
def test_casualties_count_people_lost(parse, text, unit, event):
    figure = _only(parse, text)
    assert (figure.unit, figure.event) == (unit, event)


def test_day_ranges_are_dates_not_figures(parse):
    doc = parse("Le forum se tiendra les 15 et 16 novembre 2022.", published=None)
    assert doc._.figures == []
    assert [(d.span.text, d.value) for d in doc._.dates] == [("les 15 et 16 novembre 2022", "2022-11")]


@pytest.mark.parametrize("text, expected", [
    ("« Nos deux pays ont signé un accord », a dit le ministre.", []),
    ("« Vos trois villes manquent d'eau », a lancé le maire.", []),
    ("Leurs cinq enfants ont été évacués.", [5]),
    ("Les 18 blindés promis sont arrivés.", [18]),
])
def test_numbers_naming_a_known_set_are_not_figures(parse, text, expected):
    assert [f.value for f in parse(text)._.figures] == expected


# -- wire copy on other regions and topics (passages written for the project) ----------------

@pytest.mark.parametrize("text, span, value, qualifier, unit", [
    ("La hausse des prix a atteint 12,5 % sur un an, selon l'institut statistique turc.",
     "12,5 %", 0.125, "exact", "fraction"),
    ("Le cartel s'est engagé à retirer 1,2 million de barils par jour du marché.",
     "1,2 million de barils par jour", 1_200_000, "exact", "baril"),
    ("Au moins 17 morts ont été recensés après le bombardement d'un marché à El-Fasher.",
     "Au moins 17 morts", 17, "at_least", "personne"),
    ("Environ 300 000 réfugiés soudanais ont franchi la frontière tchadienne depuis avril.",
     "Environ 300 000 réfugiés soudanais", 300_000, "about", "personne"),
    ("Deux tiers des habitants de la province sont privés d'électricité.",
     "Deux tiers des habitants", 2 / 3, "exact", "personne"),
    ("Le FMI a débloqué une tranche de 3 milliards de dollars pour le Pakistan.",
     "3 milliards de dollars", 3e9, "exact", "dollar"),
    ("Pékin aurait massé 20 000 soldats face à l'archipel.", "20 000 soldats", 20_000, "exact", "personne"),
    ("Une dizaine de blessés ont été transportés vers l'hôpital de Tyr.",
     "Une dizaine de blessés", 10, "about", "personne"),
    ("L'Union a gelé 210 milliards d'euros d'avoirs de la banque centrale.",
     "210 milliards d'euros d'avoirs", 2.1e11, "exact", "euro"),
    ("Plus de 40 % des inscrits ne se sont pas déplacés au premier tour.",
     "Plus de 40 % des inscrits", 0.4, "more_than", "personne"),
    ("Quelque 150 camions d'aide attendent au point de passage.", "Quelque 150 camions d'aide", 150, "about",
     "camion d'aide"),
    ("Près de 2 millions de personnes ont fui les combats dans l'est du pays.",
     "Près de 2 millions de personnes", 2e6, "nearly", "personne"),
    ("La junte a libéré 40 000 Maliens détenus sans procès.", "40 000 Maliens", 40_000, "exact", "personne"),
])
def test_wire_copy_figures(parse, text, span, value, qualifier, unit):
    figure = _only(parse, text)
    assert figure.span.text == span
    assert figure.value == pytest.approx(value, rel=1e-3)
    assert (figure.qualifier, figure.unit) == (qualifier, unit)


@pytest.mark.parametrize("text, span, unit", [
    ("Des milliers de manifestants ont envahi les rues de Tbilissi.", "Des milliers de manifestants", "personne"),
    ("Des centaines de colons ont pénétré dans le village dimanche.", "Des centaines de colons", "colon"),
    ("Plusieurs dizaines de civils ont péri dans l'attaque du convoi.", "Plusieurs dizaines de civils", "personne"),
])
def test_wire_copy_vague_quantities(parse, text, span, unit):
    figure = _only(parse, text)
    assert (figure.span.text, figure.value, figure.qualifier, figure.unit) == (span, None, "vague", unit)


@pytest.mark.parametrize("text", [
    "Le chef rebelle, âgé de 45 ans, a été capturé près de la frontière.",
    "Le couvre-feu commence à 22 h 30 dans la capitale.",
    "Les F-16 promis par Oslo ne voleront pas avant la fin de l'année.",
    "Le sommet du G7 s'achève sur un communiqué prudent.",
    "Varsovie envisage d'invoquer l'article 4 du traité de l'Atlantique Nord.",
    "Pour joindre la cellule de crise, composez le 01 43 17 53 53.",
    "Le scrutin présidentiel a été reporté en 2019 puis en 2021.",
    "La Banque centrale a relevé ses taux pour la dixième fois consécutive.",
])
def test_wire_copy_numbers_that_are_not_figures(parse, text):
    assert [f.span.text for f in parse(text)._.figures] == []
