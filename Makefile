# lagebild: set-up, demo, tests. Every target creates or updates .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO := examples/nordkorea-truppen-2024-10-18.txt

.PHONY: setup demo serve test lint typecheck unit eval check-real models encoder-models chromium screenshots clean pg pg-stop

$(BIN)/lagebild: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,spark]'
	touch $@

# lagebild's bytecode, written once here: this environment sets PYTHONDONTWRITEBYTECODE, so
# otherwise every process compiles the modules it imports again (a tenth of a cold analyze);
# quick when nothing changed, and Python ignores a .pyc whose source changed since; only a
# speed-up, so a tree that cannot be written (or a file that does not compile) fails nothing
setup: $(BIN)/lagebild
	-$(BIN)/python -m compileall -q src/lagebild

demo: setup
	$(BIN)/lagebild analyze $(DEMO)
	$(BIN)/lagebild ingest $(DEMO) tests/data/facts/*.txt --db lagebild.db
	$(BIN)/lagebild facts --db lagebild.db --event DEPLOY_TROOPS

serve: demo
	$(BIN)/lagebild serve --db lagebild.db

# the browser tests need Debian's chromium; they skip (saying why) without it
chromium:
	command -v chromium >/dev/null || (apt-get update && apt-get install -y --no-install-recommends chromium)

# the README's screenshots, from the browser tests
screenshots: setup chromium
	LAGEBILD_SCREENSHOTS=docs/screenshots $(BIN)/pytest tests/web/test_browser.py -q

lint: setup
	$(BIN)/ruff check
	$(BIN)/ruff format --check

typecheck: setup
	$(BIN)/mypy

unit: setup
	$(BIN)/pytest

test: lint typecheck unit

eval: setup
	$(BIN)/lagebild eval seed

# real corpora (SpkAtt-2023, PolNeAR, GermEval 2014, the project's own files) through ingest,
# fast profile in full, accurate on a sample: 0 crashes, 0 lost documents, store intact
check-real: setup
	$(BIN)/pytest -m slow -s tests/test_real_corpora.py

models: setup
	$(MAKE) -C training all

# a private PostgreSQL server (data in .pg/, port 54329) for the PostgreSQL store's tests:
#   eval "$$(make -s pg)" && make unit && make pg-stop
pg:
	@echo "export LAGEBILD_TEST_PG=$$(bash .ci/pg start)"

pg-stop:
	bash .ci/pg stop

# the accurate profile's heads on the pretrained encoder (never in CI; see MODELS.md)
encoder-models: setup
	$(MAKE) -C training encoder

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
