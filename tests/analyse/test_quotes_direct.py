"""Direct quotations whose cue or speaker sits where the first rounds did not look (invented passages)."""
import pytest

QUOTATIONS = [
    # (passage, quotation, kind, speaker)
    # a quotation closed without a comma, then an inverted cue
    ("«Des arbres, pas du béton!» a lancé Romain Tessier, porte-parole de l'association, sur le parvis de la gare.",
     "Des arbres, pas du béton!", "direct", "Romain Tessier"),
    ("La balade a démarré au crépuscule. «Des pistes partout, tout de suite!» ont réclamé les cyclistes à coups de sonnette.",
     "Des pistes partout, tout de suite!", "direct", "les cyclistes"),
    ('"Neige abondante prévue demain sur les sommets, avec des congères en altitude" précise l\'observatoire dans sa note.',
     "Neige abondante prévue demain sur les sommets, avec des congères en altitude", "direct", "l'observatoire"),
    ('"Nous comptons les stocks chaque matin et nous étudions plusieurs pistes de secours" a affirmé la gérante de '
     "la coopérative, Nadia Roussel, pendant une conférence donnée à Nantes.",
     "Nous comptons les stocks chaque matin et nous étudions plusieurs pistes de secours", "direct", "Nadia Roussel"),
    # an organisation named bare right after the cue
    ('"Le niveau du lac devrait redescendre doucement avant jeudi", a précisé Hydralpes dans une note.',
     "Le niveau du lac devrait redescendre doucement avant jeudi", "direct", "Hydralpes"),
    # a clause with quoted fragments before an inverted cue is one mixed quote
    ('Le pays est "au bord du gouffre", "la région toujours menacée", a exposé avant l\'ouverture du sommet '
     "le président de la Commission, Marc Tenor.",
     'Le pays est "au bord du gouffre", "la région toujours menacée"', "mixed", "Marc Tenor"),
    ("La refonte des bus «a raccourci de moitié les trajets vers la banlieue», a toutefois soutenu Noémie Castel, "
     "adjointe aux transports.",
     "La refonte des bus «a raccourci de moitié les trajets vers la banlieue»", "mixed", "Noémie Castel"),
    # the quotation resumes after the speaker's apposition
    ("«Les inscriptions fondent encore, et je l'avais annoncé», a commenté auprès de Reuters Margaux Pelletier, présidente "
     "de la fédération Parents unis, «il faut rouvrir les classes fermées, les promesses ne comptent plus».",
     "il faut rouvrir les classes fermées, les promesses ne comptent plus", "direct", "Margaux Pelletier"),
    # an adjective between commas sets the speaker apart from the cue
    ("« Nous avons tout perdu dans cet incendie, absolument tout », confie, émue, la propriétaire de la ferme.",
     "Nous avons tout perdu dans cet incendie, absolument tout", "direct", "la propriétaire de la ferme"),
    # one word before a quotation keeps it direct
    ("Mais «nous ne céderons pas», a répondu la maire, Léa Fontaine.", "nous ne céderons pas", "direct", "Léa Fontaine"),
    # a quotation after a connective continues the previous speaker
    ("La balade a démarré au crépuscule. «Des pistes partout, tout de suite!» ont réclamé les "
     "cyclistes à coups de sonnette. Ou encore «Moins de voitures, plus de vélos».",
     "Moins de voitures, plus de vélos", "direct", "les cyclistes"),
]


@pytest.mark.parametrize("passage, text, kind, speaker", QUOTATIONS)
def test_quotation_has_its_kind_and_speaker(quote_of, passage, text, kind, speaker):
    quote = quote_of("Titre de test\n\n" + passage, text)
    assert (quote.kind, quote.speaker) == (kind, speaker)


def test_quotation_title_without_cue_is_not_given_a_speaker(parse):
    quotes = parse("Titre de test\n\nDes chorales, dont un «Le temps des cerises» revisité, ont animé la soirée.")._.quotes
    assert not any(q.span.text == "Le temps des cerises" for q in quotes)


def test_nearer_cue_names_the_speaker_of_a_relayed_quote(parse):
    passage = ("Titre de test\n\nLe chancelier autrichien Lukas Brenner a dîné jeudi avec Ana Sousa. "
               '"Nos ports resteront ouverts", a-t-il promis pendant le repas, a précisé la chancellerie.')
    found = [q for q in parse(passage)._.quotes if q.span.text == "Nos ports resteront ouverts"]
    assert [q.speaker for q in found] == ["Lukas Brenner"]


def test_title_with_nationality_names_the_person_introduced_with_it(parse):
    passage = ("Titre de test\n\nLe président portugais Rui Azevedo a assuré jeudi son homologue mexicain Tomás Ibarra "
               "que la hausse du cuivre ne remettrait jamais en cause leurs accords miniers.\n\n"
               "Le chef de l'Etat mexicain a écrit dans un message que sa délégation tenait \"beaucoup à ce partenariat\".\n\n"
               '"Nous avons discuté des ports du Pacifique", a noté le président mexicain.')
    quotes = {q.span.text: q.speaker for q in parse(passage)._.quotes}
    assert quotes["Nous avons discuté des ports du Pacifique"] == "Tomás Ibarra"
    assert quotes['sa délégation tenait "beaucoup à ce partenariat"'] == "Tomás Ibarra"


def test_agent_of_a_participle_is_no_antecedent(quote_of):
    passage = ("Titre de test\n\nLa gouverneure Maria Olsen a tranquillisé les pêcheurs sur les quotas fixés par la Norvège. "
               'Elle a affirmé que ces quotas resteraient stables "jusqu\'à la fin de la saison".')
    quote = quote_of(passage, 'ces quotas resteraient stables "jusqu\'à la fin de la saison"')
    assert quote.speaker == "Maria Olsen"


def test_clitic_after_a_persons_quotation_is_not_a_ministry_named_since(quote_of):
    passage = ('Titre de test\n\n"Le scrutin sera serré", a confirmé Luc Berthier, directeur de l\'institut Sondo. '
               "Mais le parti progresserait selon les chiffres du ministère de l'Intérieur.\n\n"
               '"C\'est cette liste que les électeurs jugent la plus crédible", ajoute-t-il.')
    quote = quote_of(passage, "C'est cette liste que les électeurs jugent la plus crédible")
    assert quote.speaker == "Luc Berthier"


NARRATED = [
    # the sentence before names who speaks next
    ("La maire Sonia Perret a présenté son plan jeudi. Les riverains se plaignent du bruit depuis l'été. La maire "
     "hausse le ton. « Nous fermerons l'atelier chaque nuit dès le mois prochain. »",
     "Nous fermerons l'atelier chaque nuit dès le mois prochain.", "Sonia Perret"),
    # a paragraph opening on the quotation, the speaker in the sentence after it
    ("« Je préfère gagner ce match-là que n'importe quelle finale. » Marc Delorme avait prévenu en début de semaine.",
     "Je préfère gagner ce match-là que n'importe quelle finale.", "Marc Delorme"),
]


@pytest.mark.parametrize("passage, text, speaker", NARRATED)
def test_first_person_quotation_speaks_for_the_narrated_person(quote_of, passage, text, speaker):
    assert quote_of("Titre de test\n\n" + passage, text).speaker == speaker


def test_a_slogan_is_not_given_to_the_narrated_person(parse):
    passage = ("Titre de test\n\nLa maire Léa Fontaine a ouvert la fête du quartier. "
               "« Une rue pour tous les enfants du quartier. » Le cortège a ensuite rejoint la place.")
    assert not any(q.span.text.startswith("Une rue pour tous") for q in parse(passage)._.quotes)


def test_quoted_fragment_in_a_headline_is_its_subjects(quote_of):
    passage = ('Pêche : Inès Corbin maintient son appui aux marins de Lorient face à une "saison désastreuse"\n\n'
               "La ministre a reçu les représentants des armateurs lundi.")
    quote = quote_of(passage, "saison désastreuse")
    assert (quote.kind, quote.speaker) == ("mixed", "Inès Corbin")


def test_quoted_fragment_in_a_headline_about_a_thing_has_no_speaker(parse):
    passage = 'La grève des pilotes menace les "vacances de milliers de familles"\n\nLe syndicat a déposé un préavis.'
    assert not [q for q in parse(passage)._.quotes if "vacances" in q.span.text]
