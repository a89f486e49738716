"""Round 36: a live page's entry time with its zone, the notice giving the zone, a match status label, the
live's writer, the writers' sign-off for the night; a site's call for support and a cookie wall's plea."""
import pytest

from brest_page import LAST, PROSE, TITLE, URL
from recoupe.clean import rules


@pytest.mark.parametrize("line, rule", [
    ("19:42 heure de Brest", "comment_widget"),
    ("8h05 heure locale", "comment_widget"),
    ("Toutes les heures sont données en heure de Paris.", "comment_widget"),
    ("Les heures sont exprimées en temps universel.", "comment_widget"),
    ("Cet article est gratuit. Pour soutenir Radio Sud, abonnez-vous.", "comment_widget"),
    ("Pour nous soutenir, faites un don.", "comment_widget"),
    ("Pour aider Radio Sud, n'hésitez pas à accepter les cookies publicitaires.", "comment_widget"),
    ("FIN DU MATCH", "section_label"),
    ("Mi-temps", "section_label"),
    ("Suivi assuré par Radio Sud", "credit"),
    ("Direct animé par Jeanne Roy et Paul Mas", "credit"),
    ("La rédaction fait une courte pause pour vous retrouver dès demain.", "live_talk"),
    ("Rendez-vous demain pour un nouveau multiplex de Coupe de France ! Bonne nuit à tous !", "live_talk"),
])
def test_live_and_support_furniture(line, rule):
    assert rules.noise_rule(line, "fr") == rule


@pytest.mark.parametrize("line", [
    "À 19h42 heure de Brest, les dockers ont voté la grève.",
    "Les heures supplémentaires sont payées en retard, selon le syndicat.",
    "Pour soutenir les dockers, la maire a ouvert une cagnotte lundi.",
    "Le match est terminé depuis une heure mais les supporters restent au stade.",
    "Le suivi des travaux est assuré par la capitainerie du port.",
    "L'équipe de Brest retrouvera Lorient demain soir pour le derby.",
])
def test_sentences_like_them_stay(line):
    assert rules.noise_rule(line, "fr") is None


def test_a_status_label_between_entries_goes(clean):
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\nTERMINÉ\n\n{LAST}\n", url=URL)
    assert cleaned.body == f"{PROSE}\n\n{LAST}"
