# dipld: the two commands of the README, and a few more for development.
#   make run    install dipld, load seeds/, serve on http://127.0.0.1:8000/
#   make test   install the test dependencies and run the whole suite (lint, types, tests)

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STORE ?= ./dipld-data

.PHONY: run install test test-deps lint eval bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet -e .

run: install
	$(BIN)/dipld load seeds/ --store $(STORE)
	$(BIN)/dipld serve --store $(STORE)

test-deps: $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	@./.ci/system-deps

lint: test-deps
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

test: lint
	$(BIN)/pytest

eval: install
	$(BIN)/dipld eval tests/gold/

bench: test-deps
	$(BIN)/pip install --quiet -e '.[bench]'
	$(BIN)/python bench/extract_bench.py
	$(BIN)/python bench/hostile_bench.py
	$(BIN)/python bench/load_bench.py
	$(BIN)/python bench/serve_bench.py
	$(BIN)/python bench/web_bench.py

clean:
	rm -rf $(VENV) $(STORE) .mypy_cache .pytest_cache .ruff_cache build dist *.egg-info
