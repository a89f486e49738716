"""Round 36: a transcript set out by turns, each a line holding only a person's name, then that person's
paragraphs: each paragraph is a direct quote of the name, without cue. Invented."""

DEBATE = ("Conseil de Valbrune : le budget en débat\n"
          "Lundi soir, après un exposé de Bernard Castaing, le président, Hélène Marchetti a pris la parole.\n"
          "Hélène Marchetti\n"
          "Je voudrais revenir sur les travaux de la piscine. Nous n'avons reçu aucun chiffrage précis.\n"
          "Pouvez-vous nous dire quand le rapport sera publié ? Nous l'attendons depuis des mois.\n"
          "Bernard Castaing\n"
          "Le rapport sera publié au printemps, une fois les offres des entreprises examinées.\n"
          "La séance s'est achevée vers minuit sans autre incident.\n")


def quotes(doc):
    return [(q.span.text[:24], q.speaker, q.kind, q.cue) for q in doc._.quotes]


def test_each_paragraph_of_a_turn_is_its_speakers_quote(parse):
    assert quotes(parse(DEBATE)) == [
        ("Je voudrais revenir sur ", "Hélène Marchetti", "direct", None),
        ("Pouvez-vous nous dire qu", "Hélène Marchetti", "direct", None),
        ("Le rapport sera publié a", "Bernard Castaing", "direct", None)]


def test_a_single_name_line_above_a_paragraph_is_no_transcript(parse):
    one_turn = DEBATE[:DEBATE.index("Bernard Castaing\n")]
    assert quotes(parse(one_turn)) == []
