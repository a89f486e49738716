"""Page furniture of round 28: lists of other articles' headlines set inside the body (a run of
chevron links under a box heading, headlines under a pointer label), an account box's buttons, a
wire dateline with an abbreviated month and a two-digit year, a desk's closing tag of initials and
a timestamp, a video card printed twice; the capital headings of a document the article reproduces."""
import pytest

from brest_page import LAST, PROSE, TITLE, URL
from recoupe.clean import rules

AFTER = "Les dockers ont voté la reprise du travail à une large majorité, selon leur syndicat."


def test_chevron_links_and_their_heading_go(clean):
    for heading in ("L'ESSENTIEL GRÈVE", "Nos articles sur le port", "À lire aussi"):
        box = (f"{heading}\n> Grève des dockers : ce qui change pour les ferries\n"
               "> Pourquoi le trafic de conteneurs a-t-il doublé en un an ?\n"
               "> Brest : la criée rouvre ses portes après trois semaines")
        cleaned = clean(f"{TITLE}\n\n{PROSE}\n{box}\n{AFTER}\n", url=URL)
        assert cleaned.body == f"{PROSE} {AFTER}", heading   # the paragraph's two parts joined


@pytest.mark.parametrize("lines", [
    # a quoted e-mail: its lines end sentences
    ["> Bonjour, je vous confirme la fermeture du quai nord à compter de lundi.",
     "> Les équipes seront informées dans la journée."],
    # one chevron line alone
    ["> Le quai nord fermera ses portes lundi prochain"],
])
def test_chevron_lines_that_are_no_link_list_stay(clean, lines):
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n" + "\n".join(lines) + f"\n{AFTER}\n", url=URL)
    assert all(line in cleaned.body for line in lines)


def test_list_the_article_announces_stays(clean):
    items = ["> Une prime de 300 euros pour les dockers de nuit", "> Deux grues neuves livrées avant l'été"]
    heading = "LES MESURES RETENUES"
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\nLe syndicat a obtenu deux engagements :\n"
                    + "\n".join(items) + f"\n\n{heading}\n\n{AFTER}\n", url=URL)
    assert all(item in cleaned.body for item in items)
    assert heading in cleaned.body   # a heading in capitals above prose is an intertitle


def test_headlines_under_a_pointer_label_go_within_its_paragraph(clean):
    teasers = "Sur le même sujet\nLorient : les chalutiers restent à quai\nQuimper : la grève des cars suspendue"
    intertitle = "« Les syndicats restent mobilisés »"   # a pull quote: content
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{teasers}\n\n{intertitle}\n\n{AFTER}\n", url=URL)
    assert cleaned.body == f"{PROSE}\n\n{intertitle}\n\n{AFTER}"


def test_key_points_under_a_summary_label_stay(clean):
    points = ["Le trafic du port a doublé en un an", "Les dockers réclament des embauches"]
    cleaned = clean(f"{TITLE}\n\nL'essentiel\n" + "\n".join(points) + f"\n\n{PROSE}\n\n{LAST}\n", url=URL)
    assert all(point in cleaned.body for point in points)


@pytest.mark.parametrize("line", [
    "Je crée mon compte", "Créer un compte gratuit", "Je me connecte", "Mon compte",
    "Déjà un compte ? Connectez-vous", "Vous avez déjà un compte ?",
])
def test_account_buttons_are_noise(line):
    assert rules.noise_rule(line, "fr")


@pytest.mark.parametrize("line", [
    "Créer un compte bancaire au nom de l'association lui a pris trois mois, raconte la trésorière.",
    "Le maire a créé un compte sur le réseau social pour répondre aux habitants.",
    "Mon compte est bon, a plaisanté l'élu en quittant la séance.",
])
def test_sentences_about_an_account_stay(line):
    assert rules.noise_rule(line, "fr") is None


@pytest.mark.parametrize("dateline, published", [
    ("Port-L., 04 févr. 09 [Radio Sud] --- ", "2009-02-04"),
    ("Jacmel, 12 déc. 19 [Le Courrier] -- ", "2019-12-12"),
    ("St-Marc, 3 mars 2021 [RadioSud] --- ", "2021-03-03"),
])
def test_wire_dateline_with_a_short_year_is_cut_and_dates_the_article(clean, dateline, published):
    cleaned = clean(f"{TITLE}\n\n{dateline}{PROSE}\n\n{LAST}\n", url=URL)
    assert cleaned.body == f"{PROSE}\n\n{LAST}"
    assert cleaned.article.published == published


def test_a_time_after_the_month_is_no_year(clean):
    cleaned = clean(f"{TITLE}\n\nBrest, 3 mars 10 h 12 [RadioSud] --- {PROSE}\n", url=URL)
    assert cleaned.article.published is None


@pytest.mark.parametrize("tag", ["[jr pl abc 03/05/2024 10:12]", "[ml/pv 3/5/24 9h40]"])
def test_desk_closing_tag_goes_glued_or_alone(clean, tag):
    glued = clean(f"{TITLE}\n\n{PROSE}\n\n{LAST} {tag}\n", url=URL)
    alone = clean(f"{TITLE}\n\n{PROSE}\n\n{LAST}\n{tag}\n", url=URL)
    assert glued.body == alone.body == f"{PROSE}\n\n{LAST}"


def test_bracket_inside_prose_stays(clean):
    last = "Le docker a résumé : « Nous [les grutiers] tenons le port depuis 1998. »"
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{last}\n", url=URL)
    assert cleaned.body.endswith(last)


def test_video_card_and_its_title_above_go(clean):
    card = "Marée noire : les bénévoles nettoient la plage du Minou"
    player = f"{card} / Société: Environnement / 3 min. / le 4 mai 2024"
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{card}\n{player}\n\n{LAST}\n", url=URL)
    assert cleaned.body == f"{PROSE}\n\n{LAST}"


def test_slashes_in_prose_are_no_video_card():
    line = "Le trajet Brest / Quimper / Lorient prend désormais 95 min, contre deux heures auparavant."
    assert rules.noise_rule(line, "fr") is None


def test_headings_of_a_reproduced_document_stay(clean):
    decree = "MAIRIE DE PORT-NEUF SUR MER\n\nLE MAIRE DE LA COMMUNE,\n\nVu le code des ports maritimes ;"
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\nVoici le texte de l'arrêté :\n\n{decree}\n", url=URL)
    assert cleaned.body.endswith(decree)


def test_capital_headline_after_a_sentence_still_goes(clean):
    other = "LORIENT : LES CHALUTIERS RESTENT À QUAI POUR LA TROISIÈME SEMAINE"
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{other}\n\n{LAST}\n", url=URL)
    assert cleaned.body == f"{PROSE}\n\n{LAST}"
