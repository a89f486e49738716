"""Each noise rule removes what it should and keeps the content line that resembles it."""
import pytest

TITLE = "Le Conseil de sécurité se réunit en urgence sur le Sahel"
LEAD = "Les quinze membres du Conseil se sont réunis vendredi à la demande de la France."
TAIL = "Une nouvelle réunion est prévue lundi, selon un diplomate."


def _article(line: str) -> str:
    return f"{TITLE}\n\n{LEAD}\n\n{line}\n\n{TAIL}\n"


@pytest.mark.parametrize("noise, rule", [
    ("Facebook", "share_buttons"),
    ("Partager Tweet WhatsApp", "share_buttons"),
    ("Laisser un commentaire", "comment_widget"),
    ("This site uses Akismet to reduce spam. Learn how your comment data is processed.", "comment_widget"),
    ("Source link -7", "comment_widget"),
    ("Réagir", "comment_widget"),
    ("Cet article est réservé aux abonnés.", "comment_widget"),
    ("Partager cet article", "share_buttons"),
    ("Mots-clés : Sahel, ONU, Mali", "teaser"),
    ("Voici ce que nous savons", "section_label"),
    ("À lire également :", "section_label"),
    ("Lire aussi : Au Niger, la junte suspend deux médias étrangers", "teaser"),
    ("Source : Reuters", "credit"),
    ("Avec AFP", "credit"),
    ("(avec AFP et Reuters)", "credit"),
    ("L’agence Belga a contribué à ce rapport.", "credit"),
    ("Photo : Awa Diallo / Archives", "credit"),
    ("Le ministre nigérien quitte la salle du Conseil – vidéo", "caption"),
    ("LA CÔTE D’IVOIRE RENFORCE SA FRONTIÈRE NORD APRÈS UNE ATTAQUE", "capital_headline"),
])
def test_noise_line_is_removed_with_its_rule(clean, noise, rule):
    cleaned = clean(_article(noise))
    assert noise not in cleaned.body
    assert cleaned.body == f"{LEAD}\n\n{TAIL}"
    assert [r for (_, _, r) in cleaned.removed] == [rule]


@pytest.mark.parametrize("content", [
    "Le porte-parole a publié sa réponse sur Facebook et Twitter mardi soir.",
    "« Nous ne partirons pas »",
    "“Le Sahel ne peut pas attendre”",
    "Selon la source : les convois ont été retardés de trois jours.",
    "Lire aussi les conclusions du rapport, a conseillé l’ambassadeur, serait utile.",
    "Avec AFP, l’agence nationale a signé un accord de partage de dépêches en 2023.",
    "L’ONU A CONFIRMÉ LA TENUE DU VOTE.",
    "Le ministre a laissé un commentaire écrit aux délégations : « Rien n’est réglé ».",
    "Les abonnés au service de messagerie ont réagi vivement à la coupure.",
    "La vidéo tournée à Gao montre au moins trois véhicules détruits.",
    "Voici ce que nous savons de l’accord, a résumé la présidente du Conseil.",
])
def test_similar_looking_content_is_kept(clean, content):
    cleaned = clean(_article(content))
    assert cleaned.body == f"{LEAD}\n\n{content}\n\n{TAIL}"
    assert cleaned.removed == []


@pytest.mark.parametrize("paragraph, kept, fragment", [
    ("Des blindés ont été aperçus près de Tombouctou. Vidéo / Agence Sahel Info",
     "Des blindés ont été aperçus près de Tombouctou.", "Vidéo / Agence Sahel Info"),
    ("Le convoi a quitté Niamey à l’aube. Vidéo : Issa Maïga",
     "Le convoi a quitté Niamey à l’aube.", "Vidéo : Issa Maïga"),
])
def test_trailing_credit_is_cut_from_its_caption(clean, paragraph, kept, fragment):
    cleaned = clean(_article(paragraph))
    assert cleaned.body == f"{LEAD}\n\n{kept}\n\n{TAIL}"
    [(start, end, rule)] = cleaned.removed
    assert (cleaned.article.original[start:end], rule) == (fragment, "trailing_credit")


@pytest.mark.parametrize("ending", ["Approfondissez :", "Pour en savoir plus sur le sujet :"])
def test_heading_announcing_nothing_is_removed(clean, ending):
    cleaned = clean(f"{TITLE}\n\n{LEAD}\n\n{TAIL}\n\n{ending}\n\nFacebook\n")
    assert cleaned.body == f"{LEAD}\n\n{TAIL}"


def test_heading_followed_by_content_is_kept(clean):
    cleaned = clean(f"{TITLE}\n\n{LEAD}\n\nLe texte adopté dit ceci :\n\n{TAIL}\n")
    assert cleaned.body == f"{LEAD}\n\nLe texte adopté dit ceci :\n\n{TAIL}"
