"""Round 32: a flag of the page's kind set before the headline ("DIRECT. ", "Vidéo - ", "EXCLUSIF | ",
"LIVE ") is no part of the title, unless the address spells it; a section name before a colon is the
headline's own; a live label before a colon opens the live's own news, no teaser."""
import pytest

from recoupe.clean import rules

HEADLINE = "Inondations dans le Gard : les secours mobilisés toute la nuit"
LEAD = "Les pompiers ont procédé à une quarantaine d'hélitreuillages depuis minuit, selon la préfecture du Gard."


@pytest.mark.parametrize("flagged", [
    f"DIRECT. {HEADLINE}", f"DIRECT.{HEADLINE}", f"Vidéo - {HEADLINE}", f"EXCLUSIF | {HEADLINE}", f"LIVE {HEADLINE}",
    f"SUIVEZ EN DIRECT | {HEADLINE}",
])
def test_flag_before_the_headline_is_cut(clean, flagged):
    assert clean(f"{flagged}\n\n{LEAD}\n").title == HEADLINE


@pytest.mark.parametrize("title", [
    "Live Nation annonce une tournée dans le Gard",        # a name in title case, no separator
    "Football : Lavalette arrache sa place en finale",      # a section name is the headline's own
])
def test_names_and_sections_stay_in_the_title(clean, title):
    assert clean(f"{title}\n\n{LEAD}\n").title == title


def test_a_flag_the_address_spells_stays(clean):
    url = "https://www.radiosud.fr/gard/en-direct-inondations-dans-le-gard-les-secours_12.html"
    assert clean(f"EN DIRECT - {HEADLINE}\n\n{LEAD}\n", url=url).title == f"EN DIRECT - {HEADLINE}"


@pytest.mark.parametrize("line", ["URGENT : Le pont de Beaucaire est fermé à la circulation", "Direct : les secours arrivent"])
def test_a_live_label_before_a_colon_keeps_the_news(line):
    assert rules.noise_rule(line, "fr") is None
