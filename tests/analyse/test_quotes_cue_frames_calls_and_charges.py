"""Reporting verbs whose complement carries what was said: a call ('appelle à la retenue'), an
insistence ('insiste sur'), a reproach or a proposal ('reproche à X de', 'propose de'), an argument
('fait valoir que'), a denial ('réfute toute faute'), a verdict ('juge X « … »'). Invented passages."""
import pytest


@pytest.mark.parametrize("passage, content", [
    ("La préfète Anne Laval a appelé à une vigilance accrue sur les routes.", "une vigilance accrue sur les routes"),
    ("Le syndicat des cheminots appelle à une grève reconductible.", "une grève reconductible"),
    ("Le Premier ministre a exhorté à un retour rapide au dialogue.", "un retour rapide au dialogue"),
    ("Le ministre Paul Brun insiste sur la nécessité de réformer le système.",
     "la nécessité de réformer le système"),
    ("L'avocat Marc Rey a fait valoir que son client était absent ce soir-là.",
     "son client était absent ce soir-là"),
    ("La défense reproche au parquet d'avoir ignoré des témoignages.", "avoir ignoré des témoignages"),
    ("Le ministère prie les usagers de limiter leurs déplacements.", "limiter leurs déplacements"),
    ("L'entraîneur Luc Morin réfute toute faute de son joueur.", "toute faute de son joueur"),
    ("Les élus jugent le tracé « trop coûteux ».", "le tracé « trop coûteux »"),
    ("La ministre Léa Morel a salué la libération des deux otages.", "la libération des deux otages"),
    ("Le syndicat regrette la décision du tribunal administratif.", "la décision du tribunal administratif"),
    ("Le club déplore le manque de moyens alloués au centre.", "le manque de moyens alloués au centre"),
    ("Vortex Industries a annoncé la vente du site tout en rappelant que « rien n'est figé ».",
     "la vente du site"),
    ("Le ministre Hugo Vidal y voit « un signal fort » pour la filière.", "« un signal fort » pour la filière"),
])
def test_complement_is_the_reported_content(quote_of, passage, content):
    assert quote_of(passage, content).cue is not None


@pytest.mark.parametrize("passage", [
    "Elle a appelé à 22 heures les pompiers.",        # a time: a phone call, not a call for something
    "Il appelle à Lyon son associé.",                 # a place
    "Le maire a été appelé à la barre.",              # passive: nobody calls for anything
    "La pluie appelle à une grande prudence.",        # a thing calls for nothing
    "Ces chiffres appellent à la prudence.",          # a stock call stays narration when nobody speaks
    "Les élus jugent le tracé trop coûteux.",          # a plain verdict object stays narration
    "Le président Marc Rey a salué la foule avant de monter sur scène.",   # a greeting, not an assessment
])
def test_no_report_from_these_complements(parse, passage):
    assert parse(passage)._.quotes == [] or all(q.cue is None for q in parse(passage)._.quotes)
