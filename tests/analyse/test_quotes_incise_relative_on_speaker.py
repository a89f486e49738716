"""Round 37: inside a quotation, an incise whose speaker carries a relative clause ('…, nous confie un
voisin, qui a tout vu. …') is the narrator's up to the sentence's end; 'informer' is a cue. Invented."""


def quotes(doc):
    return [(q.span.text, q.speaker) for q in doc._.quotes]


def test_the_quotation_resumes_after_the_relative_clause_on_its_speaker(parse):
    doc = parse("«La grue penchait depuis le matin, nous informe une passante du quai, qui attendait le bus. "
                "Elle s'est couchée sur la remorque.»")
    assert quotes(doc) == [("La grue penchait depuis le matin", "une passante du quai"),
                           ("Elle s'est couchée sur la remorque.", "une passante du quai")]


def test_informing_someone_of_a_thing_reports_nothing(parse):
    assert quotes(parse("La mairie a informé les riverains de la fermeture du gymnase.")) == []


def test_informing_someone_that_reports_the_clause(parse):
    doc = parse("La mairie a informé les riverains que le gymnase rouvrirait en mai.")
    assert quotes(doc) == [("le gymnase rouvrirait en mai", "La mairie")]
