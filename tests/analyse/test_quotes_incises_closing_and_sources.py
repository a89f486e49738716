"""Incises inside a quotation: a subject whose phrase swallows the closing comma ('a déploré le Dr X,'),
an incise that closes the quotation ('« …, a lancé M. X. »') and a 'selon X' phrase used as an incise.
Each contiguous segment is one quote of the incise's speaker; the incise is never part of the text.
Invented passages."""
import pytest


@pytest.mark.parametrize("passage, first, second, speaker", [
    ("La réunion a duré trois heures. « Nous avons tout essayé, a déploré le Dr Fabien Rousset, mais la "
     "direction refuse de discuter. »", "Nous avons tout essayé", "mais la direction refuse de discuter.", "Rousset"),
    ("Le conseil s'est réuni. \u201cLes caisses sont vides, a reconnu Mme Berthier, et personne ne veut "
     "l'admettre.\u201d", "Les caisses sont vides", "et personne ne veut l'admettre.", "Berthier"),
    ("Les élus ont débattu. « Les caisses sont vides, selon Mme Berthier, et personne ne veut l'admettre. »",
     "Les caisses sont vides", "et personne ne veut l'admettre.", "Berthier"),
    ("Le port a rouvert. « Le trafic reprendra lundi, d'après le capitaine Yves Tanguy. Les quais sont "
     "dégagés. »", "Le trafic reprendra lundi", "Les quais sont dégagés.", "Yves Tanguy"),
])
def test_both_segments_around_an_incise_go_to_its_speaker(quote_of, passage, first, second, speaker):
    for text in (first, second):
        quote = quote_of(passage, text)
        assert speaker in (quote.speaker or "")


@pytest.mark.parametrize("passage, text, speaker", [
    ("Les députés ont voté. « C'est un jour noir pour nos campagnes, a lancé M. Pardo. »",
     "C'est un jour noir pour nos campagnes", "Pardo"),
    ("Le verdict est tombé. \"Justice est rendue, s'est réjouie Me Carole Vidal.\"", "Justice est rendue", "Vidal"),
    ("La digue a cédé. « La situation reste grave, selon le préfet. »", "La situation reste grave", "préfet"),
])
def test_an_incise_closing_the_quotation_leaves_the_words_before_it(parse, passage, text, speaker):
    quotes = parse(passage)._.quotes
    assert [q.span.text for q in quotes] == [text]
    assert speaker in (quotes[0].speaker or "")


@pytest.mark.parametrize("passage", [
    "Le maire Paul Roux a prévenu les familles. « Les tarifs changeront, selon les cas, dès janvier », a-t-il dit.",
    "Le maire Paul Roux a prévenu les familles. « Les tarifs changeront, selon moi, dès janvier », a-t-il dit.",
])
def test_a_selon_phrase_naming_no_other_speaker_does_not_split_the_quotation(parse, passage):
    quotes = parse(passage)._.quotes
    assert len(quotes) == 1 and quotes[0].span.text.startswith("Les tarifs changeront, selon")
    assert quotes[0].span.text.endswith("dès janvier")
    assert quotes[0].speaker == "Paul Roux"
