"""Speakers of three families: a title whose apposed name carries a form of address ('…, Dr Awa Koné'),
'les mêmes sources' pointing back like 'la même source', and a singular pronoun never taking up a
plural group of unnamed people ('les participants … rappelle-t-elle')."""
import pytest


@pytest.mark.parametrize("passage, text, speaker", [
    # an apposed name after a form of address speaks
    ("Le dépistage s'est achevé vendredi. Près de 800 patients ont été reçus en trois jours, a précisé la "
     "responsable de la campagne, Dr Awa Traoré, lors d'un point presse.",
     "Près de 800 patients ont été reçus en trois jours", "Awa Traoré"),
    ("« Les lits manquent partout », a affirmé la cheffe du service des urgences, Pr Anne Dumas, mardi.",
     "Les lits manquent partout", "Anne Dumas"),
    # the same sources in the plural point back
    ("Le bilan pourrait s'alourdir, ont averti les autorités locales. Les routes restent coupées par "
     "les éboulements, selon les mêmes sources.", "Les routes restent coupées par les éboulements",
     "les autorités locales"),
    ("Trois villages sont isolés, ont indiqué les secours régionaux. « Les hélicoptères ne peuvent pas "
     "se poser », ont ajouté les mêmes sources.", "Les hélicoptères ne peuvent pas se poser",
     "les secours régionaux"),
    # a singular pronoun skips a plural group
    ("Le maire Paul Girard a reçu les riverains. Les habitants ont dénoncé « un chantier sans fin ». "
     "« Les travaux finiront en juin », assure-t-il.", "Les travaux finiront en juin", "Paul Girard"),
])
def test_the_quote_goes_to_its_speaker(quote_of, passage, text, speaker):
    assert quote_of(passage, text).speaker == speaker


def test_a_plural_pronoun_still_takes_up_the_group(quote_of):
    passage = ("Le maire Paul Girard a reçu les riverains. Les habitants ont dénoncé « un chantier sans fin ». "
               "« Personne ne nous écoute », déplorent-ils.")
    assert quote_of(passage, "Personne ne nous écoute").speaker == "Les habitants"
