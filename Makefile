# Two commands for a fresh machine: `make run` and `make test`. Everything else is for developers.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
LANGS := de en ar fa uk tr
SOURCES = $(shell find welcome_point -name '*.py' -not -path '*/migrations/*' | sort)

.PHONY: run test lint translations bench screenshots package clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Stamps re-install when pyproject.toml changes; editable, so code changes need no re-install.
$(VENV)/.installed-run: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@ $(VENV)/.installed-run

run: $(VENV)/.installed-run
	$(BIN)/welcome-point

lint: $(VENV)/.installed-test
	$(BIN)/ruff check welcome_point tests benchmarks scripts
	$(BIN)/lint-imports
	$(BIN)/mypy welcome_point

test: lint
	$(BIN)/python -m pytest

translations: $(VENV)/.installed-test
	for lang in $(LANGS); do \
	  $(BIN)/pyside6-lupdate -no-obsolete $(SOURCES) -ts i18n/welcome_point_$$lang.ts || exit 1; \
	  $(BIN)/pyside6-lrelease -silent i18n/welcome_point_$$lang.ts \
	    -qm welcome_point/assets/i18n/welcome_point_$$lang.qm || exit 1; \
	done

bench: $(VENV)/.installed-test
	$(BIN)/python benchmarks/startup.py
	$(BIN)/python benchmarks/desk.py
	$(BIN)/python benchmarks/roster.py
	$(BIN)/python benchmarks/report.py
	$(BIN)/python benchmarks/backup.py

screenshots: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshots.py

# A folder with the app and its own Python, for machines without Python (dist/welcome-point/).
package: $(VENV)/.installed-run
	$(BIN)/python -m pip install --quiet "pyinstaller>=6.5"
	$(BIN)/pyinstaller packaging/welcome-point.spec --noconfirm --distpath dist --workpath build

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache
