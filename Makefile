# The two commands of the README: `make run` (install, then analyse the example articles)
# and `make test`. Both create .venv on first use; nothing else needs starting.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= recoupe.db

.PHONY: install run test gate bench train-ner train-furniture

$(BIN)/recoupe: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	touch $(BIN)/recoupe

install: $(BIN)/recoupe

run: install
	$(BIN)/recoupe ingest examples --db $(DB)
	$(BIN)/recoupe stats --db $(DB)

test: install
	$(BIN)/python -m pytest

gate: install
	$(BIN)/python eval/gate.py

bench: install
	$(BIN)/python benchmarks/throughput.py

# the entity recogniser updated on the project's passages (training/ner_fr), shipped in
# src/recoupe/models/fr/ner; the seed keeps it reproducible on one machine
train-ner: install
	$(BIN)/python training/ner_fr/prepare.py build/ner_fr
	$(BIN)/python -m spacy train training/ner_fr/config.cfg --output build/ner_fr/out \
		--paths.train build/ner_fr/train.spacy --paths.dev build/ner_fr/dev.spacy
	rm -rf src/recoupe/models/fr/ner
	cp -r build/ner_fr/out/model-best/ner src/recoupe/models/fr/ner

# the classifier of page-furniture lines (training/furniture_fr: invented passages, config.json, seed
# fixed), shipped in src/recoupe/models/fr/furniture; a minute on two cores
train-furniture: install
	$(BIN)/python training/furniture_fr/train.py src/recoupe/models/fr/furniture/model.json
