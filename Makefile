# Casewise: `make run` and `make test` set up everything they need on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run screenshots test lint typecheck pytest bench clean

# The venv is rebuilt when pyproject.toml changes. Qt's offscreen and xcb platforms need a few
# system libraries that a minimal Debian lacks; install them when we can (we run as root in CI).
$(STAMP): pyproject.toml packaging/system-deps.sh
	sh packaging/system-deps.sh
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Opens the study app on the bundled banks. Without a display it says so and exits; set
# QT_QPA_PLATFORM=offscreen to start it headless anyway.
run: $(STAMP)
	$(BIN)/casewise

test: lint typecheck pytest

lint: $(STAMP)
	$(BIN)/ruff check casebank desktop tests
	$(BIN)/ruff format --check casebank desktop tests

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/pytest -q

# Renders the main views to docs/screenshots/ offscreen: no display or xvfb needed.
screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m desktop.ui.screenshots docs/screenshots

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
