"""Quotations set apart from the narration and signed by a line of their own (invented passages)."""
from __future__ import annotations

from recoupe.analyse.quote_marks import quoted_segments, signature_lines, starts_sentence


REACTIONS = """Après la finale, les joueurs ont parlé.

Marc Durand, capitaine de l'équipe

"Nous avons manqué de lucidité dans le dernier quart. Il faudra travailler le jeu au pied."

La saison reprend en septembre."""


def test_a_name_line_over_a_quoted_paragraph_signs_it(quote_of):
    quote = quote_of(REACTIONS, "Nous avons manqué de lucidité dans le dernier quart. Il faudra travailler le jeu au pied.")
    assert (quote.kind, quote.speaker, quote.cue) == ("direct", "Marc Durand", None)


def test_a_dash_after_the_quotation_signs_it(quote_of):
    passage = ("La course a eu lieu samedi.\n\n« Je courais encore en amateur l'an passé. Ce podium me touche. » "
               "— Propos de Marc Durand, vainqueur de l'étape\n\nLe public était nombreux.")
    quote = quote_of(passage, "Je courais encore en amateur l'an passé. Ce podium me touche.")
    assert quote.speaker == "Marc Durand"


def test_a_sentence_over_a_quoted_paragraph_signs_nothing(parse):
    passage = "Le conseil a voté le budget mardi.\n\n« Une nouvelle ère commence pour la commune »\n\nLe vote a été serré."
    assert [q.speaker for q in parse(passage)._.quotes] == []


def test_a_bracket_before_a_colon_holds_no_cue(quote_of):
    passage = ("Le club a chuté samedi.\n\nLéa Marchal (capitaine de Lille, dominée 2-3 par Nantes) : "
               "«Nous avons trop reculé. Il faudra se relever vite.»")
    quote = quote_of(passage, "Nous avons trop reculé. Il faudra se relever vite.")
    assert (quote.speaker, quote.cue) == ("Léa Marchal", None)


def test_signature_lines_and_sentence_starts():
    text = "Marc Durand, maire\n\n« Nous tiendrons bon »\n\n« Rien ne change » — Paul Roux"
    first, second = quoted_segments(text)
    assert starts_sentence(text, first)
    assert [text[s:e] for s, e, _ in signature_lines(text, first.open, first.close, ("—",))] == ["Marc Durand, maire"]
    lines = signature_lines(text, second.open, second.close, ("—",))
    assert [(text[s:e].strip(), dashed) for s, e, dashed in lines][0] == ("Paul Roux", True)
