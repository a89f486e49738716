"""Round 37: a quoted sub-heading heads the section below it; its speaker is the one a quote of the next
paragraph names, not the speaker of the section above. Invented."""


def speakers(doc):
    return {q.span.text: q.speaker for q in doc._.quotes}


def test_a_subheading_takes_the_speaker_named_in_the_paragraph_below(parse):
    doc = parse("«Je ne céderai pas», a lancé le maire Paul Dorin devant la foule.\n\n"
                "«Un choix de raison pour la ville»\n\n"
                "Le budget sera voté en mars, a assuré l'adjointe Claire Fayet. Le conseil siège lundi.")
    assert speakers(doc)["Un choix de raison pour la ville"] == "Claire Fayet"


def test_without_a_quote_below_the_subheading_keeps_the_speaker_above(parse):
    doc = parse("«Je ne céderai pas», a lancé le maire Paul Dorin devant la foule.\n\n"
                "«Un choix de raison pour la ville»\n\n"
                "Le conseil municipal siège lundi soir dans la salle des fêtes.")
    assert speakers(doc)["Un choix de raison pour la ville"] == "Paul Dorin"
