# lagebild: set-up, demo, tests. Every target creates or updates .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SEED := ../shared/seed/nordkorea-truppen-2024-10-18.txt

.PHONY: setup demo serve test lint typecheck unit eval models chromium screenshots clean

$(BIN)/lagebild: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

setup: $(BIN)/lagebild

demo: setup
	$(BIN)/lagebild analyze $(SEED) --db lagebild.db

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

models: setup
	$(MAKE) -C training all

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
