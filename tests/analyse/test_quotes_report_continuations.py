"""Reports a cue continues or opens in less common shapes: a participle or gerund going on with the
report before it, a cue with adjuncts before a colon, a pronominal cue the tagger read as an adjective,
and nominal objects of verbs of stressing and pointing out."""
import pytest


@pytest.mark.parametrize("passage, text, speaker", [
    # ', précisant que' hung by the parse on the reported clause: the reporting verb's subject speaks
    ("La ministre Hélène Garnier a expliqué que la région recevrait des bus en 2027, précisant que "
     "cette commande devra être validée par le conseil régional.",
     "cette commande devra être validée par le conseil régional", "Hélène Garnier"),
    # the gerund ', en rappelant que' ends the first report and opens a second one
    ("Le maire Olivier Brun a annoncé que la piscine rouvrirait en juin, en rappelant que "
     "les travaux ont coûté deux millions d'euros.",
     "les travaux ont coûté deux millions d'euros", "Olivier Brun"),
])
def test_participle_continues_the_report(quote_of, passage, text, speaker):
    assert speaker in quote_of(passage, text).speaker


def test_gerund_ends_the_first_report(quote_of):
    passage = ("Le maire Olivier Brun a annoncé que la piscine rouvrirait en juin, en rappelant que "
               "les travaux ont coûté deux millions d'euros.")
    quote_of(passage, "la piscine rouvrirait en juin")


@pytest.mark.parametrize("passage, text", [
    ("Karim Benali, secrétaire du syndicat, s'inquiète pour la suite : « Nous allons perdre des postes. »",
     "Nous allons perdre des postes."),
    ("Le maire s'inquiète : « Les commerces ferment les uns après les autres. »",
     "Les commerces ferment les uns après les autres."),
    ("Sophie Marchand a vu l'accident. Elle rebondit : « Les secours sont arrivés très vite. »",
     "Les secours sont arrivés très vite."),
])
def test_cue_and_adjuncts_before_colon(quote_of, passage, text):
    assert quote_of(passage, text).kind == "direct"


@pytest.mark.parametrize("passage, text", [
    ("La préfecture a fait état jeudi d'au moins six blessés dans l'explosion.",
     "au moins six blessés dans l'explosion"),
    ("Le ministre a promis de ne plus fermer de maternités.", "ne plus fermer de maternités"),
    ("L'entraîneur Marc Vidal s'est félicité du « beau match » livré par ses joueurs.",
     "« beau match » livré par ses joueurs"),
    ("La ministre de la Santé a souligné la nécessité de vacciner les plus fragiles.",
     "la nécessité de vacciner les plus fragiles"),
    ("Les économistes ont pointé la contradiction entre les discours et les actes du gouvernement.",
     "la contradiction entre les discours et les actes du gouvernement"),
    ("Le syndicat a annoncé trois nouvelles journées de grève en décembre.",
     "trois nouvelles journées de grève en décembre"),
])
def test_object_and_infinitive_reports(quote_of, passage, text):
    quote_of(passage, text)


@pytest.mark.parametrize("passage", [
    "La directrice Jeanne Morel n'a souligné aucun risque particulier.",   # a negated cue said nothing
    "La hausse des prix souligne la fragilité du secteur.",   # a thing cannot speak
    "Le plan de relance souligne la fin des aides.",
])
def test_no_report_without_a_speaking_affirmative_subject(parse, passage):
    assert not [q.span.text for q in parse(passage)._.quotes]


def test_narrator_clause_after_comma_ends_report(quote_of):
    passage = ("La mairie a fait état d'une hausse des cambriolages, sur fond de tensions dans le quartier.")
    quote_of(passage, "une hausse des cambriolages")


@pytest.mark.parametrize("passage", [
    "Le ministre a cherché à souligner les progrès accomplis depuis l'an dernier.",
    "La direction a tenté de minimiser la portée de la panne.",
])
def test_an_attempt_to_say_is_no_report(parse, passage):
    assert parse(passage)._.quotes == []
