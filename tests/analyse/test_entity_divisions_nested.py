"""'la région de X' is a place of its own, and the name X inside it stays a place too (invented passages)."""


def test_region_and_its_name_are_both_places(parse):
    doc = parse("Une frappe de drone a visé mardi la région de Voronej, selon le gouverneur.")
    names = {e.name: e.type for e in doc._.entities}
    assert names.get("Région de Voronej") == "GPE" and names.get("Voronej") == "GPE", names


def test_acronym_and_its_town_name_a_local_branch(parse):
    doc = parse("Deux enquêteurs de la BRI de Vierzon ont été saisis. La BRI a perquisitionné mardi.")
    forms = {m.span.text: e.name for e in doc._.entities for m in e.mentions}
    assert forms.get("BRI de Vierzon") == forms.get("BRI") == "BRI de Vierzon", forms
    assert forms.get("Vierzon") == "Vierzon"

