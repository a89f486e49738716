"""Round 36: a cause is no speaker — an infinitive under a causative verb ('laisse penser que', 'fait craindre
que') is no cue, and a lower-case word the tagger read as a name ('le verdict est tombé, confirmant …') speaks
only as a noun would. Invented."""


def quotes(doc):
    return [(q.span.text, q.speaker) for q in doc._.quotes]


def test_a_result_that_lets_one_think_reports_nothing(parse):
    assert quotes(parse("Ce résultat laisse penser que la crise est finie.")) == []
    assert quotes(parse("Une prouesse qui laisse espérer que les chercheurs soigneront un jour la maladie.")) == []


def test_a_light_verb_that_makes_a_cue_key_still_reports(parse):
    assert quotes(parse("La mairie a fait savoir que la piscine fermera.")) == [("la piscine fermera", "La mairie")]


def test_a_verdict_falling_confirms_nothing(parse):
    assert quotes(parse("Le couperet est tombé jeudi, confirmant les craintes des riverains.")) == []


def test_a_capitalised_name_still_confirms(parse):
    doc = parse("Le port a rouvert jeudi. Valérie Sorel a confirmé la fermeture du site.")
    assert quotes(doc) == [("la fermeture du site", "Valérie Sorel")]
