"""'Selon X' frames after a coordinating conjunction, before a relative clause on the source or a
coordinated clause, and after a sentence split the parse made; a participle sharing the auxiliary of a
coordinated compound tense; a negated infinitive complement (invented passages)."""
import pytest


@pytest.mark.parametrize("passage, content, speaker", [
    ("Les causes de la panne restent floues mais, selon la compagnie, un câble aurait cédé.",
     "un câble aurait cédé", "compagnie"),
    ("Le bilan reste provisoire et selon les pompiers, trois personnes manquent à l'appel.",
     "trois personnes manquent à l'appel", "pompiers"),
    ("Le maire était visé par cette plainte selon plusieurs journaux régionaux, mais selon un proche "
     "du dossier, il est hors de cause.", "il est hors de cause", "un proche du dossier"),
    ("Le maire était visé par cette plainte selon plusieurs journaux régionaux, mais selon un proche "
     "du dossier, il est hors de cause.", "Le maire était visé par cette plainte", "journaux régionaux"),
])
def test_a_source_after_a_conjunction_frames_its_own_clause(quote_of, passage, content, speaker):
    assert speaker in quote_of(passage, content).speaker


@pytest.mark.parametrize("passage, content", [
    # a relative clause describing the source keeps the report before it
    ("Quatre maisons ont été détruites par le feu, selon la radio locale Radio Vallée, proche de la "
     "mairie, dont les reporters sont sur place.", "Quatre maisons ont été détruites par le feu"),
    ("Deux ponts ont été coupés par la crue, selon le quotidien La Gazette, qui cite la gendarmerie.",
     "Deux ponts ont été coupés par la crue"),
    # an opening source frames a cleft sentence
    ("Selon Météo-France, ce sont onze départements qui restent en alerte.",
     "ce sont onze départements qui restent en alerte"),
    ("Selon l'Insee, c'est la troisième hausse consécutive des prix.", "c'est la troisième hausse consécutive des prix"),
    # a negated infinitive complement keeps its negation
    ("La mairie a confirmé mardi ne pas avoir été informée du projet.", "ne pas avoir été informée du projet"),
    ("L'entreprise a confirmé avoir reçu une offre de rachat.", "avoir reçu une offre de rachat"),
    ("Le syndicat nie n'avoir jamais reçu la lettre.", "n'avoir jamais reçu la lettre"),
])
def test_the_report_framed_by_its_source_is_whole(quote_of, passage, content):
    assert quote_of(passage, content).span.text == content


@pytest.mark.parametrize("passage, content, speaker", [
    ("La gendarmerie avait publié un bilan provisoire de trois blessés, et précisé que les plongeurs "
     "sondaient encore le lac.", "les plongeurs sondaient encore le lac", "gendarmerie"),
    ("Le club a publié un communiqué et indiqué que l'entraîneur restait en poste.",
     "l'entraîneur restait en poste", "club"),
])
def test_a_participle_sharing_the_auxiliary_is_a_cue(quote_of, passage, content, speaker):
    assert speaker in quote_of(passage, content).speaker.lower()


def test_a_passive_coordinated_participle_is_no_cue(parse):
    quotes = parse("Le suspect a été interpellé et conduit au commissariat de Lille.")._.quotes
    assert not quotes


def test_a_closing_source_stays_in_its_paragraph(parse):
    text = ("Les victimes seront inhumées jeudi à Mopti, selon la source militaire.\n\n"
            "Les troupes menaient une patrouille lundi quand un convoi a été attaqué, selon l'armée.\n\n"
            "Les rebelles ont perdu douze hommes, avait dit l'armée.")
    found = [q.span.text for q in parse(text)._.quotes]
    assert "Les victimes seront inhumées jeudi à Mopti" in found
    assert "Les troupes menaient une patrouille lundi quand un convoi a été attaqué" in found


def test_a_closing_source_before_a_narrator_participle(quote_of):
    passage = "Les secousses ont duré une minute, selon un correspondant de l'AFP à Lima, faisant trembler les vitres."
    assert quote_of(passage, "Les secousses ont duré une minute").span.text == "Les secousses ont duré une minute"
