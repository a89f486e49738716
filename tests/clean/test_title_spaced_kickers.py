"""A kicker run into the headline with only a space or dots (the address's slug tells where the
headline starts), and a section label between a notice and the headline."""
import pytest

BODY = "Le conseil municipal a voté mardi soir la fermeture du quai nord pour six mois de travaux.\n"


@pytest.mark.parametrize("kicker", ["Vu de Lyon", "À la une ..", "Sommet à Oslo", "EN BREF -", "Notre dossier spécial"])
@pytest.mark.parametrize("url", [
    "https://www.journal-sud.fr/region/le-port-ferme-ses-quais-pour-six-mois_a1234.html",
    # the address dropped the accented letters of "fermé" and "quais réparés"
    "https://www.journal-sud.fr/region/le-port-ferm-ses-quais-r-par-s-pour-six-mois-5551.html",
])
def test_kicker_before_the_slug_is_cut(clean, kicker, url):
    headline = ("Le port fermé ses quais réparés pour six mois" if "ferm-" in url
                else "Le port ferme ses quais pour six mois")
    cleaned = clean(f"{kicker} {headline}\n\n{BODY}", url=url)
    assert cleaned.title == headline


@pytest.mark.parametrize("title, url", [
    # the slug opens the line: nothing to cut
    ("Le port ferme ses quais pour six mois", "https://www.journal-sud.fr/le-port-ferme-ses-quais-pour-six-mois"),
    # the words before are the headline's own (the slug drops a first name only)
    ("Emmanuel Dupuis quitte la mairie de Brest", "https://www.journal-sud.fr/dupuis-quitte-la-mairie-de-brest"),
    # the slug words start in lower case: a sentence, no kicker
    ("Selon le maire le port ferme ses quais", "https://www.journal-sud.fr/le-port-ferme-ses-quais"),
    # the words before are spelled by the slug
    ("Brest Marine Le port ferme ses quais", "https://www.journal-sud.fr/le-port-ferme-ses-quais-brest-marine"),
    # a lead with a colon belongs to the headline
    ("À Lyon : Le port ferme ses quais", "https://www.journal-sud.fr/story/le-port-ferme-ses-quais-1234"),
    # no slug
    ("Vu de Lyon Le port ferme ses quais", "https://www.journal-sud.fr/article-1234.html"),
])
def test_headline_is_kept_whole(clean, title, url):
    assert clean(f"{title}\n\n{BODY}", url=url).title == title


@pytest.mark.parametrize("label", ["Hockey", "Vie locale", "Faits divers"])
def test_section_label_below_a_notice_is_no_headline(clean, label):
    headline = "Les Aigles 3/Les Loups 2: la défense tient bon"
    text = ("Abonnez-vous à nos infolettres. Recevez nos nouvelles directement dans votre boîte courriel.\n\n"
            f"{label}\n\n{headline}\n\n{BODY}")
    cleaned = clean(text, url="https://www.gazette-est.ca/sports/equipe")
    assert cleaned.title == headline
    assert cleaned.body.startswith("Le conseil municipal")
