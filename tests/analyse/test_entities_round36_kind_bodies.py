"""A school district's inspectorate and a council's finance committee named by their kind alone are
organisations (invented passage)."""


def test_inspectorate_and_finance_committee_by_kind(parse):
    doc = parse("Les parents de l'école de Vernelle ont écrit à l'inspection académique. "
                "Le budget sera examiné par la commission des finances mardi.")
    orgs = {e.name for e in doc._.entities if e.type == "ORG"}
    assert {"Inspection académique", "Commission des finances"} <= orgs, orgs
