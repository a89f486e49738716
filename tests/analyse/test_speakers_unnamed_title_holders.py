"""A postposed cue's title ('…, avait averti le gouverneur') takes up the holder the article described with
that very title, even unnamed, rather than the latest phrase the parse offers; a capitalised noun after an
article ('l'Indice des loyers') is no person's name. Invented passages."""


PASSAGE = ("La Banque de Syldavie a relevé son taux. Le gouverneur de la banque centrale avait lui-même évoqué "
           "cette tendance pendant une conférence de presse. L'Indice des loyers a bondi de 5 % en janvier. Les "
           "loyers vont encore monter cette année, avait averti le gouverneur.")


def test_title_takes_up_its_unnamed_holder(quote_of):
    quote = quote_of(PASSAGE, "Les loyers vont encore monter cette année")
    assert quote.speaker == "Le gouverneur de la banque centrale"


def test_capitalised_noun_after_article_is_no_person(quote_of):
    passage = ("La ville a publié ses chiffres. Le Bureau des statistiques a compté 300 naissances. "
               "« Nous restons prudents », a ajouté la directrice.")
    quote = quote_of(passage, "Nous restons prudents")
    assert "Bureau" not in (quote.speaker or "")
