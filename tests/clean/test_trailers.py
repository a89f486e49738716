"""Closing trailers: other articles' headlines, the site presenting itself."""
import pytest

from brest_page import LAST, PROSE, TITLE, URL

RELATED = ("« Le fret ferroviaire, c'est l'avenir du port de Lorient »\n"
           "Les éleveurs du Finistère inquiets pour la récolte de maïs\n"
           "Pêche : les quotas de sardine revus à la baisse\n"
           "La « taxe carbone » est o")


def test_related_headlines_after_the_last_sentence_are_removed(clean):
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n{LAST}\n{RELATED}\n", url=URL)
    assert cleaned.body == f"{PROSE}\n{LAST}"


@pytest.mark.parametrize("ending", [
    "Les mesures annoncées :\nHausse des salaires des dockers\nGel des tarifs pour les armateurs\n"
    "Nouvelle grue pour le quai ouest",                                # a list the article announces
    "Hausse des salaires des dockers\nGel des tarifs pour les armateurs",  # two lines only
])
def test_lists_of_the_article_stay(clean, ending):
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n{ending}\n", url=URL)
    assert cleaned.body == f"{PROSE}\n{ending}"


def test_site_presenting_itself_below_the_article_is_removed(clean):
    footer = ("Suivez Radio Sud\n\nRadioSud publie chaque jour des centaines d'articles de ses partenaires. "
              "Nous publions toutes les opinions.\n\nLes articles signés RadioSud sont produits par la rédaction. "
              "Pour vos questions, contactez-nous ici.")
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{LAST}\n\n{footer}\n", url=URL)
    assert cleaned.body == f"{PROSE}\n\n{LAST}"


def test_last_sentence_naming_the_site_stays(clean):
    last = "Interrogé par RadioSud, le ministère n'a pas souhaité réagir."
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{LAST}\n\n{last}\n", url=URL)
    assert cleaned.body == f"{PROSE}\n\n{LAST}\n\n{last}"
