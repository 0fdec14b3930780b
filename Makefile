# Dyadic: two commands on a fresh machine — `make demo` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint typecheck pytest bench eval load clean help

help:
	@echo "make demo   set up .venv, code the bundled sample corpus into dyadic.duckdb, show it,"
	@echo "            then serve the dashboard on http://127.0.0.1:8000/ (DEMO_SERVE=0: do not serve)"
	@echo "make test   set up .venv if missing, run ruff, mypy and pytest"
	@echo "make bench  run the benchmarks (writes docs/PERFORMANCE.md)"
	@echo "make eval   accuracy on the dev gold (needs ../shared)"
	@echo "make load   load test: dyadic serve over 100,000 events, 50 clients (docs/RELIABILITY.md)"

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Ends by serving the dashboard over the demo store; DEMO_SERVE=0 stops after the summary.
DEMO_SERVE ?= 1
DEMO_PORT ?= 8000
demo: $(STAMP)
	$(BIN)/dyadic demo --db dyadic.duckdb
	@if [ "$(DEMO_SERVE)" != "0" ]; then \
	  $(BIN)/dyadic serve --db dyadic.duckdb --port $(DEMO_PORT); \
	fi

lint: $(STAMP)
	$(BIN)/ruff check src tests tools benchmarks
	$(BIN)/ruff format --check src tests tools benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

# pytest exit code 5 means "no tests collected": for this project that is a failure, not a pass.
pytest: $(STAMP)
	@$(BIN)/python -m pytest $(PYTEST_ARGS); rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "pytest collected no tests: treating as failure"; exit 1; fi; \
	exit $$rc

test: lint typecheck pytest

eval: $(STAMP)
	$(BIN)/dyadic eval

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

# The full load test of docs/RELIABILITY.md (CI runs a short smoke: tests/reliability/test_serve_load.py).
LOAD_ARGS ?= --events 103000 --clients 50 --duration 30 --rate 0 --rate 25 --rate 50 --fresh 0 --fresh 0.1
load: $(STAMP)
	$(BIN)/python benchmarks/load.py $(LOAD_ARGS)

clean:
	rm -rf $(VENV) dyadic.duckdb .pytest_cache .mypy_cache .ruff_cache
