"""Round 35: straight quotes set with French spacing ('" Nous vendrons ", a dit X') open a quotation when
they open their line or follow a colon; a spaced straight quote inside a sentence still closes. Invented."""
from recoupe.analyse.quote_marks import quoted_segments


def texts(text):
    return [text[s.start:s.end] for s in quoted_segments(text)]


def test_a_padded_quote_opening_its_line_is_a_quotation():
    text = 'Le port a rouvert.\n" Le trafic reprendra lundi ", a précisé la capitainerie.'
    assert texts(text) == ["Le trafic reprendra lundi"]


def test_a_padded_quote_after_a_colon_is_a_quotation():
    assert texts('La maire a tranché : " Nous fermerons la piscine ". Fin.') == ["Nous fermerons la piscine"]


def test_a_padded_quote_inside_a_sentence_opens_nothing():
    assert texts('Il parle d\'un accord " historique " avec la région.') == []


def test_the_cue_after_a_padded_quotation_gives_its_speaker(parse):
    doc = parse('Le chantier a pris du retard.\n\n" Rien ne garantit un accord rapide " a souligné Eurosud. Suite.')
    assert [(q.span.text, q.speaker) for q in doc._.quotes] == [("Rien ne garantit un accord rapide", "Eurosud")]
