"""Indirect reports whose content is a noun phrase, an infinitive or an attribute, and the
speaker of an anaphoric or learnt-from source (invented passages)."""
from __future__ import annotations

import pytest

REPORTS = [
    # (passage, content, speaker)
    ("Les infirmiers réclament \"de véritables hausses de salaires\".", "de véritables hausses de salaires",
     "Les infirmiers"),
    ("Les salariés en grève réclament de nouvelles embauches dans les entrepôts.",
     "de nouvelles embauches dans les entrepôts", "Les salariés en grève"),
    ("La défense a réclamé l'acquittement pour chacun des deux accusés.", "l'acquittement pour chacun des deux accusés", "La défense"),
    ("La police a recommandé aux automobilistes d'éviter le centre-ville.", "éviter le centre-ville", "police"),
    ("La locataire conteste fermement cette version des faits.", "cette version des faits", "La locataire"),
    ("L'attaquant Hugo Brel s'est dit \"vraiment frustré\" au coup de sifflet final.", "\"vraiment frustré\" au coup de sifflet final",
     "Hugo Brel"),
    ("La maire Léa Favre s'est dite particulièrement « choquée » par ces tags.",
     "« choquée » par ces tags", "Léa Favre"),
    ("La gendarmerie indique, elle, avoir « interpellé deux suspects » dans la nuit.",
     "avoir « interpellé deux suspects » dans la nuit", "gendarmerie"),
    ("Le parquet de Lille précise, de son côté, avoir ouvert une enquête pour homicide.",
     "avoir ouvert une enquête pour homicide", "parquet"),
    ("Le ministre Paul Adam considère ce tunnel comme « une priorité absolue ».", "une priorité absolue",
     "Paul Adam"),
]


@pytest.mark.parametrize("passage,content,speaker", REPORTS)
def test_indirect_report_frames(quote_of, passage, content, speaker):
    assert speaker.lower() in (quote_of(passage, content).speaker or "").lower()


@pytest.mark.parametrize("passage", [
    "Le club souhaite recruter un attaquant cet hiver.",          # an intention, not words
    "La situation exige une réponse rapide des pouvoirs publics.",  # a thing as subject
    "Le maire a appris la nouvelle auprès de sa fille.",          # nothing reported before the verb
    # a quoted term inside an intention is no report of words
    "Le collectif a retenu ce jeudi, souhaitant utiliser sa « journée réservée » pour débattre.",
])
def test_not_reports(parse, passage):
    assert parse(passage)._.quotes == []


def test_wish_in_quotation_marks_is_reported(quote_of):
    quote = quote_of("La présidente de région Claire Morin souhaite « revoir entièrement le contrat ».",
                     "revoir entièrement le contrat")
    assert quote.speaker == "Claire Morin"


@pytest.mark.parametrize("passage,content,speaker", [
    ("Neuf personnes ont péri dans l'incendie, a appris l'AFP auprès du parquet.",
     "Neuf personnes ont péri dans l'incendie", "parquet"),
    ("Le col est fermé jusqu'à lundi, a-t-on appris auprès de la préfecture.",
     "Le col est fermé jusqu'à lundi", "préfecture"),
])
def test_informant_after_auprès_de_is_the_speaker(quote_of, passage, content, speaker):
    assert speaker in quote_of(passage, content).speaker


@pytest.mark.parametrize("second", ["a précisé la même source", "selon la même source"])
def test_same_source_is_the_previous_speaker(parse, second):
    doc = parse("Le bus a quitté la route, a affirmé un responsable des secours joint par téléphone. "
                f"Deux blessés sont dans un état grave, {second}.")
    quote = next(q for q in doc._.quotes if q.span.text.startswith("Deux blessés"))
    assert quote.speaker == "un responsable des secours"
