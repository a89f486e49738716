"""A postposed cue's title ('…, avait prévenu le gouverneur') takes up the holder the article described with
that very title, even unnamed, rather than the latest phrase the parse offers; a capitalised noun after an
article ('l'Indice des prix') is no person's name. Invented passages."""


PASSAGE = ("La Banque de Syldavie a relevé son taux. Le gouverneur de la banque centrale avait lui-même annoncé "
           "la hausse lors de la publication du rapport. L'Indice des prix a grimpé de 5 % en janvier. Il faut "
           "s'attendre à plusieurs hausses de taux, avait prévenu le gouverneur.")


def test_title_takes_up_its_unnamed_holder(quote_of):
    quote = quote_of(PASSAGE, "Il faut s'attendre à plusieurs hausses de taux")
    assert quote.speaker == "Le gouverneur de la banque centrale"


def test_capitalised_noun_after_article_is_no_person(quote_of):
    passage = ("La ville a publié ses chiffres. Le Bureau des statistiques a compté 300 naissances. "
               "« Nous restons prudents », a ajouté la directrice.")
    quote = quote_of(passage, "Nous restons prudents")
    assert "Bureau" not in (quote.speaker or "")
