"""Round 32: 'À écouter X, …' / 'À en croire X, …' frame an opinion as 'Pour X, …' does (the clause after
may hold a cue word whose subject is a thing: 'les négociations reprendront'); 'Pour X ont été nommés …'
inverts a verb after the phrase and frames nothing; an incise after a sentence connective ('Toutefois,
précise X, …') reports the clause after it. Invented passages."""
import pytest


@pytest.mark.parametrize("passage, text, speaker", [
    ("À écouter Marc Dupuis, la réforme ne changera rien pour les petites communes.",
     "la réforme ne changera rien pour les petites communes", "Marc Dupuis"),
    ("À en croire le ministre, les négociations reprendront la semaine prochaine.",
     "les négociations reprendront la semaine prochaine", "le ministre"),
    ("Toutefois, précise Jean Martin, la décision n'est pas encore prise.",
     "la décision n'est pas encore prise", "Jean Martin"),
    ("En revanche, souligne le maire, les impôts locaux n'augmenteront pas.",
     "les impôts locaux n'augmenteront pas", "le maire"),
])
def test_the_clause_after_the_frame_is_reported(quote_of, passage, text, speaker):
    quote = quote_of(passage, text)
    assert (quote.speaker, quote.kind) == (speaker, "indirect")


@pytest.mark.parametrize("passage", [
    "À écouter de la musique, les élèves se détendent.",
    "Pour la direction régionale ont été nommés Paul Roux, ancien directeur, et Anne Vidal, son adjointe.",
    "Pour le conseil d'administration sont candidats Paul Roux, Anne Vidal et Jean Morin.",
])
def test_no_speaker_no_frame(parse, passage):
    assert parse(passage)._.quotes == []
