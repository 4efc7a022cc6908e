# The two commands of the README: `make run` and `make test`.
# Each creates .venv when missing and installs the project into it first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip --disable-pip-version-check -q

.PHONY: run test lint bench package translations clean

# .venv/.created is written only once the venv has a working pip: a venv left
# half-made (python3-venv missing, an interrupted run) is made again from scratch,
# and one that works (made by hand, or before this marker existed) is kept.
$(VENV)/.created:
	@if $(BIN)/python -m pip --version >/dev/null 2>&1; then touch $@; exit 0; fi; \
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || { \
	  echo "Relations needs Python 3.11 or newer; '$(PYTHON)' is not (try make PYTHON=python3.12)." >&2; \
	  exit 1; }; \
	if [ -e $(VENV) ]; then echo "$(VENV) has no working pip: making it again" >&2; fi; \
	rm -rf $(VENV); \
	$(PYTHON) -m venv $(VENV) >/dev/null 2>&1 && $(BIN)/python -m pip --version >/dev/null 2>&1 || { \
	  rm -rf $(VENV); \
	  echo "Cannot create $(VENV): Python's venv module or pip is missing." >&2; \
	  echo "On Debian or Ubuntu: sudo apt-get install python3-venv" >&2; \
	  exit 1; }
	@touch $@

$(VENV)/.installed-run: pyproject.toml $(VENV)/.created
	$(PIP) install -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.created
	$(PIP) install -e ".[test]"
	touch $@ $(VENV)/.installed-run

run: $(VENV)/.installed-run
	$(BIN)/relations $(ARGS)

test: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q $(PYTEST_ARGS)

lint: $(VENV)/.installed-test
	$(PIP) install "ruff>=0.6,<1"
	$(BIN)/ruff check relations_app tests bench packaging
	$(BIN)/ruff format --check relations_app tests bench packaging

bench: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/bench_exchange.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/bench_print.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/bench_safety.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/bench_encryption.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/bench_contacts.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/bench_search.py

# dist/Relations/ and dist/Relations-<version>-linux-x86_64.tar.gz (see packaging/README.md)
package: $(VENV)/.installed-run
	packaging/build.sh

# resources/translations/relations_<lang>.ts from every tr() in the code; the compiled
# .qm files go into the package (relations_app/assets/translations), so a wheel has them.
# No line numbers in the catalogue (a moved line is no change for a translator), and
# strings the code no longer uses are dropped (tests/i18n fails while any is untranslated).
translations: $(VENV)/.installed-run
	@ls resources/translations/*.ts >/dev/null 2>&1 || { \
	  echo "No catalogue in resources/translations yet; resources/translations/README.md says how to start one." >&2; \
	  exit 1; }
	mkdir -p relations_app/assets/translations
	$(BIN)/pyside6-lupdate -locations none -no-obsolete $$(git ls-files 'relations_app/*.py') -ts resources/translations/*.ts
	for ts in resources/translations/*.ts; do \
	  $(BIN)/pyside6-lrelease $$ts -qm relations_app/assets/translations/$$(basename $$ts .ts).qm; \
	done

clean:
	rm -rf $(VENV) build dist *.egg-info
