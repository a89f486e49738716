"""Round 36: slogans that banners or a crowd proclaim ('clamer', 'proclamer'), the sign carrying them counted
as their speaker when the quotation follows the verb. Invented."""


def quotes(doc):
    return [(q.span.text, q.speaker, q.kind) for q in doc._.quotes]


def test_placards_proclaim_the_slogans_that_follow(parse):
    doc = parse("Devant la criée, des pancartes du collectif proclament « Pas de poisson, pas de port » "
                "ou encore « Nos bateaux restent à quai ». Puis le cortège est reparti.")
    assert quotes(doc) == [("Pas de poisson, pas de port", "des pancartes du collectif", "direct"),
                           ("Nos bateaux restent à quai", "des pancartes du collectif", "direct")]


def test_a_crowd_chanting_after_its_slogan(parse):
    doc = parse("Les pêcheurs ont bloqué le pont. « Nos filets sont vides », clamaient les membres du collectif.")
    assert quotes(doc) == [("Nos filets sont vides", "les membres du collectif", "direct")]


def test_a_thing_that_is_no_sign_proclaims_nothing(parse):
    doc = parse("Des nuages proclament « la fin de l'été » sur la baie. Puis le cortège est reparti.")
    assert quotes(doc) == []

