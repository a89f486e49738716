"""Round 32: an incise verb the tagger leaves unknown ('X') after a quotation still names its speaker
('« … », commente Caroline Jean'), not the speaker of the report before; a recognised name that runs on
past the speaker's phrase into a prepositional phrase of the verb ('indiquent les Sages dans leur décision')
names no one: the phrase speaks as written. Invented passages."""


def test_an_incise_verb_tagged_unknown_names_its_speaker(parse):
    quotes = parse("La défense estime qu'il n'y a pas eu de jugement d'exception. \"On considère que la peine est "
                   "conforme\", commente Caroline Jean, avocate de l'un des prévenus.")._.quotes
    assert {q.span.text: q.speaker for q in quotes}["On considère que la peine est conforme"] == "Caroline Jean"


def test_a_name_running_into_the_verbs_adjunct_is_cut_to_the_phrase(parse):
    quotes = parse("\"Le Conseil juge que le reste de l'article ne méconnaît aucune exigence\", indiquent les Sages "
                   "dans leur décision.")._.quotes
    assert [q.speaker for q in quotes] == ["les Sages"]
