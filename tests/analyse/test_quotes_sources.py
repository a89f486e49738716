"""Reports attributed by a preposition or a report noun, compound speakers, and objects that report
nothing (invented passages)."""
from __future__ import annotations

import pytest


ATTRIBUTED = [
    # (passage, reported content, speaker or None when the name does not matter)
    ("La maire Sophie Caron a visité l'école. Les travaux finiront en mai, selon ses dires.",
     "Les travaux finiront en mai", "Sophie Caron"),
    ("La liste a obtenu 41 sièges, selon les chiffres publiés par la préfecture de Lyon.",
     "La liste a obtenu 41 sièges", None),
    ("Selon une enquête publiée la semaine dernière par l'Institut marin de Brest, les stocks de thon ont baissé.",
     "les stocks de thon ont baissé", "Institut marin de Brest"),
    ("Pour Yves Tanguy (PCD), le tramway doit être prolongé jusqu'au port.",
     "le tramway doit être prolongé jusqu'au port", "Yves Tanguy"),
    ("« Une chance inouïe », d'après les sauveteurs.", "Une chance inouïe", "les sauveteurs"),
    ("Le PCD et l'UDR ont demandé une baisse des impôts.", "une baisse des impôts", "Le PCD et l'UDR"),
    ("La maire Anne Roux et le préfet Paul Henri ont annoncé que le pont rouvrirait.",
     "le pont rouvrirait", "Anne Roux et Paul Henri"),
    ("La commission électorale a rejeté ces accusations.", "ces accusations", "La commission électorale"),
    # a full stop glued to the next sentence ends the first one
    ("Le chef de gare a décrit une panne au dépôt de Dijon (est).Lundi, les trains ont circulé au ralenti, "
     "a indiqué la compagnie ferroviaire.", "Lundi, les trains ont circulé au ralenti", None),
]


@pytest.mark.parametrize("passage, text, speaker", ATTRIBUTED)
def test_attributed_reports_and_their_speaker(quote_of, passage, text, speaker):
    quote = quote_of(passage, text)
    assert speaker is None or quote.speaker == speaker


NOTHING = [
    "Selon nos informations, la mairie fermera la piscine en juillet.",    # the outlet's own reporting
    "Les pylônes sont alignés selon un axe est-ouest.",                      # 'selon' as 'along'
    "Pour la deuxième année, la foire n'aura pas lieu.",                     # 'pour' without a speaker
    "La gendarmerie a confirmé ce chiffre mardi.",                           # the object points back
]


@pytest.mark.parametrize("passage", NOTHING)
def test_phrases_that_attribute_nothing(parse, passage):
    assert [q.span.text for q in parse(passage)._.quotes] == []


def test_a_collective_described_by_its_camp_is_not_the_last_person(quote_of):
    passage = "Lina Morel souhaite que la taxe baisse. Le camp écologiste a critiqué les nouvelles autoroutes."
    quote = quote_of(passage, "les nouvelles autoroutes")
    assert (quote.speaker_kind, quote.speaker.startswith("Le camp")) == ("anonymous", True)


def test_an_infinitive_in_quotation_marks_after_a(quote_of):
    quote = quote_of("La ministre Eva Lindqvist invite les maires à « accélérer » les travaux.", "« accélérer » les travaux")
    assert (quote.kind, quote.speaker) == ("mixed", "Eva Lindqvist")
