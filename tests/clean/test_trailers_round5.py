"""Closing furniture of a fifth sample: unaccented labels, bulleted teasers, a name signing off."""
import pytest

from brest_page import LAST, PROSE, TITLE, URL

@pytest.mark.parametrize("tail", [
    "A lire aussi\nLorient : les dockers en grève pour la troisième fois en un mois",   # capital À printed A
    "A voir aussi :\nQuimper : la criée rouvre",
    "-\nPêche : « Nous ne tiendrons pas un hiver de plus, les quotas nous étranglent » dénoncent les patrons de chalutiers\n-\nCrise des dock",
    "•\nLes éleveurs du Finistère inquiets\n•\nTempête sur la côte nord : trois blessés",
    "Jeanne Kervella",                                                    # the writer signing off
    "Paul LE DU",
    "Marie-Claire de La Tour",
])
def test_closing_furniture_goes(clean, tail):
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{LAST}\n\n{tail}\n", url=URL)
    assert cleaned.body == f"{PROSE}\n\n{LAST}"


@pytest.mark.parametrize("tail", [
    "Les chiffres du port\n-\nDeux quais\n-\nTrois grues",    # below a heading, not a sentence: the article's own list
    "Brest, le 3 mars 2024",                                  # a date is no name
    "Le trafic devrait encore croître",                       # a clause, not a name
])
def test_article_lines_below_the_last_sentence_stay(clean, tail):
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{LAST}\n\n{tail}\n", url=URL)
    assert tail.splitlines()[-1] in cleaned.body


def test_standfirst_repeated_with_its_byline_keeps_one_copy(clean):
    lead = "Le port de Brest a doublé son trafic en un an. Les dockers réclament des renforts."
    cleaned = clean(f"{TITLE}\n\n{lead}\n\nJeanne KERVELLA {lead}\n\n{PROSE}\n\n{LAST}\n", url=URL)
    assert cleaned.body.count(lead) == 1 and "KERVELLA" not in cleaned.body


def test_caption_repeated_with_its_credit_goes(clean):
    caption = "Un cargo à quai dans le port de Brest, lundi"
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{caption}\n{caption} Paul Le Du\n\n{LAST}\n", url=URL)
    assert caption not in cleaned.body
