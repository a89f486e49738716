"""Round 32: an incise verb the tagger leaves unknown ('X') after a quotation still names its speaker
('« … », commente Mathilde Roche'), not the speaker of the report before; a recognised name that runs on
past the speaker's phrase into a prepositional phrase of the verb ('écrivent les Sages dans leur avis')
names no one: the phrase speaks as written. Invented passages."""


def test_an_incise_verb_tagged_unknown_names_its_speaker(parse):
    quotes = parse("Le parquet estime que la procédure a été régulière. \"On considère que la sentence est "
                   "équitable\", commente Mathilde Roche, conseil de l'un des accusés.")._.quotes
    assert {q.span.text: q.speaker for q in quotes}["On considère que la sentence est équitable"] == "Mathilde Roche"


def test_a_name_running_into_the_verbs_adjunct_is_cut_to_the_phrase(parse):
    quotes = parse("\"Le tribunal juge que le reste du texte ne viole aucune règle\", écrivent les Sages dans leur "
                   "avis.")._.quotes
    assert [q.speaker for q in quotes] == ["les Sages"]
