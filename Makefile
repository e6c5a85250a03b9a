# Sentra Desktop: `make run` opens the program, `make test` runs every test.
# Both create .venv and install what they need first.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
STAMP_RUN  := $(VENV)/.installed-run
STAMP_TEST := $(VENV)/.installed-test
STAMP_INSTALLER := $(VENV)/.installed-installer
TS_FILES   := $(wildcard resources/i18n/*.ts)
QM_FILES   := $(patsubst resources/i18n/%.ts,sentra_desktop/ui/i18n/%.qm,$(TS_FILES))
# The same catalogue without Qt, for the command line and the printed sheets (sentra_desktop/core/i18n.py).
JSON_FILES := $(patsubst resources/i18n/%.ts,sentra_desktop/i18n/%.json,$(wildcard resources/i18n/sentra_*.ts))

.PHONY: run test lint fingerprints translations update-translations screenshots bench demo clean installer installer-test frozen-bench

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP_RUN): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(STAMP_TEST): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@ $(STAMP_RUN)

$(STAMP_INSTALLER): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[installer,test]'
	touch $@ $(STAMP_RUN) $(STAMP_TEST)

sentra_desktop/ui/i18n/%.qm: resources/i18n/%.ts | $(STAMP_RUN)
	@mkdir -p $(dir $@)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

sentra_desktop/i18n/%.json: resources/i18n/%.ts | $(STAMP_RUN)
	$(PY) tools/compile_translations.py

translations: $(QM_FILES) $(JSON_FILES)

run: $(STAMP_RUN) translations
	$(BIN)/sentra-desktop

# Types are checked first (about 15 s): a type error fails the run like a failing test.
# Two workers (pytest-xdist), each test file kept on one so its module fixtures are made once:
# the suite in 6.6-8.0 min instead of 13-14 min on this project's 2-core machine (four fresh
# clones, 4 December 2026; 8 min 45 s with a benchmark running beside it). Each worker starts its own
# throwaway PostgreSQL server. PYTEST_WORKERS=0 runs the suite in one process.
PYTEST_WORKERS ?= 2
test: $(STAMP_TEST) translations
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n $(PYTEST_WORKERS) --dist loadfile

lint: $(STAMP_TEST)
	$(BIN)/ruff check sentra_desktop tests bench
	$(BIN)/ruff format --check sentra_desktop tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports

# The schema fingerprint of every migration revision that has none (after adding a migration).
fingerprints: $(STAMP_TEST)
	$(PY) tools/freeze_schema.py

update-translations: $(STAMP_RUN)
	$(PY) tools/update_translations.py

screenshots: $(STAMP_RUN) translations
	$(PY) tools/make_screenshots.py

bench: $(STAMP_RUN) translations
	$(PY) bench/startup.py

# The package for this platform (Linux: PyInstaller one-folder build in dist/sentra-desktop/,
# then dist/sentra-desktop_<version>_<arch>.deb). Takes minutes; runs at low priority.
installer: $(STAMP_INSTALLER) translations
	nice -n 10 $(PY) installer/build.py

# The smoke test of that build: xvfb, ldd, the .deb installed and removed (needs root for dpkg).
installer-test: $(STAMP_INSTALLER) translations
	SENTRA_INSTALLER_TEST=1 QT_QPA_PLATFORM=offscreen $(PY) -m pytest -p no:cacheprovider tests/installer -v

# Cold start of the built program against starting from source, under xvfb.
frozen-bench: $(STAMP_INSTALLER) translations
	xvfb-run -a -s "-screen 0 1366x768x24" $(PY) bench/frozen_start.py

clean:
	rm -rf $(VENV) sentra_desktop/ui/i18n/*.qm sentra_desktop/i18n/*.json build dist .pytest_cache
