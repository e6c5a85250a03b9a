# Sentra Desktop: `make run` opens the program, `make test` runs every test.
# Both create .venv and install what they need first.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
STAMP_RUN  := $(VENV)/.installed-run
STAMP_TEST := $(VENV)/.installed-test
TS_FILES   := $(wildcard resources/i18n/*.ts)
QM_FILES   := $(patsubst resources/i18n/%.ts,sentra_desktop/ui/i18n/%.qm,$(TS_FILES))

.PHONY: run test lint translations update-translations screenshots bench demo clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP_RUN): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(STAMP_TEST): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@ $(STAMP_RUN)

sentra_desktop/ui/i18n/%.qm: resources/i18n/%.ts | $(STAMP_RUN)
	@mkdir -p $(dir $@)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM_FILES)

run: $(STAMP_RUN) translations
	$(BIN)/sentra-desktop

test: $(STAMP_TEST) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

lint: $(STAMP_TEST)
	$(BIN)/ruff check sentra_desktop tests bench
	$(BIN)/ruff format --check sentra_desktop tests bench

update-translations: $(STAMP_RUN)
	$(PY) tools/update_translations.py

screenshots: $(STAMP_RUN) translations
	$(PY) tools/make_screenshots.py

bench: $(STAMP_RUN) translations
	$(PY) bench/startup.py

clean:
	rm -rf $(VENV) sentra_desktop/ui/i18n/*.qm build dist .pytest_cache
