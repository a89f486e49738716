"""Paywall and subscription notices of round 32: the share of the article left to read, the log-in
button of subscribers, a newsletter prompt with its button; the text around them stays."""
import pytest

from brest_page import LAST, PROSE, TITLE, URL
from recoupe.clean import rules


@pytest.mark.parametrize("line", [
    "Il vous reste 57% de cet article à lire.",
    "Il vous reste 43 % du dossier à découvrir", "Vous êtes abonnée ? Identifiez-vous",
    "Déjà inscrit ?", "Recevez gratuitement nos alertes S'inscrire", "S'abonner pour poursuivre la lecture",
    "Vous avez épuisé votre quota d'articles gratuits", "Cet article vous est offert par Le Courrier du Port",
    "Vous lisez un article premium.",
    "Ce contenu est réservé aux abonnés.", "Article abonné", "Offre spéciale : 2 € les trois premiers mois",
    "Il vous reste 61.38% de cet article à lire. Le reste est ouvert à nos abonnés.",
])
def test_paywall_and_newsletter_notices_are_noise(line):
    assert rules.noise_rule(line, "fr")


@pytest.mark.parametrize("line", [
    "Il vous reste 80 % de chances d'être remboursé, a prévenu l'assureur.",
    "Vous êtes abonné au gaz ? Les tarifs changent le 1er juillet, a rappelé la ministre.",
    "Recevez l'actualité du port, a lancé la directrice aux élus, c'est notre devoir.",
    "L'article offert aux lecteurs du port a été lu 3 000 fois.",
])
def test_sentences_about_shares_subscribers_and_news_stay(line):
    assert rules.noise_rule(line, "fr") is None


def test_paywall_block_goes_the_text_stays(clean):
    wall = "Il vous reste 46% de cet article à lire.\nVous êtes abonné ? Connectez-vous"
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n{wall}\n\n{LAST}\n", url=URL)
    assert cleaned.body == f"{PROSE}\n\n{LAST}"
