"""Page header and furniture, round 28 second pass: labelled date lines and print-edition lines (the
page's date, which a video card's bare date further down never beats), a site name in capitals above a
breadcrumb, text-size widgets, paywalls in the middle of the text, breadcrumb lines, a wire dateline
below kept furniture or a standfirst, desk tags with a time alone, video cards of other stories."""
import pytest

from recoupe.clean import rules

SITE = "LE COURRIER DES HAUTES TERRES"
HEADLINE = "Aurillac : la fromagerie coopérative double sa production de cantal"
LEAD = ("La fromagerie coopérative d'Aurillac a doublé sa production en un an, a annoncé jeudi son "
        "président, Paul Vermenouze, devant les producteurs réunis en assemblée.")
LAST = "« Nous manquons de lait l'hiver », a reconnu un éleveur de Salers, Jean Delmas."
CARD = "VIDÉO\nMauriac : le marché aux bestiaux fait le plein\nAgriculture\n2 min.\n03/05/2025"


@pytest.mark.parametrize("date_line, published", [
    ("Date de publication : 2024-06-08 07:45", "2024-06-08"),
    ("Mis en ligne le 8 juin 2024 à 07h45", "2024-06-08"),
    ("Paru dans l'édition du samedi 8 juin 2024", "2024-06-08"),
])
def test_labelled_date_line_goes_and_dates_the_page_before_a_card(clean, date_line, published):
    cleaned = clean(f"{SITE}\n{HEADLINE}\n{date_line}\n\n{LEAD}\n\n{LAST}\n\n{CARD}\n")
    assert cleaned.title == HEADLINE
    assert cleaned.body == f"{LEAD}\n\n{LAST}"
    assert cleaned.article.published == published


def test_a_cards_bare_date_below_the_text_does_not_date_the_page(clean):
    cleaned = clean(f"{HEADLINE}\n\n{LEAD}\n\n{LAST}\n\n{CARD}\n")
    assert cleaned.body == f"{LEAD}\n\n{LAST}"
    assert cleaned.article.published is None


def test_a_labelled_date_at_the_end_still_dates_the_page(clean):
    cleaned = clean(f"{HEADLINE}\n\n{LEAD}\n\n{LAST}\n\nMis en ligne le 8 juin 2024 à 07h45\n")
    assert cleaned.article.published == "2024-06-08"


@pytest.mark.parametrize("top", [
    f"{SITE}\nAccueil > Régions > Cantal\n",
    "L'ÉCHO DU PLATEAU\nActualités › Auvergne › Aurillac\n",
    f"{SITE}\nTaille du texte : A- A+\n",
])
def test_site_name_in_capitals_above_furniture_is_no_title(clean, top):
    cleaned = clean(f"{top}{HEADLINE}\n\n{LEAD}\n")
    assert cleaned.title == HEADLINE
    assert cleaned.body == LEAD


def test_short_headline_in_lower_case_above_a_widget_stays_the_title(clean):
    # only a name in capitals is read across header furniture: "Le cantal manque de lait" is a headline
    headline = "Le cantal manque de lait"
    standfirst = "Les producteurs de la coopérative réclament une hausse du prix payé au litre cet hiver"
    cleaned = clean(f"{headline}\nTaille du texte : A- A+\n{standfirst}\n\n{LEAD}\n")
    assert cleaned.title == headline


@pytest.mark.parametrize("line", [
    "Taille du texte : A- A+", "Taille de la police : A A A", "A A A", "A+ A-",
    "Imprimer | Taille du texte : A- A+", "Agrandir le texte",
    "Vous souhaitez lire la suite ?", "Envie de lire la suite de cet article ?",
    "Cet article est gratuit. Créez votre compte pour continuer votre lecture.",
    "Inscrivez-vous gratuitement pour poursuivre votre lecture.",
    "Pour continuer votre lecture, créez votre compte gratuit.",
    "Accueil > Afrique > Cameroun", "Accueil › Sports", "Actualités > Région > Aurillac",
])
def test_widget_paywall_and_breadcrumb_lines_are_noise(line):
    assert rules.noise_rule(line, "fr")


@pytest.mark.parametrize("line", [
    "A", "Le texte de loi sera voté mardi",
    "Vous souhaitez lire la suite du rapport ? Il compte 300 pages, selon la préfecture.",
    "Le maire a demandé aux éleveurs de créer un compte pour continuer la lecture des plans.",
    "Le seuil passe de 30 élèves > 25 en maternelle > 20 en zone rurale, selon le rectorat.",
])
def test_prose_like_the_widgets_stays(line):
    assert rules.noise_rule(line, "fr") is None


def test_paywall_in_the_middle_goes_and_the_text_after_it_stays(clean):
    wall = ("Vous souhaitez lire la suite ?\nCet article est gratuit. Créez votre compte pour continuer votre lecture.\n"
            "Je crée mon compte\nDéjà un compte ? Je me connecte")
    cleaned = clean(f"{HEADLINE}\n\n{LEAD}\n\n{wall}\n\n{LAST}\n")
    assert cleaned.body == f"{LEAD}\n\n{LAST}"


@pytest.mark.parametrize("above", ["Taille du texte : A- A+\n\n",
                                   "Les éleveurs du Cantal attendent une hausse du prix du lait.\n\n"])
def test_wire_dateline_below_kept_lines_is_cut_and_dates_the_page(clean, above):
    cleaned = clean(f"{HEADLINE}\n\n{above}Aurillac, 07 juin 24 [InfoCantal] --- {LEAD}\n\n{LAST}\n")
    assert cleaned.body.endswith(f"{LEAD}\n\n{LAST}")
    assert "InfoCantal" not in cleaned.body
    assert cleaned.article.published == "2024-06-07"


@pytest.mark.parametrize("tag", ["[jmd/pv 15h48]", "[ab cd 09:12]"])
def test_desk_tag_with_a_time_alone_goes(clean, tag):
    cleaned = clean(f"{HEADLINE}\n\n{LEAD}\n\n{LAST}\n\n{tag}\n")
    assert cleaned.body == f"{LEAD}\n\n{LAST}"


@pytest.mark.parametrize("card", [
    CARD,
    "En vidéo\nSaint-Flour : la foire de printemps sous la pluie\n1:45",
    "Podcast\nLe Lioran : la saison de ski jugée « correcte »\nTourisme\n12 min",
])
def test_video_card_of_another_story_goes(clean, card):
    cleaned = clean(f"{HEADLINE}\n\n{LEAD}\n\n{card}\n\n{LAST}\n")
    assert cleaned.body == f"{LEAD}\n\n{LAST}"


def test_prose_under_a_media_label_stays(clean):
    sentence = "Les pompiers sont intervenus pendant trois heures pour maîtriser le feu dans la grange."
    cleaned = clean(f"{HEADLINE}\n\n{LEAD}\n\nVidéo\n{sentence}\n3 min\n\n{LAST}\n")
    assert sentence in cleaned.body
