"""Round 6 speaker and frame classes: someone met once is no antecedent of a new sentence's pronoun,
three-word cue locutions, 'parler de' / 's'afficher comme' with a quoted fragment, a thing after the cue."""
import pytest


@pytest.mark.parametrize("passage, text, speaker", [
    # an interjection from the room does not take over the pronoun of the next sentence
    ("« Il a déjà un casier », remarque la juge, Claire Martin. « Quelle honte », soupire quelqu'un "
     "dans la salle. Elle réclame une amende pour le premier, « à titre d'exemple », et un stage de "
     "citoyenneté pour le second.", "une amende pour le premier, « à titre d'exemple », et un stage de "
     "citoyenneté pour le second", "Claire Martin"),
    ("Le maire, Paul Roux, promet des aides. « C'était prévisible », dit l'un des sinistrés. "
     "Il annonce ensuite un « plan d'urgence » pour le quartier.",
     "un « plan d'urgence » pour le quartier", "Paul Roux"),
])
def test_someone_met_once_is_not_the_next_sentences_pronoun(quote_of, passage, text, speaker):
    assert quote_of(passage, text).speaker == speaker


def test_the_clitic_of_an_incise_still_takes_up_someone_met_once(quote_of):
    passage = "« Nous avons tout perdu », lâche l'un d'eux. « Personne ne nous aide », ajoute-t-il."
    assert quote_of(passage, "Personne ne nous aide").speaker == "l'un d'eux"


def test_an_indefinite_pronoun_speaker_keeps_its_glued_article(quote_of):
    passage = "« Le juge Marc Vidal est trop sévère », soupire quelqu'un au fond de la salle d'audience."
    assert quote_of(passage, "Le juge Marc Vidal est trop sévère").speaker.startswith("quelqu'un")


@pytest.mark.parametrize("passage, text, speaker, cue", [
    ("La députée Anne Roux met en garde la majorité « qui décide toujours seule ».",
     "la majorité « qui décide toujours seule »", "Anne Roux", "met en garde"),
    ("Le syndicat des cheminots a mis en garde la direction « contre toute provocation » lundi.",
     "la direction « contre toute provocation » lundi", "Le syndicat des cheminots", "a mis en garde"),
    ("L'avocate Inès Morel pointe du doigt une enquête « bâclée de bout en bout ».",
     "une enquête « bâclée de bout en bout »", "Inès Morel", "pointe du doigt"),
])
def test_three_word_cue_locutions(quote_of, passage, text, speaker, cue):
    quote = quote_of(passage, text)
    assert (quote.speaker, quote.kind, quote.cue.text) == (speaker, "mixed", cue)


@pytest.mark.parametrize("passage, text, speaker", [
    ("La ministre Sophie Laval parle désormais d'un « premier pas » vers un accord.",
     "un « premier pas » vers un accord", "Sophie Laval"),
    ("Le sélectionneur Karim Benali a parlé d'un match « à oublier très vite ».",
     "un match « à oublier très vite »", "Karim Benali"),
])
def test_speaking_of_a_quoted_phrase_is_a_mixed_quote_of_the_subject(quote_of, passage, text, speaker):
    quote = quote_of(passage, text)
    assert (quote.speaker, quote.kind) == (speaker, "mixed")


@pytest.mark.parametrize("passage", [
    "Le maire a parlé de ses vacances en Bretagne devant le conseil.",
    "Le club s'affiche comme favori du championnat cette saison.",
    "La ministre a longuement parlé du budget de l'an prochain.",
])
def test_speaking_of_or_posing_as_without_quotation_reports_nothing(parse, passage):
    assert parse(passage)._.quotes == []


def test_posing_as_a_quoted_phrase_is_reported(parse):
    doc = parse("Le candidat Paul Morel s'affiche comme « le seul rempart contre le chaos » depuis le début.")
    assert [q.speaker for q in doc._.quotes if "rempart" in q.span.text] == ["Paul Morel"]


@pytest.mark.parametrize("passage", [
    "Le ministre néerlandais des Transports, Pieter Claes, considère sans hésiter l'A350 d'Airbus "
    "comme un appareil « taillé pour le long-courrier ». Il estime que six compagnies l'ont commandé.",
    "La ministre des Armées, Julie Garnier, considère sans détour le Rafale de Dassault comme un avion "
    "« sans égal en Europe ». Elle estime que la commande sera honorée.",
])
def test_an_aircraft_after_the_cue_is_no_inverted_speaker(parse, passage):
    speakers = {q.speaker for q in parse(passage)._.quotes}
    assert speakers and all(s in ("Pieter Claes", "Julie Garnier") for s in speakers), speakers
