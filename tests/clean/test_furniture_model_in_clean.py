"""The classifier asked by clean_article: what the rules keep and it rates furniture goes, with its offsets."""
from recoupe.clean import clean_article
from recoupe.ingest.article import RawArticle

PAGE = ("Le conseil municipal de Port-Vert a voté lundi la rénovation de la halle aux poissons.\n\n"
        "Les travaux dureront six mois et coûteront 1,2 million d'euros.\n\n"
        "Des horaires revus\n\n"
        "Le marché sera déplacé sur le parking du port pendant le chantier.\n\n"
        "Soutenez notre rédaction\n")


def _clean(monkeypatch, switch):
    monkeypatch.setenv("RECOUPE_FURNITURE_MODEL", switch)
    return clean_article(RawArticle(source="page.txt", original=PAGE, language="fr"))


def test_a_widget_the_rules_keep_is_removed_and_recorded(monkeypatch):
    cleaned = _clean(monkeypatch, "on")
    start = PAGE.index("Soutenez")
    assert (start, start + len("Soutenez notre rédaction"), "model_furniture") in cleaned.removed
    assert "Soutenez" not in cleaned.body and "six mois" in cleaned.body


def test_a_heading_between_paragraphs_is_left_to_the_rules(monkeypatch):
    cleaned = _clean(monkeypatch, "on")
    assert not any(PAGE[s:e] == "Des horaires revus" and rule == "model_furniture" for s, e, rule in cleaned.removed)


def test_switched_off_the_rules_alone_decide(monkeypatch):
    assert "Soutenez notre rédaction" in _clean(monkeypatch, "off").body
