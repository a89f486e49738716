"""Round 7 cue shapes: the addressee clitic before an inverted cue, quoted noun phrases after
'appeler à', 'presser X de « … »', inverted cues 'interroge'/'pointe'/'renseigne', and the
narrative infinitive 'Et de dire que' continuing the previous sentence's subject."""
import pytest


@pytest.mark.parametrize("passage, content, speaker", [
    # addressee clitic before inverted cue
    ("« Nous devons agir vite », nous a indiqué ce lundi 4 mars Paul Garnier, maire de Vesoul.",
     "Nous devons agir vite", "Paul Garnier"),
    ("« Le chantier a pris du retard », m'a confié mardi Hélène Vasseur, architecte.",
     "Le chantier a pris du retard", "Hélène Vasseur"),
    ("« Rien n'est décidé », leur a répondu Marc Tessier, le directeur du site.",
     "Rien n'est décidé", "Marc Tessier"),
    ("« Il faut partir, vous a expliqué Julie Renard. La digue ne tiendra pas. »",
     "Il faut partir", "Julie Renard"),
    # urging verbs and narrative infinitives name their speaker
    ("« Le plan est absurde. Qui va payer ? », interroge le docteur Henri Lasalle.",
     "Le plan est absurde. Qui va payer ?", "Henri Lasalle"),
    ("Cette « fermeture touche les plus fragiles », pointe le collectif des riverains de Brest.",
     "fermeture touche les plus fragiles", "le collectif des riverains de Brest"),
    ("« Les listes seront publiées vendredi », renseigne la commission électorale du Gabon.",
     "Les listes seront publiées vendredi", "commission électorale du Gabon"),
])
def test_more_inverted_reporting_verbs(quote_of, passage, content, speaker):
    assert speaker in quote_of(passage, content).speaker


@pytest.mark.parametrize("passage, content, speaker", [
    ("La ministre Claire Dubois a pressé les deux camps de « reprendre le dialogue sans conditions ».",
     "reprendre le dialogue sans conditions", "Claire Dubois"),
    ("Le préfet Alain Morin a sommé les exploitants de « quitter les entrepôts avant midi ».",
     "quitter les entrepôts avant midi", "Alain Morin"),
    # the narrative infinitive "Et de + verb" continues the previous sentence's subject
    ("Le député Jean Morel a critiqué la réforme. Et d'affirmer que « rien n'a été prévu pour les familles ».",
     "rien n'a été prévu pour les familles", "Jean Morel"),
    ("La sénatrice Odile Marchand a visité le port jeudi. Et de rappeler que le trafic a doublé en dix ans.",
     "le trafic a doublé en dix ans", "Odile Marchand"),
])
def test_the_quote_goes_to_its_speaker(quote_of, passage, content, speaker):
    assert quote_of(passage, content).speaker == speaker


def test_first_person_nous_stays_the_subject(parse):
    quotes = parse("« Le projet est viable », nous avons déclaré aux journalistes de Nantes.")._.quotes
    assert all("Nantes" not in (q.speaker or "") for q in quotes)


@pytest.mark.parametrize("passage, opening", [
    ("Le Canada a appelé à la « retenue » après les tirs.", "la « retenue »"),
    ("La ministre Inès Carpentier appelle au « calme » dans les quartiers.", "calme"),
])
def test_call_for_a_quoted_noun(parse, passage, opening):
    quotes = parse(passage)._.quotes
    assert any(q.span.text.strip("« »").startswith(opening.strip("« »")) for q in quotes), [q.span.text for q in quotes]


def test_call_for_a_plain_noun_needs_a_subject_that_can_speak(parse):
    # a call is something said (the samples' gold counts 'appelle au calme'); a situation calls for nothing
    assert parse("Le maire a appelé à la prudence sur les routes.")._.quotes
    assert not parse("La situation appelle à la prudence sur les routes.")._.quotes
