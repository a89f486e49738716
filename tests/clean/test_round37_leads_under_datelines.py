"""Round 37: a standfirst printed again under a wire dateline after the paywall notice is the article's
lead, not a picture's caption credited with a place and an agency: the text is kept once, without the dateline."""
import pytest

STANDFIRST = ("Le conseil portuaire de Port-Neuf a voté mardi la fermeture du quai ouest pour deux ans, "
              "malgré l'opposition des dockers et de la chambre de commerce.")
NOTICE = "Contenu réservé aux abonnés"


@pytest.mark.parametrize("dateline", ["PORT-NEUF (Reuters) - ", "Port-Neuf, 3 mars (AFP) - "])
def test_the_lead_under_a_dateline_is_kept_once(clean, dateline):
    text = f"Le quai ouest de Port-Neuf fermé deux ans\n\n{STANDFIRST}\n\n{NOTICE}\n\n{dateline}{STANDFIRST}\n"
    body = clean(text).body
    assert body.count(STANDFIRST) == 1
    assert "(Reuters)" not in body and "(AFP)" not in body and NOTICE not in body


def test_a_caption_printed_again_under_its_credit_still_goes(clean):
    caption = "Les dockers sur le quai ouest, lundi"
    text = (f"Le quai ouest de Port-Neuf fermé deux ans\n\n{caption}\n\n3 images\n\n"
            f"Photo Jeanne Roy {caption}\n\n{STANDFIRST}\n")
    assert caption not in clean(text).body


@pytest.mark.parametrize("topic", ["Crue en Bretagne – ", "Vie locale à Lorient - "])
def test_a_topic_before_a_spaced_dash_stays_in_the_title(clean, topic):
    url = "https://www.journal-sud.fr/le-port-ferme-ses-quais-pour-six-mois-4455"
    line = f"{topic}Le port ferme ses quais pour six mois"
    assert clean(f"{line}\n\n{STANDFIRST}\n", url=url).title == line


def test_a_label_in_capitals_before_a_dash_still_goes(clean):
    url = "https://www.journal-sud.fr/le-port-ferme-ses-quais-pour-six-mois-4455"
    line = "EN BREF - Le port ferme ses quais pour six mois"
    assert clean(f"{line}\n\n{STANDFIRST}\n", url=url).title == "Le port ferme ses quais pour six mois"
