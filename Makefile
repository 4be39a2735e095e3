# Casewise: `make run` and `make test` set up everything they need on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

# Every package the venv holds, the dev tools (ruff, mypy, pytest, pre-commit) first, at the
# version constraints.txt pins, so that a new release cannot turn `make test` red on its own.
# `make constraints` refreshes the pins (see the README's "Development").
CONSTRAINTS := constraints.txt
SOURCES := casebank desktop tests benchmarks packaging eval

.PHONY: run screenshots test lint format typecheck pytest bench eval clean translations update-translations dist install-desktop constraints hooks

# The venv is rebuilt when pyproject.toml or the pins change. Qt's offscreen and xcb platforms
# need a few system libraries that a minimal Debian lacks; install them when we can (we run as
# root in CI).
$(STAMP): pyproject.toml $(CONSTRAINTS) packaging/system-deps.sh
	@echo "Setting up Casewise: about a minute the first time (Qt and the tools, into $(VENV))."
	sh packaging/system-deps.sh
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c $(CONSTRAINTS) -e '.[dev]'
	touch $(STAMP)

# Opens the study app on the bundled banks. Without a display it says so and exits; set
# QT_QPA_PLATFORM=offscreen to start it headless anyway.
run: $(STAMP) translations
	$(BIN)/casewise

test: translations lint typecheck pytest

lint: $(STAMP)
	$(BIN)/ruff check $(SOURCES)
	$(BIN)/ruff format --check $(SOURCES)

# Sorts the imports and formats the code as `make lint` wants it; other lint it only reports.
format: $(STAMP)
	$(BIN)/ruff check --select I --fix $(SOURCES)
	$(BIN)/ruff format $(SOURCES)

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP) translations
	$(BIN)/pytest -q

# Renders the main views to docs/screenshots/ offscreen: no display or xvfb needed.
screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m desktop.ui.screenshots docs/screenshots

# The interface's translations: .ts sources (committed) compiled to .qm files (not committed),
# by packaging/qm.py, which the wheel's build step runs too (setup.py) and which writes what
# lrelease writes. See docs/translations.md. `update-translations` refreshes the sources.
# One .ts file per language (docs/translations.md); English's holds only the plural forms.
TS_EN := resources/translations/casewise_en.ts
TS := $(filter-out $(TS_EN),$(wildcard resources/translations/casewise_*.ts))
translations: $(TS:.ts=.qm) $(TS_EN:.ts=.qm)

resources/translations/%.qm: resources/translations/%.ts packaging/qm.py | $(STAMP)
	$(BIN)/python packaging/qm.py $< $@

update-translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete -locations none desktop/ui/*.py -ts $(TS)
	$(BIN)/pyside6-lupdate -no-obsolete -locations none -pluralonly desktop/ui/*.py -ts $(TS_EN)

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

# Detection measured on real writing by other people: the test half of eval/ (eval/README.md).
# EVAL_ARGS=--split tune for the tuning half, --arguments for a row per argument.
eval: $(STAMP)
	$(BIN)/python eval/run.py $(EVAL_ARGS)

# The one-folder bundle dist/casewise/ and its tarball (PyInstaller; docs/packaging.md), then the
# bundle's own smoke test, headless. Takes a minute or two, so it is not part of `make test`.
DIST_STAMP := $(VENV)/.dist-installed
$(DIST_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -c $(CONSTRAINTS) -e '.[dev,dist]'
	touch $(DIST_STAMP)

dist: $(DIST_STAMP) translations
	rm -rf dist/casewise build/pyinstaller
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/casewise.spec
	dist/casewise/casewise --smoke
	tar -C dist -czf dist/casewise-$$($(BIN)/python -c 'import casebank; print(casebank.__version__)')-linux-$$(uname -m).tar.gz casewise
	du -sh dist/casewise dist/casewise-*.tar.gz

# The menu entry, the .casebank file type and the icons, into ~/.local/share (PREFIX=/usr/local
# for everyone). CASEWISE=path names the command the entry runs (default: casewise on the PATH).
install-desktop:
	sh packaging/linux/install.sh

# Resolves pyproject.toml's version ranges afresh, in a scratch venv, and pins what installs in
# constraints.txt: the newest release of each package that the package index offers. Run
# `make test` with the new pins (the venv is rebuilt) before committing them.
constraints:
	tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(PYTHON) -m venv "$$tmp/venv" && \
	"$$tmp/venv/bin/python" -m pip install --quiet --upgrade pip && \
	"$$tmp/venv/bin/python" -m pip install --quiet '.[dev,dist]' && \
	{ echo "# Written by 'make constraints' for Python $$("$$tmp/venv/bin/python" -c 'import sys; print(*sys.version_info[:2], sep=".")'): do not edit."; \
	  "$$tmp/venv/bin/python" -m pip freeze --exclude casewise; } > $(CONSTRAINTS)
	rm -rf build/lib build/bdist.*  # what building the project for the scratch venv left here

# The git hook that runs .pre-commit-config.yaml (ruff check, ruff format, the architecture
# test) before each commit. In a git worktree it is installed for every worktree of the repository.
hooks: $(STAMP)
	$(BIN)/pre-commit install

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
