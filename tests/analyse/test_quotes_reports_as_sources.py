"""Round 35: a poll, a study or a report speaks for whoever made it — a name set right after its noun
('le sondage Odalis'), a complement ('une étude de l'institut … montre que'), the author met earlier when the
document is taken up ('détaille ce rapport'); an abbreviation's stop inside a sentence ('etc.),') ends no
preposed clause. Invented passages."""
import pytest

from analyse_helpers import found


@pytest.mark.parametrize("passage, text, speaker", [
    ("Cette enquête Elvia montre que la cote du maire a reculé de trois points.",
     "la cote du maire a reculé de trois points", "Elvia"),
    ("Une étude de l'Observatoire des forêts publiée jeudi montre que les chênes souffrent davantage.",
     "les chênes souffrent davantage", "Observatoire des forêts"),
    ("Selon le sondage Odalis publié lundi, le projet de tramway divise les habitants.",
     "le projet de tramway divise les habitants", "Odalis"),
])
def test_a_document_speaks_for_its_author(parse, passage, text, speaker):
    assert found(parse, passage).get(text) == speaker


def test_a_document_without_author_shows_nothing(parse):
    assert found(parse, "La baisse des ventes montre que le marché du vélo ralentit.") == {}


def test_a_document_taken_up_by_a_demonstrative_keeps_its_author(parse):
    quotes = found(parse, "Les loyers ont grimpé, souligne un rapport de la Cour des comptes. \"Ces tensions "
                          "ont entraîné une hausse des prix des logements neufs\", détaille ce rapport.")
    assert quotes.get("Ces tensions ont entraîné une hausse des prix des logements neufs") == "Cour des comptes"


def test_an_abbreviation_inside_the_preposed_clause_keeps_it_whole(parse):
    quotes = found(parse, "Les prix des fruits ont bondi (gel, grêle, sécheresse, etc.), souligne une note "
                          "de la Banque de France sur le sujet.")
    assert quotes.get("Les prix des fruits ont bondi (gel, grêle, sécheresse, etc.)") == "Banque de France"


def test_an_authored_document_reports_through_an_agent_frame(parse):
    quotes = found(parse, "Des chiffres publiés lundi par la Protection civile font état de 14 blessés dans la vallée.")
    assert quotes.get("14 blessés dans la vallée") == "Protection civile"


def test_figures_without_author_report_nothing_through_an_agent_frame(parse):
    assert found(parse, "Les chiffres du trimestre font état d'une baisse des ventes de vélos.") == {}
