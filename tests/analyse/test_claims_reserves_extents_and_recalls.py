"""Claims of reserve found by the round-28 coverage audit: conditionals whose stem writes a mute e
as è or whose participle the parse takes for an adjective, relative clauses, unreal 'si' cases,
statements cut at an apposed comment or a coordinated clause, sources of conditionals, no-proof
adjuncts, unverifiable subjects, and a plural recall of a paragraph's reports."""
import pytest

from analyse_helpers import claims_of


@pytest.mark.parametrize("passage, statement", [
    ("Les pertes s'élèveraient à 3 millions d'euros.", "Les pertes s'élèveraient à 3 millions d'euros"),
    ("Selon la presse locale, le maire aurait démissionné.", "le maire aurait démissionné"),
    ("L'attaque, qui aurait fait une dizaine de morts, n'a pas été revendiquée.",
     "L'attaque, qui aurait fait une dizaine de morts"),
    ("Le prétendu témoin s'est rétracté devant les enquêteurs.", "prétendu témoin"),
    ("On estime que près de 3 000 foyers sont privés d'électricité.", "près de 3 000 foyers sont privés d'électricité"),
    ("Selon l'ONG, quinze civils ont été tués dans le village, un bilan impossible à vérifier.",
     "quinze civils ont été tués dans le village"),
    ("Des vidéos, impossibles à authentifier, montrent des blindés entrant dans la ville.",
     "Des vidéos, impossibles à authentifier, montrent des blindés entrant dans la ville"),
    ("Les rebelles affirment contrôler l'aéroport, une revendication invérifiable.", "contrôler l'aéroport"),
    ("Le maire aurait démissionné, une information non confirmée par la préfecture.", "Le maire aurait démissionné"),
])
def test_the_reserve_covers_its_statement_only(parse, passage, statement):
    assert claims_of(parse, passage) == [("unverified", statement)]


@pytest.mark.parametrize("passage, statement", [
    ("Aucun élément ne permet de confirmer la présence de l'ours dans la vallée.", "la présence de l'ours dans la vallée"),
    ("L'opposant accuse le régime de fraude sans fournir la moindre preuve.", "le régime de fraude"),
    ("Le maire avait démissionné en mars. Son rival l'a accusé de corruption sans apporter de preuve.",
     "Son rival l'a accusé de corruption"),
])
def test_a_missing_proof_qualifies_the_statement_of_its_sentence(parse, passage, statement):
    assert claims_of(parse, passage) == [("no_evidence", statement)]


def test_a_conditional_has_no_source_but_its_attribution(parse):
    assert [c.source for c in parse("Les rebelles contrôleraient désormais la moitié de la province.")._.claims] == [None]
    claims = parse("Selon l'armée, douze rebelles auraient été tués et trente autres auraient été capturés.")._.claims
    assert [(c.span.text, c.source) for c in claims] == [
        ("douze rebelles auraient été tués", "l'armée"), ("trente autres auraient été capturés", "l'armée")]


def test_a_plural_recall_qualifies_every_report_of_the_paragraph(parse):
    passage = ("Des témoins affirment que l'école a été bombardée. Un responsable local a indiqué que six enfants "
               "avaient été blessés. Ces informations n'ont pas pu être vérifiées.")
    assert claims_of(parse, passage) == [("unverified", "l'école a été bombardée"),
                                       ("unverified", "six enfants avaient été blessés")]


@pytest.mark.parametrize("passage", [
    "Si le maire venait, il serait accueilli par des manifestants.",
    "S'il avait plu, le match aurait été reporté.",
    "Selon les estimations de la préfecture, 12 000 personnes ont défilé.",
    "Il faudrait davantage de moyens pour les hôpitaux, estime le syndicat.",
    "Le maire a assuré qu'il serait candidat en mars.",
    "Les douaniers ne peuvent pas vérifier chaque colis à la main.",
])
def test_no_reserve_in_hypotheses_estimates_and_routine_checks(parse, passage):
    assert claims_of(parse, passage) == []
