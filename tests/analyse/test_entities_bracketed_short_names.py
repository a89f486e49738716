"""Round 32: a short name or acronym in brackets after an organisation's name is that organisation,
also where the text writes it again; a name cut before capitalised words runs on to the acronym that
spells it. Passages written for the project."""


def _entity(doc, name):
    entity = next((e for e in doc._.entities if e.name == name), None)
    assert entity is not None, [e.name for e in doc._.entities]
    return {m.span.text for m in entity.mentions}, [e.name for e in doc._.entities]


def test_an_acronym_written_again_goes_with_the_bracketed_one(parse):
    doc = parse("Selon l'Office des grains et des semences du Sahel (OGSS), les prix flambent. "
                "L'OGSS recommande des stocks.")
    mentions, names = _entity(doc, "Office des grains et des semences du Sahel")
    assert "OGSS" in mentions and "OGSS" not in names, names


def test_a_short_name_in_brackets_is_the_organisation(parse):
    doc = parse("L'ONU et l'Alliance des semences (Semia) ont promis l'envoi de graines. Semia paiera le transport.")
    mentions, names = _entity(doc, "Alliance des semences")
    assert "Semia" in mentions and "Semia" not in names, names


def test_a_place_in_brackets_stays_a_place(parse):
    names = {e.name: e.type for e in parse("Le commissariat de Gagny (Seine-Saint-Denis) a ouvert une enquête.")._.entities}
    assert names.get("Seine-Saint-Denis") == "GPE", names


def test_a_name_cut_before_capitalised_words_runs_on_to_its_acronym(parse):
    doc = parse("Le trio Invictor Capital, KF Titres et Sahel Finance Advisory (SFA) organise le forum.")
    mentions, _ = _entity(doc, "Sahel Finance Advisory")
    assert "SFA" in mentions


def test_grand_before_a_town_names_the_wider_area(parse):
    names = {e.name: e.type for e in parse("Les hôpitaux du Grand Montréal manquent de lits, selon les élus de Montréal.")._.entities}
    assert names.get("Grand Montréal") == "GPE" and names.get("Montréal") == "GPE", names


def test_a_grand_prix_is_no_wider_area(parse):
    names = {e.name for e in parse("Le Grand Prix de Monaco aura lieu dimanche.")._.entities}
    assert "Grand Monaco" not in names, names
