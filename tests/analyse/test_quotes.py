"""recoupe_quotes: direct, indirect and mixed reported speech, with cue and speaker."""
from __future__ import annotations

import pytest

from recoupe.analyse.quote_marks import quoted_segments


INDIRECT = [
    ("Le ministre de l'Agriculture, Pierre Laval, a déclaré mardi que les aides seraient versées avant l'été.",
     "les aides seraient versées avant l'été", "Pierre Laval"),
    ("Anne Roux a averti que la pénurie de médecins allait s'aggraver dans la région.",
     "la pénurie de médecins allait s'aggraver dans la région", "Anne Roux"),
    ("La Norvège estime que les quotas de pêche doivent être révisés.",
     "les quotas de pêche doivent être révisés", "Norvège"),
    ("Les syndicats affirment avoir réuni plus de monde que l'an dernier.",
     "avoir réuni plus de monde que l'an dernier", "Les syndicats"),
    ("Selon l'économiste Louise Bertin, la croissance ralentira au second semestre.",
     "la croissance ralentira au second semestre", "Louise Bertin"),
    ("La croissance ralentira au second semestre, selon l'économiste Louise Bertin.",
     "La croissance ralentira au second semestre", "Louise Bertin"),
    ("D'après Thomas Lenoir, le chantier a pris six mois de retard.",
     "le chantier a pris six mois de retard", "Thomas Lenoir"),
    ("Le projet coûtera deux fois plus cher que prévu, a déclaré le directeur du port, Alain Caron.",
     "Le projet coûtera deux fois plus cher que prévu", "Alain Caron"),
    ("La Suède a appelé ses voisins à renforcer la surveillance des câbles sous-marins.",
     "renforcer la surveillance des câbles sous-marins", "Suède"),
    ("Le procureur a accusé l'entreprise d'avoir dissimulé des rejets toxiques.",
     "l'entreprise d'avoir dissimulé des rejets toxiques", "Le procureur"),
    ("Camille Fabre a exhorté les communes à partager leurs bennes de tri.",
     "partager leurs bennes de tri", "Camille Fabre"),
    ("Le plan a été décrit par une source proche du dossier comme un compromis fragile.",
     "un compromis fragile", "une source proche du dossier"),
    ("Il a été avancé par un haut fonctionnaire que la réforme serait reportée.",
     "la réforme serait reportée", "un haut fonctionnaire"),
    ("Le ministère de la Santé a indiqué que trois hôpitaux manquaient d'anesthésistes, mais aucune liste n'a été publiée.",
     "trois hôpitaux manquaient d'anesthésistes", "inistère de la Santé"),
    ("Bruno Vidal a déclaré que la digue serait renforcée, faisant écho aux inquiétudes des riverains.",
     "la digue serait renforcée", "Bruno Vidal"),
    ("Des sources à Berlin ont indiqué que le sommet serait repoussé.",
     "le sommet serait repoussé", "Des sources à Berlin"),
    ("Le festival sera annulé, ont déclaré jeudi des organisateurs inquiets.",
     "Le festival sera annulé", "des organisateurs inquiets"),
    ("Un porte-parole de la mairie a confirmé que la rue resterait fermée.",
     "la rue resterait fermée", "Un porte-parole de la mairie"),
    ("Le port sera agrandi, ont déclaré jeudi à l'AFP des responsables régionaux.",
     "Le port sera agrandi", "des responsables régionaux"),
    ("Les pêcheurs disposent d'études selon lesquelles le stock de thon se reconstitue.",
     "le stock de thon se reconstitue", "Les pêcheurs"),
    ("Le directeur, Marc Olivier, a été contraint d'admettre que les comptes étaient faux.",
     "les comptes étaient faux", "Marc Olivier"),
    ("La réforme a été critiquée par un syndicaliste comme un recul social majeur.",
     "un recul social majeur", "un syndicaliste"),
    ("Le Danemark a déclaré que ses éoliennes couvraient la moitié de ses besoins, ajoutant à la pression sur ses voisins.",
     "ses éoliennes couvraient la moitié de ses besoins", "Danemark"),
]


MIXED = [
    ("Le chef de gare a déclaré que le trafic restait « très perturbé » sur la ligne nord.",
     "le trafic restait « très perturbé » sur la ligne nord", "Le chef de gare"),
    ("Nadia Keller a décrit la situation comme une « crise sans précédent » pour les éleveurs.",
     "une « crise sans précédent »", "Nadia Keller"),
    ("Le capitaine Roussel a ajouté que l'équipage était « épuisé mais soulagé ».",
     "l'équipage était « épuisé mais soulagé »", "Roussel"),
    ("Il y a « plus de mille dossiers » en attente, a indiqué la greffière Odile Marchand.",
     "Il y a « plus de mille dossiers » en attente", "Odile Marchand"),
    ("La commission a exhorté l'État à agir « sans attendre la prochaine sécheresse ».",
     "agir « sans attendre la prochaine sécheresse »", "La commission"),
]


@pytest.mark.parametrize("kind, passage, text, speaker",
                         [("indirect", *case) for case in INDIRECT] + [("mixed", *case) for case in MIXED])
def test_reports_take_their_content_speaker_and_kind(quote_of, kind, passage, text, speaker):
    """Indirect reports take the complement; partial quotes inside a paraphrase make it mixed."""
    quote = quote_of(passage, text)
    assert quote.kind == kind
    assert speaker in quote.speaker


NO_QUOTE = [
    # quoted titles and words without a cue
    "Le musée présente une exposition intitulée « Lumières du Nord » jusqu'en mars.",
    "Le navire « Étoile de mer » a quitté le port de Brest à l'aube.",
    "Les organisateurs se sont assurés que les billets seraient remboursés.",
    # an impersonal passive names nobody: no quote rather than an invented speaker
    "Il a été annoncé que le festival serait annulé cette année.",
    # 'dire adieu' takes no reported content: dire only reports a que-clause or a quotation
    "Le capitaine a dit adieu au public du stade samedi soir.",
    "La date limite de la déclaration d'impôts a été repoussée d'une semaine.",
    "Le roman « Une enfance à Brest », paru en mars, a été traduit en douze langues.",
    "L'entreprise s'est assurée que les stocks suffiraient pour l'hiver.",
    # 'dit' as a participle naming something is no cue, though 'le maire dit avoir …' is one
    "Le quartier dit des Tanneurs sera rénové l'an prochain.",
    # a plain object of these verbs is narration: only a quoted fragment or a hypothesis makes a report
    "Le ministre a évoqué la situation des hôpitaux ruraux devant le Sénat.",
    "La fédération a salué les bénévoles à l'arrivée de la course.",
    "Le pays a reconnu le nouveau gouvernement en mai.",
    "Le conseil d'État a rejeté le recours des éleveurs.",
    "Les députés ont rejeté le projet de loi sur la chasse.",
    # verbs that also take a thing as subject report only when the subject can speak
    "La sécheresse exige une gestion plus stricte des nappes.",
    "Un feu clignotant signale le chantier à l'entrée du pont.",
    "La hausse des taux annonce un ralentissement du marché immobilier.",
    # a heading announcing a topic names no speaker
    "Grève des contrôleurs : « Nous tiendrons jusqu'au bout »\n\nLe mouvement entre dans sa troisième semaine.",
    "« Plus jamais ça » : la colère monte dans les vignobles\n\nLes viticulteurs manifestent.",
]


@pytest.mark.parametrize("passage", NO_QUOTE)
def test_passage_without_a_report_gives_no_quote(parse, passage):
    assert parse(passage)._.quotes == []


def test_verbless_clause_interrupted_by_its_cue_is_one_report(parse):
    doc = parse("Une équipe de secours épuisée, a ajouté la capitaine Inès Roy, ne pouvait plus avancer.")
    quote = next(q for q in doc._.quotes if q.cue is not None and q.cue.text == "a ajouté")
    assert quote.span.text.startswith("Une équipe de secours épuisée")
    assert quote.span.text.endswith("ne pouvait plus avancer")
    assert quote.speaker == "Inès Roy"


def test_headline_ending_on_a_title_is_attributed_to_its_holder(parse):
    doc = parse("Les loyers vont baisser à Lyon - Ministre du Logement\n\n"
                "La ministre du Logement, Agnès Morin, a déclaré que les loyers baisseraient à Lyon.")
    headline = next(q for q in doc._.quotes if q.span.text == "Les loyers vont baisser à Lyon")
    assert headline.cue is None
    assert headline.speaker == "Agnès Morin"


def test_second_quote_after_the_cue_sentence_keeps_the_speaker(parse):
    doc = parse("« Le fleuve monte vite », a déclaré Léa Brun. « Nous évacuons les berges. »")
    quote = next(q for q in doc._.quotes if q.span.text == "Nous évacuons les berges.")
    assert quote.speaker == "Léa Brun" and quote.kind == "direct"


def test_quote_interrupted_by_its_cue_gives_two_direct_quotes(parse):
    doc = parse("« Nous avons fait notre part », a-t-il affirmé, « maintenant c'est à l'État d'agir ». "
                .replace("a-t-il", "a déclaré Yves Morin,").replace("affirmé, ", ""))
    texts = {q.span.text: q for q in doc._.quotes}
    assert "Nous avons fait notre part" in texts
    assert "maintenant c'est à l'État d'agir" in texts
    assert texts["maintenant c'est à l'État d'agir"].speaker == "Yves Morin"


def test_two_word_preposition_is_the_whole_cue(quote_of):
    quote = quote_of("D'après des experts du climat, les vendanges commenceront plus tôt.",
                     "les vendanges commenceront plus tôt")
    assert quote.cue.text == "D'après"
    assert quote.speaker_kind == "anonymous"


def test_participial_cue_after_direct_quote(quote_of):
    quote = quote_of("« La saison est sauvée », a déclaré Lina Costa, soulignant que « les réservations ont doublé ».",
                     "les réservations ont doublé")
    assert quote.kind == "direct"
    assert quote.speaker == "Lina Costa" and quote.cue.text == "soulignant"


def test_inverted_pronoun_takes_the_last_speaker(quote_of):
    quote = quote_of("Le maire Henri Blanc a visité le chantier mardi. "
                     "« Les délais seront tenus », a-t-il déclaré.", "Les délais seront tenus")
    assert quote.speaker == "Henri Blanc"
    assert quote.speaker_span.text == "il"


def test_quote_offsets_point_into_the_text(parse):
    doc = parse("« Le pont rouvrira en mai », a déclaré Lucie Garnier.")
    for quote in doc._.quotes:
        assert doc.text[quote.span.start:quote.span.end] == quote.span.text
        assert quote.sentence.start <= quote.span.start < quote.sentence.end
    assert [q.id for q in doc._.quotes] == [f"q{n}" for n in range(1, len(doc._.quotes) + 1)]


SEGMENTS = [
    ("Il a dit « oui » puis « non ».", ["oui", "non"]),
    ("« Premier paragraphe sans fin\n\n« Second paragraphe. »", ["Premier paragraphe sans fin", "Second paragraphe."]),
    ('Elle a écrit ""Nous partons demain", puis s\'est tue.', ["Nous partons demain"]),
    ("“Un” et ‹ deux ›", ["Un", "deux"]),
    ("Aucune citation ici.", []),
]


@pytest.mark.parametrize("text, expected", SEGMENTS)
def test_quoted_segments_follow_french_conventions(text, expected):
    assert [text[s.start:s.end] for s in quoted_segments(text)] == expected


REPORTS = [
    # (passage, quote text, speaker, kind, cue)
    # direct quotes keep their content without the marks
    ("« Nous ne céderons pas sur les salaires », a déclaré Marie Lefort mardi.",
     "Nous ne céderons pas sur les salaires", "Marie Lefort", "direct", "a déclaré"),
    ("“La récolte sera tardive cette année”, a indiqué Paul Girard, président de la coopérative.",
     "La récolte sera tardive cette année", "Paul Girard", "direct", "a indiqué"),
    ('"Le barrage tiendra encore dix ans", a assuré l\'ingénieur Lucas Perrin.',
     "Le barrage tiendra encore dix ans", "Lucas Perrin", "direct", "a assuré"),
    ("‹ Les travaux reprendront lundi matin ›, a précisé Hélène Vasseur.",
     "Les travaux reprendront lundi matin", "Hélène Vasseur", "direct", "a précisé"),
    ("Le maire, Jacques Morel, a déclaré : « Nous rouvrirons la piscine municipale en juin. »",
     "Nous rouvrirons la piscine municipale en juin.", "Jacques Morel", "direct", "a déclaré"),
    ("Sophie Carré a expliqué aux élus : “Le budget ne permet pas de nouvelles embauches.”",
     "Le budget ne permet pas de nouvelles embauches.", "Sophie Carré", "direct", "a expliqué"),
    ("« Le tunnel sera fermé pendant trois nuits », a annoncé la préfète de région, Claire Dumas, devant la presse.",
     "Le tunnel sera fermé pendant trois nuits", "Claire Dumas", "direct", "a annoncé"),
    ("« Nous attendons une réponse claire du gouvernement », a lancé Karim Benali, porte-parole du collectif.",
     "Nous attendons une réponse claire du gouvernement", "Karim Benali", "direct", "a lancé"),
    ("« Personne ne nous a prévenus de la fermeture », raconte Julien Masson, commerçant du quartier.",
     "Personne ne nous a prévenus de la fermeture", "Julien Masson", "direct", "raconte"),
    # wire copy
    # wire-copy constructions: (passage, quote text, speaker, kind, cue)
    ("Le ministre de l'Intérieur, Bruno Castel, a affirmé mardi à l'AFP que les contrôles aux frontières "
     "seraient renforcés.", "les contrôles aux frontières seraient renforcés", "Bruno Castel", "indirect", "a affirmé"),
    ("Le PDG du groupe, Henri Duval, a rencontré les syndicats jeudi. « Aucune fermeture d'usine n'est prévue », "
     "a-t-il précisé.", "Aucune fermeture d'usine n'est prévue", "Henri Duval", "direct", "a-t-il précisé"),
    ("Un ancien conseiller du président a confié que l'ambiance était devenue irrespirable au palais.",
     "l'ambiance était devenue irrespirable au palais", "Un ancien conseiller du président", "indirect", "a confié"),
    ("Le chef de la diplomatie, Louis Garnier, a martelé que la France ne reconnaîtrait pas le scrutin.",
     "la France ne reconnaîtrait pas le scrutin", "Louis Garnier", "indirect", "a martelé"),
    ("Le directeur de l'hôpital, Marc Vidal, a reconnu que les urgences avaient été saturées pendant le week-end.",
     "les urgences avaient été saturées pendant le week-end", "Marc Vidal", "indirect", "a reconnu"),
    ("Le porte-parole du gouvernement a nié que des négociations secrètes aient eu lieu.",
     "des négociations secrètes aient eu lieu", "Le porte-parole du gouvernement", "indirect", "a nié"),
    ("Le gouverneur de la banque centrale, Olivier Mercier, a prévenu que les taux resteraient élevés "
     "jusqu'à l'automne.", "les taux resteraient élevés jusqu'à l'automne", "Olivier Mercier", "indirect", "a prévenu"),
    ("L'économiste Camille Rey a estimé que la reprise serait plus lente que prévu.",
     "la reprise serait plus lente que prévu", "Camille Rey", "indirect", "a estimé"),
    ("Le syndicat juge que la réforme menace l'emploi des jeunes.",
     "la réforme menace l'emploi des jeunes", "Le syndicat", "indirect", "juge"),
    ("Deux soldats ont été blessés lors de l'attaque, a indiqué l'armée dans un communiqué.",
     "Deux soldats ont été blessés lors de l'attaque", "l'armée", "indirect", "a indiqué"),
    ("La compagnie aérienne a fait savoir que tous les vols du week-end seraient maintenus.",
     "tous les vols du week-end seraient maintenus", "La compagnie aérienne", "indirect", "a fait savoir"),
    ("Le constructeur a annoncé que 1 200 postes seraient supprimés d'ici deux ans.",
     "1 200 postes seraient supprimés d'ici deux ans", "Le constructeur", "indirect", "a annoncé"),
    ("La ministre de la Culture, Sylvie Arnaud, a déclaré : « Aucun musée ne fermera cet hiver. »",
     "Aucun musée ne fermera cet hiver.", "Sylvie Arnaud", "direct", "a déclaré"),
    ("« La situation est sous contrôle », a déclaré le gouverneur de la province, Ahmed Karimi.",
     "La situation est sous contrôle", "Ahmed Karimi", "direct", "a déclaré"),
    ("« Nous sommes prêts à discuter », a déclaré jeudi à Reuters un diplomate européen.",
     "Nous sommes prêts à discuter", "un diplomate européen", "direct", "a déclaré"),
    ("Le Premier ministre, Jean Dufour, a répondu aux députés. « Le texte sera voté avant Noël », a-t-il promis. "
     "Il a ajouté que l'opposition serait consultée.", "l'opposition serait consultée", "Jean Dufour", "indirect",
     "a ajouté"),
    ("Le gouvernement s'est dit prêt à rouvrir les négociations avec les syndicats.",
     "prêt à rouvrir les négociations avec les syndicats", "Gouvernement français", "indirect", "s'est dit"),
    ("Le président de la fédération a qualifié la décision d'« injuste et précipitée ».",
     "injuste et précipitée", "Le président de la fédération", "direct", "a qualifié"),
    ("Le candidat a accusé son rival de fraude électorale, sans fournir de preuve.",
     "son rival de fraude électorale", "Le candidat", "indirect", "a accusé"),
    ("Interrogé par une radio, le maire de la ville, Karim Haddad, a dénoncé « une campagne de désinformation ».",
     "une campagne de désinformation", "Karim Haddad", "direct", "a dénoncé"),
    ("« C'est un jour historique pour notre pays », s'est félicité le président Amadou Sall sur les réseaux sociaux.",
     "C'est un jour historique pour notre pays", "Amadou Sall", "direct", "s'est félicité"),
    ("« Les réservoirs sont presque vides » à cause de « la sécheresse », a averti l'hydrologue Inès Caron.",
     "Les réservoirs sont presque vides", "Inès Caron", "direct", "a averti"),
]


@pytest.mark.parametrize("passage, text, speaker, kind, cue", REPORTS)
def test_reports_take_their_speaker_kind_and_cue(quote_of, passage, text, speaker, kind, cue):
    quote = quote_of(passage, text)
    assert (quote.speaker, quote.kind, quote.cue.text) == (speaker, kind, cue)


def test_cue_set_inside_the_quotation_splits_it(parse):
    doc = parse("Le maire de Rouen, Paul Renard, a visité le quartier sinistré. "
                "« Nous allons reconstruire, a-t-il dit, mais il faudra des années. »")
    quotes = [(q.span.text, q.speaker, q.kind) for q in doc._.quotes]
    assert quotes == [("Nous allons reconstruire", "Paul Renard", "direct"),
                      ("mais il faudra des années.", "Paul Renard", "direct")]


def test_quote_spanning_two_paragraphs_keeps_its_cue(quote_of):
    second = quote_of("Le maire, Paul Renard, a déclaré : « Le pont sera rouvert en mars.\n\n"
                      "« Les travaux de renforcement coûteront quatre millions d'euros. »",
                      "Les travaux de renforcement coûteront quatre millions d'euros.")
    assert second.speaker == "Paul Renard" and second.cue.text == "a déclaré"


@pytest.mark.parametrize("passage, text, speaker", [
    ("Le projet a été décrit comme « irréaliste » par plusieurs experts.", "irréaliste", "plusieurs experts"),
    ("Le tracé a été critiqué par des riverains comme une menace pour la forêt.",
     "une menace pour la forêt", "des riverains"),
])
def test_passive_report_takes_the_agent_as_speaker(quote_of, passage, text, speaker):
    assert quote_of(passage, text).speaker == speaker


def test_unattributed_quote_does_not_borrow_the_next_speaker(parse):
    doc = parse("Le tribunal a rendu son jugement. Le prévenu a parlé d'une « erreur judiciaire complète » "
                "devant les caméras. Plus tard, la procureure Anne Méry a déclaré : « Nous ferons appel. »")
    # 'parler de' + a quoted fragment is a mixed quote of its own subject, never of the next speaker
    quotes = [q for q in doc._.quotes if "erreur" in q.span.text]
    assert [(q.speaker, q.kind) for q in quotes] == [("Le prévenu", "mixed")]


NOMINAL_REPORTS = [
    # a reporting verb whose object is the thing asserted: (passage, quote text, speaker, kind, cue)
    ("La compagnie des eaux a dénoncé un « sabotage délibéré » de ses canalisations.",
     "un « sabotage délibéré » de ses canalisations", "La compagnie des eaux", "mixed", "a dénoncé"),
    ("La fédération a salué le « sang-froid » des sauveteurs pendant la tempête.",
     "le « sang-froid » des sauveteurs pendant la tempête", "La fédération", "mixed", "a salué"),
    ("Le syndicat a condamné des sanctions « disproportionnées » contre les grévistes.",
     "des sanctions « disproportionnées » contre les grévistes", "Le syndicat", "mixed", "a condamné"),
    ("L'armateur a nié toute responsabilité dans le naufrage.",
     "toute responsabilité dans le naufrage", "L'armateur", "indirect", "a nié"),
    ("Le mouvement rebelle a revendiqué l'embuscade contre la patrouille.",
     "l'embuscade contre la patrouille", "Le mouvement rebelle", "indirect", "a revendiqué"),
    ("La Finlande évoque une cyberattaque contre son réseau ferroviaire.",
     "une cyberattaque contre son réseau ferroviaire", "Finlande", "indirect", "évoque"),
    ("Le syndicat des viticulteurs réclame une aide d'urgence après la grêle.",
     "une aide d'urgence après la grêle", "Le syndicat des viticulteurs", "indirect", "réclame"),
    ("Les pharmaciens signalent des ruptures d'antibiotiques dans la région.",
     "des ruptures d'antibiotiques dans la région", "Les pharmaciens", "indirect", "signalent"),
    ("Les manifestants exigent la réouverture de la maternité.",
     "la réouverture de la maternité", "Les manifestants", "indirect", "exigent"),
    ("La direction a rejeté les accusations de discrimination.",
     "les accusations de discrimination", "La direction", "indirect", "a rejeté"),
    ("Le parquet a confirmé l'ouverture d'une information judiciaire.",
     "l'ouverture d'une information judiciaire", "Le parquet", "indirect", "a confirmé"),
    ("Le ministère a démenti toute coupure de courant prévue cet hiver.",
     "toute coupure de courant prévue cet hiver", "Le ministère", "indirect", "a démenti"),
    ("Le club a rejeté les « rumeurs infondées » sur la vente du stade.",
     "les « rumeurs infondées » sur la vente du stade", "Le club", "mixed", "a rejeté"),
    # a date or a prepositional phrase between the cue and its object is not reported content
    ("La Bulgarie a condamné samedi l'intrusion d'un ballon dans son ciel.",
     "l'intrusion d'un ballon dans son ciel", "Bulgarie", "indirect", "a condamné"),
    ("Le ministère a dénoncé lundi dans un communiqué une « agression caractérisée » contre ses agents.",
     "une « agression caractérisée » contre ses agents", "Le ministère", "mixed", "a dénoncé"),
    ("La maire a dénoncé sur les réseaux sociaux une « décision injuste » du rectorat.",
     "une « décision injuste » du rectorat", "La maire", "mixed", "a dénoncé"),
    ("Le consortium a annoncé une « avancée majeure » dans ses batteries.",
     "une « avancée majeure » dans ses batteries", "Le consortium", "mixed", "a annoncé"),
]


@pytest.mark.parametrize("passage, text, speaker, kind, cue", NOMINAL_REPORTS)
def test_nominal_object_of_a_stance_verb_is_reported_content(quote_of, passage, text, speaker, kind, cue):
    quote = quote_of(passage, text)
    assert (quote.kind, quote.cue.text) == (kind, cue)
    assert speaker in quote.speaker


@pytest.mark.parametrize("passage, text, speaker", [
    ("Le commandant de la garnison dit avoir intercepté quatre missiles au-dessus du port.",
     "avoir intercepté quatre missiles au-dessus du port", "Le commandant de la garnison"),
    ("Le groupe armé a revendiqué avoir détruit deux ponts sur la rivière.",
     "avoir détruit deux ponts sur la rivière", "Le groupe armé"),
    ("La coopérative dit avoir vendu deux fois plus de pommes cette année.",
     "avoir vendu deux fois plus de pommes cette année", "La coopérative"),
])
def test_infinitive_complement_is_the_report(quote_of, passage, text, speaker):
    quote = quote_of(passage, text)
    assert quote.kind == "indirect" and quote.speaker == speaker


@pytest.mark.parametrize("passage, text, speaker", [
    ("Hélène Garnier : « Les classes rouvriront lundi »\n\nLa rectrice a présenté son calendrier.",
     "Les classes rouvriront lundi", "Hélène Garnier"),
    ("Le trafic reprend.\n\nLe maire de Vannes, Yann Le Goff : « Nous avons eu de la chance »",
     "Nous avons eu de la chance", "Yann Le Goff"),
    # the quotation opens the line and its speaker is the subject after the colon
    ("« Nous ne lâcherons rien » : la ministre Sophie Aubert répond aux infirmiers\n\nLa grève continue.",
     "Nous ne lâcherons rien", "Sophie Aubert"),
    ("« Une catastrophe pour la vallée » : le maire de Modane réagit aux crues\n\nLes eaux montent.",
     "Une catastrophe pour la vallée", "le maire de Modane"),
])
def test_heading_names_its_speaker_before_a_colon(quote_of, passage, text, speaker):
    quote = quote_of(passage, text)
    assert (quote.speaker, quote.kind, quote.cue) == (speaker, "direct", None)


def test_headline_topic_before_colon_is_not_the_speaker(quote_of):
    quote = quote_of("Hôpitaux : la ministre Claire Vidal dénonce des « économies dangereuses » dans les urgences\n\n"
                     "Le budget sera présenté jeudi.", "des « économies dangereuses » dans les urgences")
    assert (quote.speaker, quote.kind) == ("Claire Vidal", "mixed")
