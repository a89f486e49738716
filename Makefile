# The two commands of the README: `make run` (install, then analyse the example articles)
# and `make test`. Both create .venv on first use; nothing else needs starting.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= recoupe.db

.PHONY: install run test gate bench

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
