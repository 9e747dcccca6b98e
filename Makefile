# Fener tasks. `make run` and `make test` are the two commands of the README.
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1:8000
# The quick start runs with DEBUG on and SQLite; production sets its own env.
DEV_ENV := DEBUG=true

.PHONY: install init run worker beat test lint messages catalogues format bench load clean

$(VENV)/.installed: pyproject.toml
	python3.11 -m venv $(VENV) 2>/dev/null || python3 -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -e '.[dev]'
	touch $@

install: $(VENV)/.installed

init: install
	$(DEV_ENV) $(MANAGE) migrate --noinput
	$(DEV_ENV) $(MANAGE) seed_demo

run: init
	$(DEV_ENV) $(MANAGE) runserver $(HOST)

worker: install
	$(VENV)/bin/celery -A siteconf worker -l info

beat: install
	$(VENV)/bin/celery -A siteconf beat -l info

# One worker per core (pytest-xdist's `-n auto`), each with its own test database.
PYTEST_WORKERS ?= auto
test: install
	$(VENV)/bin/pytest -n $(PYTEST_WORKERS) $(PYTEST_ARGS)

lint: install messages catalogues
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

# Every catalogue complete: no untranslated or fuzzy message (msgfmt's own count),
# and Fener's translations of Wagtail cover the installed Wagtail's every string.
messages: install
	$(DEV_ENV) $(MANAGE) upstream_messages --check
	@for po in locale/*/LC_MESSAGES/*.po locale/upstream/*/LC_MESSAGES/*.po; do \
		stats=$$(msgfmt --check --statistics -o /dev/null $$po 2>&1) || { echo "$$po: $$stats"; exit 1; }; \
		echo "$$po: $$stats"; \
		case "$$stats" in *untranslated*|*fuzzy*) exit 1;; esac; \
	done

# Every message marked in the code is in both catalogues (makemessages in a
# temporary tree: the committed files are never touched).
catalogues: install
	$(PY) .ci/catalogues_current.py

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

bench: install
	$(PY) bench/run.py

$(VENV)/.bench-installed: $(VENV)/.installed
	$(PIP) install --quiet -e '.[dev,bench]'
	touch $@

# Load test of the public site on loopback (SQLite, or DATABASE_URL's database).
load: $(VENV)/.bench-installed
	$(PY) bench/load_site.py $(LOAD_ARGS)

clean:
	rm -rf $(VENV) db.sqlite3 media static
