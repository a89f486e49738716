"""Round 36: '…, note le ministère.' — an inverted cue after a comma that the tagger read as a noun ('la note'),
followed by an article and the noun that ends the sentence, reports the clause before it. Invented."""


def quotes(doc):
    return [(q.span.text, q.speaker, q.kind) for q in doc._.quotes]


def test_an_inverted_note_after_a_comma_reports_the_clause_before(parse):
    doc = parse("Les arrivées sont en hausse, note le SEF. Le bureau rouvrira lundi.")
    assert quotes(doc) == [("Les arrivées sont en hausse", "SEF", "indirect")]


def test_a_noun_in_apposition_is_no_cue(parse):
    assert quotes(parse("Il a lu le rapport, note la plus sévère de l'année. Le bureau rouvrira lundi.")) == []
    assert quotes(parse("Le maire a signé le texte, note de service à l'appui.")) == []
