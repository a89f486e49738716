"""Round 28 (sample 28): reports whose complement is a noun phrase of speech or stance ('a fait part de
sa disposition à …', 'souhaite la préservation de …', 'forme le vœu de …', 'a affirmé la volonté de …'),
a report relayed inside another ('la préfecture a publié un communiqué indiquant que X a affirmé …'),
the speaker of a cue after a fronted adjunct and an apposed name, and a two-word cue set after its
content ('…, a fait savoir son avocat'). Invented passages."""
import pytest

from analyse_helpers import found


@pytest.mark.parametrize("passage, text, speaker", [
    ("Le maire Paul Ternier a fait part de sa disposition à rencontrer les riverains dès la semaine prochaine.",
     "sa disposition à rencontrer les riverains dès la semaine prochaine", "Paul Ternier"),
    ("La directrice a fait part de son inquiétude face à la baisse des effectifs.",
     "son inquiétude face à la baisse des effectifs", "La directrice"),
    ("Le sénateur souhaite la préservation de l'unité au sein de la majorité.",
     "la préservation de l'unité au sein de la majorité", "Le sénateur"),
    ("L'ambassadrice forme le vœu de « relations apaisées » entre les deux pays.",
     "« relations apaisées » entre les deux pays", "L'ambassadrice"),
    ("La ministre Hélène Garnier a affirmé la volonté de la région de relancer le port de Brest.",
     "la volonté de la région de relancer le port de Brest", "Hélène Garnier"),
])
def test_a_noun_phrase_of_speech_or_stance_is_reported(quote_of, passage, text, speaker):
    quote = quote_of(passage, text)
    assert quote.speaker == speaker
    assert quote.kind in ("indirect", "mixed")


@pytest.mark.parametrize("passage", [
    "Le maire souhaite la bienvenue aux nouveaux habitants.",       # a greeting, not a wish about something
    "Le règlement affirme le principe de gratuité des transports.",  # a text cannot speak
    "Le maire a visité la nouvelle école du quartier.",              # a verb of action
])
def test_a_greeting_a_text_or_an_action_reports_nothing(parse, passage):
    assert parse(passage)._.quotes == []


@pytest.mark.parametrize("passage, expected", [
    pytest.param("De son côté, la préfecture a publié un communiqué en indiquant que Marc Olivier a affirmé la "
                 "volonté de la région de renforcer les contrôles sur le littoral. Il a indiqué qu'il est "
                 "nécessaire d'éviter toute polémique.",
                 {"la volonté de la région de renforcer les contrôles sur le littoral": "Marc Olivier",
                  "il est nécessaire d'éviter toute polémique": "Marc Olivier"},
                 id="a-report-relayed-inside-another-is-the-inner-speakers"),
    pytest.param("Après une première période qu'il a jugé encourageante, l'entraîneur de Brest, Luc Amand, a pour "
                 "sa part regretté une deuxième période où ses joueurs ont été défaillants. « Nous avons manqué "
                 "de tout », a-t-il expliqué.",
                 {"une deuxième période où ses joueurs ont été défaillants": "Luc Amand",
                  "Nous avons manqué de tout": "Luc Amand"},
                 id="a-cue-after-a-fronted-adjunct-and-an-apposed-name"),
])
def test_every_quote_of_the_passage_has_its_speaker(parse, passage, expected):
    assert found(parse, passage) == expected


def test_an_inner_clause_that_reports_nothing_leaves_the_outer_report(quote_of):
    quote = quote_of("Le ministère a indiqué que Marc Olivier a visité le chantier mardi.",
                     "Marc Olivier a visité le chantier mardi")
    assert quote.speaker == "Le ministère"


@pytest.mark.parametrize("passage, text, speaker", [
    ("L'élu va faire appel de cette décision, a fait savoir son avocat.",
     "L'élu va faire appel de cette décision", "son avocat"),
    ("Absent à l'audience, l'élu va faire appel de cette décision, a fait savoir Julien Dorval, son avocat.",
     "Absent à l'audience, l'élu va faire appel de cette décision", "Julien Dorval"),
])
def test_a_two_word_cue_after_its_content(quote_of, passage, text, speaker):
    quote = quote_of(passage, text)
    assert quote.speaker == speaker
    assert quote.cue.text == "a fait savoir"
