"""Speaker resolution: names, titles, pronouns, organisations, countries, anonymous sources."""
from __future__ import annotations

import pytest

SPEAKERS = [
    # (passage, quote text, speaker, speaker_kind)
    ("Le Premier ministre, Jean Castex, a déclaré que le couvre-feu serait levé.",
     "le couvre-feu serait levé", "Jean Castex", "person"),
    ("Odile Renard, directrice de l'hôpital, a indiqué que les urgences resteraient ouvertes.",
     "les urgences resteraient ouvertes", "Odile Renard", "person"),
    ("Le gouvernement espagnol a annoncé que les péages seraient supprimés.",
     "les péages seraient supprimés", "gouvernement espagnol", "organization"),
    ("Une source diplomatique a affirmé que les négociations avaient échoué.",
     "les négociations avaient échoué", "Une source diplomatique", "anonymous"),
    ("Les responsables locaux soulignent que la route est dangereuse.",
     "la route est dangereuse", "Les responsables locaux", "anonymous"),
    ("Le Portugal a déclaré que ses ports resteraient ouverts.",
     "ses ports resteraient ouverts", "Portugal", "country"),
]


@pytest.mark.parametrize("passage, text, speaker, kind", SPEAKERS)
def test_speaker_is_named_with_its_kind(parse, passage, text, speaker, kind):
    quote = next((q for q in parse(passage)._.quotes if q.span.text == text), None)
    assert quote is not None
    assert speaker in quote.speaker
    assert quote.speaker_kind == kind


CHAINS = [
    # a later quote whose speaker is a pronoun or a bare title, resolved to the person named before
    ("La ministre des Sports, Laura Flessel, a visité le stade. Elle a déclaré que les travaux étaient finis.",
     "les travaux étaient finis", "Laura Flessel", "Elle"),
    ("Le juge Paul Arnaud a ouvert l'audience. « Le dossier est complet », a-t-il affirmé.",
     "Le dossier est complet", "Paul Arnaud", "il"),
    ("Le maire, Yann Le Goff, a visité la digue. Le maire a déclaré que les riverains seraient relogés.",
     "les riverains seraient relogés", "Yann Le Goff", "Le maire"),
    ("Une source proche de l'enquête a parlé à la presse. La source a ajouté que deux suspects étaient recherchés.",
     "deux suspects étaient recherchés", "Une source proche de l'enquête", "La source"),
    ("Le ministre des Transports, Luc Besson, a visité la gare. Il a indiqué que la ligne serait doublée.",
     "la ligne serait doublée", "Luc Besson", "Il"),
]


@pytest.mark.parametrize("passage, text, speaker, written", CHAINS)
def test_pronouns_and_titles_resolve_to_the_person(parse, passage, text, speaker, written):
    quote = next((q for q in parse(passage)._.quotes if q.span.text == text), None)
    assert quote is not None, [q.span.text for q in parse(passage)._.quotes]
    assert quote.speaker == speaker
    assert quote.speaker_span.text == written


def test_feminine_pronoun_skips_a_masculine_speaker(parse):
    doc = parse("La juge Claire Vidal a rencontré le consul Marc Petit. "
                "Marc Petit a déclaré que le visa serait prolongé. "
                "« Nous suivons le dossier », a-t-elle ajouté.")
    quote = next(q for q in doc._.quotes if q.span.text == "Nous suivons le dossier")
    assert quote.speaker == "Claire Vidal"


def test_feminine_title_without_article_gender(parse):
    doc = parse("L'ambassadrice Nora Weiss a reçu le consul Hans Berg. "
                "Hans Berg a déclaré que la frontière resterait ouverte. "
                "« Nous restons vigilants », a-t-elle ajouté.")
    quote = next(q for q in doc._.quotes if q.span.text == "Nous restons vigilants")
    assert quote.speaker == "Nora Weiss"


def test_quoted_subheading_takes_the_speaker_of_the_next_quote(parse):
    doc = parse("« La forêt recule chaque année »\n\n"
                "Le garde forestier Hugo Lemaire a averti que la forêt reculait chaque année.")
    heading = next(q for q in doc._.quotes if q.span.text == "La forêt recule chaque année")
    assert heading.cue is None and heading.kind == "direct"
    assert heading.speaker == "Hugo Lemaire"


def test_continuation_paragraph_keeps_speaker_and_cue(parse):
    doc = parse("Lucie Marin a déclaré : « Nous avons planté mille arbres.\n\n"
                "« Nous en planterons deux mille l'an prochain. »")
    quotes = {q.span.text: q for q in doc._.quotes}
    follow = quotes["Nous en planterons deux mille l'an prochain."]
    assert follow.speaker == "Lucie Marin"
    assert follow.cue.text == quotes["Nous avons planté mille arbres."].cue.text
