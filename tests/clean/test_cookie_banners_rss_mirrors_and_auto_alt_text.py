"""Page furniture: cookie consent banners, comment sign-in prompts, the banner of an RSS mirror
page, a social network's automatic picture description, a caption glued to its credit."""
import pytest

from recoupe.clean import rules


@pytest.mark.parametrize("line", [
    # banner and prompt lines are noise
    "Nos paramètres de confidentialité & cookies",
    "Politique de cookies",
    "Gestion des cookies",
    "En poursuivant votre navigation sur ce site, vous acceptez l'usage de cookies à des fins de mesure d'audience.",
    "En continuant la navigation, vous consentez au dépôt de traceurs.",
    "Ce site utilise des cookies pour améliorer votre expérience.",
    "J'accepte",
    "J’accepte les cookies",
    "Tout refuser",
    "Pour commenter, identifiez-vous avec votre compte lecteur",
    "Pour commenter cet article, identifiez-vous ou inscrivez-vous gratuitement.",
    "S'abonner",
    "Channel: Le Courrier du Berry : Les derniers articles",
    "Viewing all 4021 articles",
    "Browse latest View live",
    "loader",
    "What Next?",
    "Recent Articles",
    # auto alt text and glued credit are captions
    "Peut être une image de 2 personnes et intérieur",
    "Peut-être une image de texte qui dit « Grande braderie »",
    "May be an image of 4 people, people standing and outdoors",
    "Le camion renversé sur la chaussée./Photo Studio Loire",
    # ticker labels and foreign script are noise
    "12052023Headline:", "03/05/2024 Breaking News", "Заголовок нового раздела", "最新新闻",
])
def test_banners_prompts_captions_and_tickers_are_noise(line):
    assert rules.noise_rule(line, "fr")


@pytest.mark.parametrize("line", [
    "La politique de confidentialité de l'application inquiète les associations de consommateurs.",
    "En poursuivant l'enquête, les gendarmes ont retrouvé le véhicule dans un bois.",
    "Le maire a dit : « J'accepte la décision du tribunal, même si elle me déçoit. »",
    "Pour réagir à la fermeture, les syndicats ont appelé à une grève jeudi.",
    "Il peut être une image de marque pour toute la région, estime le président.",
    "La chaîne a vu ses abonnés s'abonner en masse après l'émission de dimanche.",
])
def test_article_sentences_are_kept(line):
    assert not rules.noise_rule(line, "fr")


def test_rss_mirror_banner_is_no_title(clean):
    headline = "Trois agences de l'emploi regroupées dans un seul bâtiment à Vierzon"
    body = ("Après quinze mois de travaux, les trois agences ont emménagé lundi dans le nouveau bâtiment "
            "de la zone des Forges, a indiqué leur directrice, Léa Marchal.\n\nLe public y trouve douze guichets.\n")
    page = ("Quantcast\nChannel: Le Courrier du Berry : Les derniers articles\nViewing all 4021 articles\n"
            f"Browse latest View live\n\n{headline}\n\n$\n0\n0\n\n{body}")
    cleaned = clean(page)
    assert cleaned.title == headline
    assert "Channel" not in cleaned.text and "Viewing" not in cleaned.text


@pytest.mark.parametrize("headline", [
    "ON EN PARLE - Faut-il fermer les petites maternités ?",
    "Les cantines bio vont-elles disparaître ?",
    "Faut-il fermer les petites maternités ?",
])
def test_question_headline_below_a_region_menu(clean, headline):
    url = "https://radio.example.fr/infos/sante/" + "-".join(headline.lower().replace("?", "").split()) + "-1234"
    menu = ("Retour\nBretagne Normandie Occitanie Grand Est Corse Hauts-de-France Pays de la Loire\n"
            "  • Toute la France\n  • Bretagne\n  • Corse\nChanger de région\nCorse\nRetour\nSanté – Sciences\n\n")
    body = ("mardi 3 mai 2022 à 08:10 Par Paul Lenoir, Radio Ouest\n\nLe service fermera lundi, faute de médecins. "
            "L'agence régionale de santé l'a confirmé mardi.\n\nLes élus dénoncent une décision brutale.\n")
    cleaned = clean(menu + headline + "\n\n" + body, url=url)
    assert cleaned.title == headline
    assert "Changer" not in cleaned.text and "Occitanie" not in cleaned.text


@pytest.mark.parametrize("line", ["Le 12 mai 2023, la mairie a voté.", "Moscou (Москва) a réagi.", "Gazprom.", "M. Roy"])
def test_dates_mixed_script_and_names_are_kept(line):
    assert not rules.noise_rule(line, "fr")
