"""recoupe_claims: statements with an explicit evidential marker, their status and source."""
from __future__ import annotations

import pytest

CLAIMS = [
    # (passage, status, marker, a part of the claim text)
    ("La société n'a fourni aucune preuve de ses affirmations sur la qualité de l'eau.",
     "no_evidence", "aucune preuve", None),
    ("Il n'y a aucun signe que la grève s'étende aux autres dépôts.",
     "no_evidence", "aucun signe que", "la grève s'étende aux autres dépôts"),
    ("Le maire aurait promis une nouvelle école aux parents d'élèves.",
     "unverified", "aurait promis", "Le maire aurait promis une nouvelle école"),
    ("Les deux suspects auraient quitté la ville dimanche soir.",
     "unverified", "auraient quitté", "Les deux suspects auraient quitté la ville"),
    ("Les pompiers ont évacué trois immeubles, ce qui constituerait la plus grosse opération de l'année.",
     "unverified", "ce qui constituerait", "la plus grosse opération de l'année"),
    ("On pense que le feu est parti d'un transformateur électrique.",
     "unverified", "On pense que", "le feu est parti d'un transformateur électrique"),
    ("On estime que deux mille foyers sont encore privés de courant.",
     "unverified", "On estime que", "deux mille foyers sont encore privés de courant"),
    ("Selon la presse locale, le directeur aurait démissionné la semaine dernière.",
     "unverified", "aurait démissionné", "le directeur aurait démissionné"),
    ("D'après un rapport publié lundi, la mine aurait produit deux fois plus que prévu.",
     "unverified", "aurait produit", "la mine aurait produit deux fois plus"),
    ("La police enquête sur le vol présumé de tableaux au château.",
     "unverified", "présumé", "vol présumé de tableaux"),
    ("Le club continue de nier toute irrégularité dans les transferts.",
     "denied", "continue de nier", "toute irrégularité dans les transferts"),
    ("L'entreprise dément avoir licencié des grévistes.",
     "denied", "dément", "licencié des grévistes"),
    ("Le syndicat conteste le chiffre de participation donné par la préfecture.",
     "disputed", "conteste", "le chiffre de participation"),
    ("La mairie a confirmé la fermeture du marché couvert pour travaux.",
     "confirmed", "confirmé", "la fermeture du marché couvert"),
    ("Le ministère a donné une confirmation officielle du report des examens.",
     "confirmed", "confirmation officielle du", "report des examens"),
]


@pytest.mark.parametrize("passage, status, marker, text", CLAIMS)
def test_markers_give_status_and_statement(parse, passage, status, marker, text):
    claims = [c for c in parse(passage)._.claims if c.status == status]
    assert claims, parse(passage)._.claims
    claim = claims[0]
    assert marker in claim.marker.text
    if text is not None:
        assert text in claim.span.text


def test_no_evidence_qualifies_the_quote_of_its_source(parse):
    doc = parse("Le groupe Veltra a déclaré que son usine respectait toutes les normes. "
                "Le groupe Veltra n'a fourni aucune preuve de ses affirmations.")
    claim = next(c for c in doc._.claims if c.status == "no_evidence")
    quote = next(q for q in doc._.quotes if q.id == claim.quote)
    assert claim.span.text == quote.span.text == "son usine respectait toutes les normes"


def test_unverifiable_covers_the_recent_quotes(parse):
    doc = parse("L'armée a déclaré que le pont avait été repris. Le village a été évacué, a indiqué l'armée, "
                "bien que ces affirmations n'aient pas pu être vérifiées de manière indépendante.")
    texts = {c.span.text for c in doc._.claims if c.status == "unverified"}
    assert "le pont avait été repris" in texts
    assert "Le village a été évacué" in texts


def test_speculation_takes_the_quote_and_its_source(parse):
    doc = parse("Il a été spéculé par un diplomate que la visite serait écourtée.")
    claim = next(c for c in doc._.claims if c.status == "unverified")
    assert claim.span.text == "la visite serait écourtée"
    assert claim.source == "un diplomate"
    assert claim.quote is not None


UNMARKED = [
    "Le conseil municipal a voté le budget mardi soir.",
    "« Ce serait une erreur de fermer l'école », a déclaré Marc Didier.",
    "Ces actions présumées ont suscité la colère des habitants.",
    "Marie Colin a déclaré qu'elle aurait préféré un autre calendrier.",
]


@pytest.mark.parametrize("passage", UNMARKED)
def test_no_claim_without_a_narrator_marker(parse, passage):
    assert parse(passage)._.claims == []


def test_claim_spans_point_into_the_text(parse):
    doc = parse("Le préfet aurait démissionné après la crue. L'agence dément toute négligence.")
    assert len(doc._.claims) == 2
    for claim in doc._.claims:
        assert doc.text[claim.span.start:claim.span.end] == claim.span.text
        assert doc.text[claim.marker.start:claim.marker.end] == claim.marker.text
    assert [c.id for c in doc._.claims] == ["c1", "c2"]


WIRE_CLAIMS = [
    # (passage, status, the claim text exactly)
    ("Le président a affirmé que l'opposition avait truqué le scrutin, sans apporter de preuve.",
     "no_evidence", "l'opposition avait truqué le scrutin"),
    ("Le chef du parti a affirmé, sans preuve, que le scrutin avait été truqué.",
     "no_evidence", "le scrutin avait été truqué"),
    ("« Des mercenaires étrangers combattent aux côtés des rebelles », a déclaré le ministre. "
     "Aucune preuve n'a été présentée à l'appui de ces accusations.",
     "no_evidence", "Des mercenaires étrangers combattent aux côtés des rebelles"),
    ("« Plus de cent civils ont été tués dans le village », a affirmé un responsable local. "
     "Ce bilan n'a pas pu être vérifié de source indépendante.",
     "unverified", "Plus de cent civils ont été tués dans le village"),
    ("Selon des informations non confirmées, le dirigeant aurait quitté le pays.",
     "unverified", "le dirigeant aurait quitté le pays"),
    ("Le chef rebelle aurait été tué lors d'un bombardement nocturne.",
     "unverified", "Le chef rebelle aurait été tué lors d'un bombardement nocturne"),
    ("Le meurtrier présumé a été placé en garde à vue samedi.", "unverified", "meurtrier présumé"),
    ("Le prétendu complot a été révélé par un journal local.", "unverified", "prétendu complot"),
    ("Le navire supposé espion a quitté le port à l'aube.", "unverified", "navire supposé espion"),
    ("Il semblerait que l'incendie soit d'origine criminelle.", "unverified", "l'incendie soit d'origine criminelle"),
    ("Le ministère a démenti que des civils aient été visés par les frappes.",
     "denied", "des civils aient été visés par les frappes"),
    ("Kiev a démenti toute implication dans l'explosion du gazoduc.",
     "denied", "toute implication dans l'explosion du gazoduc"),
    ("Le groupe pétrolier rejette les accusations de pollution portées par les riverains.",
     "denied", "les accusations de pollution portées par les riverains"),
    ("Plusieurs chercheurs remettent en cause la fiabilité de l'étude.", "disputed", "la fiabilité de l'étude"),
    ("La police a confirmé que deux personnes avaient été interpellées.",
     "confirmed", "deux personnes avaient été interpellées"),
    ("Le club confirme que son entraîneur quittera ses fonctions en juin.",
     "confirmed", "son entraîneur quittera ses fonctions en juin"),
]


@pytest.mark.parametrize("passage, status, text", WIRE_CLAIMS)
def test_wire_claims_have_one_status_and_statement(parse, passage, status, text):
    claims = [(c.status, c.span.text) for c in parse(passage)._.claims]
    assert claims == [(status, text)]


@pytest.mark.parametrize("passage", [
    # a conditional under a reporting verb is the concordance of tenses, not the narrator's reserve
    "Il a été annoncé que le festival serait annulé cette année.",
    "La compagnie a fait savoir que tous les vols seraient maintenus.",
    # a question raised in the passive is no party disputing a statement
    "L'avenir du site est remis en question par la crise.",
])
def test_no_claim_from_reported_conditionals_or_passive_doubt(parse, passage):
    assert parse(passage)._.claims == []


def test_unconfirmed_is_not_a_confirmation(parse):
    statuses = {c.status for c in parse("Selon une rumeur non confirmée, la ministre va démissionner.")._.claims}
    assert "confirmed" not in statuses and "unverified" in statuses
