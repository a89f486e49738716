"""Cue complements: a stock call ('appelle au calme') is a report when someone calls; the subject of
a passive call ('ont été invités à') is its addressee, not a speaker; an incise right after a
relative pronoun ('qui, précise X, …') reports the rest of the relative clause."""
import pytest


@pytest.mark.parametrize("passage, opening, speaker", [
    ("Le préfet du Var a appelé à la prudence après les orages de la nuit.", "la prudence", "Le préfet du Var"),
    ("La ministre Nadia Kessler appelle au calme dans les quartiers nord.", "calme", "Nadia Kessler"),
    ("Les syndicats ont exhorté les salariés à la vigilance face aux licenciements.", "la vigilance", "Les syndicats"),
    ("Le porte-parole de l'ONU appelle à la retenue les deux parties.", "la retenue", "porte-parole"),
])
def test_stock_call_by_a_speaker_is_a_report(parse, passage, opening, speaker):
    quotes = parse(passage)._.quotes
    found = [q for q in quotes if q.span.text.startswith(opening)]
    assert found and speaker in (found[0].speaker or ""), [(q.span.text, q.speaker) for q in quotes]


@pytest.mark.parametrize("passage", [
    # call without a speaker or with a time is narration
    "La conjoncture appelle à la prudence sur les marchés.",
    "Il a appelé à 22 heures pour prévenir ses proches.",
    "Ces chiffres invitent à la modestie.",
    # advancing a date or troops is narration
    "Le gouvernement a avancé la date du scrutin.",
    "L'armée avance ses troupes vers la frontière.",
])
def test_calls_and_advances_that_are_narration(parse, passage):
    assert not parse(passage)._.quotes


@pytest.mark.parametrize("passage", [
    "Les locataires avaient été à maintes reprises invités à libérer leur logement avant l'hiver.",
    "Les habitants sont appelés à limiter leur consommation d'eau jusqu'à nouvel ordre.",
    "Les automobilistes sont invités à la prudence sur l'autoroute A7.",
    "Depuis lundi, les usagers étaient encouragés à privilégier les transports en commun.",
])
def test_passive_call_without_agent_names_no_speaker(parse, passage):
    quotes = parse(passage)._.quotes
    assert not quotes, [(q.span.text, q.speaker) for q in quotes]


def test_passive_call_with_agent_keeps_its_speaker(quote_of):
    quote = quote_of("Les riverains ont été invités par le préfet à quitter leur logement.", "quitter leur logement")
    assert quote.speaker == "le préfet"


@pytest.mark.parametrize("passage, content", [
    ("Le groupe a cédé ses parts dans la filiale, qui, précise le rapport annuel, reste rentable.",
     "reste rentable"),
    ("Le club a recruté un attaquant qui, assure son entraîneur, sera prêt dès samedi.",
     "sera prêt dès samedi"),
    ("La mairie a voté un budget que, selon l'opposition, personne n'a lu.", None),
    ("Elle a vendu la maison dont, affirme son notaire, la valeur avait doublé en dix ans.",
     "la valeur avait doublé en dix ans"),
])
def test_incise_after_a_relative_pronoun_reports_the_rest_of_the_clause(parse, passage, content):
    spans = [q.span.text for q in parse(passage)._.quotes]
    # the narration before the relative pronoun is never the content
    assert not any(s.startswith(passage[:12]) for s in spans), spans
    if content is not None:
        assert content in spans, spans


@pytest.mark.parametrize("passage, content", [
    # charge starts at the accused past a date
    ("Le Mali a accusé samedi la Minusma de « mentir » sur le bilan de l'attaque.",
     "la Minusma de « mentir » sur le bilan de l'attaque"),
    ("La députée accuse depuis des mois le gouvernement de cacher les chiffres.",
     "le gouvernement de cacher les chiffres"),
    # advancing an indefinite figure is a claim
    ("Des sources hospitalières avancent un bilan plus lourd.", "un bilan plus lourd"),
    ("Le syndicat avance un chiffre de 40 % de grévistes dans les écoles.",
     "un chiffre de 40 % de grévistes dans les écoles"),
])
def test_charges_and_advanced_figures_are_reported(quote_of, passage, content):
    assert quote_of(passage, content)
