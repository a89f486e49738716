"""'la région de X' is a mention of the place X, found even where the recogniser saw nothing, and
taken up by 'la région'; 'le canton de X' stays a place of its own (invented passages)."""


def _forms(doc) -> dict:
    return {e.name: (e.type, {m.span.text for m in e.mentions}) for e in doc._.entities}


def test_a_region_phrase_is_a_mention_of_its_place(parse):
    forms = _forms(parse("Une frappe de drone a visé mardi la région de Voronej, selon le gouverneur."))
    assert "Région de Voronej" not in forms, forms
    assert forms.get("Voronej") == ("GPE", {"région de Voronej", "Voronej"}), forms


def test_a_province_named_only_with_its_noun_is_found(parse):
    forms = _forms(parse("Des hommes armés ont attaqué un poste de la province du Kessa. La province est isolée."))
    assert forms.get("Kessa", (None, set()))[0] == "GPE", forms
    assert {"province du Kessa", "La province"} <= forms["Kessa"][1], forms


def test_a_canton_stays_a_place_of_its_own(parse):
    forms = _forms(parse("Le canton de Berne a voté dimanche. Le canton a dit oui au projet."))
    assert forms.get("Canton de Berne", (None, set()))[0] == "GPE", forms


def test_acronym_and_its_town_name_a_local_branch(parse):
    doc = parse("Deux enquêteurs de la BRI de Vierzon ont été saisis. La BRI a perquisitionné mardi.")
    forms = {m.span.text: e.name for e in doc._.entities for m in e.mentions}
    assert forms.get("BRI de Vierzon") == forms.get("BRI") == "BRI de Vierzon", forms
    assert forms.get("Vierzon") == "Vierzon"
