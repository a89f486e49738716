"""Round 37: a 'selon' phrase that runs on into a relative clause closes the report before it; a 'selon'
phrase between commas right after a relative pronoun frames the rest of the relative clause. Invented."""


def quotes(doc):
    return [(q.span.text, q.speaker, q.kind) for q in doc._.quotes]


def test_a_source_followed_by_its_own_relative_clause_closes_the_report(parse):
    doc = parse("À Vierzon, 1.800 personnes ont défilé selon la gendarmerie qui a recensé 700 marcheurs à Issoudun.")
    assert quotes(doc)[0] == ("À Vierzon, 1.800 personnes ont défilé", "Gendarmerie nationale", "indirect")


def test_a_source_after_a_relative_pronoun_frames_the_relative_clause(parse):
    doc = parse("On a retrouvé neuf randonneurs qui, selon le juge d'instruction, n'avaient commis aucune faute.")
    assert quotes(doc) == [("n'avaient commis aucune faute", "le juge d'instruction", "indirect")]


def test_a_relative_clause_without_a_source_reports_nothing(parse):
    assert quotes(parse("On a retrouvé neuf randonneurs qui, au petit matin, n'avaient plus de vivres.")) == []
